"""Layout read back from real PDFs: a long table carries on over pages with its header row again,
hyphenated words stay whole, the Markdown pack holds no live HTML, and the involvement record
prints at every text size with its table made into lists when the columns would not fit."""

import datetime as dt
import re

import pypdfium2 as pdfium
import pytest
from briefing_example import add_example_meeting

from coprep.core.briefing.pack import BriefingOptions, build_briefing
from coprep.core.meetings import meetings
from coprep.core.money.activities import add_activity
from coprep.core.money.involvement_record import involvement_record
from coprep.core.text.print_html import Printable, print_html
from coprep.ui.shell.print_pdf import save_printable


def _pages(path) -> list[str]:
    pdf = pdfium.PdfDocument(path)
    pages = [" ".join(pdf[n].get_textpage().get_text_range().split()) for n in range(len(pdf))]
    pdf.close()
    return pages


def test_a_long_table_repeats_its_header_row_on_every_page(tmp_path, qapp):
    rows = "\n".join(f"| Row {number} | Something said about row {number} |" for number in range(120))
    markdown = f"# Many rows\n\n| Name | What |\n|---|---|\n{rows}\n"
    path = tmp_path / "table.pdf"
    pages = save_printable(Printable("Rows", "rows", markdown, print_html(markdown, "Rows")), path)
    text = _pages(path)
    assert pages == len(text) >= 3
    for page in text[1:]:
        assert re.match(
            r"Rows Page \d+ of \d+ Name What Row \d+ ", page
        )  # header band, footer, then the table's header
    everything = " ".join(text)
    assert all(everything.count(f"Row {number} ") == 1 for number in range(120))  # each row once, whole


def test_words_joined_by_a_hyphen_are_never_split_at_the_line_end(ws, tmp_path, qapp):
    meeting = add_example_meeting(ws)
    meetings.add_item(ws, meeting, "Waits " + "of the 65-week and 52-week lists " * 6)
    for size in (None, 16, 20):
        pack = build_briefing(ws.db, meeting, BriefingOptions(sections={"agenda"}, large_print=size))
        path = tmp_path / f"hyphens-{size}.pdf"
        save_printable(pack, path)
        pdf = pdfium.PdfDocument(path)
        for number in range(len(pdf)):
            lines = pdf[number].get_textpage().get_text_range().splitlines()
            assert not [line for line in lines if line.rstrip().endswith(("65-", "52-"))]
        assert "65-week" in " ".join(_pages(path))  # the joiner is not part of the words
        pdf.close()


def test_the_markdown_pack_holds_no_script_from_notes(ws):
    meeting = add_example_meeting(ws)
    item = meetings.agenda(ws.db, meeting)[1].id
    meetings.update_item(ws, item, notes="Look <script>alert(1)</script><b onclick='x()'>here</b>")
    markdown = build_briefing(ws.db, meeting).markdown
    assert "<script" not in markdown and "onclick" not in markdown and "Look" in markdown


@pytest.mark.parametrize("size", [None, 16, 20])
def test_the_involvement_record_prints_at_every_text_size(ws, tmp_path, qapp, size):
    committee = meetings.add_committee(ws, "Quality and Performance Committee", organisation="NHS Riverside ICB")
    for day in ("2026-05-05", "2026-06-02"):
        add_activity(
            ws,
            date=day,
            kind="meeting",
            committee_id=committee,
            organisation="NHS Riverside ICB",
            minutes_taking_part=150,
        )
    add_activity(
        ws,
        date="2026-07-01",
        kind="training",
        organisation="Northfield University Clinical Trials Unit",
        minutes_taking_part=90,
    )
    record = involvement_record(ws.db, dt.date(2026, 4, 6), dt.date(2027, 4, 5), large_print=size)
    path = tmp_path / f"record-{size}.pdf"
    assert save_printable(record, path) >= 1
    text = " ".join(_pages(path))
    assert "My involvement record" in text and "5 May 2026" in text and "2 June 2026" in text
    other = record.markdown.split("## Other involvement")[1]
    assert ("Time given:" in other) == (size == 20)  # its three columns fit at 12 and 16 point, not at 20
    assert "Northfield University Clinical Trials Unit" in text
