"""Print an HTML document, or save it as PDF, with its title at the top of every page and page numbers.

QTextDocument.print_() adds its own margin and page numbers and splits the text wherever a page
ends. Instead the document is laid out once, as one long page the width of the paper's body, and
cut into pages here: never through a line, before a page-break-before, and before a heading whose
section would otherwise be split but fits on a page (so an agenda item stays in one piece). Each
page is then painted as a slice of that layout, between a running header and footer.

The layout works in CSS pixels (1/96 inch, as a web browser does), so `border="1"` and
`cellpadding` keep their usual size; the painter scales pixels to the printer's resolution.
"""

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, QPen, QTextDocument, QTextFormat, QTextTable,
    QTextTableCell,
)
from PySide6.QtPrintSupport import QPrinter

from coprep.core.text.print_html import SAVE_ENDINGS, Printable

CSS_DPI = 96
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(18, 12, 18, 12)
FONT_FAMILY = "DejaVu Sans"
_FORCED_BREAK = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
# Paragraphs up to this part of a page are never split: Qt draws a split paragraph whole on both
# pages (clipped), so its words would be in the PDF twice.
KEEP_WHOLE = 0.4
_HAIR = 0.1  # more than Qt's smallest step (1/64 px), far less than can be seen


def _css_ruler() -> QImage:
    """A tiny image that says it has 96 dots per inch: the document measures fonts against it."""
    image = QImage(1, 1, QImage.Format.Format_Mono)
    dots_per_metre = round(CSS_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


_RULER = _css_ruler()


def make_document(html: str, font_pt: float, width_px: float) -> QTextDocument:
    """The HTML laid out width_px CSS pixels wide, as one long page, with headings sized from font_pt."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(_RULER)
    doc.setUseDesignMetrics(True)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(QFont(FONT_FAMILY, round(font_pt)))
    doc.setHtml(html)
    doc.setTextWidth(width_px)
    return doc


@dataclass
class _Block:
    position: int
    top: float
    lines: list[tuple[float, float]]
    heading: int
    forced_break: bool


def _blocks(doc: QTextDocument) -> list[_Block]:
    """Every block of the laid-out document (table cells too) with the top and bottom of each line."""
    layout = doc.documentLayout()
    found = []
    block = doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        text_layout = block.layout()
        lines = [(top + line.y(), top + line.y() + line.height())
                 for line in (text_layout.lineAt(i) for i in range(text_layout.lineCount()))]
        fmt = block.blockFormat()
        found.append(_Block(block.position(), top, lines, fmt.headingLevel(),
                            bool(fmt.pageBreakPolicy() & _FORCED_BREAK)))
        block = block.next()
    return found


def _table_rows(doc: QTextDocument, blocks: list[_Block]) -> list[tuple[float, float]]:
    """The top and bottom of each table row, so that a row is not split between pages."""
    rows = []
    for frame in doc.rootFrame().childFrames():
        if not isinstance(frame, QTextTable):
            continue
        for row in range(frame.rows()):
            lines = [line for column in range(frame.columns())
                     for block in _cell_blocks(frame.cellAt(row, column), blocks) for line in block.lines]
            if lines:
                rows.append((min(top for top, _ in lines), max(bottom for _, bottom in lines)))
    return rows


def _cell_blocks(cell: QTextTableCell, blocks: list[_Block]) -> list[_Block]:
    first, last = cell.firstPosition(), cell.lastPosition()
    return [block for block in blocks if first <= block.position <= last]


def _unbreakable(doc: QTextDocument, blocks: list[_Block], page_height: float) -> list[tuple[float, float]]:
    """Stretches no page may end inside: lines, table rows, short paragraphs, a heading with its first line."""
    spans = [line for block in blocks for line in block.lines] + _table_rows(doc, blocks)
    for index, block in enumerate(blocks):
        if block.heading:
            following = next((b for b in blocks[index + 1:] if b.lines), None)
            if following is not None:
                spans.append((block.top, following.lines[0][1]))
        if len(block.lines) < 2:
            continue
        whole = (block.lines[0][0], block.lines[-1][1])
        if whole[1] - whole[0] <= page_height * KEEP_WHOLE:
            spans.append(whole)
        else:  # a long paragraph may be split, but never leaving one line alone
            spans += [(block.lines[0][0], block.lines[1][1]), (block.lines[-2][0], block.lines[-1][1])]
    return sorted(spans)


def _sections(blocks: list[_Block], end: float) -> list[tuple[float, float]]:
    """(start, end) of each heading with everything up to the next heading of its level or higher."""
    return [(block.top, next((b.top for b in blocks[index + 1:] if b.heading and b.heading <= block.heading), end))
            for index, block in enumerate(blocks) if block.heading]


def page_cuts(doc: QTextDocument, page_height: float) -> list[tuple[float, float]]:
    """Where each page starts and ends in the long layout, as (top, bottom) in pixels."""
    blocks = _blocks(doc)
    end = doc.size().height()
    unbreakable = _unbreakable(doc, blocks, page_height)
    sections = _sections(blocks, end)
    forced = sorted(block.top for block in blocks if block.forced_break)
    pages: list[tuple[float, float]] = []
    top = 0.0
    while end - top > 0.5:
        limit = min(top + page_height, end)
        cut = next((y for y in forced if top + 1 < y < limit), None)
        if cut is None and limit < end:
            whole = [start for start, close in sections
                     if top + 1 < start < limit < close and close - start <= page_height]
            cut = min(whole) if whole else _gap_before(unbreakable, top, limit)
        cut = cut or limit
        pages.append((top, cut))
        top = cut
    return pages or [(0.0, end)]


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


def setup_printer(printer: QPrinter, page_size: str, title: str) -> None:
    """Paper size, margins and the PDF's title."""
    printer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[page_size]), QPageLayout.Orientation.Portrait,
                                      MARGINS_MM, QPageLayout.Unit.Millimeter))
    printer.setDocName(title)


