"""Read an agenda's text into its items and the meeting's details.

First where items start (`agenda_starts`: the agenda's own numbering scheme), then the lines: the
preamble before the first item becomes the meeting's details; a section heading between items goes to the next item's
description; a numbered list inside an item (after "asked to:", or numbered again from 1 in an agenda
in the forties) stays in that item's description; a table's cells fill fields by what they hold.

Promise: every line that is not noise (`is_noise`) ends up, word for word, in an item or in the
meeting's details text; only field words (purpose tags, "Presented by", times, paper references,
page ranges) are moved out of titles into their fields.
"""

from __future__ import annotations

import re

from . import agenda_fields as f
from .agenda_columns import split_cells
from .agenda_details import is_private, meeting_details
from .agenda_parsed import ParsedAgenda, ParsedItem
from .agenda_starts import (
    Line,
    Start,
    is_group_heading,
    is_noise,
    item_starts,
    label_kind,
    label_number,
    read_lines,
)

__all__ = ["is_noise", "parse_agenda", "read_agenda"]

_FILE_SIZE = re.compile(r"\s*(?:pdf\s+icon\s*)?pdf\s+[0-9]+(?:\.[0-9]+)?\s*[km]b\s*$", re.I)
_INITIALS = re.compile(  # "(JS)", "[JS/AM]", "- RK"
    r"(?P<open>\s*[(\[]|\s+[-–—]\s+)(?P<who>[A-Z]{2,3}(?:\s*[/&,]\s*[A-Z]{2,3})*)(?P<close>[)\]]?)\s*$"
)
_SECTION = re.compile(r"(?i:part|section|session)\s+(?:[0-9]{1,2}|[A-Z]|one|two|three|four|i{1,3}|iv)\b")


def parse_agenda(text: str) -> list[ParsedItem]:
    return read_agenda(text).items


def read_agenda(text: str) -> ParsedAgenda:
    lines = read_lines(text)
    keys = [f.purpose_key(line.text) for line in lines]
    reader = _Reader({code: purpose for key in keys for code, purpose in key.items()})
    for line, start, key in zip(lines, item_starts(lines, [bool(key) for key in keys]), keys, strict=True):
        if key:  # the key to purpose codes is about the meeting's papers, not one item
            (reader.notes if reader.items else reader.preamble).append(line.text)
        else:
            reader.read(line, start)
    return reader.finish()


