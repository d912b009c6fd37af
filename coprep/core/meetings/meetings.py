"""Committees, their meetings and each meeting's agenda: plain objects in, plain objects out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from functools import cache
from typing import TYPE_CHECKING, Any

from coprep.core.storage import clock
from coprep.core.storage.connection import Reader, rows
from coprep.core.storage.resources import resource_path
from coprep.core.storage.validate import InputError, parse_date, parse_time, require_text, whole_number
from coprep.core.storage.workspace import Workspace
from coprep.i18n import N_, Words, _, ngettext

if TYPE_CHECKING:
    from sqlite_utils import Database

STATUSES = ("planned", "held", "cancelled")
PURPOSES = ("approval", "decision", "discussion", "information", "assurance", "other")
PURPOSE_WORDS = Words(
    {
        "approval": N_("For approval"),
        "decision": N_("For decision"),
        "discussion": N_("For discussion"),
        "information": N_("For information"),
        "assurance": N_("For assurance"),
        "other": N_("Other"),
    }
)


@dataclass
class Committee:
    id: int
    name: str
    organisation: str = ""
    role_title: str = ""
    lay_places: int | None = None
    notice_working_days: int | None = None
    expenses_days: int = 28
    role_notes: str = ""


@dataclass
class Meeting:
    id: int
    committee_id: int
    date: str
    title: str = ""
    start_time: str | None = None
    end_time: str | None = None
    place: str = ""
    link: str = ""
    status: str = "planned"
    notes: str = ""
    own_rung: int | None = None
    own_rung_reason: str = ""
    committee_name: str = ""

    @property
    def day(self) -> dt.date:
        return dt.date.fromisoformat(self.date)

    @property
    def name(self) -> str:
        """What to call the meeting: its own title, else the committee's name."""
        return self.title or self.committee_name


@dataclass
class AgendaItem:
    id: int
    meeting_id: int
    position: int
    number: str = ""
    title: str = ""
    purpose: str | None = None
    presenter: str = ""
    time: str | None = None
    description: str = ""
    papers_expected: str = ""  # the papers the agenda names for the item, e.g. "Paper B, Enc 3"
    asked_for: bool = False
    notes: str = ""
    questions: str = ""
    outcome: str = ""
    raised: str = ""


def _build(cls: type, row: dict[str, Any]) -> Any:
    names = _field_names(cls)
    return cls(**{key: value for key, value in row.items() if key in names})


@cache
def _field_names(cls: type) -> frozenset[str]:
    """Worked out once per class: the meetings list builds hundreds of rows before the window's first paint."""
    return frozenset(f.name for f in fields(cls))


# -- committees ----------------------------------------------------------------------------


def role_notes_template() -> str:
    """The questions a new member should get answered, as the start of their role notes."""
    path = resource_path("role_notes_template.md")
    return path.read_text(encoding="utf-8") if path.exists() else ""


def _committee_values(values: dict[str, Any]) -> dict[str, Any]:
    clean = dict(values)
    if "name" in clean:
        clean["name"] = require_text(clean["name"], _("committee name"))
    for key, what in (("lay_places", _("number of lay places")), ("notice_working_days", _("notice for papers"))):
        if key in clean:
            clean[key] = whole_number(clean[key], what)
    if "expenses_days" in clean:
        clean["expenses_days"] = whole_number(clean["expenses_days"], _("days to repay expenses")) or 28
    return clean


def add_committee(ws: Workspace, name: str, **values: Any) -> int:
    """Add a committee; its role notes start from the shipped template."""
    values = _committee_values({"name": name, **values})
    values.setdefault("role_notes", role_notes_template())
    return ws.insert("committees", values, label=_("Add committee {name}").format(name=values["name"]))


def update_committee(ws: Workspace, committee_id: int, merge: bool = False, **values: Any) -> None:
    ws.update("committees", committee_id, _committee_values(values), label=_("Change committee"), merge=merge)


def delete_committee(ws: Workspace, committee_id: int) -> None:
    ws.delete("committees", committee_id, label=_("Delete committee"))


def list_committees(db: Reader) -> list[Committee]:
    return [_build(Committee, row) for row in rows(db, "select * from committees order by name COLLATE NOCASE")]


def has_committees(db: Reader) -> bool:
    return bool(db.execute("select exists (select 1 from committees)").fetchone()[0])


def get_committee(db: Reader, committee_id: int) -> Committee | None:
    found = rows(db, "select * from committees where id = ?", [committee_id])
    return _build(Committee, found[0]) if found else None


# -- meetings ------------------------------------------------------------------------------


def _meeting_values(values: dict[str, Any]) -> dict[str, Any]:
    clean = dict(values)
    if "date" in clean:
        clean["date"] = parse_date(str(clean["date"]), _("meeting date")).isoformat()
    for key, what in (("start_time", _("start time")), ("end_time", _("end time"))):
        if key in clean:
            clean[key] = parse_time(clean[key], what)
    if clean.get("start_time") and clean.get("end_time") and clean["end_time"] < clean["start_time"]:
        raise InputError(_("The meeting cannot end before it starts. Check the start and end times."))
    if "status" in clean and clean["status"] not in STATUSES:
        raise InputError(_("A meeting is planned, held or cancelled."))
    return clean


