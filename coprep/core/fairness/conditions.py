"""The conditions for being an equal member, and how a person rates each meeting against them.

coprep ships a list (resources/conditions.csv). The person can reword, reorder and hide those,
and add their own. Shipped conditions keep a stable key, so a later coprep can add new ones
without touching the person's wording; the person's own conditions have no key.
"""

import csv
import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from coprep.core.fairness.proposals import Proposal, propose
from coprep.core.storage.resources import resource_path
from coprep.core.storage.validate import InputError, require_text
from coprep.core.storage.workspace import Workspace
from coprep.core.text.dates import MONTH, month_words
from coprep.i18n import N_, Words, _

RATINGS = ("met", "partly", "not_met", "na", "unknown")
RATING_WORDS = Words(
    {
        "met": N_("Met"),
        "partly": N_("Partly"),
        "not_met": N_("Not met"),
        "na": N_("Does not apply"),
        "unknown": N_("Don't know"),
    }
)


@dataclass(frozen=True)
class ShippedCondition:
    """One line of resources/conditions.csv, as coprep wrote it."""

    key: str
    text: str
    unmet_words: str  # short words for when it was not met, e.g. "Papers late"
    ask: str  # a polite request to the chair for when it was not met
    help: str
    recommended_by: str  # a named publication with its year, or "a common practice"
    ladder_group: str
    source_checked: str = ""  # the month recommended_by was last checked, "YYYY-MM"


@dataclass
class Condition:
    id: int
    key: str | None
    text: str
    help: str = ""
    position: int = 0
    hidden: bool = False
    recommended_by: str = ""
    ladder_group: str | None = None
    unmet_words: str = ""
    ask: str = ""
    source_checked: str = ""

    @property
    def own(self) -> bool:
        """True for a condition the person added themselves."""
        return self.key is None


@dataclass
class ConditionRow:
    condition: Condition
    rating: str | None = None
    note: str = ""
    proposal: Proposal | None = None


def recommended_words(condition: Condition) -> str:
    """ "Recommended by: …. Checked December 2026." for showing with a condition's help."""
    words = _("Recommended by: {source}.").format(source=condition.recommended_by.rstrip("."))
    if MONTH.match(condition.source_checked):
        words += " " + _("Checked {month}.").format(month=month_words(condition.source_checked))
    return words


@functools.cache
def shipped_conditions() -> tuple[ShippedCondition, ...]:
    """The conditions coprep ships, in their shipped order."""
    with resource_path("conditions.csv").open(encoding="utf-8", newline="") as handle:
        return tuple(ShippedCondition(**row) for row in csv.DictReader(handle))


@functools.cache
def shipped_by_key() -> dict[str, ShippedCondition]:
    return {shipped.key: shipped for shipped in shipped_conditions()}


def ensure_shipped(db: Database) -> None:
    """Add any shipped condition the database lacks, after the person's own order.

    Not an undo step: it is coprep's own list arriving, not something the person did.
    """
    have = {row["key"] for row in db.query("select key from conditions where key is not null")}
    missing = [shipped for shipped in shipped_conditions() if shipped.key not in have]
    if not missing:
        return
    with db.atomic():
        start = _next_position(db)
        db.table("conditions").insert_all(
            {"key": shipped.key, "text": shipped.text, "help": shipped.help, "position": start + offset}
            for offset, shipped in enumerate(missing)
        )


def _next_position(db: Database) -> int:
    row = db.execute("select max(position) from conditions").fetchone()
    return (row[0] if row[0] is not None else -1) + 1


def _build(row: dict[str, Any]) -> Condition:
    shipped = shipped_by_key().get(row["key"]) if row["key"] else None
    # coprep's short words fit only while the person keeps coprep's wording.
    if shipped and row["text"] == shipped.text:
        unmet_words, ask = shipped.unmet_words, shipped.ask
    else:
        unmet_words = _("“{condition}” not met").format(condition=row["text"])
        ask = _("Could we talk about how to make sure that “{condition}”?").format(condition=row["text"])
    return Condition(
        id=row["id"],
        key=row["key"],
        text=row["text"],
        help=row["help"],
        position=row["position"],
        hidden=bool(row["hidden"]),
        recommended_by=shipped.recommended_by if shipped else "",
        source_checked=shipped.source_checked if shipped else "",
        ladder_group=shipped.ladder_group if shipped else None,
        unmet_words=unmet_words,
        ask=ask,
    )


def list_conditions(db: Database, include_hidden: bool = False) -> list[Condition]:
    """The person's conditions in their chosen order."""
    ensure_shipped(db)
    where = None if include_hidden else "hidden = 0"
    return [_build(row) for row in db["conditions"].rows_where(where, order_by="position, id")]


def get_condition(db: Database, condition_id: int) -> Condition:
    rows = list(db["conditions"].rows_where("id = ?", [condition_id]))
    if not rows:
        raise InputError(_("That condition is no longer in your list."))
    return _build(rows[0])


# -- the person's own list -------------------------------------------------------------------


def add_condition(ws: Workspace, text: str, help: str = "") -> int:
    """Add a condition of the person's own at the end of the list."""
    ensure_shipped(ws.db)
    values = {
        "text": require_text(text, _("words of the condition")),
        "help": help.strip(),
        "position": _next_position(ws.db),
    }
    return ws.insert("conditions", values, label=_("Add a condition"))


