"""Committees, meetings and agendas through the same functions the window and command line use."""

import datetime as dt

import pytest

from coprep.core.meetings import meetings
from coprep.core.storage.validate import InputError


def test_upcoming_meetings_come_first_soonest_first(ws):
    board = meetings.add_committee(ws, "Trust board", lay_places=2, notice_working_days=5)
    for date in ("2026-01-10", "2026-12-01", "2026-12-20", "2025-11-01"):
        meetings.add_meeting(ws, board, date)
    upcoming, past = meetings.upcoming_and_past(ws.db, today=dt.date(2026, 11, 30))
    assert [m.date for m in upcoming] == ["2026-12-01", "2026-12-20"]
    assert [m.date for m in past] == ["2026-01-10", "2025-11-01"]
    assert upcoming[0].committee_name == "Trust board"


def test_past_meetings_can_stop_at_a_day_and_the_older_ones_are_counted(ws):
    board = meetings.add_committee(ws, "Trust board")
    for date in ("2023-05-01", "2024-11-29", "2024-11-30", "2026-01-10", "2026-12-01"):
        meetings.add_meeting(ws, board, date)
    since = dt.date(2024, 11, 30)
    upcoming, past = meetings.upcoming_and_past(ws.db, today=dt.date(2026, 11, 30), since=since)
    assert [m.date for m in upcoming] == ["2026-12-01"]
    assert [m.date for m in past] == ["2026-01-10", "2024-11-30"]
    assert meetings.count_meetings_before(ws.db, since) == 2


def test_new_committee_role_notes_start_from_the_template(ws):
    committee = meetings.get_committee(ws.db, meetings.add_committee(ws, "CRG"))
    assert "Who is my contact or buddy?" in committee.role_notes


def test_move_item_reorders_in_one_undo_step(ws):
    meeting = meetings.add_meeting(ws, meetings.add_committee(ws, "Board"), "2026-03-01")
    ids = [meetings.add_item(ws, meeting, title) for title in ("One", "Two", "Three")]
    meetings.move_item(ws, ids[2], 0)
    assert [i.title for i in meetings.agenda(ws.db, meeting)] == ["Three", "One", "Two"]
    ws.undo()
    assert [i.title for i in meetings.agenda(ws.db, meeting)] == ["One", "Two", "Three"]


@pytest.mark.parametrize(
    "values, message",
    [
        ({"date": "31/02/2026"}, "not a date"),
        ({"date": "2026-03-01", "start_time": "25:00"}, "not a time"),
        ({"date": "2026-03-01", "start_time": "14:00", "end_time": "10:00"}, "cannot end before"),
        ({"date": "2026-03-01", "status": "maybe"}, "planned, held or cancelled"),
    ],
)
def test_impossible_meetings_are_refused_and_nothing_is_stored(ws, values, message):
    committee = meetings.add_committee(ws, "Board")
    with pytest.raises(InputError, match=message):
        meetings.add_meeting(ws, committee, **values)
    assert ws.db["meetings"].count == 0


def test_times_are_read_in_many_forms():
    from coprep.core.storage.validate import parse_time

    assert parse_time("10.15am") == "10:15"
    assert parse_time("2pm") == "14:00"
    assert parse_time("12am") == "00:00"
    assert parse_time("14:30") == "14:30"
    assert parse_time("") is None
