"""Where an agenda's items start: the lines of its text, and which of them open an item.

An item opens with a label ("1.", "ICB 25/031", "Item 3", "QSE 1.1", "(iv)", "1Welcome" glued as web
pages copy it, "A." and "C.1" where an A and a B open lines), a clock time, or both. With no labels or
times at all, bulleted lines are the items, else the paragraphs made only of short lines below the
meeting's details, leaving out the headings of groups of items ("Standing items", "For decision").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import agenda_fields as f
from .agenda_columns import is_header_line, rebuild_wrapped, without_spans
from .agenda_details import find_date

_ROMAN_LO = r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})"
_ROMAN_UP = r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})"
_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![A-Za-z])"
)
_LABEL = re.compile(
    r"(?:(?i:agenda\s+)?(?i:item)\s+(?:(?:20)?[0-9]{2}/[0-9]{1,4}|[0-9]{1,3}(?:\.[0-9]{1,3})*[a-z]?)"  # Item 5, Item 2024/45
    r"|[A-Z]{2,6}(?: ?(?:20)?[0-9]{2}[/-][0-9]{2,4}|[/-][0-9]{2}[/-][0-9]{1,4})"  # ICB 23/045, TB/24/12, TB 2026/41
    r"|[A-Z]{2,6} ?[0-9]{1,2}(?:\.[0-9]{1,2})+"  # QSE 1.1, PC 2.3
    r"|(?:[0-9]{2}|20[0-9]{2})/[0-9]{1,4}(?![/0-9])"  # 25/41, 2026/41 (year/number)
    r"|[0-9]{1,3}(?:\.[0-9]{1,3})+\.?"  # 1.1, 2.3.1
    r"|[0-9]{1,3}[.):]"  # 1.  1)  1:
    rf"|\((?:[0-9]{{1,2}}|[a-z]|[A-Z]|{_ROMAN_LO}|{_ROMAN_UP})\)"  # (a) (iv) (1)
    rf"|(?:{_ROMAN_LO}|{_ROMAN_UP}|[a-z])[.)]|[A-Z]\)"  # iv. IV. a) A)
    rf"|[0-9]{{1,2}}(?!\s+{_MONTH})(?=\s+[A-Z(]|\s*\t|\s{{2,}}|\s*$)"  # bare 1 (not "12 March")
    r")(?=[\s:]|$|(?<=[0-9][.)])[A-Z])"
)
_GLUED = re.compile(r"([0-9]{1,3})(?=[A-Z][a-z])")  # "1Welcome" from a council web page
_LETTER = re.compile(r"[A-Z](?:\.[0-9]{1,2})?\.?(?=\s+[A-Z0-9(\"'‘“])")  # "A. Welcome", "C.1 Case one"
_CODE_NUMBER = re.compile(r"([A-Z]{2,6}) ?([0-9]{1,3})(?=\t|\s{2,}|\s+[A-Z(]|$)")  # "QPC 01\tWelcome"
# A line that heads a group of items: "Standing items", "Closing business", "For decision", "Items for noting".
_GROUP = re.compile(
    r"(?i)(?!any\b)(?:[\w'’-]+\s+){0,2}(?:items|business|matters)"
    r"|(?:(?:items?|matters|papers|reports)\s+)?(?:for|to)\s+(?:be\s+)?[\w-]+(?:\s+(?:and|&|or)\s+[\w-]+)?"
)
_DOTTED_LEAD = re.compile(r"([0-9]{1,2})\.([0-9]{2})(?=\s|$)")
_LEADER = re.compile(r"\s*(?:[.…·_]\s?){4,}\s*")  # dots leading to a page number in a contents list
_BULLET = re.compile(r"^[•·▪◦●‣⁃■□➢►*>\-–—]+\s+")
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
class Line:
    text: str
    indented: bool
    gap: bool  # a blank line came before it
    bullet: bool = False


@dataclass
class Start:
    time: str | None
    label: str
    rest: str
    end: str | None = None  # the end of a time range the line opens with ("09:30-10:15")


def is_noise(line: str) -> bool:
    """True for lines dropped on purpose: blanks, file sizes, page footers, rules, column header rows."""
    text = line.strip()
    return _NOISE.fullmatch(text) is not None or is_header_line(text)


def item_starts(lines: list[Line], skipped: list[bool]) -> list[Start | None]:
    """For each line, how it opens an item, or None; skipped lines never open one."""
    dotted = _dotted_times([line.text for line in lines])
    glued = sum(bool(_GLUED.match(line.text)) for line in lines) >= 2
    own = _own_labels(lines)
    starts = [
        None if skip else _item_start(line.text, dotted, glued, own) for line, skip in zip(lines, skipped, strict=True)
    ]
    return starts if any(starts) else _unnumbered_starts(lines)


def read_lines(text: str) -> list[Line]:
    found, gap, header = [], False, [""]
    for raw in rebuild_wrapped([_unpiped(raw.replace("\xa0", " ").rstrip()) for raw in text.splitlines()]):
        if is_noise(raw):
            gap = gap or not raw.strip()
            header = raw.split("\t") if "\t" in raw and raw.strip() else header
            continue
        raw = without_spans(raw, header)
        clean = _LEADER.sub("  ", _BULLET.sub("", raw.strip())).strip()
        if clean:
            found.append(Line(clean, raw[:1].isspace(), gap, clean != raw.strip()))
            gap = False
    return found


def _unpiped(line: str) -> str:
    """A row of a table typed with bars ("| 1 | Welcome | Chair |") as a pasted row: cells apart by tabs."""
    m = re.fullmatch(r"(\s*)\|(.*)\|", line)
    return m[1] + re.sub(r"\s*\|\s*", "\t", m[2].strip()) if m and m[2].strip() else line


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


def _own_labels(lines: list[Line]) -> re.Pattern[str] | None:
    """Labels only this agenda's numbering makes clear: letters ("A. Welcome" where an A and a B open
    lines) and a committee's code with a plain number ("QPC 01", "QPC 02": two or more lines)."""
    parts = []
    letters = {m.group(0)[0] for line in lines if not line.indented and (m := _LETTER.match(line.text))}
    if {"A", "B"} <= letters:
        parts.append(_LETTER.pattern)
    numbers: dict[str, set[str]] = {}
    for line in lines:
        if m := _CODE_NUMBER.match(line.text):
            numbers.setdefault(m[1], set()).add(m[2])
    codes = sorted(code for code, found in numbers.items() if len(found) >= 2)
    if codes:
        parts.append(rf"(?:{'|'.join(codes)}) ?[0-9]{{1,3}}(?=\s|$)")
    return re.compile("|".join(parts)) if parts else None


