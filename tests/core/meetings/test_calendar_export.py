"""Meetings as .ics files, read back with the icalendar package as a calendar program would."""

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar

from coprep.core.meetings import meetings
from coprep.core.meetings.calendar_file import meeting_ics

LONDON = ZoneInfo("Europe/London")


def _event(ws, meeting_id):
    (event,) = Calendar.from_ical(meeting_ics(ws.db, meeting_id)).walk("VEVENT")
    return event


def _meeting(ws, date, **values):
    committee = meetings.add_committee(ws, "Trust board")
    meeting = meetings.add_meeting(ws, committee, date, **values)
    meetings.add_item(ws, meeting, "Winter plan", number="4")
    return meeting


def test_a_summer_meeting_keeps_its_uk_clock_time(ws):
    meeting = _meeting(ws, "2026-07-14", start_time="10:00", end_time="12:30", place="Room 3")
    calendar = Calendar.from_ical(meeting_ics(ws.db, meeting))
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    (event,) = calendar.walk("VEVENT")
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start == dt.datetime(2026, 7, 14, 10, 0, tzinfo=LONDON)
    assert start.utcoffset() == dt.timedelta(hours=1)  # British Summer Time
    assert start.astimezone(dt.UTC).hour == 9
    assert end == dt.datetime(2026, 7, 14, 12, 30, tzinfo=LONDON)
    assert str(event["SUMMARY"]) == "Trust board"
    assert str(event["LOCATION"]) == "Room 3"
    assert "URL" not in event


def test_a_winter_meeting_is_on_greenwich_time(ws):
    event = _event(ws, _meeting(ws, "2026-12-01", start_time="14:00"))
    start = event.decoded("DTSTART")
    assert start.astimezone(dt.UTC) == dt.datetime(2026, 12, 1, 14, 0, tzinfo=dt.UTC)
    assert event.decoded("DTEND") - start == dt.timedelta(hours=1)  # no end time: an hour, as calendars assume


def test_reminder_the_day_before_and_a_note_pointing_to_the_briefing(ws):
    meeting = _meeting(ws, "2026-07-14", start_time="10:00", link="https://meet.example.org/board")
    event = _event(ws, meeting)
    (alarm,) = event.walk("VALARM")
    assert alarm.decoded("TRIGGER") == -dt.timedelta(days=1)
    assert str(alarm["ACTION"]) == "DISPLAY"
    assert str(event["LOCATION"]) == "https://meet.example.org/board"
    assert str(event["URL"]) == "https://meet.example.org/board"
    description = str(event["DESCRIPTION"])
    assert "Your briefing pack is in coprep." in description and "Briefing pack tab" in description
    assert "14 July 2026" in description and "coprep brief" not in description  # no command to type
    assert "4 Winter plan" in description


def test_a_meeting_without_a_time_is_all_day_and_reminds_the_morning_before(ws):
    event = _event(ws, _meeting(ws, "2026-03-10"))
    assert event.decoded("DTSTART") == dt.date(2026, 3, 10)
    assert event.decoded("DTEND") == dt.date(2026, 3, 11)
    (alarm,) = event.walk("VALARM")
    assert dt.datetime(2026, 3, 10) + alarm.decoded("TRIGGER") == dt.datetime(2026, 3, 9, 9, 0)


def test_the_same_meeting_keeps_the_same_uid_so_calendars_update_it(ws):
    meeting = _meeting(ws, "2026-07-14", start_time="10:00")
    first = str(_event(ws, meeting)["UID"])
    meetings.update_meeting(ws, meeting, start_time="11:00", status="cancelled")
    changed = _event(ws, meeting)
    assert str(changed["UID"]) == first
    assert str(changed["STATUS"]) == "CANCELLED" and "cancelled" in str(changed["SUMMARY"])
    other = meetings.add_meeting(ws, meetings.get_meeting(ws.db, meeting).committee_id, "2026-08-11")
    assert str(_event(ws, other)["UID"]) != first