def add_meeting(ws: Workspace, committee_id: int, date: str, **values: Any) -> int:
    values = _meeting_values({"committee_id": committee_id, "date": date, **values})
    return ws.insert("meetings", values, label=_("Add meeting"))


def update_meeting(ws: Workspace, meeting_id: int, merge: bool = False, **values: Any) -> None:
    current = get_meeting(ws.db, meeting_id)
    if current is None:
        raise InputError(_("That meeting no longer exists."))
    clean = _meeting_values({"start_time": current.start_time, "end_time": current.end_time, **values})
    clean = {key: value for key, value in clean.items() if key in values}
    ws.update("meetings", meeting_id, clean, label=_("Change meeting"), merge=merge)


def delete_meeting(ws: Workspace, meeting_id: int) -> None:
    ws.delete("meetings", meeting_id, label=_("Delete meeting"))


_MEETING_QUERY = """
select meetings.*, committees.name as committee_name
from meetings join committees on committees.id = meetings.committee_id
"""


def list_meetings(db: Reader, committee_id: int | None = None) -> list[Meeting]:
    """All meetings, latest first."""
    where, params = ("where meetings.committee_id = ?", [committee_id]) if committee_id else ("", [])
    sql = f"{_MEETING_QUERY} {where} order by meetings.date desc, meetings.start_time desc"
    return [_build(Meeting, row) for row in rows(db, sql, params)]


def upcoming_and_past(
    db: Reader, today: dt.date | None = None, since: dt.date | None = None
) -> tuple[list[Meeting], list[Meeting]]:
    """Meetings from today on (soonest first), and earlier ones (most recent first), only those
    from `since` on if given: years of history need not be read to show the last two."""
    today_text = (today or clock.today()).isoformat()
    where, params = ("where meetings.date >= ?", [since.isoformat()]) if since else ("", [])
    sql = f"{_MEETING_QUERY} {where} order by meetings.date desc, meetings.start_time desc"
    everything = [_build(Meeting, row) for row in rows(db, sql, params)]
    upcoming = sorted((m for m in everything if m.date >= today_text), key=lambda m: (m.date, m.start_time or ""))
    past = [m for m in everything if m.date < today_text]
    return upcoming, past


def count_meetings_before(db: Reader, day: dt.date) -> int:
    """How many meetings there were before this day."""
    count: int = db.execute("select count(*) from meetings where date < ?", [day.isoformat()]).fetchone()[0]
    return count


def get_meeting(db: Reader, meeting_id: int) -> Meeting | None:
    found = rows(db, f"{_MEETING_QUERY} where meetings.id = ?", [meeting_id])
    return _build(Meeting, found[0]) if found else None


# -- agenda items --------------------------------------------------------------------------


def _item_values(values: dict[str, Any]) -> dict[str, Any]:
    clean = dict(values)
    if "time" in clean:
        clean["time"] = parse_time(clean["time"], _("item time"))
    if clean.get("purpose") not in (None, *PURPOSES):
        raise InputError(_("Choose what the item is for from the list."))
    if "asked_for" in clean:
        clean["asked_for"] = int(bool(clean["asked_for"]))
    return clean


def agenda(db: Reader, meeting_id: int) -> list[AgendaItem]:
    """The meeting's items in agenda order."""
    items = rows(db, "select * from agenda_items where meeting_id = ? order by position, id", [meeting_id])
    return [_build(AgendaItem, {**row, "asked_for": bool(row["asked_for"])}) for row in items]


def get_item(db: Reader, item_id: int) -> AgendaItem | None:
    found = rows(db, "select * from agenda_items where id = ?", [item_id])
    return _build(AgendaItem, {**found[0], "asked_for": bool(found[0]["asked_for"])}) if found else None


def _next_position(db: Database, meeting_id: int) -> int:
    row = db.execute("select max(position) from agenda_items where meeting_id = ?", [meeting_id]).fetchone()
    return (row[0] if row[0] is not None else -1) + 1


def add_item(ws: Workspace, meeting_id: int, title: str = "", **values: Any) -> int:
    """Add an item at the end of the agenda."""
    values = _item_values({"title": title, **values})
    values.update(meeting_id=meeting_id, position=_next_position(ws.db, meeting_id))
    return ws.insert("agenda_items", values, label=_("Add agenda item"))


def add_items(ws: Workspace, meeting_id: int, items: list[dict[str, Any]]) -> list[int]:
    """Add several items at the end of the agenda as one step (e.g. from a pasted agenda)."""
    ids = []
    with ws.action(
        ngettext("Add {count} agenda item", "Add {count} agenda items", len(items)).format(count=len(items))
    ):
        for item in items:
            ids.append(add_item(ws, meeting_id, **item))
    return ids


def update_item(ws: Workspace, item_id: int, merge: bool = False, **values: Any) -> None:
    ws.update("agenda_items", item_id, _item_values(values), label=_("Change agenda item"), merge=merge)


def delete_item(ws: Workspace, item_id: int) -> None:
    ws.delete("agenda_items", item_id, label=_("Delete agenda item"))


def move_item(ws: Workspace, item_id: int, new_index: int) -> None:
    """Move an item to a new place in its agenda (0 is first), renumbering positions in one step."""
    item = get_item(ws.db, item_id)
    if item is not None:
        order = [other.id for other in agenda(ws.db, item.meeting_id)]
        ws.move("agenda_items", order, item_id, new_index, label=_("Move agenda item"))
