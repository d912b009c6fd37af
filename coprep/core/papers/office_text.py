"""The words of Word (.docx) and OpenDocument (.odt) papers, in reading order."""

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coprep.core.papers.extract import PaperError, damaged
from coprep.i18n import _

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.table import _Cell


def _docx_lines(container: "DocxDocument | _Cell") -> Iterator[str]:
    """Paragraphs and table cells in reading order; a merged cell is read once."""
    from docx.text.paragraph import Paragraph

    for block in container.iter_inner_content():
        if isinstance(block, Paragraph):
            yield block.text
            continue
        for row in block.rows:
            seen = set()
            for cell in row.cells:
                if id(cell._tc) not in seen:
                    seen.add(id(cell._tc))
                    yield from _docx_lines(cell)


def docx_text(path: Path) -> str:
    import docx

    try:
        return "\n".join(_docx_lines(docx.Document(str(path))))
    except Exception:  # python-docx raises many kinds (zip, XML, key) for a broken file
        raise damaged(path.name, _("Word document")) from None


def odt_text(path: Path) -> str:
    from odf import teletype
    from odf.namespaces import TEXTNS
    from odf.opendocument import load

    with zipfile.ZipFile(path) as archive:
        manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in archive.namelist() else b""
    if b"encryption-data" in manifest:
        raise PaperError(
            _(
                "{name} is locked with a password. Open it in LibreOffice, save a copy without the password, and add that copy."
            ).format(name=path.name)
        )
    paragraphs = {(TEXTNS, "p"), (TEXTNS, "h")}

    def walk(node: Any) -> Iterator[str]:
        for child in node.childNodes:
            if getattr(child, "qname", None) in paragraphs:
                yield teletype.extractText(child)
            else:
                yield from walk(child)

    try:
        return "\n".join(walk(load(str(path)).text))
    except Exception:  # odfpy raises many kinds (zip, SAX, attribute) for a broken file
        raise damaged(path.name, _("OpenDocument file")) from None