def reword_condition(
    ws: Workspace, condition_id: int, text: str | None = None, help: str | None = None, merge: bool = False
) -> None:
    """Change a condition's words; merge=True while the person is typing."""
    values: dict[str, str] = {}
    if text is not None:
        values["text"] = require_text(text, _("words of the condition"))
    if help is not None:
        values["help"] = help.strip()
    if values:
        ws.update("conditions", condition_id, values, label=_("Reword a condition"), merge=merge)


def restore_wording(ws: Workspace, condition_id: int) -> None:
    """Put back coprep's own words for a shipped condition."""
    condition = get_condition(ws.db, condition_id)
    shipped = shipped_by_key().get(condition.key or "")
    if shipped is None:
        raise InputError(_("This is a condition you added, so there are no other words to go back to."))
    ws.update(
        "conditions", condition_id, {"text": shipped.text, "help": shipped.help}, label=_("Put back coprep's words")
    )


def set_hidden(ws: Workspace, condition_id: int, hidden: bool) -> None:
    label = _("Hide a condition") if hidden else _("Show a condition again")
    ws.update("conditions", condition_id, {"hidden": int(hidden)}, label=label)


def move_condition(ws: Workspace, condition_id: int, new_index: int) -> None:
    """Move a condition to a new place in the whole list (0 is first), as one undo step."""
    order = [condition.id for condition in list_conditions(ws.db, include_hidden=True)]
    ws.move("conditions", order, condition_id, new_index, label=_("Move a condition"))


def delete_condition(ws: Workspace, condition_id: int) -> None:
    """Remove one of the person's own conditions, with its ratings (undoable)."""
    if not get_condition(ws.db, condition_id).own:
        raise InputError(_("coprep's own conditions cannot be removed, but you can hide them."))
    ws.delete("conditions", condition_id, label=_("Remove a condition"))


# -- rating a meeting ------------------------------------------------------------------------


def _rating_row(db: Database, meeting_id: int, condition_id: int) -> dict[str, Any] | None:
    rows = list(db["condition_ratings"].rows_where("meeting_id = ? and condition_id = ?", [meeting_id, condition_id]))
    return rows[0] if rows else None


def ratings(db: Database, meeting_id: int) -> dict[int, tuple[str, str]]:
    """condition id -> (rating, note) for one meeting."""
    rows = db["condition_ratings"].rows_where("meeting_id = ?", [meeting_id])
    return {row["condition_id"]: (row["rating"], row["note"]) for row in rows}


def rate(ws: Workspace, meeting_id: int, condition_id: int, rating: str | None, note: str | None = None) -> None:
    """Rate one condition for one meeting; None clears the rating (and its note). note=None keeps the note."""
    if rating is not None and rating not in RATINGS:
        raise InputError(_("Choose met, partly, not met, does not apply or don't know."))
    condition = get_condition(ws.db, condition_id)
    row = _rating_row(ws.db, meeting_id, condition_id)
    label = _("Rate: {condition}").format(condition=condition.text)
    if rating is None:
        if row is not None:
            ws.delete("condition_ratings", row["id"], label=_("Clear: {condition}").format(condition=condition.text))
        return
    values: dict[str, Any] = {"rating": rating}
    if note is not None:
        values["note"] = note
    if row is None:
        ws.insert("condition_ratings", {"meeting_id": meeting_id, "condition_id": condition_id, **values}, label=label)
    else:
        ws.update("condition_ratings", row["id"], values, label=label)


def set_note(ws: Workspace, meeting_id: int, condition_id: int, note: str) -> None:
    """Save the evidence note while the person types; a burst of typing undoes as one step.

    A note written before any rating is kept with no answer: writing never answers for the person.
    """
    row = _rating_row(ws.db, meeting_id, condition_id)
    if row is not None and row["note"] == note:
        return
    with ws.action(_("Write a note"), merge_key=("condition_note", meeting_id, condition_id)):
        if row is None:
            ws.insert(
                "condition_ratings",
                {"meeting_id": meeting_id, "condition_id": condition_id, "rating": None, "note": note},
            )
        else:
            ws.update("condition_ratings", row["id"], {"note": note})


def checklist(db: Database, meeting_id: int, today: dt.date | None = None) -> list[ConditionRow]:
    """Every shown condition with this meeting's rating, note and what coprep proposes."""
    proposals = propose(db, meeting_id, today=today)
    given = ratings(db, meeting_id)
    rows = []
    for condition in list_conditions(db):
        rating, note = given.get(condition.id, (None, ""))
        rows.append(ConditionRow(condition, rating, note, proposals.get(condition.key or "")))
    return rows


def accept_proposal(ws: Workspace, meeting_id: int, condition_id: int, today: dt.date | None = None) -> bool:
    """Take coprep's proposed answer; its reason becomes the note if there was none. False if none."""
    condition = get_condition(ws.db, condition_id)
    proposal = propose(ws.db, meeting_id, today=today).get(condition.key or "")
    if proposal is None:
        return False
    row = _rating_row(ws.db, meeting_id, condition_id)
    note = proposal.reason if row is None or not row["note"].strip() else None
    rate(ws, meeting_id, condition_id, proposal.rating, note)
    return True
