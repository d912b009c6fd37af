"""Make real paper files for tests: PDFs (plain, scanned, locked), Word and OpenDocument files."""

from pathlib import Path

from fpdf import FPDF
from fpdf.enums import EncryptionMethod


def _text_pdf(pages: list[str]) -> FPDF:
    pdf = FPDF(format="A4")
    pdf.set_font("helvetica", size=10)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 5, text)
    return pdf


def make_pdf(path: Path, pages: list[str]) -> Path:
    """A text PDF with one page per string (long strings flow onto further pages)."""
    _text_pdf(pages).output(str(path))
    return path


def make_scanned_pdf(path: Path, page_count: int = 2) -> Path:
    """A PDF whose pages are only pictures (a grey square each): no text layer, like a scan."""
    pdf = FPDF(format="A4")
    for _ in range(page_count):
        pdf.add_page()
        pdf.set_fill_color(128)
        pdf.rect(30, 40, 150, 150, style="F")
    pdf.output(str(path))
    return path


def make_locked_pdf(path: Path, text: str, password: str) -> Path:
    """A one-page PDF that needs `password` to open (PDF standard security, RC4)."""
    pdf = _text_pdf([text])
    pdf.set_encryption(
        owner_password=password + "-owner", user_password=password, encryption_method=EncryptionMethod.RC4
    )
    pdf.output(str(path))
    return path


def make_docx(path: Path, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    """A Word document with these paragraphs and, after them, an optional table."""
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=False):
            for cell, value in zip(row.cells, values, strict=False):
                cell.text = value
    document.save(str(path))
    return path


def make_odt(path: Path, paragraphs: list[str], heading: str = "") -> Path:
    """An OpenDocument text file with an optional heading and these paragraphs."""
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    if heading:
        document.text.addElement(H(outlinelevel=1, text=heading))
    for paragraph in paragraphs:
        document.text.addElement(P(text=paragraph))
    document.save(str(path))
    return path