class _Reader:
    """Walks the lines once, keeping the item being read and the run of a list inside it."""

    def __init__(self, codes: dict[str, str]) -> None:
        self.codes = codes  # purpose codes a key explains: {"A": "approval"}
        self.items: list[ParsedItem] = []
        self.preamble: list[str] = []
        self.trailing: list[str] = []
        self.notes: list[str] = []  # lines below the items that belong to the meeting
        self.heading: list[str] = []
        self.top_kind: str | None = None
        self.last_top = 0
        self.in_list = False
        self.previous = ""
        self.cells_follow = False
        self.timed = 0
        self.last_gap: int | None = None  # where the last item's text after a blank line begins
        self.section_purpose: str | None = None
        self.last_end: str | None = None  # when the last item ends, from its time range ("14:00-14:15")
        self.under: dict[int, Line] = {}  # the first line under each item that has any

    def read(self, line: Line, start: Start | None) -> None:
        if start and not self._is_list_line(line, start):
            self._open(start)
        elif not self.items and not (start and start.label):
            self.preamble.append(line.text)
            # "PART A – ITEMS FOR DECISION" just above the first item gives it and those below their purpose
            self.section_purpose = f.heading_purpose(line.text) if self._is_heading(line) else None
        elif self._is_heading(line):
            self.heading.append(line.text)
            self.section_purpose = f.heading_purpose(line.text)  # "For decision": the purpose of the items below
        elif self._is_timed_break(line):
            time, title = f.take_time(line.text) or (None, line.text)
            self._open(Start(time, "", title))
        else:
            self.under.setdefault(len(self.items) - 1, line)
            if line.gap and not line.indented and self.last_gap is None:
                self.last_gap = len(self.items[-1].description.splitlines()) if self.items[-1].description else 0
            self._add_line(self.items[-1], line.text)
        self.previous = line.text

    def _is_list_line(self, line: Line, start: Start) -> bool:
        """A labelled line that is a point of a list inside the current item's description."""
        if not self.items or start.time or not start.label:
            return False
        kind = label_kind(start.label)
        rest = start.rest
        if not rest and kind != self.top_kind:  # "QC25/021" alone: a table's reference cell
            return True
        lowercase = rest[:1].islower() or rest.rstrip().endswith((";", ","))
        if kind == self.top_kind and kind == "num":
            value = int(re.sub(r"\D", "", start.label))
            if value <= self.last_top and not self.heading:
                self.in_list = True
                return True
            self.in_list = False
            return False
        if kind == self.top_kind:
            self.in_list = False
            return False
        if self.previous.rstrip().endswith(":") or lowercase:
            self.in_list = True
        return self.in_list

    def _open(self, start: Start) -> None:
        kind = label_kind(start.label) if start.label else None
        if kind and self.top_kind is None:
            self.top_kind = kind
        if kind == self.top_kind and kind == "num":
            self.last_top = int(re.sub(r"\D", "", start.label))
        self.in_list = False
        self.last_gap = None
        self.last_end = start.end
        item = ParsedItem(number=label_number(start.label), time=start.time)
        self._fill_from_cells(item, start.rest)
        for text in self.heading:
            item.add_description(text)
        self.heading = []
        item.purpose = item.purpose or self.section_purpose
        self.cells_follow = not item.title
        self.timed += item.time is not None
        self.items.append(item)

    def _is_heading(self, line: Line) -> bool:
        """A section heading between items: "PART B – ASSURANCE", "Part 2 – closed session", "Governance"."""
        text = line.text
        letters = [ch for ch in text if ch.isalpha()]
        words = [w for w in text.split() if any(ch.isalpha() for ch in w)]
        shouting = (
            len(letters) >= 8
            and len(words) >= 2
            and all(ch.isupper() for ch in letters)
            and f.purpose_cell(text) is None
        )
        return not line.indented and bool(
            shouting
            or bool(_SECTION.match(text))
            or (is_group_heading(text) and (line.gap or not f.TAG_ANY.match(text)))
            or (
                self.cells_follow is False
                and self.items
                and self._table_rows()
                and len(split_cells(text)) == 1
                and len(words) <= 6
                and not text.endswith((".", ":", ";", ","))
                and text[:1].isupper()
                and not f.take_time(text)
                and f.purpose_cell(text) is None
                and f.paper_cell(text) is None
                and not f.presenter_line(text)
            )
        )

    def _table_rows(self) -> bool:
        """Whether the items so far came from table rows (presenter, purpose or papers in cells)."""
        filled = [i for i in self.items if i.number and (i.presenter or i.papers or i.time)]
        return len(filled) >= 2 and len(filled) * 2 >= len(self.items)

    def _is_timed_break(self, line: Line) -> bool:
        """'Lunch (12:30)' between timed items: an item with no number."""
        found = f.take_time(line.text)
        return (
            (not line.indented or "\t" in line.text)
            and self.timed >= 2
            and bool(found and found[1] and len(found[1]) <= 40)
        )

    def _fill_from_cells(self, item: ParsedItem, rest: str) -> None:
        title, extra = None, []
        for i, cell in enumerate(split_cells(rest)):
            if cell in {"-", "–", "—"}:
                continue
            if title is None and not self._claim(item, cell, weak_time=i > 0):
                title = cell
                continue
            if title is None or self._claim(item, cell, weak_time=True):
                continue
            if item.time is None and (found := f.take_time(cell)):  # "Chief Nurse 10:00"
                item.time, cell = found
                if not cell:
                    continue
            who = cell[1:-1].strip() if re.fullmatch(r"\([^()]+\)", cell) else cell  # "(Panel Chair)"
            if not item.presenter and f.looks_like_presenter(who):
                item.presenter = who
            else:
                extra.append(cell)
        if title is not None:
            self._set_title(item, title)
        if extra:
            item.add_description(" ".join(extra))

    def _set_title(self, item: ParsedItem, text: str) -> None:
        if m := _FILE_SIZE.search(text):  # "Minutes PDF 297 KB": keep the words, not in the title
            text = text[: m.start()]
            item.add_description(m.group(0).strip())
        item.title = item.lift_fields(text)

    def _claim(self, item: ParsedItem, cell: str, weak_time: bool) -> bool:
        """Fill an empty field from a cell that is wholly a purpose, time, page range or paper reference."""
        for name, value in (
            ("purpose", f.purpose_cell(cell) or self.codes.get(cell.strip())),
            ("time", f.time_cell(cell, weak_time)),
            ("pages", _whole_pages(cell)),
            ("papers", f.paper_cell(cell)),
            ("presenter", _intro(cell)),
        ):
            if value and not getattr(item, name):
                setattr(item, name, value)
                return True
        return False

    def _add_line(self, item: ParsedItem, text: str) -> None:
        """A line under an item: a field line fills its field, else it joins the description."""
        if self.cells_follow:
            if not item.title:
                self._set_title(item, text)
                return
            if self._claim(item, text, weak_time=True):
                return
            if not item.presenter and f.looks_like_presenter(text) and len(text) <= 50:
                item.presenter = text
                return
        if self.in_list:
            item.add_description(text)
            return
        cells = split_cells(text)
        left = [cell for cell in cells if not self._claim(item, cell, weak_time=True)]
        if len(cells) >= 2 and len(left) == 1 and not item.presenter and f.looks_like_presenter(left[0]):
            item.presenter = left[0]  # "For approval | Chair | Paper 1": the cell the fields leave is who
            return
        kept = " ".join(left)
        if not kept:
            return
        who_text = kept
        if not item.papers and (found := f.bracketed_papers(kept)):  # the words stay in the description
            item.papers, who_text = found
        if not item.presenter and (who := f.presenter_line(who_text)):
            item.presenter = who
            if not item.papers and kept.casefold().startswith("presentation"):
                item.papers = "Presentation"
        if item.purpose is None and (purpose := f.purpose_line(kept)):
            item.purpose = purpose
        item.add_description(kept)

    def finish(self) -> ParsedAgenda:
        if self.heading:
            if self.items:
                for text in self.heading:
                    self.items[-1].add_description(text)
            else:
                self.preamble.extend(self.heading)
        if self.items and self.last_gap is not None:  # a sign-off after the last item ("Thanks, Rob")
            lines = self.items[-1].description.splitlines()
            self.items[-1].description = "\n".join(lines[: self.last_gap])
            self.trailing = lines[self.last_gap :]
        self.trailing += self.notes
        self._presenters_below()
        self._initials()
        private = any(is_private(text) for item in self.items for text in (item.title, item.description))
        meeting = meeting_details(self.preamble, self.trailing, self.items, private, self.last_end)
        return ParsedAgenda(meeting, self.items)

    def _presenters_below(self) -> None:
        """Where most items with a line under them have a name there ("Chief Executive", "Chair, Area
        Clinical Forum" indented under the title), those names are the presenters."""
        named = {i: line.text for i, line in self.under.items() if line.indented and _name_line(line.text)}
        if len(named) >= 2 and len(named) * 3 >= len(self.under) * 2:
            for i, text in named.items():
                self.items[i].presenter = self.items[i].presenter or text

    def _initials(self) -> None:
        """Where two or more titles end with different bracketed initials ("(JS)", "(AM)"), those are
        who presents; letters that start the words before them are a short name ("Board assurance
        framework (BAF)") and stay."""
        found = {i: m for i, item in enumerate(self.items) if (m := _initials_at_end(item.title))}
        people = {m["who"] for m in found.values()}
        if len(people) < 2 or any(_acronym(m["who"], self.items[i].title[: m.start()]) for i, m in found.items()):
            return
        for i, m in found.items():
            item = self.items[i]
            if not item.presenter:
                item.presenter, item.title = m["who"], item.title[: m.start()]


def _initials_at_end(title: str) -> re.Match[str] | None:
    m = _INITIALS.search(title)
    closes = {"(": ")", "[": "]"}.get(m["open"].strip()[:1], "") if m else ""
    return m if m and m["close"] == closes else None


def _acronym(letters: str, before: str) -> bool:
    firsts = "".join(w[0] for w in re.findall(r"[A-Za-z][\w'-]*", before) if w.casefold() not in f.JOINERS).upper()
    return firsts.endswith(letters)


def _name_line(text: str) -> bool:
    return len(split_cells(text)) == 1 and len(text.split()) <= 8 and f.looks_like_name(text.split(",")[0])


def _whole_pages(cell: str) -> str | None:
    found = f.take_pages(f"x {cell}")
    return found[0] if found and found[1] == "x" else None


def _intro(cell: str) -> str | None:
    """A cell that only says who presents ("Presented by: X"); one that goes on to more sentences is
    a description, whose first words still name the presenter."""
    who = f.presenter_line(cell)
    introduced = re.match(r"(?i)(presented|led)\s+by|presenter|lead\s*:", cell)
    return who if who and introduced and not re.search(r"\.\s+[A-Z]", cell) else None
