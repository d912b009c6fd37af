"""The words to know for one meeting: glossary words in its agenda, notes and papers (in the sense
meant there), what the papers themselves say their short forms mean, and hard words that nothing
explains yet, each traced to the agenda item it came from."""

import datetime as dt
from dataclasses import dataclass, field

from sqlite_utils import Database

from coprep.core.meetings import meetings
from coprep.core.papers.papers import list_papers, page_texts
from coprep.core.storage.workspace import Workspace
from coprep.core.words.glossary import Entry, find_entry
from coprep.core.words.jargon import JargonReport, jargon_report
from coprep.i18n import _

ITEM_FIELDS = ("title", "description", "notes", "questions")


@dataclass
class MeetingTerm:
    """A glossary word used in the meeting's papers and notes."""

    term: str
    meaning: str
    count: int
    known: bool
    item_ids: list[int] = field(default_factory=list)
    unsure: bool = False  # the word has several senses and coprep could not tell which: meaning gives each
    everyday: bool = False  # every reader knows it ("NHS"): listed last


@dataclass
class MeetingUnknown:
    """A hard word nothing explains; item_id is the first agenda item using it (None: meeting notes)."""

    word: str
    kind: str
    count: int
    item_id: int | None


@dataclass
class PaperDefinition:
    """What a paper says a short form means, on which page; `glossary` is the glossary's meaning
    of the same short form, if it has one."""

    short: str
    long: str
    page: int
    paper: str
    glossary: str = ""


@dataclass
class MeetingWords:
    terms: list[MeetingTerm]
    unknown: list[MeetingUnknown]
    defined: list[PaperDefinition] = field(default_factory=list)


def _written_sources(db: Database, meeting_id: int) -> list[tuple[int | None, str]]:
    """The meeting's notes and each agenda item's words (without its papers)."""
    meeting = meetings.get_meeting(db, meeting_id)
    sources: list[tuple[int | None, str]] = [(None, meeting.notes)] if meeting and meeting.notes else []
    for item in meetings.agenda(db, meeting_id):
        text = "\n\n".join(getattr(item, name) for name in ITEM_FIELDS if getattr(item, name))
        if text:
            sources.append((item.id, text))
    return sources


def meeting_words(
    db: Database, meeting_id: int, entries: list[Entry], paper_reports: dict[int, JargonReport] | None = None
) -> MeetingWords:
    """Every glossary word and unexplained word of the meeting, most used first.

    With `paper_reports` (paper id: its words, counted before with the same entries), papers are
    taken from there and papers missing from it are left out for now; a long pack takes a while to
    count, so the window counts papers on another thread and keeps what it found.
    """
    reports = [(item_id, "", jargon_report(text, entries)) for item_id, text in _written_sources(db, meeting_id)]
    for paper in list_papers(db, meeting_id):
        if paper_reports is None:
            reports.append((paper.item_id, paper.title, jargon_report(page_texts(db, paper.id), entries)))
        elif paper.id in paper_reports:
            reports.append((paper.item_id, paper.title, paper_reports[paper.id]))
    return _combine(reports, entries)


def papers_words(texts: dict[int, str | list[str]], entries: list[Entry]) -> dict[int, JargonReport]:
    """Each paper's words (paper id: its pages' text), to give meeting_words as `paper_reports`. A long
    pack takes a while, so the window runs this on another thread with the texts read beforehand."""
    return {paper_id: jargon_report(text, entries) for paper_id, text in texts.items()}


def _combine(reports: list[tuple[int | None, str, JargonReport]], entries: list[Entry]) -> MeetingWords:
    known_marks = {entry.term: entry.known for entry in entries}
    terms: dict[str, MeetingTerm] = {}
    unknown: dict[str, MeetingUnknown] = {}
    defined: dict[str, PaperDefinition] = {}
    for item_id, paper, report in reports:
        for found in report.known:
            term = terms.setdefault(
                found.term,
                MeetingTerm(
                    found.term,
                    found.meaning,
                    0,
                    known_marks.get(found.term, False),
                    unsure=found.unsure,
                    everyday=found.everyday,
                ),
            )
            term.count += found.count
            if item_id is not None and item_id not in term.item_ids:
                term.item_ids.append(item_id)
        for word in report.unknown:
            seen = unknown.setdefault(word.word.casefold(), MeetingUnknown(word.word, word.kind, 0, item_id))
            seen.count += word.count
            if seen.item_id is None:
                seen.item_id = item_id
        for said in report.defined_in_text:
            entry = find_entry(entries, said.short)
            defined.setdefault(
                said.short.casefold(),
                PaperDefinition(said.short, said.long, said.page, paper, entry.meaning if entry else ""),
            )
    by_use = sorted(terms.values(), key=lambda t: (t.everyday, -t.count, t.term.casefold()))
    return MeetingWords(
        by_use,
        sorted(unknown.values(), key=lambda u: (u.kind in ("phrase", "name"), -u.count, u.word.casefold())),
        sorted(defined.values(), key=lambda d: d.short.casefold()),
    )


def next_meeting_id(db: Database, today: dt.date | None = None) -> int | None:
    """The soonest meeting from today on that is not cancelled."""
    upcoming, _past = meetings.upcoming_and_past(db, today)
    return next((meeting.id for meeting in upcoming if meeting.status != "cancelled"), None)


def question_about(word: str) -> str:
    return _("What does '{word}' mean?").format(word=word)


def ask_about(ws: Workspace, item_id: int, word: str) -> bool:
    """Add "What does 'word' mean?" to the item's questions; False if it is there already."""
    item = meetings.get_item(ws.db, item_id)
    if item is None:
        return False
    question = question_about(word)
    if question in item.questions.splitlines():
        return False
    questions = f"{item.questions.rstrip()}\n{question}" if item.questions.strip() else question
    ws.update("agenda_items", item_id, {"questions": questions}, label=_("Ask about '{word}'").format(word=word))
    return True
