"""One search over everything: meetings, agenda items (with the person's notes and questions) and
the words of every paper, best matches first, each with a snippet around the words found.

An agenda item that comes back at every meeting ("Finance report") is shown once, with how many
meetings it was at and the newest of them (unless the person wrote notes on it there), so it
cannot bury the pages of papers that match.

Uses the FTS5 tables made in schema.py (Porter stemming, so "approve" finds "approval"). What the
person types is never passed to FTS5 as syntax: each word becomes a quoted phrase, so quotes,
brackets, "A&E" or a lone "-" cannot cause an error.
"""

import datetime as dt
import re
from dataclasses import dataclass

from sqlite_utils import Database

from coprep.core.papers.pack_pages import printed_label
from coprep.core.text.dates import day_words
from coprep.i18n import _, ngettext

# Matched words in a snippet sit between these two characters; the window and the command line
# turn them into bold text or brackets.
MARK_START, MARK_END = "\x02", "\x03"
SNIPPET_WORDS = 14
_PREFIX_FROM = 3  # the last word typed also finds longer words once it has this many letters
_REPEATS_COUNTED = 10  # meetings and items are fetched up to this many times the limit


@dataclass
class Hit:
    kind: str  # meeting, item or paper
    title: str
    snippet: str
    meeting_id: int
    item_id: int | None = None
    paper_id: int | None = None
    page_no: int | None = None
    where: str = ""  # the meeting it belongs to: committee and date
    rank: float = 0.0
    meetings: int = 1  # how many meetings have this same item (or meeting) found the same way
    printed_page: int | None = None  # the number printed on the page, for a part of a meeting pack
    pack_index: int | None = None  # that page's place in the pack's PDF, from 0

    @property
    def page_label(self) -> str:
        """The page as people quote it: "page 23 of the pack (PDF page 25)" for a pack, else "page 3"."""
        if self.pack_index is not None:
            return printed_label(self.printed_page, self.pack_index)
        return _("page {number}").format(number=self.page_no) if self.page_no else ""


def fts_query(text: str) -> str:
    """The person's words as a safe FTS5 query: every word must appear (in any form)."""
    words = [word for word in text.split() if re.search(r"\w", word)]
    phrases = ['"' + word.replace('"', '""') + '"' for word in words]
    if phrases and len(re.sub(r"\W", "", words[-1])) >= _PREFIX_FROM:
        phrases[-1] += "*"
    return " ".join(phrases)


def plain_snippet(snippet: str, start: str = "[", end: str = "]") -> str:
    """The snippet with the matched words marked by the given text instead of control characters."""
    return snippet.replace(MARK_START, start).replace(MARK_END, end)


def _snippet(table: str) -> str:
    return f"snippet({table}, -1, '{MARK_START}', '{MARK_END}', '…', {SNIPPET_WORDS})"


_MEETINGS = f"""
with found as (
    select rowid, rank, {_snippet("meetings_fts")} as snippet
    from meetings_fts where meetings_fts match :query order by rank limit :limit
)
select 'meeting' as kind, meetings.id as meeting_id, null as item_id, null as paper_id, null as page_no, null as printed_page, null as pack_index,
    coalesce(nullif(meetings.title, ''), committees.name) as title, found.snippet, found.rank,
    committees.name as committee, meetings.date,
    json_array(meetings.title, meetings.place, meetings.notes) as same
from found join meetings on meetings.rowid = found.rowid
join committees on committees.id = meetings.committee_id
"""

_ITEMS = f"""
with found as (
    select rowid, rank, {_snippet("agenda_items_fts")} as snippet
    from agenda_items_fts where agenda_items_fts match :query order by rank limit :limit
)
select 'item' as kind, agenda_items.meeting_id, agenda_items.id as item_id, null as paper_id, null as page_no, null as printed_page, null as pack_index,
    trim(agenda_items.number || ' ' || agenda_items.title) as title, found.snippet, found.rank,
    committees.name as committee, meetings.date, json_array(agenda_items.title, agenda_items.description,
        agenda_items.notes, agenda_items.questions, agenda_items.outcome, agenda_items.raised) as same
from found join agenda_items on agenda_items.rowid = found.rowid
join meetings on meetings.id = agenda_items.meeting_id
join committees on committees.id = meetings.committee_id
"""

_PAGES = f"""
with found as (
    select rowid, rank, {_snippet("paper_pages_fts")} as snippet
    from paper_pages_fts where paper_pages_fts match :query order by rank limit :limit
)
select 'paper' as kind, papers.meeting_id, papers.item_id, papers.id as paper_id, paper_pages.page_no,
    paper_pages.printed as printed_page, papers.pack_first_page + paper_pages.page_no - 1 as pack_index,
    papers.title, found.snippet, found.rank, committees.name as committee, meetings.date,
    null as same
from found join paper_pages on paper_pages.rowid = found.rowid
join papers on papers.id = paper_pages.paper_id
join meetings on meetings.id = papers.meeting_id
join committees on committees.id = meetings.committee_id
"""


def _when(day: dt.date) -> str:
    return day_words(day)


def search_everything(db: Database, query: str, limit: int = 50) -> list[Hit]:
    """The best matches for what the person typed, across meetings, agenda items and papers.

    Meetings or agenda items of one committee whose words are all the same (an item at every
    meeting, with no notes of its own) become one hit for the newest, saying how many there were."""
    match = fts_query(query)
    if not match:
        return []
    found = []
    for sql in (_MEETINGS, _ITEMS, _PAGES):
        # Many copies of one repeated item collapse into a single hit, so fetch enough to count them.
        fetch = limit if sql is _PAGES else limit * _REPEATS_COUNTED
        for row in db.query(sql, {"query": match, "limit": fetch}):
            committee, day, same = row.pop("committee"), dt.date.fromisoformat(row.pop("date")), row.pop("same")
            key = (row["kind"], committee, same) if same is not None else (row["paper_id"], row["page_no"])
            found.append((day, key, committee, Hit(**row, where=f"{committee}, {_when(day)}")))
    # Best match first; where matches are about as good (the same item in many meetings), newest first.
    found.sort(key=lambda entry: (round(entry[3].rank, 1), -entry[0].toordinal()))
    groups: dict[object, tuple[str, dt.date, list[Hit]]] = {}
    for day, key, committee, hit in found:
        groups.setdefault(key, (committee, day, []))[2].append(hit)
    hits = []
    for committee, newest, same in list(groups.values())[:limit]:
        hit = same[0]
        if len(same) > 1:
            hit.meetings = len(same)
            hit.where = ngettext(
                "{committee}, {count} meeting, latest {day}", "{committee}, {count} meetings, latest {day}", len(same)
            ).format(committee=committee, count=len(same), day=_when(newest))
        hits.append(hit)
    return hits
