"""Agenda files dropped on a widget (the meetings list): the first file's path, to make a meeting from.

The widget starts taking drops just after its first paint: asking a list for its viewport (where
drops land) makes PySide build a Python class for every kind of Qt widget, some 40 ms that the
first paint of the window need not wait for.
"""

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget

from coprep.ui.shell.first_paint import after_first_paint


class AgendaDrops(QObject):
    """Lets agenda files be dropped on a widget (e.g. the meetings list); `dropped` gives the first file's path."""

    dropped = Signal(object)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        after_first_paint(widget, lambda: self._listen(widget))

    def _listen(self, widget: QWidget) -> None:
        target = widget.viewport() if hasattr(widget, "viewport") else widget
        widget.setAcceptDrops(True)
        target.setAcceptDrops(True)
        target.installEventFilter(self)

    @staticmethod
    def _file(event) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        files = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
        return files[0] if files else None

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and self._file(event):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop and (path := self._file(event)):
            event.acceptProposedAction()
            self.dropped.emit(path)
            return True
        return False
