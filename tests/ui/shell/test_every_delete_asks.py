"""No loss by one click, wherever it could happen: each delete or remove button (and the Delete key
where it deletes) asks first, naming what goes; Esc keeps it; Delete deletes; undo brings it back.
(Meetings, committees, papers, claims, payments, time and glossary words: test_confirm.py; the
agenda item, follow-up, contact, receipt and chair letter also in their own parts' tests.)"""

from modal_dialogs import answer_delete_question
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QWidget

from coprep.core.fairness import conditions
from coprep.core.meetings import follow_ups, meetings
from coprep.core.money import benefits, claims
from coprep.ui.fairness.conditions_list import ConditionsListDialog


def _button(parent: QWidget, words: str) -> QPushButton:
    return next(b for b in parent.findChildren(QPushButton) if b.text().replace("&", "") == words)


def _meeting(ws) -> int:
    committee = meetings.add_committee(ws, "Patient panel")
    return meetings.add_meeting(ws, committee, "2026-03-12", status="held")


def test_an_agenda_item_with_notes_says_the_notes_go_too(window, ws, qtbot):
    meeting = _meeting(ws)
    item = meetings.add_item(ws, meeting, "Winter plan")
    meetings.update_item(ws, item, notes="Ask about children")
    follow_ups.add_follow_up(ws, item, "Tom to send the figures")
    window.open_meeting(meeting)
    agenda = window.show_section("Meetings").view.show_tab("Agenda")
    agenda.select_item(item)
    asked: list[str] = []
    answer_delete_question(qtbot, "Keep it", asked)
    qtbot.mouseClick(agenda.delete, Qt.MouseButton.LeftButton)
    assert asked == ["This will delete: The item “Winter plan” with your notes on it and 1 thing to follow up."]
    assert meetings.get_item(ws.db, item) is not None

    answer_delete_question(qtbot, "Delete", asked)
    qtbot.mouseClick(agenda.delete, Qt.MouseButton.LeftButton)
    assert meetings.agenda(ws.db, meeting) == [] and agenda.list.count() == 0
    window.undo_action.trigger()
    assert meetings.get_item(ws.db, item).notes == "Ask about children"
    assert [f.text for f in follow_ups.follow_ups(ws.db, item)] == ["Tom to send the figures"]


def test_a_follow_up_asks_before_the_delete_key_takes_it(window, ws, qtbot):
    meeting = _meeting(ws)
    item = meetings.add_item(ws, meeting, "Winter plan")
    follow_ups.add_follow_up(ws, item, "Tom to send the figures")
    window.open_meeting(meeting)
    box = window.show_section("Meetings").view.show_tab("Agenda").editor.follow_ups
    box.list.setFocus()
    box.list.setCurrentRow(0)
    asked: list[str] = []
    answer_delete_question(qtbot, "Keep it", asked)
    qtbot.keyClick(box.list, Qt.Key.Key_Delete)
    assert "Tom to send the figures" in asked[0] and len(follow_ups.follow_ups(ws.db, item)) == 1
    answer_delete_question(qtbot, "Delete", asked)
    qtbot.mouseClick(box.delete_button, Qt.MouseButton.LeftButton)
    assert follow_ups.follow_ups(ws.db, item) == []
    window.undo_action.trigger()
    assert len(follow_ups.follow_ups(ws.db, item)) == 1


def test_a_benefit_asks_before_it_goes(window, ws, qtbot):
    benefits.add_benefit(ws, "Employment and Support Allowance", "2026-04-06", "195.50")
    dialog = window.show_section("Time and money").open_benefits()
    dialog.list.setCurrentCell(0, 0)
    remove = _button(dialog, "Remove the chosen benefit")
    asked: list[str] = []
    answer_delete_question(qtbot, "Keep it", asked)
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert "Employment and Support Allowance" in asked[0] and ws.db["benefits"].count == 1
    answer_delete_question(qtbot, "Delete", asked)
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert ws.db["benefits"].count == 0 and dialog.list.rowCount() == 0
    assert "Undo" in window.statusBar().currentMessage()  # told, though the question came from a dialog
    dialog.reject()
    window.undo_action.trigger()
    assert [b.name for b in benefits.list_benefits(ws.db)] == ["Employment and Support Allowance"]


