"""Automatic numbering in Word and OpenDocument: the numbers drawn before list paragraphs reach the reader."""

import docx
import pytest

from coprep.core.meetings.agenda_files import agenda_text, read_agenda_file
from coprep.core.meetings.agenda_numbering import _formatted


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


def test_opendocument_lists_get_their_numbers_and_letters(tmp_path):
    from odf.opendocument import OpenDocumentText
    from odf.text import List, ListItem, ListLevelStyleNumber, ListStyle, P

    document = OpenDocumentText()
    style = ListStyle(name="L1")
    style.addElement(ListLevelStyleNumber(level=1, numformat="1", numsuffix="."))
    style.addElement(ListLevelStyleNumber(level=2, numformat="a", numsuffix=")"))
    document.automaticstyles.addElement(style)
    document.text.addElement(P(text="Carers Forum, 12 May 2026"))
    outer = List(stylename="L1")
    for title, parts in [("Welcome", []), ("Updates", ["Parking", "Food"]), ("AOB", [])]:
        item = ListItem()
        item.addElement(P(text=title))
        if parts:
            inner = List()
            for part in parts:
                sub = ListItem()
                sub.addElement(P(text=part))
                inner.addElement(sub)
            item.addElement(inner)
        outer.addElement(item)
    document.text.addElement(outer)
    document.save(str(tmp_path / "forum.odt"))
    assert agenda_text(tmp_path / "forum.odt").splitlines() == [
        "Carers Forum, 12 May 2026",
        "1. Welcome",
        "2. Updates",
        "a) Parking",
        "b) Food",
        "3. AOB",
    ]
    assert [(i.number, i.title) for i in read_agenda_file(tmp_path / "forum.odt").items] == [
        ("1", "Welcome"),
        ("2", "Updates"),
        ("a", "Parking"),
        ("b", "Food"),
        ("3", "AOB"),
    ]


def test_word_headings_are_the_items_of_an_agenda_with_no_numbers(tmp_path):
    document = docx.Document()
    document.add_paragraph("Ashcombe Patient Forum", style="Title")
    document.add_paragraph("Wednesday 4 March 2026, 2pm to 4pm, Room 4, Ashcombe Hospital")
    for title, lines in [
        ("Welcome and apologies", ["The Chair will welcome members."]),
        ("Fundraising report", ["Presented by: Director of Fundraising", "A summary of income so far."]),
        ("Any other business", []),
    ]:
        document.add_paragraph(title, style="Heading 2")
        for line in lines:
            document.add_paragraph(line)
    document.save(tmp_path / "forum.docx")
    agenda = read_agenda_file(tmp_path / "forum.docx")
    assert [(i.title, i.presenter, i.description) for i in agenda.items] == [
        ("Welcome and apologies", "", "The Chair will welcome members."),
        (
            "Fundraising report",
            "Director of Fundraising",
            "A summary of income so far.",
        ),
        ("Any other business", "", ""),
    ]
    assert (agenda.meeting.committee, agenda.meeting.place) == ("Ashcombe Patient Forum", "Room 4, Ashcombe Hospital")


def test_a_single_heading_marks_no_items(tmp_path):
    document = docx.Document()
    document.add_paragraph("Agenda", style="Heading 1")
    document.add_paragraph("1. Welcome")
    document.save(tmp_path / "one.docx")
    assert agenda_text(tmp_path / "one.docx") == "Agenda\n1. Welcome"
