"""The agenda at the front of a pack: its items, each with the printed page range the agenda gives it.

The agenda reader itself lives elsewhere and is called through `_read_items` only, so changing to
another reader is a one-line change. Page ranges ("Finance Report ... 23 - 41", "Pages 7-12") are
taken off the ends of the lines here, before the reader sees them, because a reader that does not
know about them would keep the numbers in the title or read them as times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coprep.core.meetings.agenda_lines import parse_agenda as _read_items

_RANGE = re.compile(r"(?:\s+|\t)(?:pages?\s*|pp?\.\s*)?(\d{1,4})\s*(?:[-–—]|to)\s*(\d{1,4})\s*$", re.I)
_SINGLE = re.compile(r"(?:\s{2,}|\t|\s+pages?\s+|\s+p\.\s*)(\d{1,4})\s*$|\s+(\d{1,4})\s*$", re.I)
_HEADING = re.compile(r"^\s*(?:supplementary\s+)?agenda\b", re.I)
_COLUMN_HEADS = re.compile(r"^\s*(?:item|no\.?|number)?\s*(?:title|subject|item)?\s*(?:pages?|page\s+no\.?)\s*$", re.I)


@dataclass
class AgendaEntry:
    number: str
    title: str
    pages: tuple[int, int] | None = None  # printed first and last page, as the agenda gives them
    purpose: str | None = None
    presenter: str = ""


def looks_like_agenda(lines: list[str]) -> bool:
    """True when a page opens with an "Agenda" heading among its first lines."""
    return any(_HEADING.match(line) for line in lines[:6])


def read_agenda(lines: list[str]) -> list[AgendaEntry]:
    """The numbered items of an agenda, each with its printed page range when the agenda gives one."""
    kept, spans = _take_ranges([line for line in lines if not _COLUMN_HEADS.match(line)])
    entries = []
    pending = list(spans)
    for item in _read_items("\n".join(kept)):
        if not item.number:
            continue
        entry = AgendaEntry(_plain_number(item.number), item.title.strip(), None, item.purpose, item.presenter)
        for position, (line, span) in enumerate(pending):
            if (entry.title and entry.title in line) or re.match(rf"{re.escape(item.number)}(?!\w)", line):
                entry.pages = span
                del pending[: position + 1]
                break
        entries.append(entry)
    return entries


def _take_ranges(lines: list[str]) -> tuple[list[str], list[tuple[str, tuple[int, int]]]]:
    """The lines without their page ranges, and (line without its range, range) for each line that had one."""
    has_ranges = any(_RANGE.search(line) for line in lines) or _page_column(lines)
    kept, spans = [], []
    for line in lines:
        match = _RANGE.search(line)
        single = None if match or not has_ranges else _SINGLE.search(line)
        if match and int(match.group(1)) <= int(match.group(2)):
            span = (int(match.group(1)), int(match.group(2)))
        elif single and not _only_label(line[: single.start()]):
            number = int(single.group(1) or single.group(2))
            span = (number, number)
            match = single
        else:
            kept.append(line)
            continue
        text = line[: match.start()].rstrip()
        kept.append(text)
        spans.append((text.strip(), span))
    return kept, spans


def _page_column(lines: list[str]) -> bool:
    """True when numbered lines end in single page numbers that go up: a pages column with no ranges
    (a supplementary agenda of one or two one-page papers)."""
    numbered = [line for line in lines if re.match(r"\s*(?:item\s+)?\d", line, re.I)]
    ends = [int(m.group(1) or m.group(2)) for line in numbered if (m := _SINGLE.search(line))]
    return bool(ends) and len(ends) * 2 >= len(numbered) and ends == sorted(set(ends))


def _only_label(text: str) -> bool:
    """True when nothing but an item label is left, so the number was the title ("Item 4")."""
    return re.fullmatch(r"\s*(?:item\s+)?[0-9.]*\s*", text, re.I) is not None


def _plain_number(number: str) -> str:
    """ "4." and "4)" are item 4; "Item 4" is item 4; "ICB 26/045" stays as written."""
    number = re.sub(r"^(?:agenda\s+)?item\s+", "", number.strip(), flags=re.I)
    return number.rstrip(".)").strip()
