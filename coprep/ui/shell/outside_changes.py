"""Show what another coprep process saved (a command run while the window is open, say).

SQLite's `PRAGMA data_version` changes when any other connection commits; checking it once a
second costs next to nothing, and every screen then refreshes as after one of its own changes.
"""

import sqlite3

from PySide6.QtCore import QObject, QTimer

from coprep.core.storage.workspace import Workspace

CHECK_EVERY_MS = 1000


class OutsideChanges(QObject):
    def __init__(self, ws: Workspace, parent: QObject | None = None, every_ms: int = CHECK_EVERY_MS) -> None:
        super().__init__(parent)
        self.ws = ws
        self._seen = ws.outside_version()
        self._timer = QTimer(self, interval=every_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> bool:
        """Refresh the screens if another connection has saved since the last check."""
        try:
            version = self.ws.outside_version()
        except sqlite3.ProgrammingError:  # the database was closed (coprep is quitting): stop looking
            self._timer.stop()
            return False
        if version == self._seen:
            return False
        self._seen = version
        self.ws.changed_elsewhere()
        return True
