"""Tables in agenda text: cells of a row, column header rows, and cells that wrap onto more lines.

Text laid out in columns with spaces (copied from a PDF, or made from a PDF's word positions)
loses which words belong to which row when a cell wraps: "Register of" / "members' interests".
A line that starts further right than the row above, and whose first word would not have fitted
at the end of that cell, is the cell's next line; its pieces join the cells above, column by column.
"""

from __future__ import annotations

import re

from .agenda_fields import time_cell

COLUMN_GAP = re.compile(r"\t|\s{2,}|\s+\|\s+")  # a tab, 2+ spaces, or " | " between cells
_CHUNK = re.compile(r"\S+(?: \S+)*")  # text with single spaces inside, 2+ spaces around

# Words of a table's header row ("Time | Item | Lead | Purpose | Paper"): the row itself says nothing.
HEADER_WORDS = {
    "time",
    "times",
    "start",
    "start time",
    "end",
    "end time",
    "finish",
    "finish time",
    "mins",
    "minutes",
    "timing",
    "item",
    "items",
    "no",
    "no.",
    "number",
    "item no",
    "item no.",
    "ref",
    "ref.",
    "reference",
    "title",
    "subject",
    "agenda item",
    "agenda",
    "lead",
    "leads",
    "lead(s)",
    "presenter",
    "presenters",
    "presented by",
    "led by",
    "who",
    "owner",
    "purpose",
    "action",
    "action required",
    "paper",
    "papers",
    "paper ref",
    "paper no",
    "paper no.",
    "paper number",
    "report no",
    "report no.",
    "enc",
    "enc.",
    "enclosure",
    "page",
    "pages",
    "page no",
    "page nos",
    "page nos.",
    "page no.",
    "report",
    "format",
    "duration",
    "for",
    "decision/action",
    "minute",
}


# Header words that alone on a line are more likely an item ("Minutes") or a word of prose.
_ALONE_NOT_HEADER = {"report", "for", "agenda", "minute", "minutes", "action", "start", "end", "finish"}
# Columns whose cells say when an item ends or how long it takes: the item's start time is enough.
SPAN_HEADERS = {"end", "end time", "finish", "finish time", "mins", "minutes", "duration"}


def split_cells(line: str) -> list[str]:
    """Cells of a row copied from a table (tab or 2+ spaces apart)."""
    return [cell.strip() for cell in COLUMN_GAP.split(line) if cell.strip()]


def is_header_line(line: str) -> bool:
    """A table's column header row ("Time  Item  Lead  Purpose  Paper", "No. Item", "Page Nos.")."""
    cells = split_cells(line)
    if len(cells) == 1:
        cells = _header_phrases(cells[0]) or cells
    return (
        bool(cells)
        and all(_header_cell(cell) for cell in cells)
        and (len(cells) >= 2 or cells[0].casefold() not in _ALONE_NOT_HEADER)
    )


def without_spans(line: str, header: list[str]) -> str:
    """A tab-separated row with its end-time and duration cells emptied, where the header above it
    has the same number of columns and names them ("End", "Mins")."""
    cells = line.split("\t")
    if len(cells) != len(header):
        return line
    return "\t".join(
        "" if name.strip().casefold() in SPAN_HEADERS else cell for cell, name in zip(cells, header, strict=True)
    )


def _header_cell(cell: str) -> bool:
    """A header word, or one in two languages ("Eitem / Item")."""
    return any(part.strip().casefold().rstrip(":") in HEADER_WORDS for part in cell.split(" / "))


def _header_phrases(text: str) -> list[str] | None:
    """Split "No. Item" or "Item Title Lead Purpose Ref" (single spaces) into header words."""
    words, found = text.split(), []
    while words:
        for size in (3, 2, 1):
            phrase = " ".join(words[:size]).casefold()
            if phrase in HEADER_WORDS:
                found.append(phrase)
                del words[:size]
                break
        else:
            return None
    return found


def _chunks(line: str) -> list[tuple[int, str]]:
    line = line.expandtabs(8)
    return [(m.start(), m.group(0)) for m in _CHUNK.finditer(line)]


