"""Time given to meetings and other involvement, typed as people write it, never more than a day holds."""

import datetime as dt

import pytest

from coprep.core.meetings import meetings
from coprep.core.money import activities
from coprep.core.storage.validate import InputError


@pytest.mark.parametrize(
    "text, minutes",
    [
        ("2", 120),
        ("1.5", 90),
        ("1:30", 90),
        ("90m", 90),
        ("90 mins", 90),
        ("1h 30m", 90),
        ("1h30", 90),
        ("2 hours", 120),
        (".25", 15),
        ("0:05", 5),
        ("", 0),
        ("1.33", 80),
    ],
)
def test_time_is_read_as_people_write_it(text, minutes):
    assert activities.parse_duration(text) == minutes


@pytest.mark.parametrize("text", ["-1", "two", "1:75", "h", "1.2.3"])
def test_time_that_cannot_be_read_is_refused_with_examples(text):
    with pytest.raises(InputError, match="1:30"):
        activities.parse_duration(text, "time preparing")


def test_minutes_are_shown_in_hours_and_minutes():
    assert [activities.format_minutes(m) for m in (90, 120, 45, 0)] == ["1 h 30 min", "2 h", "45 min", "0 min"]


def test_a_day_holds_24_hours_across_all_its_activities(ws):
    activities.add_activity(ws, "2025-06-12", kind="reading", minutes_preparing="20")
    with pytest.raises(InputError, match="a day has only 24 hours"):
        activities.add_activity(ws, "12/06/2025", kind="event", minutes_taking_part="4:01")
    activities.add_activity(ws, "2025-06-12", kind="event", minutes_taking_part="4")
    assert ws.db["activities"].count == 2


def test_changing_an_activity_does_not_count_its_own_old_time_twice(ws):
    activity = activities.add_activity(ws, "2025-06-12", kind="training", minutes_taking_part="20")
    activities.update_activity(ws, activity, minutes_taking_part="23")
    assert activities.get_activity(ws.db, activity).minutes_taking_part == 23 * 60


def test_logging_a_meeting_takes_its_date_committee_organisation_and_length(ws):
    committee = meetings.add_committee(ws, "Quality Committee", organisation="Riverside ICB")
    meeting = meetings.add_meeting(ws, committee, "2025-09-11", start_time="10:00", end_time="12:30")
    draft = activities.draft_for_meeting(ws.db, meeting)
    assert (draft.id, draft.date, draft.organisation, draft.minutes_taking_part) == (
        0,
        "2025-09-11",
        "Riverside ICB",
        150,
    )

    activity = activities.log_meeting_time(ws, meeting, minutes_preparing="2", minutes_travelling="1:10")
    saved = activities.get_activity(ws.db, activity)
    assert (saved.committee_id, saved.meeting_id, saved.kind) == (committee, meeting, "meeting")
    assert saved.total_minutes == 120 + 70 + 150
    assert saved.what == "Quality Committee"


def test_logging_the_same_meeting_again_changes_it_rather_than_counting_it_twice(ws):
    meeting = meetings.add_meeting(ws, meetings.add_committee(ws, "CRG"), "2025-09-11")
    first = activities.log_meeting_time(ws, meeting, minutes_taking_part="2")
    again = activities.log_meeting_time(ws, meeting, minutes_taking_part="3", capacity="carer")
    assert first == again and ws.db["activities"].count == 1
    assert activities.draft_for_meeting(ws.db, meeting).minutes_taking_part == 180
    ws.undo()
    assert activities.get_activity(ws.db, first).minutes_taking_part == 120


def test_activities_are_listed_between_dates_latest_first(ws):
    for day in ("2025-04-05", "2025-04-06", "2026-04-05", "2026-04-06"):
        activities.add_activity(ws, day, kind="survey", minutes_taking_part=30)
    found = activities.list_activities(ws.db, dt.date(2025, 4, 6), dt.date(2026, 4, 5))
    assert [a.date for a in found] == ["2026-04-05", "2025-04-06"]
