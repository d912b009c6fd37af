"""Follow-ups after a meeting and the "what I raised and what happened" list, on a real database."""

import datetime as dt

import pytest

from coprep.core.briefing.raised_list import raised_list, raised_markdown
from coprep.core.meetings import meetings
from coprep.core.meetings.follow_ups import (
    add_follow_up,
    delete_follow_up,
    follow_ups,
    open_follow_ups,
    set_done,
    update_follow_up,
)
from coprep.core.storage.validate import InputError


@pytest.fixture
def item(ws):
    committee = meetings.add_committee(ws, "Trust board")
    meeting = meetings.add_meeting(ws, committee, "2026-03-10", status="held")
    return meetings.add_item(ws, meeting, "Winter plan", number="4")


def test_follow_ups_list_what_is_still_to_do_first_soonest_first(ws, item):
    late = add_follow_up(ws, item, "Send the figures", "12/03/2026")
    add_follow_up(ws, item, "Ask again", None)
    done = add_follow_up(ws, item, "Read the minutes", "2026-03-01")
    soon = add_follow_up(ws, item, "Ring Aisha", "2026-03-11")
    set_done(ws, done)
    listed = follow_ups(ws.db, item)
    assert [f.text for f in listed] == ["Ring Aisha", "Send the figures", "Ask again", "Read the minutes"]
    assert listed[1].due_date == "2026-03-12"
    assert listed[1].is_late(dt.date(2026, 3, 13)) and not listed[3].is_late(dt.date(2026, 3, 13))
    assert listed[1].line() == "Send the figures (by 12 March 2026)"
    assert listed[3].line() == "Read the minutes (by 1 March 2026) — done"
    assert late != soon


def test_every_change_is_one_undo_step(ws, item):
    follow_up = add_follow_up(ws, item, "Send the figures", "2026-03-12")
    update_follow_up(ws, follow_up, text="Send the children's figures", due_date="")
    assert follow_ups(ws.db, item)[0].due_date is None
    set_done(ws, follow_up)
    delete_follow_up(ws, follow_up)
    assert follow_ups(ws.db, item) == []
    ws.undo()
    assert follow_ups(ws.db, item)[0].done
    ws.undo()
    assert not follow_ups(ws.db, item)[0].done
    ws.undo()
    assert follow_ups(ws.db, item)[0].text == "Send the figures"
    ws.undo()
    assert follow_ups(ws.db, item) == []


def test_deleting_an_item_takes_its_follow_ups_and_undo_brings_both_back(ws, item):
    add_follow_up(ws, item, "Send the figures")
    meetings.delete_item(ws, item)
    assert ws.db["follow_ups"].count == 0
    ws.undo()
    assert [f.text for f in follow_ups(ws.db, item)] == ["Send the figures"]


@pytest.mark.parametrize(
    "text, due, message", [("", None, "fill in the follow-up"), ("Send it", "next week", "not a date")]
)
def test_unclear_follow_ups_are_refused(ws, item, text, due, message):
    with pytest.raises(InputError, match=message):
        add_follow_up(ws, item, text, due)
    assert ws.db["follow_ups"].count == 0


def test_open_follow_ups_come_from_earlier_meetings_of_the_same_committee(ws, item):
    add_follow_up(ws, item, "Earlier and open")
    set_done(ws, add_follow_up(ws, item, "Earlier and done"))
    committee = meetings.get_meeting(ws.db, meetings.get_item(ws.db, item).meeting_id).committee_id
    later = meetings.add_item(ws, meetings.add_meeting(ws, committee, "2026-04-10"), "Later item")
    add_follow_up(ws, later, "From the later meeting")
    other_board = meetings.add_meeting(ws, meetings.add_committee(ws, "Other"), "2026-01-01")
    add_follow_up(ws, meetings.add_item(ws, other_board, "Elsewhere"), "Other committee")
    assert [f.text for f in open_follow_ups(ws.db, committee, "2026-04-10")] == ["Earlier and open"]


def test_the_raised_list_brings_what_i_said_what_happened_and_follow_ups(ws, item):
    meetings.update_item(ws, item, raised="I asked about *children*.\nAnd carers.", outcome="Agreed to report it.")
    add_follow_up(ws, item, "Check the next report", "2026-04-01")
    meeting = meetings.get_item(ws.db, item).meeting_id
    committee = meetings.get_meeting(ws.db, meeting).committee_id
    meetings.add_item(ws, meeting, "Item where I said nothing")
    markdown = raised_markdown(ws.db, committee)
    assert "## Tuesday 10 March 2026" in markdown and "### 4. Winter plan" in markdown
    assert "I asked about \\*children\\*.  \nAnd carers." in markdown
    assert "Agreed to report it." in markdown
    assert "☐ Check the next report (by 1 April 2026)" in markdown
    assert "said nothing" not in markdown
    printable = raised_list(ws.db, committee, large_print=16)
    assert "<h3>4. Winter plan</h3>" in printable.html and "font-size: 16pt" in printable.html
    assert "page-break-before" not in printable.html  # meetings follow on, not one a page
    assert printable.file_stem == "what-i-raised-trust-board"


def test_the_raised_list_says_how_to_fill_it_when_empty(ws):
    committee = meetings.add_committee(ws, "Trust board")
    assert "Nothing written down yet" in raised_markdown(ws.db, committee)
    with pytest.raises(InputError):
        raised_markdown(ws.db, committee + 1)
