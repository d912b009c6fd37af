"""Keep a split meeting pack: the file once, and each item's part as a real paper that points into it.

Each part is a paper like any other (readability, words to know, on-time status, search), but its
file is the pack's, not a copy, and its pages keep the numbers printed on them. A pack for a meeting
that already has one, or whose front sheet says "supplementary", is a supplementary pack: its parts
carry its own arrival date, so the on-time check counts them as the late papers they are.

Like `import_paper`, storing runs on its own connection and writes all or nothing; the window then
calls `ws.note_inserted_rows(label, stored.rows)` so one Undo takes the whole pack away.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlite_utils import Database
from sqlite_utils.db import Table

from coprep.core.meetings.meetings import add_committee, add_meeting, list_committees
from coprep.core.papers.extract import Cancelled, ImportCancelled, PaperError, Progress, check_file, detect_type
from coprep.core.papers.file_intake import FileIntake
from coprep.core.papers.pack_pages import read_pack
from coprep.core.papers.pack_split import PackSplit, SplitItem, number_key, split_pack, title_match
from coprep.core.papers.papers import received_values, score_columns
from coprep.core.storage.validate import InputError, parse_date, parse_time
from coprep.core.storage.workspace import Workspace
from coprep.core.words.glossary import Entry, load_glossary
from coprep.core.words.readability import readability
from coprep.i18n import _

CHANGES = ("new item", "adds", "replaces")


@dataclass
class StoredPart:
    number: str
    title: str
    paper_id: int
    item_id: int
    change: str  # one of CHANGES: the item was new, had no paper, or had one already
    replaces_paper_id: int | None = None  # the item's latest earlier paper, when the change is "replaces"


@dataclass
class StoredPack:
    pack_id: int
    supplementary: bool
    received_date: str
    parts: list[StoredPart] = field(default_factory=list)
    new_item_ids: list[int] = field(default_factory=list)

    @property
    def rows(self) -> list[tuple[str, int]]:
        """Every row added, for one undo step; those pointed at come first, as Undo removes them last."""
        return (
            [("agenda_items", item_id) for item_id in self.new_item_ids]
            + [("packs", self.pack_id)]
            + [("papers", part.paper_id) for part in self.parts]
        )


def printed_pages(db: Database, paper_id: int) -> list[int | None]:
    """The number printed on each of a paper's pages, first page first (None where there is none)."""
    return [
        row["printed"]
        for row in db.query("select printed from paper_pages where paper_id = ? order by page_no", [paper_id])
    ]


def meeting_printed_pages(db: Database, meeting_id: int) -> dict[int, int]:
    """Each number printed on a page of the meeting's papers -> the paper holding that page.

    Where two papers print the same number (a supplementary pack starting again at 1), the one that
    came first keeps it, as that is the pack people quote."""
    found: dict[int, int] = {}
    for row in db.query(
        "select papers.id, paper_pages.printed from papers join paper_pages on paper_pages.paper_id = papers.id "
        "where papers.meeting_id = ? and paper_pages.printed is not null "
        "order by coalesce(papers.received_date, ''), papers.id, paper_pages.page_no",
        [meeting_id],
    ):
        found.setdefault(row["printed"], row["id"])
    return found


def read_and_split(
    path: Path, password: str | None = None, cancelled: Cancelled | None = None, progress: Progress | None = None
) -> PackSplit:
    """Read a pack and propose its split. Raises PaperError (plain message) or ImportCancelled."""
    path = Path(path)
    check_file(path)
    if detect_type(path) != "pdf":
        raise PaperError(
            _(
                "{name} is not a PDF, so coprep cannot read it as a meeting pack. "
                "A pack is one PDF with the agenda and all the papers."
            ).format(name=path.name)
        )
    return split_pack(read_pack(path, password=password, cancelled=cancelled, progress=progress))


def meeting_from_split(ws: Workspace, split: PackSplit) -> int:
    """A new meeting, from what the pack's front sheet says; its committee is found by name or added."""
    facts = split.meeting
    if "date" not in facts:
        raise InputError(
            _("The pack's front sheet gives no date for the meeting. Add the meeting first, then add the pack to it.")
        )
    day = parse_date(facts["date"], _("meeting date"))
    try:
        start = parse_time(facts.get("time"))
    except InputError:
        start = None
    name = facts.get("committee") or _("Committee from {file}").format(file=split.document.name)
    with ws.action(_("New meeting from a pack")):
        committee_id = next(
            (committee.id for committee in list_committees(ws.db) if committee.name.casefold() == name.casefold()), None
        )
        if committee_id is None:
            committee_id = add_committee(ws, name, organisation=facts.get("organisation", ""))
        return add_meeting(ws, committee_id, day.isoformat(), start_time=start, place=facts.get("place", ""))


