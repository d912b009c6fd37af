"""A screen reader hears what changed: saved (while typing and by Save buttons), deleted, undone and
done again (politely), and problems to fix (at once). What it hears is caught from `announcements`;
test_screen_reader.py proves the same words reach AT-SPI."""

import pytest
from modal_dialogs import when_dialog_opens
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from coprep.core.meetings import follow_ups, meetings
from coprep.core.money import claims
from coprep.ui.money.chaser_dialog import ChaserDialog
from coprep.ui.money.statement_dialog import StatementDialog
from coprep.ui.shell.announce import StatusLine, announce, announcements


@pytest.fixture
def heard():
    said: list[tuple[str, bool]] = []

    def listen(text: str, urgent: bool) -> None:
        said.append((text, urgent))

    announcements.said.connect(listen)
    yield said
    announcements.said.disconnect(listen)


@pytest.fixture
def agenda(window, ws):
    committee = meetings.add_committee(ws, "Quality Committee")
    meeting = meetings.add_meeting(ws, committee, "2026-03-12")
    item = meetings.add_item(ws, meeting, "Winter plan")
    window.open_meeting(meeting)
    tab = window.show_section("Meetings").view.show_tab("Agenda")
    tab.select_item(item)
    window.statusBar().clearMessage()  # as the setting-up's "Saved" would have gone by now
    return tab, item


def test_typing_is_said_saved_once_and_undo_says_what_it_undid(window, ws, qtbot, heard, agenda):
    tab, item = agenda
    heard.clear()
    tab.editor.notes.setFocus()
    qtbot.keyClicks(tab.editor.notes, "Ask about children")
    qtbot.waitUntil(lambda: meetings.get_item(ws.db, item).notes == "Ask about children")
    assert heard == [("Saved", False)]  # one burst of typing, one "Saved", however many keys

    heard.clear()
    window.undo_action.trigger()  # Edit › Undo
    assert meetings.get_item(ws.db, item).notes == ""
    assert len(heard) == 1 and heard[0][0].startswith("Undone: ") and not heard[0][1]

    heard.clear()
    window.redo_action.trigger()
    assert meetings.get_item(ws.db, item).notes == "Ask about children"
    assert len(heard) == 1 and heard[0][0].startswith("Done again: ")


def test_a_problem_in_a_form_is_said_at_once(window, ws, qtbot, heard, agenda):
    tab, item = agenda
    box = tab.editor.follow_ups
    qtbot.keyClicks(box.text, "Tom to send the figures")
    qtbot.keyClicks(box.due, "the 45th of Smarch")
    heard.clear()
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert follow_ups.follow_ups(ws.db, item) == []
    assert heard == [(box.problem.text(), True)] and box.problem.text()


def test_deleting_is_said_with_how_to_undo(window, ws, qtbot, heard):
    committee = meetings.add_committee(ws, "Quality Committee")
    meeting = meetings.add_meeting(ws, committee, "2026-03-12")
    page = window.show_section("Meetings")
    window.open_meeting(meeting)

    def delete(box: QMessageBox) -> None:
        chosen = next(b for b in box.buttons() if b.text().replace("&", "") == "Delete")
        qtbot.mouseClick(chosen, Qt.MouseButton.LeftButton)

    when_dialog_opens(delete)
    heard.clear()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert meetings.get_meeting(ws.db, meeting) is None
    assert heard[-1] == ("Deleted. Edit › Undo (Ctrl+Z) brings it back.", False)


def test_a_status_line_says_each_new_text_and_nothing_for_an_empty_one(qtbot, heard):
    line = StatusLine(urgent=True)
    qtbot.addWidget(line)
    line.setText("The date needs a day, like 12/03/2026.")
    line.setText("")
    announce(line, "  Saved \n to report.pdf ")
    assert heard == [("The date needs a day, like 12/03/2026.", True), ("Saved to report.pdf", False)]


def test_copying_a_chaser_and_saving_a_file_are_said(window, ws, qtbot, heard, tmp_path):
    claim = claims.add_claim(ws, organisation="NHS England", status="submitted", submitted_date="2026-10-01")
    claims.add_item(ws, claim, "train", amount_pence="23.40")
    chaser = ChaserDialog(ws, claim, window)
    qtbot.addWidget(chaser)
    chaser.show()
    heard.clear()
    qtbot.mouseClick(chaser.copy_button, Qt.MouseButton.LeftButton)
    assert heard == [("Copied. Paste it into an email or a letter.", False)]
    assert QGuiApplication.clipboard().text().startswith(chaser.subject.text())

    statement = StatementDialog(ws, parent=window)
    qtbot.addWidget(statement)
    heard.clear()
    statement.actions.save_to(tmp_path / "statement.pdf")
    assert (tmp_path / "statement.pdf").read_bytes().startswith(b"%PDF")
    assert len(heard) == 1 and heard[0][0].startswith("Saved to ") and "statement.pdf" in heard[0][0]
