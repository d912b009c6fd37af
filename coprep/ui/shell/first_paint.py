"""Run something just after a window's first paint is on screen, so it never delays that paint."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _FirstPaint(QObject):
    """Watches one widget until it paints, then runs `then` in the next turn of the event loop."""

    def __init__(self, widget: QWidget, then: Callable[[], None], at_latest_ms: int | None) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        if at_latest_ms is not None:
            QTimer.singleShot(at_latest_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is None:  # ran already
            return
        self._widget.removeEventFilter(self)
        then()
        self.deleteLater()


def after_first_paint(widget: QWidget, then: Callable[[], None], at_latest_ms: int | None = None) -> None:
    """Call `then` once, just after `widget` first paints, or after `at_latest_ms` should it not have
    painted by then (never, if the widget goes before either)."""
    _FirstPaint(widget, then, at_latest_ms)
