"""Time a person gives: meetings attended and other involvement, in whole minutes.

Time can be typed as "2" (hours), "1.5", "1:30", "90m" or "1h 30m". A day holds at most 24 hours
across all the activities on that date, so a slip like 30 hours is caught before it is saved.
"""

import datetime as dt
import re
from dataclasses import dataclass, fields
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlite_utils import Database

from coprep.core.meetings.meetings import get_committee, get_meeting
from coprep.core.money.involvement import fill_organisation, with_changes
from coprep.core.storage.validate import InputError, parse_date
from coprep.core.storage.workspace import Workspace
from coprep.core.text.dates import day_words
from coprep.i18n import N_, Words, _

KIND_WORDS = Words(
    {
        "meeting": N_("Meeting"),
        "reading": N_("Reading papers"),
        "training": N_("Training"),
        "survey": N_("Survey"),
        "phone_call": N_("Phone or video call"),
        "event": N_("Event"),
        "other": N_("Other"),
    }
)
CAPACITY_WORDS = Words(
    {
        "patient": N_("As a patient"),
        "carer": N_("As a carer"),
        "for_someone": N_("Speaking for someone else"),
    }
)
TIME_WORDS = Words(
    {
        "minutes_preparing": N_("time preparing"),
        "minutes_travelling": N_("time travelling"),
        "minutes_taking_part": N_("time taking part"),
    }
)
MINUTES_IN_A_DAY = 24 * 60

_CLOCK = re.compile(r"^(\d+):([0-5]\d)$")
_HOURS = re.compile(r"^\d*\.?\d+$")
_WORDS = re.compile(r"^(?:(\d*\.?\d+)\s*h(?:ours?|rs?)?)?\s*(?:(\d+)\s*(?:m(?:ins?|inutes?)?)?)?$")


@dataclass
class Activity:
    id: int
    date: str
    kind: str = "meeting"
    meeting_id: int | None = None
    committee_id: int | None = None
    organisation: str = ""
    minutes_preparing: int = 0
    minutes_travelling: int = 0
    minutes_taking_part: int = 0
    capacity: str = "patient"
    note: str = ""
    committee_name: str = ""
    meeting_title: str = ""

    @property
    def total_minutes(self) -> int:
        return self.minutes_preparing + self.minutes_travelling + self.minutes_taking_part

    @property
    def what(self) -> str:
        """A short description: the meeting or committee, else the kind of activity and the note's first line."""
        if self.meeting_title or self.committee_name:
            return self.meeting_title or self.committee_name
        kind = KIND_WORDS.get(self.kind, self.kind)
        first_line = self.note.splitlines()[0] if self.note else ""
        return f"{kind}: {first_line}" if first_line else kind


def parse_duration(text: str | None, what: str = "time") -> int:
    """Minutes from what a person typed: "2" and "1.5" are hours, "1:30" is hours and minutes, "90m" minutes."""
    raw = (text or "").strip()
    cleaned = raw.lower()
    if not cleaned:
        return 0
    if cleaned.startswith("-"):
        raise InputError(_("The {what} cannot be less than nothing. Write it like 1:30 or 1.5.").format(what=what))
    clock, words = _CLOCK.match(cleaned), _WORDS.match(cleaned)
    if clock:
        return int(clock.group(1)) * 60 + int(clock.group(2))
    if _HOURS.match(cleaned):
        return _hours_to_minutes(cleaned)
    if words and (words.group(1) or words.group(2)):
        return _hours_to_minutes(words.group(1) or "0") + int(words.group(2) or 0)
    raise InputError(
        _("The {what} '{raw}' is not something coprep understands. Write hours like 1.5, 1:30 or 90m.").format(
            what=what, raw=raw
        )
    )


