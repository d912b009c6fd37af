"""Agenda files as text the agenda reader understands: table rows become tab-separated lines.

PDF: the words' positions (pypdfium2) rebuild the table (`agenda_pdf`). Where cells are drawn as
boxes, each box's words form one cell, however many lines they wrap onto; elsewhere lines are laid out
in columns of spaces, and the reader joins wrapped cells by their columns. Word (.docx) and OpenDocument (.odt)
tables give their real cells; a committee web page saved as HTML gives its table rows and lines.
Only the first pages of a long PDF are read: the agenda is at the front of a document pack.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from coprep.core.storage.paths import files_folder
from coprep.core.storage.validate import InputError
from coprep.core.storage.zip_bounds import swells_when_unpacked
from coprep.core.text.pdf_pages import pdf_pages
from coprep.i18n import N_, _

from .agenda_html import page_text
from .agenda_lines import read_agenda
from .agenda_numbering import OdtNumbers, WordNumbers, item_heading_style
from .agenda_parsed import ParsedAgenda
from .agenda_pdf import page_lines, without_running_lines

MAX_BYTES = 60 * 1024 * 1024
MAX_TEXT = 2 * 1024 * 1024
MAX_PAGES = 40
KINDS = {
    ".pdf": N_("PDF"),
    ".docx": N_("Word"),
    ".odt": N_("OpenDocument"),
    ".html": N_("web page"),
    ".htm": N_("web page"),
    ".txt": N_("text"),
    ".text": N_("text"),
    ".md": N_("text"),
    ".eml": N_("text"),
    "": N_("text"),
}
Cancelled = Callable[[], bool]
Progress = Callable[[int, int], None]


def agendas_folder(db_path: Path) -> Path:
    """Where agenda files kept by coprep go (the worked example's, for one); the file chooser opens here."""
    return files_folder(Path(db_path)) / "agendas"


def read_agenda_file(
    path: Path, cancelled: Cancelled = lambda: False, progress: Progress = lambda done, total: None
) -> ParsedAgenda:
    return read_agenda(agenda_text(path, cancelled, progress))


def agenda_text(path: Path, cancelled: Cancelled = lambda: False, progress: Progress = lambda done, total: None) -> str:
    """The text of an agenda file, with table rows as tab-separated lines; InputError if it cannot be read."""
    path = Path(path)
    if not path.is_file():
        raise InputError(_("There is no file called {name}.").format(name=path.name))
    suffix = path.suffix.casefold()
    if suffix not in KINDS:
        raise InputError(
            _(
                "coprep cannot read {name}. Save the agenda as a PDF, Word, OpenDocument, web page "
                "(HTML) or text file, or copy its text and paste it."
            ).format(name=path.name)
        )
    if path.stat().st_size > MAX_BYTES:
        raise InputError(
            _(
                "{name} is too big to be an agenda (over 60 MB). Open it, copy the agenda part and paste it instead."
            ).format(name=path.name)
        )
    if suffix in (".docx", ".odt"):
        _refuse_swollen_zip(path, _(KINDS[suffix]))
    try:
        text = {".pdf": _pdf_text, ".docx": _docx_text, ".odt": _odt_text, ".html": _html_text, ".htm": _html_text}.get(
            suffix, _plain_text
        )(path, cancelled, progress)
    except InputError:
        raise
    except Exception:  # a damaged file: any library's own error becomes one plain message
        raise InputError(
            _(
                "{name} looks damaged or is not really a {kind} file, so coprep cannot read it. "
                "Try opening it and copying the agenda's text instead."
            ).format(name=path.name, kind=_(KINDS[suffix]))
        ) from None
    if len(text) > MAX_TEXT:
        raise InputError(
            _("{name} has far more text than an agenda. Copy the agenda part and paste it instead.").format(
                name=path.name
            )
        )
    return text


def _refuse_swollen_zip(path: Path, kind: str) -> None:
    """Word and OpenDocument files are zips: refuse one that would unpack to far more than an agenda."""
    try:
        swollen = swells_when_unpacked(str(path))
    except (zipfile.BadZipFile, OSError):
        swollen = False  # not a zip at all: reading it below gives the plain "looks damaged" message
    if swollen:
        raise InputError(
            _(
                "{name} would take up far more space unpacked than any {kind} agenda needs, so coprep has not "
                "read it. It may be damaged or made to cause trouble. Ask for the agenda as a PDF, or copy and "
                "paste its text."
            ).format(name=path.name, kind=kind)
        )


def _plain_text(path: Path, cancelled: Cancelled, progress: Progress) -> str:
    data = path.read_bytes()
    if b"\0" in data[:4096]:
        raise InputError(
            _("{name} is not a text file. Save the agenda as text, or copy and paste it.").format(name=path.name)
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


# -- PDF ----------------------------------------------------------------------------------------


def _pdf_text(path: Path, cancelled: Cancelled, progress: Progress) -> str:
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    document = pdfium.PdfDocument(str(path))
    try:
        pages: list[list[str]] = []
        for _number, page, text_page in pdf_pages(document, progress, limit=MAX_PAGES):
            if cancelled():
                raise InputError(_("Reading the agenda was stopped."))
            pieces = [
                (*text_page.get_rect(i), text_page.get_text_bounded(*text_page.get_rect(i)).strip())
                for i in range(text_page.count_rects())
            ]
            boxes = [obj.get_bounds() for obj in page.get_objects(filter=[raw.FPDF_PAGEOBJ_PATH])]
            pages.append(page_lines([p for p in pieces if p[4]], boxes))
        return "\n".join(line for lines in without_running_lines(pages) for line in lines)
    finally:
        document.close()


# -- Word and OpenDocument ------------------------------------------------------------------------


def row_lines(cells: list[str]) -> list[str]:
    """A table row as one tab-separated line of each cell's first line; a cell's further lines (a
    description under a title, in the same cell) follow as indented lines of their own."""
    parts = [[" ".join(line.split()) for line in cell.splitlines() if line.strip()] for cell in cells]
    lines = ["\t".join(part[0] if part else "" for part in parts)]
    lines += [f"\t{line}" for part in parts for line in part[1:]]
    return lines


def _docx_text(path: Path, cancelled: Cancelled, progress: Progress) -> str:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    numbers = WordNumbers(document)  # automatic numbering is drawn by Word, not kept in the text
    headings = item_heading_style(document.paragraphs)  # with no numbers, headed paragraphs are the items
    lines = []
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            mark = "• " if headings and block.style is not None and block.style.name == headings else ""
            lines.append(mark + numbers.label(block) + block.text)
        elif isinstance(block, Table):
            for row in block.rows:
                seen, cells = set(), []
                for cell in row.cells:  # a merged cell is listed once per column it spans
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        cells.append("\n".join(numbers.label(p) + p.text for p in cell.paragraphs))
                lines.extend(row_lines(cells))
    return "\n".join(lines)


def _odt_text(path: Path, cancelled: Cancelled, progress: Progress) -> str:
    from odf import teletype
    from odf.namespaces import TABLENS, TEXTNS
    from odf.opendocument import load
    from odf.text import P as Paragraph

    document = load(str(path))
    numbers = OdtNumbers(document)  # a list's numbers are drawn from its style, not kept in the text
    lines: list[str] = []
    label = ""  # the number waiting for a list item's first paragraph

    def walk(node: Any, style: str | None = None, level: int = 0) -> None:  # odfpy nodes have no types
        nonlocal label
        for child in node.childNodes:
            kind = getattr(child, "qname", None)
            if kind in ((TEXTNS, "p"), (TEXTNS, "h")):
                lines.append(label + teletype.extractText(child))
                label = ""
            elif kind == (TEXTNS, "list"):
                inner = child.getAttrNS(TEXTNS, "style-name") or style
                items = [item for item in child.childNodes if getattr(item, "qname", None) == (TEXTNS, "list-item")]
                for count, item in enumerate(items, start=1):
                    label = numbers.label(inner, level + 1, count)
                    walk(item, inner, level + 1)
            elif kind == (TABLENS, "table-row"):
                cells = [
                    "\n".join(teletype.extractText(p) for p in cell.getElementsByType(Paragraph))
                    for cell in child.childNodes
                    if getattr(cell, "qname", None) == (TABLENS, "table-cell")
                ]
                lines.extend(row_lines(cells))
            elif kind is not None:
                walk(child, style, level)

    walk(document.text)
    return "\n".join(lines)


def _html_text(path: Path, cancelled: Cancelled, progress: Progress) -> str:
    return page_text(_plain_text(path, cancelled, progress))
