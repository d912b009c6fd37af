"""Put a read agenda into a meeting: a new meeting from it, or a meeting that already has items.

Into a meeting with items, there are three ways, each one undo step:
- "add": the items go after the ones already there;
- "update": an item that matches an old one (same number and a like title, or the same title) updates
  it, keeping the person's notes, questions and papers; the others are added;
- "replace": the agenda becomes the new one, in its order; matched items are updated as above, old
  items nobody wrote anything on go, and old items with the person's own notes or papers stay at the
  end, so nothing they wrote is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from coprep.core.storage.workspace import Workspace
from coprep.i18n import N_, _

from . import meetings
from .agenda_details import MeetingDetails

WAYS = ("replace", "add", "update")
WAY_LABELS = {"replace": N_("Replace the agenda"), "add": N_("Add agenda items"), "update": N_("Update the agenda")}
ITEM_FIELDS = ("number", "title", "purpose", "presenter", "time", "description", "papers_expected")
_OWN_WORK = ("notes", "questions", "outcome", "raised")


@dataclass
class AgendaChange:
    added: int = 0
    updated: int = 0
    removed: int = 0
    kept: int = 0  # old items with the person's own work, kept although the new agenda lacks them
    item_ids: list[int] = field(default_factory=list)  # the read items' rows, in the agenda's order


def item_values(parsed: dict[str, Any]) -> dict[str, Any]:
    """Values for an agenda item from a read one: paper references go in their own field; page ranges,
    and a note that the item is spoken or a presentation, join the description."""
    values = {key: parsed.get(key) for key in ITEM_FIELDS}
    extra = []
    papers = (parsed.get("papers") or "").strip()
    if papers.casefold() == "verbal":
        extra.append(_("Spoken: no paper"))
    elif papers.casefold() == "presentation":
        extra.append(_("A presentation"))
    elif papers:
        values["papers_expected"] = papers
    if parsed.get("pages"):
        extra.append(_("Pages in the pack: {pages}").format(pages=parsed["pages"]))
    values["description"] = "\n".join(filter(None, [values.get("description") or "", *extra]))
    values["title"] = values.get("title") or ""
    values["number"] = values.get("number") or ""
    values["presenter"] = values.get("presenter") or ""
    values["papers_expected"] = values.get("papers_expected") or ""
    return values


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", (text or "").casefold()))


def match_items(old: list[meetings.AgendaItem], new: list[dict[str, Any]]) -> dict[int, int]:
    """New item index -> old item id, each old item used once: same number with a like title, or same title."""
    found: dict[int, int] = {}
    free = {item.id: item for item in old}
    for rule in ("number and title", "title"):
        for index, values in enumerate(new):
            if index in found:
                continue
            for item in list(free.values()):
                same_title = _key(item.title) == _key(values.get("title", ""))
                like_title = fuzz.token_set_ratio(_key(item.title), _key(values.get("title", ""))) >= 80
                same_number = bool(item.number) and _key(item.number) == _key(values.get("number", ""))
                if (same_number and like_title) if rule == "number and title" else same_title:
                    found[index] = item.id
                    del free[item.id]
                    break
    return found


def _has_own_work(ws: Workspace, item: meetings.AgendaItem) -> bool:
    if item.asked_for or any(getattr(item, name) for name in _OWN_WORK):
        return True
    for table in ("follow_ups", "papers"):
        if table in ws.db.table_names() and ws.db[table].count_where("item_id = ?", [item.id]):
            return True
    return False


def replacing_removes(ws: Workspace, meeting_id: int, items: list[dict[str, Any]]) -> list[meetings.AgendaItem]:
    """The old items that replacing the agenda with these would delete (so the person can be told first)."""
    old = meetings.agenda(ws.db, meeting_id)
    matched = set(match_items(old, [item_values(item) for item in items]).values())
    return [item for item in old if item.id not in matched and not _has_own_work(ws, item)]


def put_agenda(ws: Workspace, meeting_id: int, items: list[dict[str, Any]], way: str) -> AgendaChange:
    """Put read items into a meeting in one of WAYS, as one undo step; returns what changed."""
    if way not in WAYS:
        raise ValueError(way)
    new = [item_values(item) for item in items]
    old = meetings.agenda(ws.db, meeting_id)
    change = AgendaChange()
    with ws.action(_(WAY_LABELS[way])):
        matched = match_items(old, new) if way != "add" else {}
        order: list[int] = []
        for index, values in enumerate(new):
            if index in matched:
                current = meetings.get_item(ws.db, matched[index])
                update = {k: v for k, v in values.items() if v not in (None, "") and v != getattr(current, k)}
                if update:
                    meetings.update_item(ws, matched[index], **update)
                    change.updated += 1
                order.append(matched[index])
            else:
                order.append(meetings.add_item(ws, meeting_id, **values))
                change.added += 1
        if way == "replace":
            for item in old:
                if item.id in matched.values():
                    continue
                if _has_own_work(ws, item):
                    order.append(item.id)
                    change.kept += 1
                else:
                    ws.delete("agenda_items", item.id)
                    change.removed += 1
            for position, item_id in enumerate(order):
                ws.update("agenda_items", item_id, {"position": position})
        change.item_ids = order[: len(new)]
    return change


def details_differences(meeting: meetings.Meeting, details: MeetingDetails) -> list[tuple[str, str, str]]:
    """(field, what the meeting has, what the agenda says) where the agenda says something else."""
    found = []
    for name in ("date", "start_time", "end_time", "place"):
        agenda_value = getattr(details, name) or ""
        current = getattr(meeting, name) or ""
        if agenda_value and _key(agenda_value) != _key(current):
            found.append((name, current, agenda_value))
    return found


def new_meeting_from_agenda(
    ws: Workspace, committee: int | str, meeting_values: dict[str, Any], items: list[dict[str, Any]]
) -> int:
    """Add a meeting (and its committee, when given by name) with its items, as one undo step."""
    with ws.action(_("New meeting from an agenda")):
        committee_id = committee if isinstance(committee, int) else meetings.add_committee(ws, committee)
        values = dict(meeting_values)
        meeting_id = meetings.add_meeting(ws, committee_id, values.pop("date"), **values)
        for item in items:
            meetings.add_item(ws, meeting_id, **item_values(item))
    return meeting_id


def find_committee(committees: list[meetings.Committee], name: str) -> int | None:
    """The committee an agenda's committee name means, if coprep already has it."""
    wanted = _key(name)
    if not wanted:
        return None
    for committee in committees:
        have = _key(committee.name)
        if have == wanted or (have and (have in wanted or wanted in have) and len(have.split()) >= 2):
            return committee.id
    best = max(committees, key=lambda c: fuzz.token_set_ratio(_key(c.name), wanted), default=None)
    if best is not None and fuzz.token_set_ratio(_key(best.name), wanted) >= 90:
        return best.id
    return None
