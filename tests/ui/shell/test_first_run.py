"""The very first run offers the worked example, once."""

from modal_dialogs import when_dialog_opens
from PySide6.QtWidgets import QMessageBox

from coprep.core.storage.settings import get_setting
from coprep.ui.shell.first_run import WELCOMED, offer_worked_example


def _answer(button_text: str) -> None:
    """Press a button of the welcome box as soon as it appears."""

    def press(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text().replace("&", "") == button_text).click()

    when_dialog_opens(press)


def test_choosing_the_worked_example_fills_the_database_and_is_not_asked_again(ws, qtbot):
    _answer("Show me the worked example")
    offer_worked_example(ws)
    assert ws.db["committees"].count >= 3 and ws.db["meetings"].count > 10
    assert get_setting(ws.db, WELCOMED) == "yes"
    before = ws.db["meetings"].count
    offer_worked_example(ws)  # no box this time: it would block the test if it appeared
    assert ws.db["meetings"].count == before


def test_starting_empty_leaves_the_database_empty(ws, qtbot):
    _answer("Start empty")
    offer_worked_example(ws)
    assert ws.db["committees"].count == 0
    assert get_setting(ws.db, WELCOMED) == "yes"
