"""The briefing pack as a PDF, made by the same function the window's Save as PDF uses, read back
with pypdfium2: agenda in order, words to know with their meanings, private words left out, A4
pages, a running header and page numbers, items kept whole, and larger text in large print."""

import pypdfium2 as pdfium
import pytest
from briefing_example import PRIVATE, TITLES, add_example_meeting

from coprep.core.briefing.pack import BriefingOptions, build_briefing
from coprep.core.meetings import meetings
from coprep.ui.shell.print_pdf import html_to_pdf, save_printable

NAMES = [
    "Alpha",
    "Bravo",
    "Charlie",
    "Delta",
    "Echo",
    "Foxtrot",
    "Golf",
    "Hotel",
    "India",
    "Juliet",
    "Kilo",
    "Lima",
    "Mike",
    "November",
]


def _pdf(ws, meeting, tmp_path, **options):
    pack = build_briefing(ws.db, meeting, BriefingOptions(**options))
    path = tmp_path / f"pack-{len(list(tmp_path.iterdir()))}.pdf"
    pages = save_printable(pack, path, pack_size := options.get("page_size", "A4"))
    assert pack_size in ("A4", "Letter")
    return pdfium.PdfDocument(path), pages


def _pages(pdf) -> list[str]:
    """Each page's text with its line breaks made into spaces."""
    return [" ".join(pdf[number].get_textpage().get_text_range().split()) for number in range(len(pdf))]


def _letter_height(pdf, words: str) -> float:
    """How tall the first letter of the words is on the page where they first appear."""
    for number in range(len(pdf)):
        text_page = pdf[number].get_textpage()
        start = text_page.get_text_range().find(words)
        if start >= 0:
            _left, bottom, _right, top = text_page.get_charbox(start)
            return top - bottom
    raise AssertionError(f"{words!r} is not in the PDF")


def test_the_pdf_holds_the_agenda_in_order_the_words_and_their_meanings(ws, tmp_path, qapp):
    meeting = add_example_meeting(ws)
    pdf, count = _pdf(ws, meeting, tmp_path)
    pages = _pages(pdf)
    assert count == len(pdf) >= 2  # the parts follow one another: no half-empty pages
    for page in pdf:
        width, height = page.get_size()
        assert width == pytest.approx(595, abs=1) and height == pytest.approx(842, abs=1)  # A4
    for number, text in enumerate(pages, start=1):
        assert text.startswith("Private: my own notes · Quality Committee, 14 July 2026")  # the running header
        assert f"Page {number} of {len(pages)}" in text
    agenda = " ".join(pages).split(" The agenda ", 1)[1].split("Words to know")[0]
    places = [agenda.find(f"{number}. {title}") for number, title in zip("123", TITLES, strict=False)]
    assert -1 not in places and places == sorted(places)
    words = " ".join(pages).split("Words to know", 1)[1]
    assert "Referral to treatment (written “RTT”): The time from when you are sent to hospital" in words
    assert "Sepsis" in words and "Minutes:" not in words
    assert "PRIVATE-NOTE" in agenda and "PRIVATE-QUESTION" in agenda
    pdf.close()


def test_private_notes_are_not_in_a_shared_pdf(ws, tmp_path, qapp):
    meeting = add_example_meeting(ws)
    pdf, _ = _pdf(ws, meeting, tmp_path, include_private=False)
    text = " ".join(_pages(pdf))
    assert TITLES[1] in text and "leaves out my private notes" in text
    assert not any(word in text for word in PRIVATE) and "sepsis" not in text.lower()
    pdf.close()


def test_large_print_is_larger_and_takes_more_pages(ws, tmp_path, qapp):
    meeting = add_example_meeting(ws)
    normal, normal_pages = _pdf(ws, meeting, tmp_path, sections={"agenda", "words"})
    large, large_pages = _pdf(ws, meeting, tmp_path, sections={"agenda", "words"}, large_print=20)
    normal_height = _letter_height(normal, "The plan to cut long waits")
    assert _letter_height(large, "The plan to cut long waits") / normal_height == pytest.approx(20 / 12, rel=0.1)
    assert large_pages > normal_pages
    normal.close()
    large.close()


def test_an_item_is_not_split_between_pages_when_it_fits_on_one(ws, tmp_path, qapp):
    meeting = add_example_meeting(ws)
    for name in NAMES:
        meetings.add_item(
            ws,
            meeting,
            f"Topic {name}",
            presenter=f"Presenter {name}",
            description=f"What the {name} paper says, over a few words. " * 3,
        )
    for options in ({}, {"large_print": 16}):
        pdf, _ = _pdf(ws, meeting, tmp_path, sections={"agenda", "writing"}, **options)
        pages = _pages(pdf)
        for name in NAMES:
            heading_page = next(number for number, text in enumerate(pages) if f"Topic {name}" in text)
            assert f"Presenter {name}" in pages[heading_page]
            assert f"What the {name} paper says" in pages[heading_page]
        pdf.close()


def test_a_pdf_that_cannot_be_written_raises_os_error(tmp_path, qapp):
    with pytest.raises(OSError):
        html_to_pdf("<p>Hello</p>", tmp_path / "missing" / "x.pdf")