def test_an_own_condition_says_its_answers_go_with_it(window, ws, qtbot):
    meeting = _meeting(ws)
    own = conditions.add_condition(ws, "Papers in large print")
    conditions.rate(ws, meeting, own, "met")
    dialog = ConditionsListDialog(ws, window)
    qtbot.addWidget(dialog)
    dialog.show()
    row = next(r for r in range(dialog.list.count()) if "Papers in large print" in dialog.list.item(r).text())
    dialog.list.setCurrentRow(row)
    asked: list[str] = []
    answer_delete_question(qtbot, "Keep it", asked)
    qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    assert asked == ["This will delete: Your condition “Papers in large print” and your 1 fair-treatment answer."]
    answer_delete_question(qtbot, "Delete", asked)
    qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    assert own not in conditions.ratings(ws.db, meeting)
    dialog.reject()
    window.undo_action.trigger()
    assert conditions.ratings(ws.db, meeting)[own][0] == "met"


def test_clearing_an_answer_asks_only_when_a_note_would_go_with_it(window, ws, qtbot):
    meeting = _meeting(ws)
    window.open_meeting(meeting)
    tab = window.show_section("Meetings").view.show_tab("Fair treatment")
    first, second = tab.rows[0].condition.id, tab.rows[1].condition.id
    conditions.rate(ws, meeting, first, "met")
    conditions.rate(ws, meeting, second, "not_met", note="The chair never asked me")
    tab.table.setFocus()

    tab.table.setCurrentCell(0, 0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)  # no note: cleared at once, as one undo step
    assert first not in conditions.ratings(ws.db, meeting)

    tab.table.setCurrentCell(1, 0)
    asked: list[str] = []
    answer_delete_question(qtbot, "Keep it", asked)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert "The chair never asked me" in asked[0]
    assert conditions.ratings(ws.db, meeting)[second] == ("not_met", "The chair never asked me")
    answer_delete_question(qtbot, "Delete", asked)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert second not in conditions.ratings(ws.db, meeting)
    window.undo_action.trigger()
    assert conditions.ratings(ws.db, meeting)[second] == ("not_met", "The chair never asked me")


def test_an_expense_on_a_claim_asks_before_it_leaves_the_form(window, ws, qtbot, tmp_path):
    ticket = tmp_path / "ticket.jpg"
    ticket.write_bytes(b"a photo of a ticket")
    claim = claims.add_claim(ws, organisation="NHS England")
    claims.add_item(ws, claim, "train", amount_pence="23.40", description="Return to Leeds", receipt=ticket)
    claims.add_item(ws, claim, "parking", amount_pence="4.00")
    claim_window = window.show_section("Time and money").change_claim(claim)
    claim_window.table.selectRow(0)
    remove_button = _button(claim_window, "Remove")
    asked: list[str] = []
    answer_delete_question(qtbot, "Keep it", asked)
    qtbot.mouseClick(remove_button, Qt.MouseButton.LeftButton)
    assert asked == ["This will delete: the expense “Return to Leeds” of £23.40 and its receipt."]
    assert claim_window.table.rowCount() == 2
    answer_delete_question(qtbot, "Delete", asked)
    qtbot.mouseClick(remove_button, Qt.MouseButton.LeftButton)
    assert claim_window.table.rowCount() == 1
    qtbot.mouseClick(
        claim_window.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save),
        Qt.MouseButton.LeftButton,
    )
    assert [item.kind for item in claims.claim_items(ws.db, claim)] == ["parking"]
    window.undo_action.trigger()
    assert sorted(item.kind for item in claims.claim_items(ws.db, claim)) == ["parking", "train"]
