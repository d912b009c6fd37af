"""Agenda files of every kind become the same text; bad files get a plain message, never a traceback."""

from pathlib import Path

import pytest
from fpdf import FPDF

from coprep.core.meetings.agenda_files import MAX_PAGES, agenda_text, read_agenda_file
from coprep.core.storage.validate import InputError

CORPUS = Path(__file__).parents[2] / "data" / "agendas"


def test_pdf_table_with_wrapped_cells_keeps_each_cell_whole():
    items = read_agenda_file(CORPUS / "trust_board_wrapped_pdf.pdf").items
    register = items[3]
    assert (register.number, register.title) == ("4", "Register of members' interests for this meeting")
    assert (register.presenter, register.purpose, register.papers) == ("Chair", "information", "QC24/004")
    assert items[4].presenter == "Director of Nursing and Quality"


def test_pdf_without_cell_borders_is_read_by_word_positions(tmp_path):
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    rows = [
        ("1.", "Register of", "Chair"),
        ("", "members' interests", ""),
        ("2.", "Budget for the", "Director of"),
        ("", "year", "Finance"),
    ]  # cells wrapped as a 30 mm column would wrap them
    for y, (number, title, lead) in enumerate(rows):
        for x, text in ((10, number), (20, title), (52, lead)):
            pdf.text(x, 20 + y * 6, text)
    path = tmp_path / "plain.pdf"
    pdf.output(str(path))
    items = read_agenda_file(path).items
    assert [(i.title, i.presenter) for i in items] == [
        ("Register of members' interests", "Chair"),
        ("Budget for the year", "Director of Finance"),
    ]


@pytest.mark.parametrize(
    "name, first",
    [
        ("icb_committee_docx.docx", ("FIC 25/41", "Welcome and apologies", "Chair", "information")),
        ("healthwatch_table_odt.odt", ("1", "Welcome and apologies", "Chair", "information")),
        ("board_agenda_table_html.html", ("1", "Welcome and apologies", "Chair", "information")),
        ("ppg_paragraphs_docx.docx", ("1", "Welcome and apologies", "", None)),
    ],
)
def test_word_opendocument_and_web_page_tables(name, first):
    item = read_agenda_file(CORPUS / name).items[0]
    assert (item.number, item.title, item.presenter, item.purpose) == first


def test_web_page_menus_scripts_and_footers_are_left_out():
    text = agenda_text(CORPUS / "board_agenda_table_html.html")
    assert "tracking" not in text and "Cookies" not in text and "Home" not in text
    assert "10:00\t1. Welcome and apologies\tChair\tNote\tVerbal" in text.splitlines()


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("agenda.pdf", b"%PDF-1.4 this is not really a pdf", "looks damaged"),
        ("agenda.docx", b"PK\x03\x04 not a zip", "looks damaged"),
        ("agenda.odt", b"not a document", "looks damaged"),
        ("agenda.txt", b"\x00\x01\x02binary", "not a text file"),
        ("agenda.xlsx", b"anything", "cannot read agenda.xlsx"),
    ],
)
def test_broken_or_unknown_files_get_a_plain_message(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_agenda_file(path)


def test_a_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "pack.pdf"
    with path.open("wb") as out:
        out.truncate(61 * 1024 * 1024)  # sparse: no time spent writing
    with pytest.raises(InputError, match="too big"):
        read_agenda_file(path)


def test_a_missing_file(tmp_path):
    with pytest.raises(InputError, match="no file called"):
        read_agenda_file(tmp_path / "gone.pdf")


def test_windows_text_is_read_too(tmp_path):
    path = tmp_path / "agenda.txt"
    path.write_bytes("1. Caf\xe9 visit \x96 Chair\n".encode("latin-1"))
    item = read_agenda_file(path).items[0]
    assert (item.title, item.presenter) == ("Café visit", "Chair")


def test_long_pdf_reads_only_the_front_pages_and_can_be_stopped(tmp_path):
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for page in range(MAX_PAGES + 5):
        pdf.add_page()
        pdf.text(20, 20, f"{page + 1}. Item on page {page + 1}")
    path = tmp_path / "pack.pdf"
    pdf.output(str(path))
    seen = []
    items = read_agenda_file(path, progress=lambda done, total: seen.append((done, total))).items
    assert len(items) == MAX_PAGES and seen[-1] == (MAX_PAGES, MAX_PAGES)
    with pytest.raises(InputError, match="stopped"):
        read_agenda_file(path, cancelled=lambda: True)