def _hours_to_minutes(hours: str) -> int:
    return int((Decimal(hours) * 60).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def format_minutes(minutes: int) -> str:
    """Minutes as hours and minutes, like "1 h 30 min", "2 h" or "45 min"."""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return _("{hours} h {minutes} min").format(hours=hours, minutes=rest)
    return _("{hours} h").format(hours=hours) if hours else _("{minutes} min").format(minutes=rest)


def hours_text(minutes: int) -> str:
    """Minutes as decimal hours with two places, like "1.50", for spreadsheets and JSON."""
    return f"{Decimal(minutes) / 60:.2f}"


def _minutes(value: Any, what: str) -> int:
    """A whole number is already minutes; text is a time as a person writes it."""
    if isinstance(value, int):
        if value < 0:
            raise InputError(_("The {what} cannot be less than nothing.").format(what=what))
        return value
    return parse_duration(value, what)


def _clean(ws: Workspace, values: dict[str, Any], activity_id: int | None) -> dict[str, Any]:
    clean = dict(values)
    clean["date"] = parse_date(str(clean.get("date") or ""), _("date of the activity")).isoformat()
    if clean.get("kind", "meeting") not in KIND_WORDS:
        raise InputError(_("Choose what kind of activity it was from the list."))
    if clean.get("capacity", "patient") not in CAPACITY_WORDS:
        raise InputError(_("Choose whether you took part as a patient, as a carer or for someone else."))
    for key, what in TIME_WORDS.items():
        if key in clean:
            clean[key] = _minutes(clean[key], what)
    fill_organisation(ws.db, clean)
    _check_day_fits(ws.db, clean, activity_id)
    return clean


def _check_day_fits(db: Database, clean: dict[str, Any], activity_id: int | None) -> None:
    """Refuse more than 24 hours on one date, counting the other activities already on it."""
    this = sum(clean.get(key, 0) for key in TIME_WORDS)
    others = db.execute(
        "select coalesce(sum(minutes_preparing + minutes_travelling + minutes_taking_part), 0) "
        "from activities where date = ? and id is not ?",
        [clean["date"], activity_id],
    ).fetchone()[0]
    if this + others > MINUTES_IN_A_DAY:
        day = day_words(clean["date"])
        said = (
            _(
                "That makes {total} on {day}, with the {others} already on that day, but a day has only 24 hours. "
                "Check the hours preparing, travelling and taking part."
            )
            if others
            else _(
                "That makes {total} on {day}, but a day has only 24 hours. "
                "Check the hours preparing, travelling and taking part."
            )
        )
        raise InputError(said.format(total=format_minutes(this + others), day=day, others=format_minutes(others)))


def add_activity(ws: Workspace, date: str, **values: Any) -> int:
    """Add an activity. Times are whole minutes (int) or text like "1:30"; organisation defaults to the committee's."""
    clean = _clean(ws, {"date": date, **values}, None)
    return ws.insert(
        "activities", clean, label=_("Add {kind}").format(kind=KIND_WORDS[clean.get("kind", "meeting")].lower())
    )


def update_activity(ws: Workspace, activity_id: int, **values: Any) -> None:
    merged = with_changes(ws, "activities", activity_id, values, "activity")
    ws.update("activities", activity_id, _clean(ws, merged, activity_id), label=_("Change activity"))


def delete_activity(ws: Workspace, activity_id: int) -> None:
    ws.delete("activities", activity_id, label=_("Delete activity"))


_JOINED = ("committee_name", "meeting_title")
_COLUMNS = ", ".join(f"activities.{f.name}" for f in fields(Activity) if f.name not in _JOINED)
_QUERY = f"""
select {_COLUMNS}, coalesce(committees.name, '') as committee_name, coalesce(meetings.title, '') as meeting_title
from activities
left join committees on committees.id = activities.committee_id
left join meetings on meetings.id = activities.meeting_id
"""


def list_activities(db: Database, first: dt.date | None = None, last: dt.date | None = None) -> list[Activity]:
    """Activities between two dates (both included; either may be left open), latest first."""
    sql = (
        f"{_QUERY} where activities.date >= ? and activities.date <= ? "
        "order by activities.date desc, activities.id desc"
    )
    bounds = [(first or dt.date.min).isoformat(), (last or dt.date.max).isoformat()]
    return [Activity(**row) for row in db.query(sql, bounds)]


def get_activity(db: Database, activity_id: int) -> Activity | None:
    rows = list(db.query(f"{_QUERY} where activities.id = ?", [activity_id]))
    return Activity(**rows[0]) if rows else None


# -- one click from a meeting --------------------------------------------------------------


def meeting_activity(db: Database, meeting_id: int) -> Activity | None:
    """The time already logged for this meeting, if any."""
    rows = list(db.query(f"{_QUERY} where activities.meeting_id = ? order by activities.id limit 1", [meeting_id]))
    return Activity(**rows[0]) if rows else None


def draft_for_meeting(db: Database, meeting_id: int) -> Activity:
    """What to show when a person logs time from a meeting: what they logged before, else a
    new activity (id 0) with the meeting's date, committee and organisation, and its length as time taking part."""
    logged = meeting_activity(db, meeting_id)
    if logged is not None:
        return logged
    meeting = get_meeting(db, meeting_id)
    if meeting is None:
        raise InputError(_("That meeting no longer exists."))
    committee = get_committee(db, meeting.committee_id)
    length = 0
    if meeting.start_time and meeting.end_time:
        start, end = (dt.datetime.strptime(t, "%H:%M") for t in (meeting.start_time, meeting.end_time))
        length = max(0, int((end - start).total_seconds()) // 60)
    return Activity(
        id=0,
        date=meeting.date,
        kind="meeting",
        meeting_id=meeting_id,
        committee_id=meeting.committee_id,
        organisation=committee.organisation if committee else "",
        minutes_taking_part=length,
        committee_name=meeting.committee_name,
        meeting_title=meeting.title,
    )


def log_meeting_time(ws: Workspace, meeting_id: int, **values: Any) -> int:
    """Save the time given to a meeting: date, committee and organisation come from the meeting.
    Logging again changes the same activity rather than counting the meeting twice."""
    draft = draft_for_meeting(ws.db, meeting_id)
    prefilled: dict[str, Any] = {
        "date": draft.date,
        "kind": "meeting",
        "meeting_id": meeting_id,
        "committee_id": draft.committee_id,
        "organisation": draft.organisation,
        "minutes_taking_part": draft.minutes_taking_part,
    }
    if draft.id:
        update_activity(ws, draft.id, **values)
        return draft.id
    return add_activity(ws, **(prefilled | values))
