"""Split a meeting pack into its agenda items: which PDF pages hold each item's papers.

Three ways to find where an item's part starts, in order of trust:
1. the PDF's bookmarks, matched to agenda items by number or title;
2. the page ranges the agenda gives, found among the printed page numbers;
3. the papers' own title pages or cover sheets ("Agenda item: 7", a first line that is the item's title).
An item found by an earlier way is never moved by a later one. An item's part ends where the
next one starts (or where its page range ends), less blank separator pages at its end.
Nothing here writes anything: the person sees the split and may move a boundary first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from rapidfuzz import fuzz

from coprep.core.papers.extract import PaperError
from coprep.core.papers.pack_agenda import AgendaEntry, looks_like_agenda, read_agenda
from coprep.core.papers.pack_pages import PackDocument
from coprep.i18n import _

SOURCES = ("bookmarks", "page ranges", "title pages")
_AGENDA_SEARCH = 6  # the agenda is looked for among the first pages only
_HEAD_LINES = 6  # a title page names its item among its first lines
_ITEM_LINE = re.compile(r"^(?:agenda\s+)?item(?:\s+(?:no\.?|number))?\s*[:.]?\s*(.+?)\s*$", re.I)
_FIELD = re.compile(r"^(?:report\s+)?(?:title|subject)\s*:\s*", re.I)
_MEETING_FIELDS = {
    "date": re.compile(r"^date\s*:?\s*(.+)$", re.I),
    "time": re.compile(r"^time\s*:?\s*(.+)$", re.I),
    "place": re.compile(r"^(?:place|venue|location)\s*:?\s*(.+)$", re.I),
}
_SUPPLEMENTARY = re.compile(r"\bsupplementary\b|\blate\s+papers?\b", re.I)
_BODY_WORDS = re.compile(r"\b(?:committee|board|panel|council|group|forum|cabinet|trust)\b", re.I)


@dataclass
class SplitItem:
    number: str
    title: str
    first: int | None = None  # PDF page index, from 0
    last: int | None = None
    source: str | None = None  # one of SOURCES, or "you" after a boundary was moved
    agenda: AgendaEntry | None = None

    @property
    def has_pages(self) -> bool:
        return self.first is not None

    @property
    def start(self) -> int:
        """The first page, for an item known to have pages."""
        if self.first is None:
            raise ValueError(f"item {self.number} has no pages")
        return self.first


@dataclass
class PackSplit:
    document: PackDocument
    meeting: dict[str, str]
    agenda_pages: tuple[int, int]  # PDF indexes, from 0
    items: list[SplitItem] = field(default_factory=list)

    def printed_span(self, item: SplitItem) -> list[int | None] | None:
        if item.first is None or item.last is None:
            return None
        pages = self.document.pages
        return [pages[item.first].printed, pages[item.last].printed]

    def to_json(self) -> dict[str, Any]:
        """The split as `coprep pack split` prints it: PDF pages counted from 1, as a PDF viewer shows them."""
        return {
            "meeting": self.meeting,
            "items": [
                {
                    "number": item.number,
                    "title": item.title,
                    "pdf_pages": [item.first + 1, item.last + 1]
                    if item.first is not None and item.last is not None
                    else None,
                    "printed_pages": self.printed_span(item),
                    "source": item.source,
                }
                for item in self.items
            ],
        }


def split_pack(document: PackDocument) -> PackSplit:
    """Find the agenda at the front of the pack and give each of its items its pages."""
    first, last, entries = _find_agenda(document)
    split = PackSplit(
        document,
        _meeting(document, first),
        (first, last),
        [SplitItem(entry.number, entry.title, agenda=entry) for entry in entries],
    )
    _by_bookmarks(split)
    _by_page_ranges(split)
    _by_title_pages(split)
    _set_ends(split)
    return split


def move_start(split: PackSplit, position: int, first: int) -> PackSplit:
    """The split with item `position` starting at PDF page index `first`; the item before it ends just before.

    Raises ValueError with a plain message when the new start would swallow a whole neighbour.
    """
    items = [replace(item) for item in split.items]
    item = items[position]
    if item.first is None:
        raise ValueError(_("Item {number} has no pages in this pack to move.").format(number=item.number))
    before = [i for i in range(position) if items[i].has_pages]
    low = items[before[-1]].start + 1 if before else split.agenda_pages[1] + 1
    high = item.last if item.last is not None else first
    if not low <= first <= high:
        raise ValueError(
            _(
                "Item {number} can start from PDF page {low} to {high}, so that every item keeps at least one page."
            ).format(number=item.number, low=low + 1, high=high + 1)
        )
    item.first, item.source = first, "you"
    if before:
        items[before[-1]].last = max(items[before[-1]].start, _trim(split.document, first - 1))
    return replace(split, items=items)


def _find_agenda(document: PackDocument) -> tuple[int, int, list[AgendaEntry]]:
    pages = document.pages
    for start in range(min(_AGENDA_SEARCH, len(pages))):
        lines = pages[start].lines
        if not looks_like_agenda(lines):
            continue
        entries = read_agenda(lines)
        if len(entries) < 2 and not any(entry.pages for entry in entries):  # one late paper has its range
            continue
        end = start
        while end + 1 < len(pages):
            more = read_agenda(pages[end + 1].lines)
            known = {entry.number for entry in entries}
            if len(more) < 3 or any(entry.number in known for entry in more):
                break
            entries += more
            end += 1
        return start, end, entries
    raise PaperError(
        _(
            "coprep could not find an agenda on the first pages of {name}, so it cannot tell where "
            "each item's papers are. Add it as a single paper instead, or check it is a meeting pack."
        ).format(name=document.name)
    )


def _meeting(document: PackDocument, agenda_first: int) -> dict[str, str]:
    """What the front sheet says about the meeting: organisation, committee, date, time and place."""
    lines = [line for page in document.pages[: agenda_first + 1] for line in page.lines]
    meeting: dict[str, str] = {}
    for line in lines:
        for key, pattern in _MEETING_FIELDS.items():
            if key not in meeting and (match := pattern.match(line)):
                meeting[key] = match.group(1).strip()
    if any(_SUPPLEMENTARY.search(line) for line in lines[:10]):
        meeting["supplementary"] = "yes"
    names = [line for line in lines[:8] if _BODY_WORDS.search(line) and ":" not in line]
    if names:
        meeting["committee"] = names[1] if len(names) > 1 else names[0]
        if len(names) > 1:
            meeting["organisation"] = names[0]
    return meeting


def number_key(number: str) -> str:
    """An item number compared loosely: "4." and "4" are the same item."""
    return re.sub(r"\s+", " ", number.lower().rstrip(".)")).strip()


def title_match(title: str, line: str) -> bool:
    """True when a line names the item: its title, perhaps after a label, and not much else."""
    line = _FIELD.sub("", line).strip()
    if not title or len(line) > len(title) * 1.5 + 12:
        return False
    return (
        fuzz.token_set_ratio(title.lower(), line.lower()) >= 90
        and fuzz.partial_ratio(title.lower(), line.lower()) >= 90
    )


def _by_bookmarks(split: PackSplit) -> None:
    marks = [mark for mark in split.document.bookmarks if mark.index > split.agenda_pages[1]]
    if not marks:
        return
    top = min(mark.level for mark in marks)
    position = 0
    for mark in (mark for mark in marks if mark.level == top):
        for offset, item in enumerate(split.items[position:]):
            words = mark.title.split(maxsplit=1)
            by_number = (
                bool(words)
                and number_key(words[0]) == number_key(item.number)
                and (len(words) == 1 or title_match(item.title, words[1]))
            )
            if by_number or title_match(item.title, mark.title):
                item.first, item.source = mark.index, "bookmarks"
                position += offset + 1
                break


def _by_page_ranges(split: PackSplit) -> None:
    document = split.document
    after = split.agenda_pages[1]
    for position, item in enumerate(split.items):
        span = item.agenda.pages if item.agenda else None
        if item.has_pages or span is None:
            if item.has_pages:
                after = item.start
            continue
        first = document.index_of_printed(span[0], after)
        last = document.index_of_printed(span[1], first if first is not None else after)
        if first is None or (span[1] != span[0] and last is None):
            continue
        if not _fits(split, position, first):
            continue
        item.first, item.last, item.source = first, last if last is not None else first, "page ranges"
        after = item.first


def _by_title_pages(split: PackSplit) -> None:
    pages = split.document.pages
    after = split.agenda_pages[1]
    for position, item in enumerate(split.items):
        if item.has_pages:
            after = item.start
            continue
        limit = _next_start(split, position)
        for page in pages[after + 1 : limit]:
            if page.is_blank:
                continue
            if _names_item(page.body_lines[:_HEAD_LINES], item):
                item.first, item.source = page.index, "title pages"
                after = page.index
                break


def _names_item(lines: list[str], item: SplitItem) -> bool:
    for line in lines:
        label = _ITEM_LINE.match(line)
        if label and number_key(label.group(1)) == number_key(item.number):
            return True
        if title_match(item.title, line):
            return True
    return False


def _next_start(split: PackSplit, position: int) -> int:
    return next((item.start for item in split.items[position + 1 :] if item.has_pages), len(split.document.pages))


def _fits(split: PackSplit, position: int, first: int) -> bool:
    """True when a start keeps the items in agenda order with those already placed."""
    before = [item.start for item in split.items[:position] if item.has_pages]
    return (not before or first > before[-1]) and first < _next_start(split, position)


def _trim(document: PackDocument, last: int) -> int:
    """The last page before `last` (or itself) that is not a blank separator."""
    while last > 0 and document.pages[last].is_blank:
        last -= 1
    return last


def _set_ends(split: PackSplit) -> None:
    placed = [item for item in split.items if item.has_pages]
    for index, item in enumerate(placed):
        following = placed[index + 1] if index + 1 < len(placed) else None
        end = (following.start if following else len(split.document.pages)) - 1
        if item.last is None or item.last > end:
            item.last = end
        item.last = max(item.start, _trim(split.document, item.last))
