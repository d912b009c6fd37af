"""Words to know for a meeting, and asking about a word at the meeting."""

import datetime as dt

from coprep.core.meetings import meetings
from coprep.core.papers.meeting_words import ask_about, meeting_words, next_meeting_id
from coprep.core.words.glossary import Entry

ENTRIES = [
    Entry("Integrated care board", "The NHS body that plans care.", ["ICB"], known=True),
    Entry("Waiting list", "People waiting for planned care."),
]


def _meeting(ws):
    committee = meetings.add_committee(ws, "Quality committee")
    meeting = meetings.add_meeting(ws, committee, "2026-03-12", notes="Ask the ICB about SDEC.")
    first = meetings.add_item(ws, meeting, "Waiting list report", description="The SDEC and the waiting list; triage.")
    second = meetings.add_item(ws, meeting, "Finance", notes="The ICB plan and virement.")
    return meeting, first, second


def test_meeting_words_gathers_items_and_notes(ws):
    meeting, first, second = _meeting(ws)
    words = meeting_words(ws.db, meeting, ENTRIES)
    terms = {t.term: t for t in words.terms}
    assert terms["Waiting list"].count == 2 and terms["Waiting list"].item_ids == [first]
    assert terms["Integrated care board"].known and terms["Integrated care board"].item_ids == [second]
    unknown = {u.word: u for u in words.unknown}
    assert unknown["SDEC"].count == 2 and unknown["SDEC"].item_id == first  # the notes name no item
    assert unknown["virement"].item_id == second and unknown["triage"].kind == "rare"


def test_ask_about_adds_one_question_to_the_item(ws):
    _meeting_id, first, _second = _meeting(ws)
    meetings.update_item(ws, first, questions="How long is the wait?")
    assert ask_about(ws, first, "SDEC")
    assert not ask_about(ws, first, "SDEC")
    assert meetings.get_item(ws.db, first).questions == "How long is the wait?\nWhat does 'SDEC' mean?"
    assert ws.undo() == "Ask about 'SDEC'"
    assert meetings.get_item(ws.db, first).questions == "How long is the wait?"


def test_next_meeting_skips_past_and_cancelled(ws):
    committee = meetings.add_committee(ws, "Board")
    meetings.add_meeting(ws, committee, "2026-01-01")
    meetings.add_meeting(ws, committee, "2026-02-01", status="cancelled")
    later = meetings.add_meeting(ws, committee, "2026-03-01")
    assert next_meeting_id(ws.db, dt.date(2026, 1, 15)) == later
    assert next_meeting_id(ws.db, dt.date(2026, 4, 1)) is None
