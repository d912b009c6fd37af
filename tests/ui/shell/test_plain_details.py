"""The small things that trip people up: a first meeting needs its committee, a note never answers,
the rung waits for enough answers, search shows words not Markdown, Save starts in a sensible folder."""

import datetime as dt
from pathlib import Path

from modal_dialogs import when_dialog_opens
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QPushButton

from coprep.core.fairness import conditions
from coprep.core.meetings import meetings
from coprep.ui.meetings.meeting_dialog import MeetingDialog
from coprep.ui.money.claim_dialog import ClaimDialog
from coprep.ui.shell import print_actions


def _button(parent, words: str) -> QPushButton:
    return next(b for b in parent.findChildren(QPushButton) if b.text().replace("&", "") == words)


def test_new_meeting_on_an_empty_database_says_a_committee_comes_first(window, ws, qtbot):
    page = window.show_section("Meetings")
    told: list[str] = []

    def read_and_cancel(box: QMessageBox) -> None:
        told.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    when_dialog_opens(read_and_cancel)
    qtbot.mouseClick(_button(page, "New meeting…"), Qt.MouseButton.LeftButton)
    assert "belongs to a committee" in told[0] and ws.db["committees"].count == 0


def test_the_meeting_form_names_its_times_and_save_has_a_letter(ws, qtbot):
    meetings.add_committee(ws, "Quality Committee")
    dialog = MeetingDialog(ws)
    qtbot.addWidget(dialog)
    assert (dialog.start.accessibleName(), dialog.end.accessibleName()) == ("Starts", "Ends")
    labels = {label.text(): label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    assert labels["St&arts:"] is dialog.start and labels["E&nds:"] is dialog.end
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    assert save.text() == "&Save"


def test_the_claim_form_lists_the_meeting_just_gone_first(ws, qtbot):
    committee = meetings.add_committee(ws, "Quality Committee")
    today = dt.date.today()
    for days in (-300, -10, 5, 400):
        meetings.add_meeting(ws, committee, (today + dt.timedelta(days=days)).isoformat())
    dialog = ClaimDialog(ws)
    qtbot.addWidget(dialog)
    first = meetings.get_meeting(ws.db, dialog.meeting.itemData(1))
    assert first.date == (today - dt.timedelta(days=10)).isoformat()


def test_a_note_never_answers_and_the_rung_waits_for_enough_answers(window, ws, qtbot):
    committee = meetings.add_committee(ws, "Quality Committee")
    meeting = meetings.add_meeting(ws, committee, "2026-03-12", status="held")
    window.open_meeting(meeting)
    tab = window.show_section("Meetings").view.show_tab("Fair treatment")
    tab.table.setFocus()
    tab.table.setCurrentCell(0, 0)
    qtbot.keyClicks(tab.note, "They sent nothing")
    qtbot.waitUntil(lambda: bool(conditions.ratings(ws.db, meeting)))
    assert list(conditions.ratings(ws.db, meeting).values()) == [(None, "They sent nothing")]
    assert "0 of" in tab.progress.text() and "No rung yet" in tab.rung.computed.text()

    tab.table.setFocus()
    tab.table.setCurrentCell(0, 0)
    qtbot.keyClick(tab.table, Qt.Key.Key_N)  # one "not met" alone does not put the meeting on a rung
    assert "rung shows once 9 of the 17" in tab.progress.text()
    for _ in range(8):
        qtbot.keyClick(tab.table, Qt.Key.Key_M)
    assert "rung shows once" not in tab.progress.text() and "of 7" in tab.progress.text()


def test_search_results_show_words_not_markdown(window, ws, qtbot):
    committee = meetings.add_committee(ws, "Quality Committee")
    meeting = meetings.add_meeting(ws, committee, "2026-03-12")
    meetings.add_item(ws, meeting, "Young people", notes="Ask about **children** waiting _too long_")
    page = window.show_section("Search")
    qtbot.keyClicks(page.box, "children")
    page.run_search()
    shown = [page.results.item(row).text() for row in range(page.results.count())]
    assert any("Ask about children waiting too long" in text for text in shown), shown
    assert not any("**" in text or "_too" in text for text in shown)


def test_save_starts_in_documents_then_in_the_folder_last_used(qtbot, tmp_path, monkeypatch):
    asked: list[str] = []

    def fake_dialog(_parent, _title, start, _filter):
        asked.append(start)
        return str(tmp_path / "chosen" / "pack.pdf"), ""

    (tmp_path / "chosen").mkdir()
    monkeypatch.setattr(print_actions.QFileDialog, "getSaveFileName", fake_dialog)
    first = print_actions.save_folder()
    assert first != Path.cwd() or first.name == "Documents"
    print_actions.ask_save_path(None, "Save", first / "pack.pdf", "PDF files (*.pdf)")
    assert print_actions.save_folder() == tmp_path / "chosen"


def test_sections_and_meetings_have_room_around_each_row(window, qtbot):
    """Rows taller than their text are easier to click for a shaky hand, at any text size."""
    for view in (window.sections, window.show_section("Meetings").tree):
        line = view.fontMetrics().height()
        assert view.sizeHintForRow(0) >= line + 6
