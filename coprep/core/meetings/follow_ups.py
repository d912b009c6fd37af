"""Follow-ups after a meeting: what someone promised to do about an agenda item, and by when.

Each change is one undo step through the Workspace.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from coprep.core.storage.connection import Reader, rows
from coprep.core.storage.validate import InputError, parse_date, require_text
from coprep.core.storage.workspace import Workspace
from coprep.core.text.dates import day_words
from coprep.i18n import _


@dataclass
class FollowUp:
    id: int
    item_id: int
    text: str
    due_date: str | None = None
    done: bool = False

    def is_late(self, today: dt.date) -> bool:
        return not self.done and self.due_date is not None and self.due_date < today.isoformat()

    def line(self) -> str:
        """E.g. "Send the lay summary (by 12 March 2026)", with "done" when it is."""
        if self.due_date:
            due = day_words(self.due_date)
            said = _("{text} (by {day}) — done") if self.done else _("{text} (by {day})")
            return said.format(text=self.text, day=due)
        return _("{text} — done").format(text=self.text) if self.done else self.text


def _values(values: dict[str, Any]) -> dict[str, Any]:
    clean = dict(values)
    if "text" in clean:
        clean["text"] = require_text(clean["text"], _("follow-up"))
    if "due_date" in clean:
        due = (clean["due_date"] or "").strip() if isinstance(clean["due_date"], str) else clean["due_date"]
        clean["due_date"] = parse_date(due, _("date it is due")).isoformat() if due else None
    if "done" in clean:
        clean["done"] = int(bool(clean["done"]))
    return clean


def add_follow_up(ws: Workspace, item_id: int, text: str, due_date: str | None = None) -> int:
    """Add a follow-up to an agenda item; due_date may be blank."""
    if ws.row("agenda_items", item_id) is None:
        raise InputError(_("That agenda item no longer exists."))
    values = _values({"text": text, "due_date": due_date})
    return ws.insert("follow_ups", {"item_id": item_id, **values, "done": 0}, label=_("Add follow-up"))


def update_follow_up(ws: Workspace, follow_up_id: int, merge: bool = False, **values: Any) -> None:
    """Change a follow-up's words or due date."""
    if ws.row("follow_ups", follow_up_id) is None:
        raise InputError(_("That follow-up no longer exists."))
    ws.update("follow_ups", follow_up_id, _values(values), label=_("Change follow-up"), merge=merge)


def set_done(ws: Workspace, follow_up_id: int, done: bool = True) -> None:
    label = _("Tick follow-up as done") if done else _("Untick follow-up")
    ws.update("follow_ups", follow_up_id, {"done": int(done)}, label=label)


def delete_follow_up(ws: Workspace, follow_up_id: int) -> None:
    ws.delete("follow_ups", follow_up_id, label=_("Delete follow-up"))


def _build(row: dict[str, Any]) -> FollowUp:
    return FollowUp(row["id"], row["item_id"], row["text"], row["due_date"], bool(row["done"]))


_SELECT = """
select follow_ups.* from follow_ups join agenda_items on agenda_items.id = follow_ups.item_id
where {where}
order by follow_ups.done, follow_ups.due_date is null, follow_ups.due_date, follow_ups.id
"""


def _select(db: Reader, where: str, params: list[Any]) -> list[FollowUp]:
    return [_build(row) for row in rows(db, _SELECT.format(where=where), params)]


def follow_ups(db: Reader, item_id: int) -> list[FollowUp]:
    """An item's follow-ups: ones still to do first, soonest due first, then the done ones."""
    return _select(db, "follow_ups.item_id = ?", [item_id])


def follow_ups_for_meeting(db: Reader, meeting_id: int) -> dict[int, list[FollowUp]]:
    """item id -> its follow-ups (in the same order), for every item of a meeting that has any."""
    found: dict[int, list[FollowUp]] = {}
    for follow_up in _select(db, "agenda_items.meeting_id = ?", [meeting_id]):
        found.setdefault(follow_up.item_id, []).append(follow_up)
    return found


def open_follow_ups(db: Reader, committee_id: int, before: str) -> list[FollowUp]:
    """Follow-ups not yet done from the committee's meetings before the date, soonest due first."""
    return _select(
        db,
        "follow_ups.done = 0 and agenda_items.meeting_id in "
        "(select id from meetings where committee_id = ? and date < ?)",
        [committee_id, before],
    )
