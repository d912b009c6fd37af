"""A meeting's papers: coprep's own copy of each file, its words page by page, and how it arrived.

Importing is long work, so it runs on its own connection and stores a paper whole or not at all:
the copy is made under a temporary folder, read, scored, and only then moved to its lasting name
(the file's SHA-256, so the same file is kept once) and written in one transaction. The window
then calls `ws.note_inserted` so the person can undo the import.

The slow parts of the readability summary (longest sentences, most-used unexplained words) are kept
with the paper as `summary_json`, stamped with the glossary they were judged against, so the window
shows them at once and finds them again only when the glossary has changed since.
"""

import datetime as dt
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from coprep.core.papers.extract import Cancelled, ImportCancelled, PaperError, Progress, check_file, extract_pages
from coprep.core.papers.file_intake import FileIntake
from coprep.core.papers.leftovers import papers_folder
from coprep.core.papers.paper_summary import summary_json
from coprep.core.papers.working_days import ArrivalStatus, arrival_status, person_nation
from coprep.core.storage import clock
from coprep.core.storage.validate import InputError, parse_date, require_text
from coprep.core.storage.workspace import Workspace
from coprep.core.words.glossary import Entry, load_glossary
from coprep.core.words.readability import Readability, readability, reading_age, verdict
from coprep.i18n import N_, Words, _, ngettext

RECEIVED_HOW = Words(
    {
        "email": N_("by email"),
        "post": N_("by post"),
        "portal": N_("on the website or portal"),
        "at_meeting": N_("handed out at the meeting"),
        "other": N_("another way"),
    }
)
_STORED_SUFFIX = {"pdf": ".pdf", "docx": ".docx", "odt": ".odt", "text": ".txt", "markdown": ".md"}


@dataclass
class Paper:
    id: int
    meeting_id: int
    item_id: int | None = None
    title: str = ""
    original_name: str = ""
    stored_name: str = ""
    sha256: str = ""
    size_bytes: int = 0
    file_type: str = ""
    received_date: str | None = None
    received_how: str = "email"
    confidential: bool = False
    page_count: int = 0
    word_count: int = 0
    reading_grade: float | None = None
    smog_grade: float | None = None
    jargon_percent: float | None = None
    added: str = ""
    summary_json: str = ""
    pack_id: int | None = None  # set when the paper is a part of a meeting pack
    pack_first_page: int | None = None  # the pack's PDF page (from 0) where the part starts
    printed_first: int | None = None  # the page numbers printed on its first and last pages
    printed_last: int | None = None
    replaces_paper_id: int | None = None  # the earlier paper a supplementary pack's part replaces
    arrival: ArrivalStatus | None = None

    @property
    def reading_age(self) -> int | None:
        if self.reading_grade is None or self.smog_grade is None:
            return None
        return reading_age(self.reading_grade, self.smog_grade)

    @property
    def pages_words(self) -> str:
        """How long it is, as people quote it: "pages 23 to 41 of the pack", else "5 pages"."""
        if self.pack_id is not None and self.printed_first is not None:
            if self.printed_first == self.printed_last:
                return _("page {first} of the pack").format(first=self.printed_first)
            return _("pages {first} to {last} of the pack").format(first=self.printed_first, last=self.printed_last)
        if not self.page_count:
            return ""
        return ngettext("{n} page", "{n} pages", self.page_count).format(n=self.page_count)

    @property
    def verdict(self) -> str:
        return verdict(self.reading_age, self.jargon_percent or 0.0)


class DuplicatePaper(PaperError):
    """This meeting already has a paper with exactly the same content."""

    def __init__(self, existing: Paper) -> None:
        super().__init__(
            _(
                "This meeting already has this paper, as '{title}' (added {added}). "
                "Add it again only if you want two copies."
            ).format(title=existing.title, added=existing.added[:10])
        )
        self.existing = existing

    def __reduce__(self) -> tuple[type, tuple[Paper]]:  # kept whole when it comes back from the reading process
        return type(self), (self.existing,)


def paper_file_path(db_path: Path, paper: Paper) -> Path:
    """coprep's own copy of the paper's file."""
    return papers_folder(db_path) / paper.stored_name


def _paper(row: dict[str, Any]) -> Paper:
    names = {f.name for f in fields(Paper)}
    paper = Paper(**{key: value for key, value in row.items() if key in names})
    paper.confidential = bool(paper.confidential)
    return paper


def _with_arrival(db: Database, rows: list[dict[str, Any]]) -> list[Paper]:
    nation = person_nation(db)
    papers = []
    for row in rows:
        paper = _paper(row)
        paper.arrival = arrival_status(
            paper.received_date, row["meeting_date"], row["notice_working_days"], paper.received_how, nation
        )
        papers.append(paper)
    return papers


_SELECT = """
    select papers.*, meetings.date as meeting_date, committees.notice_working_days,
        (select min(printed) from paper_pages where paper_id = papers.id) as printed_first,
        (select max(printed) from paper_pages where paper_id = papers.id) as printed_last
    from papers join meetings on meetings.id = papers.meeting_id
    join committees on committees.id = meetings.committee_id
"""


def list_papers(db: Database, meeting_id: int) -> list[Paper]:
    """The meeting's papers in the order they were added, each with how it arrived."""
    rows = list(db.query(_SELECT + " where papers.meeting_id = ? order by papers.id", [meeting_id]))
    return _with_arrival(db, rows)


def get_paper(db: Database, paper_id: int) -> Paper | None:
    rows = list(db.query(_SELECT + " where papers.id = ?", [paper_id]))
    return _with_arrival(db, rows)[0] if rows else None


