"""Read the words of a paper, page by page: PDF, Word (.docx), OpenDocument (.odt), text and Markdown.

The kind of file is worked out from what is inside it, not only from its name, because papers
come from email with odd names. Every problem is raised as a PaperError whose message a person
can act on; nothing here writes anything.
"""

import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from coprep.core.storage.zip_bounds import swells_when_unpacked
from coprep.core.text.pdf_pages import pdf_pages
from coprep.i18n import N_, Words, _

if TYPE_CHECKING:
    import pypdfium2 as pdfium

Cancelled = Callable[[], bool]
Progress = Callable[[int, int], None]

# The largest paper coprep takes. Real board packs are rarely over 50 MB; past this it is
# usually a scan or a video sent by mistake.
MAX_PAPER_BYTES = 200 * 1024 * 1024

# The longest paper coprep reads, in words (a long board pack has about 50,000).
MAX_WORDS = 1_000_000
_BYTES_PER_WORD = 16  # a text file longer than MAX_WORDS * this cannot be under the limit

FILE_TYPE_WORDS = Words(
    {
        "pdf": N_("PDF"),
        "docx": N_("Word document"),
        "odt": N_("OpenDocument text"),
        "text": N_("plain text"),
        "markdown": N_("Markdown text"),
    }
)
_SUFFIX_TYPES = {
    ".pdf": "pdf",
    ".docx": "docx",
    ".odt": "odt",
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
}
_WHAT_COPREP_READS = N_("coprep can read PDF, Word (.docx), OpenDocument (.odt), plain text and Markdown files.")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
# A PDF with fewer letters than this per page, on average, is taken as pictures of pages (a scan):
# a typed page has hundreds, a scan at most a stamped "Page 3 of 40".
_SCAN_LETTERS = 10
_SCAN_SAMPLE = 400  # letters are counted in the start of each page only: enough to tell, and quick
_LETTER = re.compile(r"[^\W\d_]")


class PaperError(Exception):
    """A paper cannot be read; the message says so in plain words and what to do."""


class PasswordNeeded(PaperError):
    """The PDF is locked. `wrong` is True when a password was given and did not open it."""

    def __init__(self, message: str, wrong: bool = False) -> None:
        super().__init__(message)
        self.wrong = wrong

    def __reduce__(self) -> tuple[type, tuple[str, bool]]:  # kept whole when it comes back from the reading process
        return type(self), (str(self), self.wrong)


class ImportCancelled(Exception):
    """The person pressed Cancel while a paper was being read."""


@dataclass
class ExtractedDocument:
    """The text of each page (one page for files that have no pages), the kind of file, any notes."""

    pages: list[str]
    file_type: str
    notes: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.pages)


def check_file(path: Path) -> int:
    """The file's size, after refusing a missing, unreadable, empty or too large file."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise PaperError(
            _(
                "coprep cannot find {name} any more. It may have been moved or deleted. Find the file again and add it from where it is now."
            ).format(name=path.name)
        ) from None
    except OSError as error:
        raise PaperError(
            _("coprep cannot open {name}: {value}.").format(name=path.name, value=error.strerror or error)
        ) from None
    if path.is_dir():
        raise PaperError(
            _("{name} is a folder, not a paper. Choose the files inside it instead.").format(name=path.name)
        )
    if size == 0:
        raise PaperError(
            _("{name} is empty: there is nothing in it. Ask the sender to send the paper again.").format(name=path.name)
        )
    if size > MAX_PAPER_BYTES:
        raise PaperError(
            _(
                "{name} is too large for coprep ({value:.0f} MB; the most it takes is {value2} MB). Ask the sender for a smaller copy, or for the paper on its own."
            ).format(name=path.name, value=size / 1024 / 1024, value2=MAX_PAPER_BYTES // 1024 // 1024)
        )
    return size


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return "docx"
            if "mimetype" in names and archive.read("mimetype").strip() == _ODT_MIMETYPE:
                return "odt"
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, KeyError):
        return "damaged zip"
    return "other zip"


def _check_unpacked_size(path: Path) -> None:
    """Refuse a zip that would unpack to far more than a paper, before unpacking any of it."""
    if swells_when_unpacked(str(path)):
        raise PaperError(
            _(
                "{name} would take up far more space unpacked than any paper needs, so coprep has not read it. It may be damaged or made to cause trouble. Ask the sender for the paper as a PDF."
            ).format(name=path.name)
        )


def _too_long(name: str) -> PaperError:
    return PaperError(
        _(
            "{name} is too long for coprep: it reads papers of up to {MAX_WORDS:,} words. Ask the sender for the part that is for your meeting, or split the file into smaller ones."
        ).format(name=name, MAX_WORDS=MAX_WORDS)
    )


def _count_words(text: str) -> int:
    return sum(1 for _word in re.finditer(r"\S+", text))


def detect_type(path: Path) -> str:
    """What the file really is, from its first bytes: pdf, docx, odt, text, old office, zip or unknown."""
    with path.open("rb") as handle:
        head = handle.read(64 * 1024)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _zip_kind(path)
    if head.startswith(_OLE_MAGIC):
        return "old office"
    if b"\x00" not in head:
        return "text"
    return "unknown"


def _choose_type(path: Path) -> str:
    """The type to read the file as, or a PaperError when it is not something coprep can read."""
    named = _SUFFIX_TYPES.get(path.suffix.lower())
    found = detect_type(path)
    if found in ("docx", "odt"):
        _check_unpacked_size(path)
    if found in ("pdf", "docx", "odt"):
        return found
    if found == "old office":
        raise PaperError(
            _(
                "{name} is an older Office file, or one locked with a password. coprep cannot read it. Open it in Word or LibreOffice and save a copy as .docx or PDF (without a password), then add that copy."
            ).format(name=path.name)
        )
    if found == "damaged zip" or named in ("docx", "odt"):
        claimed = FILE_TYPE_WORDS[named] if named in ("docx", "odt") else "document"
        raise PaperError(
            _(
                "{name} looks like a {claimed} but coprep cannot open it: it may be damaged or be another kind of file. Ask the sender to send it again, or save it again as PDF."
            ).format(name=path.name, claimed=claimed)
        )
    if named == "pdf":
        raise PaperError(
            _(
                "{name} is called a PDF, but inside it is not one. It may be damaged or be another kind of file with the wrong name. Ask the sender to send the paper again."
            ).format(name=path.name)
        )
    if found == "text" and (named in ("text", "markdown") or not path.suffix):
        return named or "text"
    raise PaperError(
        _("coprep cannot read {name}. {WHAT_COPREP_READS}").format(
            name=path.name, WHAT_COPREP_READS=_(_WHAT_COPREP_READS)
        )
    )


def _scan_message(name: str) -> str:
    return _(
        "{name} looks like a scan: its pages are pictures, so coprep cannot read its words. "
        "Ask the sender for a copy with text in it, not a scan."
    ).format(name=name)


def damaged(name: str, what: str) -> PaperError:
    """The plain message for a file of this kind that cannot be read."""
    return PaperError(
        _("{name} is damaged, so coprep cannot read this {what}. Ask the sender to send it again.").format(
            name=name, what=what
        )
    )


def clean_pdf_text(text: str) -> str:
    # PDFium marks hyphens it found at line ends with \x02 and uses \r\n between lines.
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\x02", "").replace("\x00", "")


def open_pdf(path: Path, password: str | None = None) -> "pdfium.PdfDocument":
    """Open a PDF with PDFium, turning its refusals (locked, protected, damaged) into plain messages."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    try:
        return pdfium.PdfDocument(str(path), password=password)
    except pdfium.PdfiumError as error:
        if error.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            if password:
                raise PasswordNeeded(
                    _("That password did not open {name}. Check it and try again.").format(name=path.name), wrong=True
                ) from None
            raise PasswordNeeded(
                _("{name} is locked with a password. Type the password the sender gave you to open it.").format(
                    name=path.name
                )
            ) from None
        if error.err_code == pdfium_c.FPDF_ERR_SECURITY:
            raise PaperError(
                _(
                    "{name} is protected in a way coprep cannot open. Ask the sender for a copy without protection."
                ).format(name=path.name)
            ) from None
        raise damaged(path.name, "PDF") from None