def store_pack(
    db_path: Path,
    meeting_id: int,
    source: Path,
    split: PackSplit,
    received: dt.date | str | None = None,
    received_how: str = "email",
    confidential: bool = False,
    cancelled: Cancelled | None = None,
) -> StoredPack:
    """Keep the pack once and each item's part as a paper of the meeting. All or nothing.

    Raises PaperError, InputError or ImportCancelled, and then nothing has been stored.
    """
    source = Path(source)
    received_date, received_how = received_values(received, received_how)
    check_file(source)
    if not any(item.has_pages for item in split.items):
        raise PaperError(
            _(
                "coprep found the agenda in {file} but no item's papers, so there is nothing to add. "
                "Add the papers one by one instead."
            ).format(file=source.name)
        )
    with FileIntake(db_path, meeting_id) as intake:
        db = intake.db
        copy, sha256 = intake.copy_in(source, "pack.pdf", cancelled)
        if db.execute("select 1 from packs where meeting_id = ? and sha256 = ?", [meeting_id, sha256]).fetchone():
            raise PaperError(_("This meeting already has this pack ({file}).").format(file=source.name))
        supplementary = (
            bool(split.meeting.get("supplementary"))
            or db.execute("select 1 from packs where meeting_id = ?", [meeting_id]).fetchone() is not None
        )
        stored_name = sha256 + ".pdf"
        intake.keep(copy, stored_name)
        glossary = load_glossary(db, include_hidden=False)
        with db.atomic():
            pack_id = _new_id(
                db.table("packs").insert(
                    {
                        "meeting_id": meeting_id,
                        "original_name": source.name,
                        "stored_name": stored_name,
                        "sha256": sha256,
                        "size_bytes": source.stat().st_size,
                        "page_count": len(split.document.pages),
                        "received_date": received_date,
                        "received_how": received_how,
                        "supplementary": int(supplementary),
                        "printed_json": json.dumps([page.printed for page in split.document.pages]),
                        "added": dt.datetime.now().isoformat(timespec="seconds"),
                    }
                )
            )
            stored = StoredPack(pack_id, supplementary, received_date)
            for item in (item for item in split.items if item.has_pages):
                if cancelled and cancelled():
                    raise ImportCancelled()
                item_id, replaces = _agenda_item(db, meeting_id, item, stored)
                change = "new item" if item_id in stored.new_item_ids else "replaces" if replaces else "adds"
                paper_id = _store_part(
                    db,
                    split,
                    item,
                    item_id,
                    pack_id,
                    {
                        "meeting_id": meeting_id,
                        "original_name": source.name,
                        "stored_name": stored_name,
                        "sha256": sha256,
                        "size_bytes": 0,
                        "file_type": "pdf",
                        "received_date": received_date,
                        "received_how": received_how,
                        "confidential": int(confidential),
                        "replaces_paper_id": replaces,
                    },
                    glossary,
                )
                stored.parts.append(StoredPart(item.number, item.title, paper_id, item_id, change, replaces))
            if cancelled and cancelled():
                raise ImportCancelled()
        intake.stored()
        return stored


def _agenda_item(db: Database, meeting_id: int, item: SplitItem, stored: StoredPack) -> tuple[int, int | None]:
    """The meeting's agenda item for a part (matched by number, then title), added when it has none,
    and the item's latest paper so far, which the part replaces (None when it has none)."""
    rows = list(
        db.query("select id, number, title from agenda_items where meeting_id = ? order by position", [meeting_id])
    )
    match = next((row for row in rows if title_match(row["title"], item.title)), None) or next(
        (row for row in rows if not row["title"] and number_key(row["number"]) == number_key(item.number)), None
    )
    if match is None:
        position = db.execute(
            "select coalesce(max(position), -1) + 1 from agenda_items where meeting_id = ?", [meeting_id]
        ).fetchone()[0]
        entry = item.agenda
        item_id = _new_id(
            db.table("agenda_items").insert(
                {
                    "meeting_id": meeting_id,
                    "position": position,
                    "number": item.number,
                    "title": item.title,
                    "purpose": entry.purpose if entry else None,
                    "presenter": entry.presenter if entry else "",
                }
            )
        )
        stored.new_item_ids.append(item_id)
        return item_id, None
    earlier = db.execute(
        "select id from papers where item_id = ? order by coalesce(received_date, '') desc, id desc limit 1",
        [match["id"]],
    ).fetchone()
    return match["id"], earlier[0] if earlier else None


def _new_id(table: Table) -> int:
    """The id of the row just inserted (sqlite-utils types it loosely)."""
    return cast(int, table.last_pk)


def _store_part(
    db: Database,
    split: PackSplit,
    item: SplitItem,
    item_id: int,
    pack_id: int,
    shared: dict[str, Any],
    glossary: list[Entry],
) -> int:
    pages = split.document.pages[item.start : (item.last if item.last is not None else item.start) + 1]
    scores = readability("\n\n".join(page.text for page in pages), glossary)
    paper_id = _new_id(
        db.table("papers").insert(
            {
                **shared,
                "item_id": item_id,
                "title": f"{item.number} {item.title}".strip(),
                "page_count": len(pages),
                **score_columns(scores, glossary),
                "pack_id": pack_id,
                "pack_first_page": item.start,
            }
        )
    )
    db.table("paper_pages").insert_all(
        {"paper_id": paper_id, "page_no": number, "text": page.text, "printed": page.printed}
        for number, page in enumerate(pages, start=1)
    )
    return paper_id
