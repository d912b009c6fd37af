"""Rendered packs read back with pypdfium2: every fragment at the chosen size or larger (header and
page numbers too), no italic fonts in large print, no page more than half empty but the last, no
ligatures, title, author and language set, and nothing private in a shared pack."""

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest
from briefing_example import PRIVATE, add_example_meeting

from coprep.core.briefing.pack import BriefingOptions, build_briefing
from coprep.core.meetings import meetings
from coprep.core.money.claims import add_claim, add_item
from coprep.core.storage.settings import PERSON_NAME, set_setting
from coprep.ui.shell.print_pdf import save_printable


def _pdf(ws, meeting, tmp_path, **options):
    pack = build_briefing(ws.db, meeting, BriefingOptions(**options))
    path = tmp_path / f"pack-{len(list(tmp_path.iterdir()))}.pdf"
    save_printable(pack, path)
    return pdfium.PdfDocument(path), path


def _fonts(text_page) -> list[tuple[float, str]]:
    """(size in points, font name) of every character that is not a space."""
    found = []
    buffer = ctypes.create_string_buffer(256)
    for index in range(text_page.count_chars()):
        if chr(raw.FPDFText_GetUnicode(text_page, index)).isspace():
            continue
        raw.FPDFText_GetFontInfo(text_page, index, buffer, 256, None)
        found.append((raw.FPDFText_GetFontSize(text_page, index), buffer.value.decode("latin-1")))
    return found


def _filled(page) -> float:
    """How far down the page the lowest text reaches, as a part of the space between the header and footer."""
    text_page = page.get_textpage()
    _width, height = page.get_size()
    bottoms = []
    for index in range(text_page.count_chars()):
        box = text_page.get_charbox(index)
        bottoms.append(box[1])
    body = sorted(set(round(b) for b in bottoms))
    footer, lowest_body = body[0], next(b for b in body if b > body[0] + 5)
    return (height - lowest_body) / (height - footer)


@pytest.mark.parametrize("size", [None, 16, 20])
def test_every_word_is_at_the_size_with_no_italics_and_no_half_empty_pages(ws, tmp_path, qapp, size):
    meeting = add_example_meeting(ws)
    for number in range(8):
        meetings.add_item(
            ws,
            meeting,
            f"Topic {number} on the 65-week waits",
            presenter="Director of Finance",
            description="What the paper says, over a few words. " * 4,
        )
    pdf, _path = _pdf(ws, meeting, tmp_path, large_print=size)
    for number in range(len(pdf)):
        fonts = _fonts(pdf[number].get_textpage())
        assert min(pt for pt, _ in fonts) >= (size or 12) - 0.1
        if size:
            assert not [name for _, name in fonts if "oblique" in name.lower() or "italic" in name.lower()]
        if number < len(pdf) - 1:
            assert _filled(pdf[number]) > 0.5, f"page {number + 1} is more than half empty"
    text = " ".join(pdf[n].get_textpage().get_text_range() for n in range(len(pdf)))
    assert not any(ligature in text for ligature in "ﬀﬁﬂﬃﬄ")
    pdf.close()


def test_the_pdf_has_a_title_author_and_language(ws, tmp_path, qapp):
    meeting = add_example_meeting(ws)
    set_setting(ws.db, PERSON_NAME, "Sam Jones")
    pdf, path = _pdf(ws, meeting, tmp_path)
    data = pdf.get_metadata_dict()
    assert data["Title"] == "Quality Committee, 14 July 2026" and data["Author"] == "Sam Jones"
    assert b"<dc:language><rdf:Bag><rdf:li>en-GB" in path.read_bytes()
    size = raw.FPDFCatalog_GetLanguage(pdf.raw, None, 0)
    language = ctypes.create_string_buffer(size)
    raw.FPDFCatalog_GetLanguage(pdf.raw, ctypes.cast(language, ctypes.POINTER(ctypes.c_ushort)), size)
    assert language.raw.decode("utf-16-le").rstrip("\0") == "en-GB"  # /Lang in the catalogue
    assert not list(tmp_path.glob("*.part"))
    pdf.close()


def test_a_shared_pdf_holds_no_notes_money_ratings_or_private_role_notes(ws, tmp_path, qapp):
    meeting = add_example_meeting(ws)
    found = meetings.get_meeting(ws.db, meeting)
    earlier = meetings.add_meeting(ws, found.committee_id, "2026-06-01", status="held")
    from coprep.core.fairness import conditions

    chair = next(c.id for c in conditions.list_conditions(ws.db) if c.key == "chair_invited_view")
    conditions.rate(ws, earlier, chair, "not_met", "")
    meetings.update_committee(
        ws,
        found.committee_id,
        role_notes=(
            "## What am I here for?\nTo speak for carers.\nPrivate: I find the chair PRIVATE-ROLE.\n\n"
            "## Private thoughts\nPRIVATE-SECTION\n"
        ),
    )
    claim = add_claim(ws, committee_id=found.committee_id)
    add_item(ws, claim, "train", amount_pence="23.40")
    own, _ = _pdf(ws, meeting, tmp_path)
    own_text = " ".join(own[n].get_textpage().get_text_range() for n in range(len(own)))
    assert "£23.40" in own_text and "not met last time" in own_text and "PRIVATE-ROLE" in own_text
    shared, _ = _pdf(ws, meeting, tmp_path, include_private=False)
    pages = [shared[n].get_textpage().get_text_range() for n in range(len(shared))]
    text = " ".join(pages)
    assert "To speak for carers." in text
    for private in (*PRIVATE, "£", "not met last time", "PRIVATE-ROLE", "PRIVATE-SECTION", "Expense claims"):
        assert private not in text
    assert all(page.startswith("Shareable copy") for page in pages)
    assert all(own[n].get_textpage().get_text_range().startswith("Private: my own notes") for n in range(len(own)))
    own.close()
    shared.close()
