"""Agenda files dropped on a widget (the meetings list): the first file's path, to make a meeting from."""

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QWidget


class AgendaDrops(QObject):
    """Lets agenda files be dropped on a widget (e.g. the meetings list); `dropped` gives the first file's path."""

    dropped = Signal(object)

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
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
