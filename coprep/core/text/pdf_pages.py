"""Walk a PDF's pages one at a time, for the paper, pack and agenda readers.

Each page and its text layer are closed as soon as the reader has used them, so a 300-page pack
never holds every page in memory, and progress is told after each page. Readers check the
person's Cancel at the top of their loop: leaving the loop early still closes the open page.
"""

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pypdfium2 as pdfium


def pdf_pages(
    document: "pdfium.PdfDocument", progress: Callable[[int, int], None] | None = None, limit: int | None = None
) -> Iterator[tuple[int, "pdfium.PdfPage", "pdfium.PdfTextPage"]]:
    """Each page's index, the page and its text layer, up to `limit` pages."""
    total = len(document) if limit is None else min(len(document), limit)
    for index in range(total):
        page = document[index]
        text_page = page.get_textpage()
        try:
            yield index, page, text_page
        finally:
            text_page.close()
            page.close()
        if progress:
            progress(index + 1, total)
