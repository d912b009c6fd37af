"""Word's automatic numbering: the numbers Word draws before list paragraphs reach the agenda reader."""

import docx
import pytest

from coprep.core.meetings.agenda_files import agenda_text, read_agenda_file
from coprep.core.meetings.agenda_word import _formatted


def test_numbered_paragraphs_and_cells_get_the_numbers_word_shows(tmp_path):
    document = docx.Document()
    document.add_paragraph("Patient Panel")
    document.add_paragraph("Date: 12 May 2026, 2pm to 4pm")
    for title in ["Welcome and apologies", "Car parking – Estates Manager"]:
        document.add_paragraph(title, style="List Number")
    document.add_paragraph("Tea and cake", style="List Bullet")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).paragraphs[0].style = document.styles["List Number"]
    table.cell(0, 1).text = "Any other business"
    document.save(tmp_path / "panel.docx")
    assert agenda_text(tmp_path / "panel.docx").splitlines()[2:] == [
        "1. Welcome and apologies",
        "2. Car parking – Estates Manager",
        "• Tea and cake",
        "3.\tAny other business",
    ]
    agenda = read_agenda_file(tmp_path / "panel.docx")
    assert [(i.number, i.title, i.presenter) for i in agenda.items] == [
        ("1", "Welcome and apologies", ""),
        ("2", "Car parking", "Estates Manager"),
        ("3", "Any other business", ""),
    ]
    assert "Tea and cake" in agenda.items[1].description


def test_plain_paragraphs_get_no_number(tmp_path):
    document = docx.Document()
    document.add_paragraph("Welcome")
    document.add_paragraph("Minutes")
    document.save(tmp_path / "plain.docx")
    assert agenda_text(tmp_path / "plain.docx") == "Welcome\nMinutes"


@pytest.mark.parametrize(
    ("value", "number_format", "shown"),
    [
        (3, "decimal", "3"),
        (2, "lowerLetter", "b"),
        (3, "upperLetter", "C"),
        (4, "lowerRoman", "iv"),
        (9, "upperRoman", "IX"),
    ],
)
def test_number_formats(value, number_format, shown):
    assert _formatted(value, number_format) == shown
