"""One search over everything: meetings, agenda items (with the person's notes and questions) and
the words of every paper, best matches first, each with a snippet around the words found.

Uses the FTS5 tables made in schema.py (Porter stemming, so "approve" finds "approval"). What the
person types is never passed to FTS5 as syntax: each word becomes a quoted phrase, so quotes,
brackets, "A&E" or a lone "-" cannot cause an error.
"""

import datetime as dt
import re
from dataclasses import dataclass

from sqlite_utils import Database

# Matched words in a snippet sit between these two characters; the window and the command line
# turn them into bold text or brackets.
MARK_START, MARK_END = "\x02", "\x03"
SNIPPET_WORDS = 14
_PREFIX_FROM = 3  # the last word typed also finds longer words once it has this many letters


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
    select rowid, rank, {_snippet('meetings_fts')} as snippet
    from meetings_fts where meetings_fts match :query order by rank limit :limit
)
select 'meeting' as kind, meetings.id as meeting_id, null as item_id, null as paper_id, null as page_no,
    coalesce(nullif(meetings.title, ''), committees.name) as title, found.snippet, found.rank,
    committees.name as committee, meetings.date
from found join meetings on meetings.rowid = found.rowid
join committees on committees.id = meetings.committee_id
"""

_ITEMS = f"""
with found as (
    select rowid, rank, {_snippet('agenda_items_fts')} as snippet
    from agenda_items_fts where agenda_items_fts match :query order by rank limit :limit
)
select 'item' as kind, agenda_items.meeting_id, agenda_items.id as item_id, null as paper_id, null as page_no,
    trim(agenda_items.number || ' ' || agenda_items.title) as title, found.snippet, found.rank,
    committees.name as committee, meetings.date
from found join agenda_items on agenda_items.rowid = found.rowid
join meetings on meetings.id = agenda_items.meeting_id
join committees on committees.id = meetings.committee_id
"""

_PAGES = f"""
with found as (
    select rowid, rank, {_snippet('paper_pages_fts')} as snippet
    from paper_pages_fts where paper_pages_fts match :query order by rank limit :limit
)
select 'paper' as kind, papers.meeting_id, papers.item_id, papers.id as paper_id, paper_pages.page_no,
    papers.title, found.snippet, found.rank, committees.name as committee, meetings.date
from found join paper_pages on paper_pages.rowid = found.rowid
join papers on papers.id = paper_pages.paper_id
join meetings on meetings.id = papers.meeting_id
join committees on committees.id = meetings.committee_id
"""


def search_everything(db: Database, query: str, limit: int = 50) -> list[Hit]:
    """The best matches for what the person typed, across meetings, agenda items and papers."""
    match = fts_query(query)
    if not match:
        return []
    found = []
    for sql in (_MEETINGS, _ITEMS, _PAGES):
        for row in db.query(sql, {"query": match, "limit": limit}):
            committee, day = row.pop("committee"), dt.date.fromisoformat(row.pop("date"))
            found.append((day, Hit(**row, where=f"{committee}, {day.day} {day:%B %Y}")))
    # Best match first; where matches are about as good (the same item in many meetings), newest first.
    found.sort(key=lambda pair: (round(pair[1].rank, 1), -pair[0].toordinal()))
    return [hit for _, hit in found[:limit]]
