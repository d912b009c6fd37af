"""The worked example's briefing pack at 12, 16 and 20 pt: no heading ends a page with what it heads
on the next one. Seen at 12 pt: "Words to know" and its two lines of introduction at the foot of a
page, and every word on the next."""

import datetime as dt
import html
import re

import pypdfium2 as pdfium
import pytest

from coprep.core.briefing.pack import BriefingOptions, build_briefing
from coprep.core.demo.worked_example import load_demo
from coprep.core.papers.meeting_words import next_meeting_id
from coprep.ui.shell.print_pdf import save_printable

DAY = dt.date(2026, 12, 7)
# a heading and the block after it (a paragraph, a list entry, a table cell or another heading)
HEADING_THEN = re.compile(
    r"<h[1-4][^>]*>((?:(?!</?h\d).)*)</h[1-4]>\s*(?:<(?:ul|ol|table|tr|thead|tbody)[^>]*>\s*)*"
    r"<(p|li|td|th|h[1-4])[^>]*>(.*?)</\2>",
    re.S,
)


def _words(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _where(pages: list[str], text: str, after: tuple[int, int]) -> tuple[int, int]:
    """(page, place) of the text's first appearance after `after`."""
    page, place = after
    while page < len(pages):
        found = pages[page].find(text, place)
        if found >= 0:
            return page, found + len(text)
        page, place = page + 1, 0
    raise AssertionError(f"{text!r} is not in the PDF after page {after[0] + 1}")


@pytest.mark.parametrize("large_print", [None, 16, 20])
def test_no_heading_ends_a_page_of_the_worked_example_s_pack(ws, tmp_path, qapp, today, large_print):
    today(DAY)
    load_demo(ws, today=DAY)
    pack = build_briefing(ws.db, next_meeting_id(ws.db), BriefingOptions(large_print=large_print))
    path = tmp_path / "pack.pdf"
    save_printable(pack, path)
    pdf = pdfium.PdfDocument(path)
    pages = [" ".join(pdf[number].get_textpage().get_text_range().split()) for number in range(len(pdf))]
    pdf.close()
    pairs = [(_words(heading), _words(after)) for heading, _tag, after in HEADING_THEN.findall(pack.html)]
    assert len(pairs) > 20  # the headings of every part and every item
    place = (0, 0)
    for heading, after in pairs:
        heading_at = _where(pages, heading, place)
        after_at = _where(pages, after[:30], heading_at)
        assert after_at[0] == heading_at[0], f"{heading!r} ends page {heading_at[0] + 1}; {after[:30]!r} is on the next"
        place = heading_at
    # "Words to know" and its introduction are on the page with the first word
    first_word = re.search(r"Words to know</h2>\s*<p>.*?</p>\s*<p><strong>(.*?)</strong>", pack.html, re.S)
    assert first_word is not None
    assert _where(pages, "Words to know", (0, 0))[0] == _where(pages, _words(first_word[1]) + ":", (0, 0))[0]
