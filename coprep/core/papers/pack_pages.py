"""Read a meeting pack's pages once: the words, the header and footer, the bookmarks, the printed page numbers.

People quote "page 23 of the pack", the number printed in a page's footer or header, which is not the
PDF's own page index: the front sheet (and often the agenda) has none, blank separator pages may or may
not be counted, and some papers carry their own numbers from 1 beside the pack's. So each page's
printed number is worked out from the numbers found in its header and footer, following the run of
numbers from page to page (its offset from the PDF index may change at an uncounted page).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from coprep.core.papers.extract import (
    Cancelled,
    ImportCancelled,
    PaperError,
    Progress,
    check_not_scanned,
    clean_pdf_text,
    open_pdf,
)
from coprep.core.text.pdf_pages import pdf_pages
from coprep.i18n import _

# Headers and footers sit in the top and bottom 7.5% of a page: about 22 mm of A4, above and below
# the body text of every pack seen.
_BAND = 0.075
_PAGE_WORD = re.compile(r"\bpage\s+(\d{1,4})\b", re.I)
_BARE_NUMBER = re.compile(r"^[\s\-–—]*(\d{1,4})[\s\-–—]*$")
_LETTER = re.compile(r"[^\W\d_]")
_BLANK_WORDS = re.compile(r"intentionally\s+(?:left\s+)?blank|blank\s+page", re.I)


@dataclass
class PackPage:
    """One page: its whole text, the text of its header and footer bands, and its printed number."""

    index: int  # the PDF's own index, from 0
    text: str
    edges: str  # header and footer text, header first
    printed: int | None = None

    @property
    def body_lines(self) -> list[str]:
        """The page's lines without those of its header and footer."""
        edge = {line.strip() for line in self.edges.splitlines() if line.strip()}
        return [line.strip() for line in self.text.splitlines() if line.strip() and line.strip() not in edge]

    @property
    def lines(self) -> list[str]:
        """All the page's lines but its page-number lines: a heading may sit as high as a header."""
        numbered = {line.strip() for line in self.edges.splitlines() if number_candidates(line)}
        return [line.strip() for line in self.text.splitlines() if line.strip() and line.strip() not in numbered]

    @property
    def is_blank(self) -> bool:
        """True for an empty page or a "this page is intentionally left blank" separator."""
        body = " ".join(self.body_lines)
        letters = len(_LETTER.findall(body))
        return letters < 20 or (letters < 80 and _BLANK_WORDS.search(body) is not None)

    def first_lines(self, count: int = 3) -> list[str]:
        return self.body_lines[:count]


@dataclass
class Bookmark:
    title: str
    level: int
    index: int  # the PDF page it opens, from 0


@dataclass
class PackDocument:
    name: str
    pages: list[PackPage]
    bookmarks: list[Bookmark] = field(default_factory=list)

    def printed_label(self, index: int) -> str:
        """How a page is named to a person: "page 23 of the pack (PDF page 25)" or "PDF page 2"."""
        return printed_label(self.pages[index].printed, index)

    def index_of_printed(self, number: int, after: int = -1) -> int | None:
        """The first PDF page after `after` whose printed number is `number`."""
        return next((page.index for page in self.pages if page.index > after and page.printed == number), None)


def printed_label(printed: int | None, index: int) -> str:
    """A page named as people in the meeting name it, with the PDF's own page number beside it."""
    if printed is None:
        return _("PDF page {pdf}").format(pdf=index + 1)
    return _("page {printed} of the pack (PDF page {pdf})").format(printed=printed, pdf=index + 1)


def number_candidates(edges: str) -> list[int]:
    """Numbers in a header or footer that may be its page number ("Page 23", "Page 3 of 8", "- 23 -")."""
    found = [int(number) for number in _PAGE_WORD.findall(edges)]
    found += [int(m.group(1)) for line in edges.splitlines() if (m := _BARE_NUMBER.match(line))]
    return [number for number in dict.fromkeys(found) if number > 0]


def printed_numbers(candidates: list[list[int]]) -> list[int | None]:
    """Choose each page's printed number from its candidates, following the run from page to page.

    A page continues the run when it has the number expected from the last numbered page (the same
    offset) or one more than that page's number (uncounted pages between). Otherwise it starts the
    candidate whose run of following numbers is longest, so a paper's own "Page 1 of 5" beside the
    pack's "Page 23" does not break the pack's run.
    """
    runs: list[dict[int, int]] = [{} for _ in candidates]
    for i in range(len(candidates) - 1, -1, -1):
        following = runs[i + 1] if i + 1 < len(candidates) else {}
        runs[i] = {n: 1 + following.get(n + 1, 0) for n in candidates[i]}
    chosen: list[int | None] = []
    last: tuple[int, int] | None = None  # (page index, its number)
    for i, numbers in enumerate(candidates):
        pick = None
        if last is not None:
            same_offset, next_one = last[1] + i - last[0], last[1] + 1
            pick = same_offset if same_offset in numbers else next_one if next_one in numbers else None
        if pick is None and numbers:
            pick = max(numbers, key=lambda n: (runs[i][n], -n))
        chosen.append(pick)
        if pick is not None:
            last = (i, pick)
    return chosen


def read_pack(
    path: Path, password: str | None = None, cancelled: Cancelled | None = None, progress: Progress | None = None
) -> PackDocument:
    """Read every page of a PDF pack. Raises PaperError (plain message) or ImportCancelled."""
    path = Path(path)
    pdf = open_pdf(path, password)
    import pypdfium2 as pdfium

    pages = []
    try:
        for index, page, text_page in pdf_pages(pdf, progress):
            if cancelled and cancelled():
                raise ImportCancelled()
            width, height = page.get_size()
            text = text_page.get_text_bounded()
            top = text_page.get_text_bounded(top=height, bottom=height * (1 - _BAND))
            bottom = text_page.get_text_bounded(top=height * _BAND, bottom=0)
            pages.append(PackPage(index, clean_pdf_text(text), clean_pdf_text(top + "\n" + bottom)))
        bookmarks = [
            Bookmark(mark.get_title().strip(), mark.level, mark.get_dest().get_index())
            for mark in pdf.get_toc()
            if mark.get_dest() is not None
        ]
    except pdfium.PdfiumError:
        raise PaperError(
            _("{name} is damaged, so coprep cannot read this PDF. Ask the sender to send it again.").format(
                name=path.name
            )
        ) from None
    finally:
        pdf.close()
    if not pages:
        raise PaperError(_("{name} has no pages. Ask the sender to send the pack again.").format(name=path.name))
    check_not_scanned(path.name, [page.text for page in pages])
    for page, number in zip(pages, printed_numbers([number_candidates(page.edges) for page in pages]), strict=True):
        page.printed = number
    return PackDocument(path.name, pages, bookmarks)
