"""What activities, payments and expense claims share: the committee and organisation they belong
to, changes checked against the whole row (so a paid date is compared with the stored sent date),
and counting in words."""

from typing import Any

from sqlite_utils import Database

from coprep.core.meetings.meetings import Committee, get_committee
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _


def fill_organisation(db: Database, clean: dict[str, Any]) -> Committee | None:
    """Check the chosen committee still exists and use its organisation when none was typed."""
    committee = get_committee(db, clean["committee_id"]) if clean.get("committee_id") else None
    if clean.get("committee_id") and committee is None:
        raise InputError(_("That committee no longer exists. Choose another one."))
    clean["organisation"] = (clean.get("organisation") or "").strip() or (committee.organisation if committee else "")
    clean["note"] = (clean.get("note") or "").strip()
    return committee


def with_changes(ws: Workspace, table: str, row_id: int, values: dict[str, Any], what: str) -> dict[str, Any]:
    """The stored row (without its id) with the changes on top."""
    current = ws.row(table, row_id)
    if current is None:
        raise InputError(_("That {what} no longer exists.").format(what=what))
    return {key: value for key, value in current.items() if key != "id"} | values


def count_words(number: int, one: str, many: str) -> str:
    """E.g. "1 activity", "3 activities"."""
    return f"{number} {one if number == 1 else many}"
