"""Print an HTML document, or save it as PDF, with a running header and page numbers on every page.

QTextDocument.print_() adds its own margin and page numbers and splits the text wherever a page
ends. Instead the document is laid out once, as one long page the width of the paper's body, and
cut into pages by `page_cuts`. Each page is then painted as a slice of that layout, between a
running header and footer in the same size as the body text (large print means every word).

The layout works in CSS pixels (1/96 inch, as a web browser does), so `border="1"` and
`cellpadding` keep their usual size; the painter scales pixels to the printer's resolution.
Ligatures are turned off, so the PDF's text holds "fi", not "ﬁ", and a search for "figures" finds it.
"""

import ctypes
import html as html_module
import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
    QTextTable,
)
from PySide6.QtPrintSupport import QPrinter

from coprep.core.text.print_html import SAVE_ENDINGS, Printable, keep_hyphenated_words
from coprep.i18n import _
from coprep.ui.shell.page_cuts import page_cuts

CSS_DPI = 96
PDF_DPI = 1200
PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGINS_MM = QMarginsF(18, 12, 18, 12)
FONT_FAMILY = "DejaVu Sans"
LANGUAGE = "en-GB"
_WRAP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
_HAIR = 0.1  # more than Qt's smallest step (1/64 px), far less than can be seen
_XMP = """<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>{author}</rdf:li></rdf:Seq></dc:creator>
<dc:language><rdf:Bag><rdf:li>{language}</rdf:li></rdf:Bag></dc:language>
</rdf:Description></rdf:RDF></x:xmpmeta>
<?xpacket end="w"?>"""


def _css_ruler() -> QImage:
    """A tiny image that says it has 96 dots per inch: the document measures fonts against it."""
    image = QImage(1, 1, QImage.Format.Format_Mono)
    dots_per_metre = round(CSS_DPI / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    return image


_RULER = _css_ruler()


def print_font(font_pt: float) -> QFont:
    """The print font at this size, with ligatures off (so a PDF's text can be searched)."""
    font = QFont(FONT_FAMILY)
    font.setPointSizeF(font_pt)
    font.setStyleStrategy(QFont.StyleStrategy.PreferNoShaping)
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def make_document(html: str, font_pt: float, width_px: float) -> QTextDocument:
    """The HTML laid out width_px CSS pixels wide, as one long page, with headings sized from font_pt."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(_RULER)
    doc.setUseDesignMetrics(True)
    doc.setDocumentMargin(0)
    doc.setDefaultFont(print_font(round(font_pt)))
    doc.setHtml(keep_hyphenated_words(html))  # "65-week" is never split at its hyphen
    for frame in doc.rootFrame().childFrames():
        if isinstance(frame, QTextTable) and frame.rows() > 1:
            table_format = frame.format()
            table_format.setHeaderRowCount(1)  # Markdown tables always start with their header row
            frame.setFormat(table_format)
    doc.setTextWidth(width_px)
    return doc


def setup_printer(printer: QPagedPaintDevice, page_size: str, title: str) -> None:
    """Paper size, margins and the document's title."""
    printer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page_size]), QPageLayout.Orientation.Portrait, MARGINS_MM, QPageLayout.Unit.Millimeter
        )
    )
    if isinstance(printer, QPrinter):
        printer.setDocName(title)


def paint_document(printer: QPagedPaintDevice, document: Printable) -> int:
    """Paint the document onto a printer, a preview or a PDF writer; returns the page count."""
    resolution = printer.resolution()
    area = printer.pageLayout().paintRectPixels(resolution)
    scale = resolution / CSS_DPI
    band_font = print_font(document.font_pt)  # headers and page numbers as large as the body
    metrics = QFontMetricsF(band_font, printer)
    line = metrics.height()
    # the running header wraps rather than losing words (large print makes it long)
    header = metrics.boundingRect(QRectF(0, 0, area.width(), line * 3), _WRAP, document.running_header).height()
    gap = line * 0.6
    body = QRectF(0, header + gap, area.width(), area.height() - header - line - 2 * gap)

    doc = make_document(document.html, document.font_pt, body.width() / scale)
    pages = page_cuts(doc, body.height() / scale)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(_("coprep could not start printing. Check the printer, or the folder you are saving to."))
    try:
        for number, page in enumerate(pages, start=1):
            if number > 1:
                printer.newPage()
            _paint_bands(
                painter,
                band_font,
                QRectF(0, 0, area.width(), header),
                QRectF(0, area.height() - line, area.width(), line),
                document.running_header,
                _("Page {number} of {count}").format(number=number, count=len(pages)),
            )
            painter.save()
            painter.translate(body.topLeft())
            painter.scale(scale, scale)
            width = body.width() / scale
            if page.repeat:  # the table's header row again, above the rows that carry on
                painter.save()
                painter.translate(QPointF(0, -page.repeat[0]))
                doc.drawContents(painter, QRectF(0, page.repeat[0] + _HAIR, width, page.repeat_height - 2 * _HAIR))
                painter.restore()
            painter.translate(QPointF(0, page.repeat_height - page.top))
            # Qt also draws a block that only touches the clip, which would put its words, unseen,
            # on this page too; a hair's breadth inside the cuts keeps each line on one page.
            doc.drawContents(painter, QRectF(0, page.top + _HAIR, width, page.bottom - page.top - 2 * _HAIR))
            painter.restore()
    finally:
        painter.end()
    return len(pages)


