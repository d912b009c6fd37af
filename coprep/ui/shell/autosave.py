"""Save what the person types a moment after they stop, without a Save button.

Each field keeps one Autosave. queue() remembers the latest save to make and restarts a short
timer; flush() makes it at once (call it before showing something else in the field).
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

SAVE_DELAY_MS = 500


class Autosave(QObject):
    def __init__(self, parent: QObject | None = None, delay_ms: int = SAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self._save: Callable[[], None] | None = None
        self._timer = QTimer(self, singleShot=True, interval=delay_ms)
        self._timer.timeout.connect(self.flush)
        self.saving = False

    @property
    def pending(self) -> bool:
        return self._save is not None

    def queue(self, save: Callable[[], None]) -> None:
        self._save = save
        self._timer.start()

    def flush(self) -> None:
        """Make the waiting save now. While it runs, `saving` is True so screens can skip reloading the field."""
        self._timer.stop()
        save, self._save = self._save, None
        if save is None:
            return
        self.saving = True
        try:
            save()
        finally:
            self.saving = False
