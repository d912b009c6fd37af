"""Where the pages of a printed document end, worked out from one long layout of it.

A page never ends through a line, inside a table row, or between a heading and its first line (nor
between a short introduction under a heading and the line after it). A
part with a heading (an agenda item) is moved whole to the next page when it would be split but
fits on one page, unless that would leave the page more than half empty: a half-empty page wastes
paper and, in large print, makes a pack twice as long. A table split between pages has its header
row painted again at the top of the next page, so every page of it can be read on its own.
"""

from dataclasses import dataclass

from PySide6.QtGui import QTextDocument, QTextFormat, QTextTable, QTextTableCell

_FORCED_BREAK = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
# Paragraphs up to this part of a page are never split: Qt draws a split paragraph whole on both
# pages (clipped), so its words would be in the PDF twice.
KEEP_WHOLE = 0.4
# A part is moved whole to the next page only if the page it leaves is at least this full
FULL_ENOUGH = 0.6  # a little over half, as the space above a heading counts as empty


@dataclass
class PageCut:
    """One page: the stretch (top, bottom) of the long layout it shows, and a table header to repeat above it."""

    top: float
    bottom: float
    repeat: tuple[float, float] | None = None

    @property
    def repeat_height(self) -> float:
        return self.repeat[1] - self.repeat[0] if self.repeat else 0.0


@dataclass
class _Block:
    position: int
    top: float
    lines: list[tuple[float, float]]
    heading: int
    forced_break: bool


@dataclass
class _Table:
    header: tuple[float, float]  # the stretch of its header rows, to paint again on the next page
    bottom: float
    rows: list[tuple[float, float]]


def _blocks(doc: QTextDocument) -> list[_Block]:
    """Every block of the laid-out document (table cells too) with the top and bottom of each line."""
    layout = doc.documentLayout()
    found = []
    block = doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        lines = [
            (top + line.y(), top + line.y() + line.height())
            for line in (text_layout.lineAt(i) for i in range(text_layout.lineCount()))
        ]
        fmt = block.blockFormat()
        found.append(
            _Block(block.position(), top, lines, fmt.headingLevel(), bool(fmt.pageBreakPolicy() & _FORCED_BREAK))
        )
        block = block.next()
    return found


def _cell_blocks(cell: QTextTableCell, blocks: list[_Block]) -> list[_Block]:
    first, last = cell.firstPosition(), cell.lastPosition()
    return [block for block in blocks if first <= block.position <= last]


def _tables(doc: QTextDocument, blocks: list[_Block]) -> list[_Table]:
    """Each top-level table with its rows (top and bottom of their text) and its header rows."""
    found = []
    layout = doc.documentLayout()
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        rows = []
        for row in range(frame.rows()):
            lines = [
                line
                for column in range(frame.columns())
                for block in _cell_blocks(frame.cellAt(row, column), blocks)
                for line in block.lines
            ]
            if lines:
                rows.append((min(top for top, _ in lines), max(bottom for _, bottom in lines)))
        box = layout.frameBoundingRect(frame)
        # each row reaches half way to its neighbours, so a cut between rows falls on the border
        edges = (
            [box.top()]
            + [(above[1] + below[0]) / 2 for above, below in zip(rows, rows[1:], strict=False)]
            + [box.bottom()]
        )
        rows = [(edges[index], edges[index + 1]) for index in range(len(rows))]
        heads = frame.format().headerRowCount()
        if rows and 0 < heads < len(rows):
            header = (box.top(), rows[heads - 1][1])
            found.append(_Table(header, box.bottom(), rows))
        elif rows:
            found.append(_Table((box.top(), box.top()), box.bottom(), rows))
    return found


def _unbreakable(blocks: list[_Block], tables: list[_Table], page_height: float) -> list[tuple[float, float]]:
    """Stretches no page may end inside: lines, table rows, short paragraphs, a heading with its first line."""
    spans = [line for block in blocks for line in block.lines] + [row for table in tables for row in table.rows]
    for index, block in enumerate(blocks):
        if block.heading:
            spans += _kept_with_heading(block, [b for b in blocks[index + 1 :] if b.lines][:2], page_height)
        if len(block.lines) < 2:
            continue
        whole = (block.lines[0][0], block.lines[-1][1])
        if whole[1] - whole[0] <= page_height * KEEP_WHOLE:
            spans.append(whole)
        else:  # a long paragraph may be split, but never leaving one line alone
            spans += [(block.lines[0][0], block.lines[1][1]), (block.lines[-2][0], block.lines[-1][1])]
    return sorted(spans)


def _kept_with_heading(heading: _Block, following: list[_Block], page_height: float) -> list[tuple[float, float]]:
    """A heading stays with the first line after it; when that is a short introduction (the lines
    under "Words to know", an item's "For assurance · Led by …") followed by more text, with the
    first line of that text too, so a heading and its introduction never end a page with what they
    introduce on the next. (A heading after the introduction starts a part that may go on a new page.)"""
    if not following:
        return []
    first = following[0]
    short = first.lines[-1][1] - first.lines[0][0] <= page_height * KEEP_WHOLE
    if len(following) > 1 and short and not first.heading and not following[1].heading:
        return [(heading.top, following[1].lines[0][1])]
    return [(heading.top, first.lines[0][1])]


def _sections(blocks: list[_Block], end: float) -> list[tuple[float, float]]:
    """(start, end) of each heading with everything up to the next heading of its level or higher."""
    return [
        (block.top, next((b.top for b in blocks[index + 1 :] if b.heading and b.heading <= block.heading), end))
        for index, block in enumerate(blocks)
        if block.heading
    ]


def _gap_before(unbreakable: list[tuple[float, float]], top: float, limit: float) -> float:
    """The lowest place at or above limit that does not cut through a line (limit itself if none)."""
    cut = limit
    moved = True
    while moved:
        moved = False
        for start, stop in unbreakable:
            if start < cut < stop and start > top + 1:
                cut, moved = start, True
    return cut


def page_cuts(doc: QTextDocument, page_height: float) -> list[PageCut]:
    """Where each page starts and ends in the long layout, in pixels, with any table header to repeat."""
    blocks = _blocks(doc)
    end = doc.size().height()
    tables = _tables(doc, blocks)
    unbreakable = _unbreakable(blocks, tables, page_height)
    sections = _sections(blocks, end)
    forced = sorted(block.top for block in blocks if block.forced_break)
    pages: list[PageCut] = []
    top = 0.0
    while end - top > 0.5:
        table = next(
            (
                t
                for t in tables
                if t.header[1] < t.header[0] + page_height / 2
                and t.header[1] <= top + 1
                and top + 1 < t.bottom
                and t.header[1] > t.header[0]
            ),
            None,
        )
        repeat = table.header if table else None
        room = page_height - (repeat[1] - repeat[0] if repeat else 0)
        limit = min(top + room, end)
        cut = next((y for y in forced if top + 1 < y < limit), None)
        if cut is None and limit < end:
            whole = [
                start
                for start, close in sections
                if top + room * FULL_ENOUGH <= start < limit < close and close - start <= page_height
            ]
            # a part moved whole takes its parent's heading with it (never left alone at the bottom)
            cut = _gap_before(unbreakable, top, min(whole) if whole else limit)
        cut = cut or limit
        pages.append(PageCut(top, cut, repeat))
        top = cut
    return pages or [PageCut(0.0, end)]
