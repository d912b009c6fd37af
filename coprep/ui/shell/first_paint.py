"""Run something just after a window's first paint is on screen, so it never delays that paint."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

_KEYS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)


class _FirstPaint(QObject):
    """Watches one widget until it paints, then runs `then` in the next turn of the event loop.

    With `before_keys`, a key pressed after the paint but before that turn (the window system can
    hand Qt a key in the same batch as the paint) runs `then` first, before the key is handled:
    the key goes to the focused widget (or, with none, to the window), so both are watched.
    """

    def __init__(self, widget: QWidget, then: Callable[[], None], at_latest_ms: int | None, before_keys: bool) -> None:
        super().__init__(widget)
        self._widget = widget
        self._then: Callable[[], None] | None = then
        self._before_keys = before_keys
        self._watched: list[QObject] = [widget]
        widget.installEventFilter(self)
        if at_latest_ms is not None:
            QTimer.singleShot(at_latest_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        kind = event.type()
        if kind == QEvent.Type.Paint and watched is self._widget and self._then is not None:
            if self._before_keys:
                focused = self._widget.focusWidget()  # where keys go once its window is active
                if focused is not None and focused is not self._widget:
                    focused.installEventFilter(self)
                    self._watched.append(focused)
            else:
                self._let_go()
            QTimer.singleShot(0, self, self._run)
        elif self._before_keys and kind in _KEYS:
            self._run()
        return False

    def _let_go(self) -> None:
        for watched in self._watched:
            try:
                watched.removeEventFilter(self)
            except RuntimeError:  # the focused widget went first
                continue
        self._watched = []

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is None:  # ran already
            return
        self._let_go()
        then()
        self.deleteLater()


def after_first_paint(
    widget: QWidget, then: Callable[[], None], at_latest_ms: int | None = None, before_keys: bool = False
) -> None:
    """Call `then` once, just after `widget` first paints, or after `at_latest_ms` should it not have
    painted by then (never, if the widget goes before either); with `before_keys`, also at once should
    a key be pressed before then, ahead of the key."""
    _FirstPaint(widget, then, at_latest_ms, before_keys)