def page_texts(db: Database, paper_id: int) -> list[str]:
    """The stored words of each page, first page first."""
    return [
        row["text"] for row in db.query("select text from paper_pages where paper_id = ? order by page_no", [paper_id])
    ]


def _find_duplicate(db: Database, meeting_id: int, sha256: str) -> Paper | None:
    rows = list(
        db.query(
            _SELECT + " where papers.meeting_id = ? and papers.sha256 = ? order by papers.id", [meeting_id, sha256]
        )
    )
    return _with_arrival(db, rows)[0] if rows else None


def _title_from(name: str) -> str:
    return " ".join(Path(name).stem.replace("_", " ").split()) or name


def received_values(received: dt.date | str | None, received_how: str) -> tuple[str, str]:
    if received_how not in RECEIVED_HOW:
        raise InputError(_("Choose how the paper came: by email, by post, on the portal or at the meeting."))
    if received is None or received == "":
        return clock.today().isoformat(), received_how
    day = received if isinstance(received, dt.date) else parse_date(str(received), _("date the paper came"))
    return day.isoformat(), received_how


def _check_item(db: Database, meeting_id: int, item_id: int | None) -> None:
    if (
        item_id is not None
        and not db.execute(
            "select 1 from agenda_items where id = ? and meeting_id = ?", [item_id, meeting_id]
        ).fetchone()
    ):
        raise InputError(_("That agenda item is not part of this meeting. Choose one of this meeting's items."))


def score_columns(scores: Readability, glossary: list[Entry]) -> dict[str, Any]:
    """A paper's readability columns, kept with it so lists show them without reading it again."""
    return {
        "word_count": scores.words,
        "reading_grade": scores.flesch_kincaid_grade,
        "smog_grade": scores.smog_grade,
        "jargon_percent": scores.jargon_percent,
        "summary_json": summary_json(scores, glossary),
        "added": dt.datetime.now().isoformat(timespec="seconds"),
    }


def import_paper(
    db_path: Path,
    meeting_id: int,
    source: Path,
    item_id: int | None = None,
    received: dt.date | str | None = None,
    received_how: str = "email",
    confidential: bool = False,
    password: str | None = None,
    cancelled: Cancelled | None = None,
    progress: Progress | None = None,
    allow_duplicate: bool = False,
) -> int:
    """Copy, read, score and store one paper for a meeting; returns its id.

    Raises PaperError (plain message; PasswordNeeded and DuplicatePaper are kinds of it),
    InputError or ImportCancelled, and then nothing has been stored.
    """
    source = Path(source)
    received_date, received_how = received_values(received, received_how)
    check_file(source)
    with FileIntake(db_path, meeting_id) as intake:
        db = intake.db
        _check_item(db, meeting_id, item_id)
        copy, sha256 = intake.copy_in(source, source.name, cancelled)
        duplicate = _find_duplicate(db, meeting_id, sha256)
        if duplicate and not allow_duplicate:
            raise DuplicatePaper(duplicate)
        size_bytes = copy.stat().st_size
        document = extract_pages(copy, password=password, cancelled=cancelled, progress=progress)
        glossary = load_glossary(db, include_hidden=False)
        scores = readability(document.text, glossary)
        stored_name = sha256 + _STORED_SUFFIX[document.file_type]
        intake.keep(copy, stored_name)
        with db.atomic():
            paper_id = (
                db.table("papers")
                .insert(
                    {
                        "meeting_id": meeting_id,
                        "item_id": item_id,
                        "title": _title_from(source.name),
                        "original_name": source.name,
                        "stored_name": stored_name,
                        "sha256": sha256,
                        "size_bytes": size_bytes,
                        "file_type": document.file_type,
                        "received_date": received_date,
                        "received_how": received_how,
                        "confidential": int(confidential),
                        "page_count": len(document.pages),
                        **score_columns(scores, glossary),
                    }
                )
                .last_pk
            )
            db.table("paper_pages").insert_all(
                {"paper_id": paper_id, "page_no": number, "text": text}
                for number, text in enumerate(document.pages, start=1)
            )
            if cancelled and cancelled():  # the last moment to change one's mind: undoes the inserts
                raise ImportCancelled()
        intake.stored()
        return int(paper_id or 0)  # insert always gives the new row its number


# -- changes the person makes ------------------------------------------------------------------


def _paper_values(db: Database, paper_id: int, values: dict[str, Any]) -> dict[str, Any]:
    clean = dict(values)
    if "title" in clean:
        clean["title"] = require_text(clean["title"], _("name of the paper"))
    if "received_how" in clean or "received_date" in clean:
        current = db.table("papers").get(paper_id)
        day, how = received_values(
            clean.get("received_date", current["received_date"]), clean.get("received_how", current["received_how"])
        )
        clean.update({key: value for key, value in (("received_date", day), ("received_how", how)) if key in clean})
    if "confidential" in clean:
        clean["confidential"] = int(bool(clean["confidential"]))
    if "item_id" in clean:
        _check_item(db, db.table("papers").get(paper_id)["meeting_id"], clean["item_id"])
    unknown = set(clean) - {"title", "received_date", "received_how", "confidential", "item_id"}
    if unknown:
        raise ValueError(f"papers cannot change {sorted(unknown)}")
    return clean


def update_paper(ws: Workspace, paper_id: int, merge: bool = False, **values: Any) -> None:
    """Change a paper's name, agenda item, the date and way it came, or whether it is confidential."""
    ws.update("papers", paper_id, _paper_values(ws.db, paper_id, values), label=_("Change paper"), merge=merge)


def delete_paper(ws: Workspace, paper_id: int) -> None:
    """Remove a paper and its pages (undoable; the file is tidied away at the next start)."""
    ws.delete("papers", paper_id, label=_("Remove paper"))
