"""Nothing is lost by one click: every delete says what will go, keeps it unless the person agrees,
and can still be undone."""

import datetime as dt

from modal_dialogs import answer_delete_question
from PySide6.QtCore import Qt

from coprep.core.demo.worked_example import load_demo
from coprep.core.meetings import meetings
from coprep.core.money import activities, claims, payments
from coprep.core.words.glossary import add_entry
from coprep.ui.shell.confirm import what_goes

TODAY = dt.date(2026, 11, 30)


def _meeting_with_most_items(ws) -> int:
    return ws.db.execute(
        "select meeting_id from agenda_items group by meeting_id order by count(*) desc limit 1"
    ).fetchone()[0]


def test_deleting_a_meeting_says_what_goes_keeps_it_on_esc_and_undo_brings_it_back(window, ws, qtbot):
    load_demo(ws, today=TODAY)
    meeting_id = _meeting_with_most_items(ws)
    items = len(meetings.agenda(ws.db, meeting_id))
    page = window.show_section("Meetings")
    window.open_meeting(meeting_id)
    assert page.current_meeting_id() == meeting_id

    seen: list[str] = []
    answer_delete_question(qtbot, "Keep it", seen)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert seen[0].startswith("This will delete: This meeting") and f"{items} agenda items" in seen[0]
    assert "your notes" in seen[0]
    assert meetings.get_meeting(ws.db, meeting_id) is not None

    answer_delete_question(qtbot, "Delete", seen)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert meetings.get_meeting(ws.db, meeting_id) is None
    assert "Undo" in window.statusBar().currentMessage()
    window.undo()
    assert len(meetings.agenda(ws.db, meeting_id)) == items


def test_what_goes_counts_a_committees_meetings_and_papers(ws):
    load_demo(ws, today=TODAY)
    committee_id, count = ws.db.execute(
        "select committee_id, count(*) from meetings group by committee_id order by count(*) desc"
    ).fetchone()
    sentence = what_goes(ws, "committees", committee_id, "Quality")
    assert sentence.startswith(f"Quality, {count} meetings")
    assert sentence.endswith("and your notes")


def test_money_and_glossary_deletes_ask_first(window, ws, qtbot):
    committee = meetings.add_committee(ws, "Cancer board", organisation="NHS Riverside")
    activities.add_activity(ws, date="2026-05-01", committee_id=committee, minutes_taking_part=60)
    payments.add_payment(ws, committee_id=committee, date="2026-05-01", amount_pence=7500)
    claims.add_claim(ws, committee_id=committee)
    page = window.show_section("Time and money")
    page.choose_year(2026)
    for table, thing_list in (
        ("activities", page.time_list),
        ("payments", page.payment_list),
        ("claims", page.claim_list),
    ):
        page.tabs.setCurrentWidget(thing_list)
        thing_list.table.selectRow(0)
        seen: list[str] = []
        answer_delete_question(qtbot, "Keep it", seen)
        thing_list.delete()
        assert seen and ws.db[table].count == 1, table
        answer_delete_question(qtbot, "Delete", seen)
        thing_list.delete()
        assert ws.db[table].count == 0, table

    add_entry(ws, "Blorfing", "A made-up word.")
    glossary_page = window.show_section("Glossary")
    glossary_page.show_entry("Blorfing")
    seen = []
    answer_delete_question(qtbot, "Delete", seen)
    qtbot.mouseClick(glossary_page.remove, Qt.MouseButton.LeftButton)
    assert "Blorfing" in seen[0] and ws.db["glossary_own"].count == 0
