"""A meeting as an .ics file for the person's own calendar (Outlook, Google, Apple, Thunderbird).

Times are UK clock times (Europe/London), so a meeting at 10:00 in July stays at 10:00 in summer
time. A meeting with no start time is an all-day event. When the end is not known the event lasts
an hour, as calendars usually assume. The event's UID stays the same for the same meeting, so
exporting it again after a change updates the event instead of adding a second one.
"""

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Alarm, Calendar, Event
from sqlite_utils import Database

from coprep.core.meetings import meetings
from coprep.core.storage.validate import InputError
from coprep.core.text.dates import day_words
from coprep.i18n import _

LONDON = ZoneInfo("Europe/London")
UNKNOWN_LENGTH = dt.timedelta(hours=1)
ALL_DAY_REMINDER = dt.timedelta(hours=-15)  # 9 in the morning the day before


def _at(day: dt.date, clock: str) -> dt.datetime:
    hour, minute = map(int, clock.split(":"))
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=LONDON)


def _description(meeting: meetings.Meeting, items: list[meetings.AgendaItem]) -> str:
    lines = [
        _(
            "Your briefing pack is in coprep. Open coprep, choose the {meeting} on "
            "{day} in your list of meetings, then open its Briefing pack tab."
        ).format(meeting=meeting.name, day=day_words(meeting.date)),
    ]
    if meeting.place and meeting.link:
        lines += ["", _("To join online: {link}").format(link=meeting.link)]
    if items:
        lines += ["", _("Agenda:")] + [f"{item.number} {item.title}".strip() for item in items]
    return "\n".join(lines)


def meeting_event(db: Database, meeting_id: int, now: dt.datetime | None = None) -> Event:
    """The meeting as a calendar event with a reminder the day before."""
    meeting = meetings.get_meeting(db, meeting_id)
    if meeting is None:
        raise InputError(
            _("coprep has no meeting number {meeting_id}. The list of meetings shows their numbers.").format(
                meeting_id=meeting_id
            )
        )
    event = Event()
    event.add("uid", f"coprep-meeting-{meeting.id}-committee-{meeting.committee_id}@coprep")
    event.add("dtstamp", now or dt.datetime.now(dt.UTC))
    event.add("summary", meeting.name + (" (cancelled)" if meeting.status == "cancelled" else ""))
    if meeting.start_time:
        start = _at(meeting.day, meeting.start_time)
        event.add("dtstart", start)
        event.add("dtend", _at(meeting.day, meeting.end_time) if meeting.end_time else start + UNKNOWN_LENGTH)
    else:
        event.add("dtstart", meeting.day)
        event.add("dtend", meeting.day + dt.timedelta(days=1))
    if meeting.place or meeting.link:
        event.add("location", meeting.place or meeting.link)
    if meeting.link.startswith(("https://", "http://")):
        event.add("url", meeting.link)
    if meeting.status == "cancelled":
        event.add("status", "CANCELLED")
    event.add("description", _description(meeting, meetings.agenda(db, meeting_id)))
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", _("Tomorrow: {meeting}. Your briefing pack is in coprep.").format(meeting=meeting.name))
    alarm.add("trigger", -dt.timedelta(days=1) if meeting.start_time else ALL_DAY_REMINDER)
    event.add_component(alarm)
    return event


def meeting_ics(db: Database, meeting_id: int, now: dt.datetime | None = None) -> bytes:
    """The .ics file's bytes for one meeting, with the Europe/London time zone written in."""
    calendar = Calendar()
    calendar.add("prodid", "-//coprep//Meeting briefing//EN")
    calendar.add("version", "2.0")
    event = meeting_event(db, meeting_id, now)
    calendar.add_component(event)
    year = event.decoded("dtstart").year  # the time zone's rules for that year keep the file short
    calendar.add_missing_timezones(first_date=dt.date(year, 1, 1), last_date=dt.date(year + 1, 1, 1))
    ical: bytes = calendar.to_ical()
    return ical
