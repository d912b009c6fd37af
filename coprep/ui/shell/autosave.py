"""Save what the person types without a Save button: soon after they pause, and never later than a
second after the first unsaved key however fast they type.

Each field keeps one Autosave. queue() remembers the latest save to make; it is made half a
second after typing stops, or one second after the first key not yet saved, whichever comes
first. flush() makes it at once (call it before showing something else in the field).
A field's waiting text is also saved when the keyboard focus leaves it; `flush_all()` saves every
field's, when the window closes and when the desktop asks coprep to save before logging out.
"""

from collections.abc import Callable
from weakref import WeakSet

import shiboken6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

SAVE_DELAY_MS = 500
LONGEST_WAIT_MS = 1000

_all: "WeakSet[Autosave]" = WeakSet()


class Autosave(QObject):
    def __init__(
        self, parent: QObject | None = None, delay_ms: int = SAVE_DELAY_MS, longest_ms: int = LONGEST_WAIT_MS
    ) -> None:
        super().__init__(parent)
        self._save: Callable[[], None] | None = None
        self._pause = QTimer(self, singleShot=True, interval=delay_ms)
        self._pause.timeout.connect(self.flush)
        self._deadline = QTimer(self, singleShot=True, interval=longest_ms)
        self._deadline.timeout.connect(self.flush)
        self.saving = False
        self._typed_in: QWidget | None = None
        _all.add(self)
        _watch_application()

    @property
    def pending(self) -> bool:
        return self._save is not None

    def queue(self, save: Callable[[], None]) -> None:
        self._save = save
        self._typed_in = QApplication.focusWidget()
        self._pause.start()
        if not self._deadline.isActive():  # counts from the first unsaved key, not the latest
            self._deadline.start()

    def flush(self) -> None:
        """Make the waiting save now. While it runs, `saving` is True so screens can skip reloading the field."""
        self._pause.stop()
        self._deadline.stop()
        save, self._save = self._save, None
        if save is None:
            return
        self.saving = True
        try:
            save()
        finally:
            self.saving = False


def flush_all(window: QWidget | None = None) -> None:
    """Save what every field (of this window, if one is given) is waiting to save."""
    for autosave in list(_all):
        if not autosave.pending or not shiboken6.isValid(autosave):
            continue
        owner = autosave.parent()
        if window is None or owner is window or (isinstance(owner, QWidget) and window.isAncestorOf(owner)):
            autosave.flush()


def _flush_left(old: QWidget | None) -> None:
    """Save what was typed in the field the focus has just left.

    `old` may be a widget being destroyed, so it is only compared, never asked anything.
    """
    if old is None:
        return
    for autosave in list(_all):
        if autosave.pending and autosave._typed_in is old and shiboken6.isValid(autosave):
            autosave.flush()


_watching: list[QApplication] = []


def _watch_application() -> None:
    """Save on focus change and when the session ends (logout, shutdown), once per application."""
    app = QApplication.instance()
    if app is None or app in _watching:
        return
    _watching.append(app)
    app.focusChanged.connect(lambda old, _new: _flush_left(old))
    app.commitDataRequest.connect(lambda _manager: flush_all())
    app.aboutToQuit.connect(flush_all)
