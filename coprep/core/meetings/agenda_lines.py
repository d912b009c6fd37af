"""Read an agenda's text into its items and the meeting's details.

First the agenda's own numbering scheme (what kind of label its first item uses: "1.", "ICB 25/031",
"Item 3", "1Welcome" glued as web pages copy it, or times), then the lines: the preamble before the
first item becomes the meeting's details; a section heading between items goes to the next item's
description; a numbered list inside an item (after "asked to:", or numbered again from 1 in an agenda
in the forties) stays in that item's description; a table's cells fill fields by what they hold.

Promise: every line that is not noise (`is_noise`) ends up, word for word, in an item or in the
meeting's details text; only field words (purpose tags, "Presented by", times, paper references,
page ranges) are moved out of titles into their fields.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import agenda_fields as f
from .agenda_columns import is_header_line, rebuild_wrapped, split_cells, without_spans
from .agenda_details import is_private, meeting_details
from .agenda_parsed import ParsedAgenda, ParsedItem

_ROMAN_LO = r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})"
_ROMAN_UP = r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})"
_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![A-Za-z])"
)
_LABEL = re.compile(
    r"(?:(?i:agenda\s+)?(?i:item)\s+[0-9]{1,3}(?:\.[0-9]{1,3})*[a-z]?"  # Item 5, Agenda item 3.1
    r"|[A-Z]{2,6}(?: ?[0-9]{2}[/-][0-9]{2,4}|[/-][0-9]{2}[/-][0-9]{1,4})"  # ICB 23/045, TB/24/12
    r"|[A-Z]{2,6} ?[0-9]{1,2}(?:\.[0-9]{1,2})+"  # QSE 1.1, PC 2.3
    r"|[0-9]{2}/[0-9]{1,4}(?![/0-9])"  # 25/41 (year/number)
    r"|[0-9]{1,3}(?:\.[0-9]{1,3})+\.?"  # 1.1, 2.3.1
    r"|[0-9]{1,3}[.):]"  # 1.  1)  1:
    rf"|\((?:[0-9]{{1,2}}|[a-z]|[A-Z]|{_ROMAN_LO}|{_ROMAN_UP})\)"  # (a) (iv) (1)
    rf"|(?:{_ROMAN_LO}|{_ROMAN_UP}|[a-z])[.)]|[A-Z]\)"  # iv. IV. a) A)
    rf"|[0-9]{{1,2}}(?!\s+{_MONTH})(?=\s+[A-Z(]|\s*\t|\s{{2,}}|\s*$)"  # bare 1 (not "12 March")
    r")(?=[\s:]|$|(?<=[0-9][.)])[A-Z])"
)
_GLUED = re.compile(r"([0-9]{1,3})(?=[A-Z][a-z])")  # "1Welcome" from a council web page
_DOTTED_LEAD = re.compile(r"([0-9]{1,2})\.([0-9]{2})(?=\s|$)")
_LEADER = re.compile(r"\s*(?:[.…·_]\s?){4,}\s*")  # dots leading to a page number in a contents list
_BULLET = re.compile(r"^[•·▪◦●‣⁃■□➢►*>\-–—]+\s+")
_FILE_SIZE = re.compile(r"\s*(?:pdf\s+icon\s*)?pdf\s+[0-9]+(?:\.[0-9]+)?\s*[km]b\s*$", re.I)
_SECTION = re.compile(r"(?i:part|section)\s+(?:[0-9]{1,2}|[A-Z]|one|two|three|four|i{1,3}|iv)\b")
_NOISE = re.compile(
    r"(?:pdf\s+icon\s*)?(?:pdf|docx?|xlsx?|pptx?)\s+[0-9]+(?:\.[0-9]+)?\s*(?:kb|mb|gb|bytes?)"
    r"|additional\s+documents?\s*:?|download|minutes\s*:|restricted\s+enclosure|media|webcast:.*"
    r"|view\s+the\s+reasons?\s+why\s+(?:item|document).{0,40}?\s(?:is|are)\s+restricted\.?"
    r"|page\s+[0-9]+(?:\s+of\s+[0-9]+)?|(?:public\s+)?document\s+pack|documents|business"
    r"|agenda(?:\s+(?:and|&)\s+(?:minutes|decisions))?|agenda\s+item"
    r"|[\s\-_=–—~.*•·▪◦●○■□‣⁃➢►>|]*",  # nothing, rules of dashes/underscores, lone bullets
    re.I,
)


@dataclass
class _Line:
    text: str
    indented: bool
    gap: bool  # a blank line came before it
    bullet: bool = False


@dataclass
class _Start:
    time: str | None
    label: str
    rest: str


def is_noise(line: str) -> bool:
    """True for lines dropped on purpose: blanks, file sizes, page footers, rules, column header rows."""
    text = line.strip()
    return _NOISE.fullmatch(text) is not None or is_header_line(text)


def parse_agenda(text: str) -> list[ParsedItem]:
    return read_agenda(text).items


def read_agenda(text: str) -> ParsedAgenda:
    lines = _lines(text)
    dotted = _dotted_times([line.text for line in lines])
    glued = sum(bool(_GLUED.match(line.text)) for line in lines) >= 2
    keys = [f.purpose_key(line.text) for line in lines]
    starts = [None if key else _item_start(line.text, dotted, glued) for line, key in zip(lines, keys, strict=True)]
    if not any(starts):
        starts = _unnumbered_starts(lines)
    reader = _Reader({code: purpose for key in keys for code, purpose in key.items()})
    for line, start, key in zip(lines, starts, keys, strict=True):
        if key:  # the key to purpose codes is about the meeting's papers, not one item
            (reader.notes if reader.items else reader.preamble).append(line.text)
        else:
            reader.read(line, start)
    return reader.finish()


def _lines(text: str) -> list[_Line]:
    found, gap, header = [], False, [""]
    for raw in rebuild_wrapped([raw.replace("\xa0", " ").rstrip() for raw in text.splitlines()]):
        if is_noise(raw):
            gap = gap or not raw.strip()
            header = raw.split("\t") if "\t" in raw and raw.strip() else header
            continue
        raw = without_spans(raw, header)
        clean = _LEADER.sub("  ", _BULLET.sub("", raw.strip())).strip()
        if clean:
            found.append(_Line(clean, raw[:1].isspace(), gap, clean != raw.strip()))
            gap = False
    return found


def _dotted_times(lines: list[str]) -> bool:
    """Whether lines start with dotted clock times ("09.30", "10.00") rather than numbers.

    Needs two or more such lines, all on five-minute steps, and at least one that no one would
    use as an item number (a leading zero or ".00").
    """
    found = [m for m in map(_DOTTED_LEAD.match, lines) if m]
    return (
        len(found) >= 2
        and all(int(m[1]) <= 23 and int(m[2]) < 60 and int(m[2]) % 5 == 0 for m in found)
        and any(m[1].startswith("0") or m[2] == "00" for m in found)
    )


def _item_start(line: str, dotted: bool, glued: bool) -> _Start | None:
    """The time, label and rest of a line that opens a new item, else None."""
    time, rest = None, line
    m = f.TIME.match(line)
    if m and (found := f.clock(m, weak_ok=True)):
        after = line[m.end() :].lstrip(" \t-–—:,;")
        if dotted or f.clock(m, weak_ok=False) or _LABEL.match(after):
            time, rest = found, after
    if m := _LABEL.match(rest):
        return _Start(time, m.group(0), rest[m.end() :].lstrip(" \t:.-–—"))
    if glued and (m := _GLUED.match(rest)):
        return _Start(time, m.group(1), rest[m.end() :])
    return _Start(time, "", rest) if time and rest else None


def _unnumbered_starts(lines: list[_Line]) -> list[_Start | None]:
    """No labels or times: bulleted lines are the items, else every paragraph made only of short lines
    (a greeting ending "," or an opening sentence ending ":" or "." is the meeting's details)."""
    if sum(line.bullet for line in lines) >= 2:
        return [_Start(None, "", line.text) if line.bullet else None for line in lines]
    blocks: list[list[int]] = []
    for i, line in enumerate(lines):
        if line.gap or not blocks:
            blocks.append([])
        blocks[-1].append(i)
    chosen = {
        i
        for block in blocks
        for i in block
        if all(len(lines[j].text) <= 90 and not lines[j].text.endswith((",", ":", ".")) for j in block)
    }
    chosen = chosen or {i for block in blocks[:1] for i in block}
    return [_Start(None, "", line.text) if i in chosen else None for i, line in enumerate(lines)]


def _kind(label: str) -> str:
    if re.match(r"(?i:agenda\s+)?item\s", label):
        return "item"
    if re.match(r"[A-Z]{2,6}\W?[0-9]", label):
        return "code"
    if re.fullmatch(r"[0-9]+/[0-9]+", label):
        return "code"
    if re.fullmatch(r"[0-9]+\.[0-9].*", label):
        return "dotted"
    if re.fullmatch(r"[0-9]+[.):]?", label):
        return "num"
    return "sub"  # (a), a), iv., (iv), A)


def _number(label: str) -> str:
    """The label as the item's number: "1." and "1:" -> "1", "a)" -> "a", "(iv)" stays."""
    return label if label.startswith("(") else label.rstrip(".):")


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

    def read(self, line: _Line, start: _Start | None) -> None:
        if start and not self._is_list_line(line, start):
            self._open(start)
        elif not self.items and not (start and start.label):
            self.preamble.append(line.text)
        elif self._is_heading(line):
            self.heading.append(line.text)
        elif self._is_timed_break(line):
            time, title = f.take_time(line.text) or (None, line.text)
            self._open(_Start(time, "", title))
        else:
            if line.gap and not line.indented and self.last_gap is None:
                self.last_gap = len(self.items[-1].description.splitlines()) if self.items[-1].description else 0
            self._add_line(self.items[-1], line.text)
        self.previous = line.text

    def _is_list_line(self, line: _Line, start: _Start) -> bool:
        """A labelled line that is a point of a list inside the current item's description."""
        if not self.items or start.time or not start.label:
            return False
        kind = _kind(start.label)
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

    def _open(self, start: _Start) -> None:
        kind = _kind(start.label) if start.label else None
        if kind and self.top_kind is None:
            self.top_kind = kind
        if kind == self.top_kind and kind == "num":
            self.last_top = int(re.sub(r"\D", "", start.label))
        self.in_list = False
        self.last_gap = None
        item = ParsedItem(number=_number(start.label), time=start.time)
        self._fill_from_cells(item, start.rest)
        for text in self.heading:
            item.add_description(text)
        self.heading = []
        self.cells_follow = not item.title
        self.timed += item.time is not None
        self.items.append(item)

    def _is_heading(self, line: _Line) -> bool:
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

    def _is_timed_break(self, line: _Line) -> bool:
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
            if not item.presenter and f.looks_like_presenter(cell):
                item.presenter = cell
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
        kept = " ".join(cell for cell in split_cells(text) if not self._claim(item, cell, weak_time=True))
        if not kept:
            return
        if not item.presenter and (who := f.presenter_line(kept)):
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
        private = any(is_private(text) for item in self.items for text in (item.title, item.description))
        meeting = meeting_details(self.preamble, self.trailing, self.items, private)
        return ParsedAgenda(meeting, self.items)


def _whole_pages(cell: str) -> str | None:
    found = f.take_pages(f"x {cell}")
    return found[0] if found and found[1] == "x" else None


def _intro(cell: str) -> str | None:
    who = f.presenter_line(cell)
    return who if who and re.match(r"(?i)(presented|led)\s+by|presenter|lead\s*:", cell) else None
