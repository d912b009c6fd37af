"""One window per database: a second coprep on the same file brings the first to the front.

The first window holds a lock file beside the database (Qt's QLockFile, which notices a lock
left by a coprep that crashed) and listens on a local socket named after the database. A second
window on the same file finds the lock taken, says so, and can ask the first to come forward.
Commands (`coprep papers add …`) take no lock: they may write while the window is open.
The socket (QtNetwork) is set up a moment after the window's first paint, not before it.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket
    from PySide6.QtWidgets import QMainWindow

from coprep.i18n import _

WAIT_MS = 2000
_RAISE = b"raise\n"


class SingleWindow:
    """The lock and the listening socket of the window that owns a database."""

    def __init__(self, db_path: Path) -> None:
        self.resolved = str(Path(db_path).resolve())
        self.lock_name = f"{self.resolved}.lock"
        self.lock = QLockFile(self.lock_name)
        self.lock.setStaleLockTime(0)  # a lock from a process that no longer runs is stale at once
        self.server: QLocalServer | None = None
        self.window: QMainWindow | None = None

    @property
    def server_name(self) -> str:
        """The socket's name, from the database's full path (hashlib loads when the socket is set up, after the first paint)."""
        import hashlib

        return f"coprep-{hashlib.sha256(self.resolved.encode('utf-8')).hexdigest()[:16]}"

    def acquire(self) -> bool:
        """True if this is the only window on the database (or the lock cannot be made at all,
        say in a read-only folder, where two windows can do no harm)."""
        if self.lock.tryLock(0):
            with contextlib.suppress(OSError):
                os.chmod(self.lock_name, 0o600)
            return True
        return self.lock.error() != QLockFile.LockError.LockFailedError

    def listen(self, window: QMainWindow) -> None:
        """Bring `window` to the front whenever a second coprep on this database asks."""
        from PySide6.QtNetwork import QLocalServer

        self.window = window
        QLocalServer.removeServer(self.server_name)  # left behind by a coprep that crashed
        self.server = QLocalServer()
        self.server.newConnection.connect(self._answer)
        self.server.listen(self.server_name)

    def _answer(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_RAISE.strip()) and self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def ask_first_to_come_forward(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if not socket.waitForConnected(WAIT_MS):
            return False
        socket.write(_RAISE)
        sent = socket.waitForBytesWritten(WAIT_MS)
        socket.disconnectFromServer()
        return sent

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()


def explain_already_open(single: SingleWindow, db_path: Path) -> None:
    """Tell the person this file is open in another coprep window, and offer to show that one."""
    from PySide6.QtWidgets import QMessageBox  # only when it is needed: naming it makes PySide build it

    box = QMessageBox(
        QMessageBox.Icon.Information,
        _("coprep is already open"),
        _(
            "coprep is already open on {path}, in another window. Using one window keeps everything "
            "you type in one place."
        ).format(path=db_path),
    )
    show = box.addButton(_("Show the open window"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_("Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(show)
    box.exec()
    if box.clickedButton() is show and not single.ask_first_to_come_forward():
        QMessageBox.information(
            None,
            _("coprep is already open"),
            _("coprep could not reach the other window. Look for it on your screen or in the task bar."),
        )
