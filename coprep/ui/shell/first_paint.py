"""Run something just after a window's first paint is on screen, so it never delays that paint."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Watches one widget until it paints, then runs `then` in the next turn of the event loop."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        self._then()
        self.deleteLater()


def after_first_paint(widget: QWidget, then: Callable[[], None]) -> None:
    """Call `then` once, just after `widget` first paints (never, if the widget goes before that)."""
    _FirstPaint(widget, then)