def _paint_bands(painter: QPainter, font: QFont, top: QRectF, bottom: QRectF, header: str, footer: str) -> None:
    """The running header (with a rule under it) and the footer, in the printer's own pixels."""
    painter.setFont(font)
    painter.setPen(QPen(Qt.GlobalColor.black, painter.device().logicalDpiY() / CSS_DPI))
    painter.drawText(top, _WRAP, header)
    rule = top.bottom() + top.height() * 0.05 + 1
    painter.drawLine(QPointF(0, rule), QPointF(top.width(), rule))
    painter.drawText(
        bottom, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine, footer
    )


def _pdf_writer(path: Path, document: Printable, page_size: str) -> QPdfWriter:
    """A PDF writer with the document's title, author and language."""
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_DPI)
    writer.setTitle(document.title)
    writer.setCreator("coprep")
    if document.author:
        writer.setAuthor(document.author)
    writer.setDocumentXmpMetadata(
        QByteArray(
            _XMP.format(
                title=html_module.escape(document.title), author=html_module.escape(document.author), language=LANGUAGE
            ).encode("utf-8")
        )
    )
    setup_printer(writer, page_size, document.title)
    return writer


def save_pdf(document: Printable, path: Path | str, page_size: str = "A4") -> int:
    """Save the document as a PDF file at path; returns the number of pages. OSError if it cannot be written."""
    path = Path(path)
    if not path.parent.is_dir():
        raise OSError(_("There is no folder called {folder}.").format(folder=path.parent))
    writer = _pdf_writer(path, document, page_size)
    try:
        pages = paint_document(writer, document)
    finally:
        del writer  # the file is finished when the writer goes
    _set_language(path)
    return pages


def _set_language(path: Path, language: str = LANGUAGE) -> None:
    """Name the document's language in the PDF's catalogue (/Lang), which Qt cannot do, so a screen
    reader speaks it with the right voice. The file is replaced whole, never left half-written."""
    import pypdfium2 as pdfium  # loaded only when a PDF is saved
    import pypdfium2.raw as pdfium_raw

    pdf = pdfium.PdfDocument(path.read_bytes())
    try:
        text = (language + "\0").encode("utf-16-le")
        wide = ctypes.create_string_buffer(text, len(text))
        if not pdfium_raw.FPDFCatalog_SetLanguage(pdf.raw, ctypes.cast(wide, ctypes.POINTER(ctypes.c_ushort))):
            return
        partial = path.with_name(path.name + ".part")
        with partial.open("wb") as out:
            pdf.save(out)
    finally:
        pdf.close()
    os.replace(partial, path)


def html_to_pdf(
    html: str, path: Path | str, page_size: str = "A4", title_for_header: str = "", font_pt: float = 12
) -> int:
    """Save the HTML as a PDF file at path; returns the number of pages. OSError if it cannot be written."""
    return save_pdf(Printable(title_for_header, "", "", html, round(font_pt)), path, page_size)


def save_printable(document: Printable, path: Path | str, page_size: str = "A4") -> int | None:
    """Write the document as PDF, web page (.html) or Markdown (.md), by the file's ending.

    Returns the number of pages of a PDF (None for the others); OSError if it cannot be written.
    """
    path = Path(path)
    ending = path.suffix.lower()
    if ending == ".pdf":
        return save_pdf(document, path, page_size)
    if ending not in SAVE_ENDINGS:
        raise OSError(_("The file's name must end in .pdf, .html or .md."))
    path.write_text(document.markdown if ending == ".md" else document.html, encoding="utf-8")
    return None
