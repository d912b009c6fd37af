"""Check every page of the database once the window is up, make the day's backup, warn if damaged.

The check reads the whole file (integrity.py), so it runs off the window's thread a moment after
the first paint instead of delaying the window; the day's backup follows it, only from a sound file.
"""

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from coprep.core.storage.integrity import check_then_back_up
from coprep.i18n import _
from coprep.ui.shell.background import Background


class FileCheck(QObject):
    """One check of the file at path (then its daily backup when `backup`); a plain warning if damaged."""

    def __init__(self, window: QWidget, path: Path, backup: bool = True) -> None:
        super().__init__(window)
        self.window = window
        self._thread: Background | None = Background(lambda _cancelled, _progress: check_then_back_up(path, backup))
        self._thread.done.connect(self._finished)
        self._thread.begin()

    def running(self) -> bool:
        return self._thread is not None

    def _finished(self, result: object) -> None:
        self._thread = None
        if isinstance(result, str):
            QMessageBox.warning(self.window, _("Part of your file is damaged"), result)
