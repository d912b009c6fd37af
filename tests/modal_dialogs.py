"""Answer a modal dialog in a test, as a person would, once it has opened."""

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget


def when_dialog_opens(act: Callable[[QWidget], None]) -> None:
    """Run act(dialog) on the next modal dialog, checking every 20 ms until it appears.

    A progress box is never the dialog meant: reading a file shows one (window-modal) once the
    reading takes longer than SHOW_AFTER_MS, which on a busy machine it may well do.
    """

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or isinstance(dialog, QProgressDialog):
            QTimer.singleShot(20, run)
            return
        act(dialog)

    QTimer.singleShot(0, run)


def answer_delete_question(qtbot, button_text: str, seen: list[str]) -> None:
    """When the "This will delete…" question opens: note its text, check "Keep it" is the default,
    then press Esc (for "Keep it") or click the named button, as a person would."""

    def act(box: QMessageBox) -> None:
        seen.append(box.text())
        assert box.defaultButton().text().replace("&", "") == "Keep it"
        if button_text == "Keep it":
            qtbot.keyClick(box, Qt.Key.Key_Escape)
        else:
            chosen = next(b for b in box.buttons() if b.text().replace("&", "") == button_text)
            qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)

    when_dialog_opens(act)