def rebuild_wrapped(lines: list[str]) -> list[str]:
    """Join the wrapped lines of space-aligned table rows into one tab-separated line per row."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        base = _indent(lines[i])  # a PDF's rows may all start a little right of its headings
        if "\t" in lines[i] or len(_chunks(lines[i])) < 3:
            out.append(lines[i])
            i += 1
            continue
        start, end = i, i + 1
        if not base and out and out[-1].strip() and out[-1][:1].isspace() and "\t" not in out[-1]:
            start = i - 1  # the top line of a row whose other cells are centred below it
            out.pop()
        while (
            end < len(lines)
            and "\t" not in lines[end]
            and lines[end].strip()
            and _indent(lines[end]) >= base
            and (_indent(lines[end]) > base or len(_chunks(lines[end])) >= 2)
        ):
            end += 1
        out.extend(_join_block([line[base:] for line in lines[start:end]]))
        i = end
    return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" ")) if line.strip() else 0


def _columns(rows: list[list[tuple[int, str]]]) -> list[int]:
    """Start positions of the block's columns (starts a letter apart count as one)."""
    counts: dict[int, int] = {}
    for chunks in rows:
        for start, _text in chunks:
            near = next((s for s in counts if abs(s - start) <= 1), start)
            counts[near] = counts.get(near, 0) + 1
    return sorted(counts) or [0]


def _column_of(columns: list[int], start: int) -> int:
    return max(i for i, s in enumerate([-(10**6), *columns[1:]]) if s <= start + 1)


def _split_at_columns(chunks: list[tuple[int, str]], columns: list[int]) -> list[tuple[int, str]]:
    """Split a piece where a word starts exactly at another row's column ("… of interest Chair")."""
    found = []
    for start, text in chunks:
        cut = 0
        for column in columns:
            at = column - start
            if cut < at < len(text) and text[at - 1] == " " and text[at] != " ":
                found.append((start + cut, text[cut : at - 1]))
                cut = at
        found.append((start + cut, text[cut:]))
    return found


def _join_block(block: list[str]) -> list[str]:
    full = [_chunks(line) for line in block if not line[:1].isspace()]
    columns = _columns(full)
    shared = [c for c in columns if sum(any(abs(s - c) <= 1 for s, _t in row) for row in full) >= 3]
    width = max(len(line.expandtabs(8)) for line in block)
    rows: list[list[str]] = []
    ends: list[int] = []  # where each cell of the current row's last line ends
    loose: list[str] = []
    leads, lead = _leads(block, columns), []
    for k, line in enumerate(block):
        chunks = _split_at_columns(_chunks(line), shared)
        if k in leads:
            lead = chunks
            continue
        if rows and line[:1].isspace() and _wraps(columns, chunks, ends, width, rows[-1]):
            for start, text in chunks:
                column = _column_of(columns, start)
                rows[-1][column] = f"{rows[-1][column]} {text}".strip()
                ends[column] = start + len(text)
            continue
        if len(chunks) < 2:
            loose.append(line)  # a description under the row: kept as its own line
            rows.append([])
            ends = []
            continue
        cells = [""] * len(columns)
        ends = [0] * len(columns)
        for start, text in lead + chunks:
            column = _column_of(columns, start)
            cells[column] = f"{cells[column]} {text}".strip()
            ends[column] = start + len(text)
        rows.append(cells)
        lead = []
    result, loose_lines = [], iter(loose)
    for cells in rows:
        result.append("\t".join(cells) if cells else next(loose_lines))
    return result


def _leads(block: list[str], columns: list[int]) -> set[int]:
    """Indented lines that are the top line of the next row, in a table whose short cells are centred
    (the row's number and title start above its time, lead and paper, and go on below them)."""
    parsed = [(line[:1].isspace(), {_column_of(columns, s) for s, _t in _chunks(line)}) for line in block]
    found = set()
    for k in range(len(block) - 2):
        (above, top), (_row_indented, middle), (below, bottom) = parsed[k], parsed[k + 1], parsed[k + 2]
        if above and not _row_indented and below and top and top.isdisjoint(middle) and bottom <= top:
            found.add(k)
    return found


def _wraps(columns: list[int], chunks: list[tuple[int, str]], ends: list[int], width: int, above: list[str]) -> bool:
    """Whether an indented line continues the cells above: it fills two columns, or its first word
    would not have fitted at the end of the cell above (a few letters' slack for proportional fonts).
    A time under a time is a row of its own ("Lunch   12:15 – 13:00")."""
    if not ends or not above:
        return False
    for start, text in chunks:
        cell = above[_column_of(columns, start)]
        if cell and time_cell(text, weak_ok=True) and time_cell(cell, weak_ok=True):
            return False
    if len(chunks) >= 2:
        return True
    start, text = chunks[0]
    column = _column_of(columns, start)
    limit = columns[column + 1] if column + 1 < len(columns) else width + 1
    if len(text) > limit - start + 2:  # wider than its column: a line of its own, not a wrapped cell
        return False
    end_above = ends[column]
    return not end_above or end_above + 1 + len(text.split()[0]) >= limit - 4