def paint_document(printer: QPrinter, html: str, title: str, font_pt: float = 12) -> int:
    """Paint the document onto the printer (a real one, a preview or a PDF); returns the page count."""
    area = printer.pageRect(QPrinter.Unit.DevicePixel)
    scale = printer.resolution() / CSS_DPI
    band_font = QFont(FONT_FAMILY)
    band_font.setPointSizeF(max(9.0, font_pt * 0.8))
    band_height = QFontMetricsF(band_font, printer).height()
    gap = band_height * 0.8
    body = QRectF(0, band_height + gap, area.width(), area.height() - 2 * (band_height + gap))

    doc = make_document(html, font_pt, body.width() / scale)
    pages = page_cuts(doc, body.height() / scale)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("coprep could not start printing. Check the printer, or the folder you are saving to.")
    try:
        for number, (top, bottom) in enumerate(pages, start=1):
            if number > 1:
                printer.newPage()
            _paint_bands(painter, band_font, area.width(), area.height(), band_height, title,
                         f"Page {number} of {len(pages)}")
            painter.save()
            painter.translate(body.topLeft())
            painter.scale(scale, scale)
            painter.translate(QPointF(0, -top))
            # Qt also draws a block that only touches the clip, which would put its words, unseen,
            # on this page too; a hair's breadth inside the cuts keeps each line on one page.
            doc.drawContents(painter, QRectF(0, top + _HAIR, body.width() / scale, bottom - top - 2 * _HAIR))
            painter.restore()
    finally:
        painter.end()
    return len(pages)


def _paint_bands(painter: QPainter, font: QFont, width: float, height: float, band: float,
                 header: str, footer: str) -> None:
    """The running header (with a rule under it) and the footer, in the printer's own pixels."""
    painter.setFont(font)
    painter.setPen(QPen(Qt.GlobalColor.black, painter.device().logicalDpiY() / CSS_DPI))
    flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
    painter.drawText(QRectF(0, 0, width, band), flags | Qt.AlignmentFlag.AlignLeft,
                     painter.fontMetrics().elidedText(header, Qt.TextElideMode.ElideRight, int(width)))
    painter.drawLine(QPointF(0, band * 1.15), QPointF(width, band * 1.15))
    painter.drawText(QRectF(0, height - band, width, band), flags | Qt.AlignmentFlag.AlignHCenter, footer)


def html_to_pdf(html: str, path: Path | str, page_size: str = "A4", title_for_header: str = "",
                font_pt: float = 12) -> int:
    """Save the HTML as a PDF file at path; returns the number of pages. OSError if it cannot be written."""
    if not Path(path).parent.is_dir():
        raise OSError(f"There is no folder called {Path(path).parent}.")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    setup_printer(printer, page_size, title_for_header)
    return paint_document(printer, html, title_for_header, font_pt)


def save_printable(document: Printable, path: Path | str, page_size: str = "A4") -> int | None:
    """Write the document as PDF, web page (.html) or Markdown (.md), by the file's ending.

    Returns the number of pages of a PDF (None for the others); OSError if it cannot be written.
    """
    path = Path(path)
    ending = path.suffix.lower()
    if ending == ".pdf":
        return html_to_pdf(document.html, path, page_size, document.title, document.font_pt)
    if ending not in SAVE_ENDINGS:
        raise OSError("The file's name must end in .pdf, .html or .md.")
    path.write_text(document.markdown if ending == ".md" else document.html, encoding="utf-8")
    return None
