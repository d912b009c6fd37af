"""The person's choices that belong with their data (not with the window), e.g. their UK nation."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

    from coprep.core.storage.connection import Reader


def get_setting(db: Reader, key: str, default: str | None = None) -> str | None:
    row = db.execute("select value from settings where key = ?", [key]).fetchone()
    return row[0] if row else default


def set_setting(db: Database, key: str, value: str) -> None:
    """Store a choice straight away (choices are not part of undo)."""
    with db.atomic():
        db.table("settings").upsert({"key": key, "value": value}, pk="key")


PERSON_NAME = "person_name"  # the person's own name, for letters they send and as the author of PDFs
