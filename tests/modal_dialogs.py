"""Answer a modal dialog in a test, as a person would, once it has opened."""

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget


def when_dialog_opens(act: Callable[[QWidget], None]) -> None:
    """Run act(dialog) on the next modal dialog, checking every 20 ms until it appears."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        act(dialog)

    QTimer.singleShot(0, run)