def is_group_heading(text: str) -> bool:
    """A short line that heads a group of items rather than being one: "Standing items", "For decision"."""
    text = text.strip().rstrip(":").strip()
    if not _GROUP.fullmatch(text):
        return False
    return (
        not f.TAG_ANY.match(text)
        or f.purpose_cell(re.sub(r"(?i)^(?:items?|matters|papers|reports)\s+", "", text)) is not None
    )


def _item_start(line: str, dotted: bool, glued: bool, own: re.Pattern[str] | None = None) -> Start | None:
    """The time, label and rest of a line that opens a new item, else None."""
    time, rest, end = None, line, None
    m = f.TIME.match(line)
    if m and (found := f.clock(m, weak_ok=True)):
        after = line[m.end() :].lstrip(" \t-–—:,;")
        if dotted or f.clock(m, weak_ok=False) or _LABEL.match(after):
            time, rest = found, after
            end = f.clock(m, weak_ok=True, end=True) if m["range"] else None
    if (m := _LABEL.match(rest)) and not _year_span(m.group(0)):
        return Start(time, m.group(0), rest[m.end() :].lstrip(" \t:.-–—"), end)
    if glued and (m := _GLUED.match(rest)):
        return Start(time, m.group(1), rest[m.end() :], end)
    if own and (m := own.match(rest)):
        return Start(time, m.group(0), rest[m.end() :].lstrip(" \t:.-–—"), end)
    return Start(time, "", rest, end) if time and rest else None


def _year_span(label: str) -> bool:
    """A financial year ("2026/27", "25/26") opening a line, not a year/number label ("2026/41")."""
    m = re.fullmatch(r"(?:20)?([0-9]{2})/([0-9]{2})", label)
    return m is not None and int(m[2]) == (int(m[1]) + 1) % 100


def _unnumbered_starts(lines: list[Line]) -> list[Start | None]:
    """No labels or times: bulleted lines are the items, else every paragraph made only of short lines
    (a greeting ending "," or an opening sentence ending ":" or "." is the meeting's details). A paragraph
    up to the one giving the meeting's date, a line heading a group ("For decision") and a labelled
    date ("Next meeting: 13 May 2026") are not items."""
    if sum(line.bullet for line in lines) >= 2:
        return [Start(None, "", line.text) if line.bullet else None for line in lines]
    blocks: list[list[int]] = []
    for i, line in enumerate(lines):
        if line.gap or not blocks:
            blocks.append([])
        blocks[-1].append(i)
    shown = {i for block in blocks for i in block if not _not_item(lines[i], i == block[0] and len(block) > 1)}
    chosen = {
        i
        for block in blocks
        for i in block
        if i in shown and all(len(lines[j].text) <= 120 and not lines[j].text.endswith((",", ":", ".")) for j in block)
    }
    dated = next((k for k, block in enumerate(blocks) if any(_gives_date(lines[i].text) for i in block)), None)
    if dated is not None and any(i in chosen for block in blocks[dated + 1 :] for i in block):
        chosen -= {i for block in blocks[: dated + 1] for i in block}  # the meeting's own details
    chosen = chosen or {i for block in blocks[:1] for i in block}
    return [Start(None, "", line.text) if i in chosen else None for i, line in enumerate(lines)]


def _gives_date(text: str) -> bool:
    """A line giving the meeting's date ("Wednesday 11 March 2026, 13:30", "Date: 4 May 2026"), not an
    item that names one ("Minutes of the meeting on 14 January 2026")."""
    found = find_date(text)
    before = text[: found[1].start()] if found else ""
    return bool(found) and (len(before.split()) <= 2 or bool(re.search(r"(?i)\b(?:date|[a-z]+day)\b", before)))


def _not_item(line: Line, heads: bool) -> bool:
    """A group's heading at the top of a paragraph with lines below it, or a labelled date ("Next meeting: …")."""
    found = find_date(line.text)
    return (heads and is_group_heading(line.text)) or bool(found and ":" in line.text[: found[1].start()])


def label_kind(label: str) -> str:
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
    if re.fullmatch(r"[A-Z]\.?", label):
        return "letter"
    if re.fullmatch(r"[A-Z]\.[0-9]+\.?", label):
        return "lettered"  # C.1 under C.
    return "sub"  # (a), a), iv., (iv), A)


def label_number(label: str) -> str:
    """The label as the item's number: "1." and "1:" -> "1", "a)" -> "a", "(iv)" stays."""
    return label if label.startswith("(") else label.rstrip(".):")