def check_not_scanned(name: str, pages: list[str]) -> None:
    """Refuse a PDF whose pages are pictures (a scan): coprep could not read its words."""
    if sum(len(_LETTER.findall(page, 0, _SCAN_SAMPLE)) for page in pages) < _SCAN_LETTERS * len(pages):
        raise PaperError(_scan_message(name))


def _pdf_pages(path: Path, password: str | None, cancelled: Cancelled | None, progress: Progress | None) -> list[str]:
    import pypdfium2 as pdfium

    pdf = open_pdf(path, password)
    pages = []
    try:
        for _index, _page, text_page in pdf_pages(pdf, progress):
            if cancelled and cancelled():
                raise ImportCancelled()
            pages.append(clean_pdf_text(text_page.get_text_bounded()))
    except pdfium.PdfiumError:
        raise damaged(path.name, "PDF") from None
    finally:
        pdf.close()
    if not pages:
        raise damaged(path.name, "PDF")
    check_not_scanned(path.name, pages)
    return pages


def _plain_text(path: Path, notes: list[str]) -> list[str]:
    if path.stat().st_size > MAX_WORDS * _BYTES_PER_WORD:
        raise _too_long(path.name)
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        notes.append(
            _("This file was not saved as UTF-8, so coprep read it as Windows text; a few letters may look wrong.")
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\f")


def extract_pages(
    path: Path, password: str | None = None, cancelled: Cancelled | None = None, progress: Progress | None = None
) -> ExtractedDocument:
    """Read the text of each page of a paper. Raises PaperError (plain message) or ImportCancelled."""
    path = Path(path)
    check_file(path)
    try:
        file_type = _choose_type(path)
        notes: list[str] = []
        if file_type == "pdf":
            pages = _pdf_pages(path, password, cancelled, progress)
        else:
            if cancelled and cancelled():
                raise ImportCancelled()
            if file_type == "docx":
                from coprep.core.papers.office_text import docx_text  # python-docx only when needed

                pages = [docx_text(path)]
            elif file_type == "odt":
                from coprep.core.papers.office_text import odt_text

                pages = [odt_text(path)]
            else:
                pages = _plain_text(path, notes)
            if progress:
                progress(1, 1)
    except FileNotFoundError:
        raise PaperError(
            _("{name} was moved or deleted while coprep was reading it. Add it again.").format(name=path.name)
        ) from None
    except PermissionError:
        raise PaperError(
            _("coprep is not allowed to open {name}. Check who owns the file.").format(name=path.name)
        ) from None
    except (zipfile.BadZipFile, zlib.error, EOFError):
        raise damaged(path.name, FILE_TYPE_WORDS.get(_SUFFIX_TYPES.get(path.suffix.lower(), ""), "file")) from None
    except MemoryError:
        raise _too_long(path.name) from None
    if sum(_count_words(page) for page in pages) > MAX_WORDS:
        raise _too_long(path.name)
    if not any(page.strip() for page in pages):
        raise PaperError(_("{name} has no words in it. Ask the sender to send the paper again.").format(name=path.name))
    return ExtractedDocument(pages, file_type, notes)


def read_document_text(path: Path) -> str:
    """All the words of a paper as one text, for commands that look at a whole file."""
    return extract_pages(path).text
