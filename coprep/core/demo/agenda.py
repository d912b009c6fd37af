"""The worked example's agenda file: a PDF in a column table whose cells wrap, as board packs print them.

It is for a meeting coprep does not have yet, so a newcomer can choose "New meeting from an agenda…"
(the file chooser opens in the folder it is in) and see the meeting, its date and its items read
back, wrapped titles and presenters whole.
"""

import datetime as dt
from pathlib import Path

from coprep.core.meetings.agenda_files import agendas_folder

COMMITTEE = "Health and Adult Social Care Scrutiny Panel"
ORGANISATION = "Riverford City Council"
PLACE = "Committee Room 2, Riverford Civic Centre"
COLUMNS = (("Time", 18), ("Item", 78), ("Lead", 42), ("Purpose", 26), ("Paper", 22))
ITEMS = (
    ("14:00", "1. Apologies for absence and declarations of interest", "Chair", "Note", "Verbal"),
    ("14:05", "2. Minutes of the last meeting and the panel's action tracker", "Scrutiny Officer", "Approve", "A"),
    (
        "14:15",
        "3. Getting home from hospital: what patients and carers told Healthwatch",
        "Healthwatch Riverford",
        "Discuss",
        "B",
    ),
    (
        "14:50",
        "4. Community mental health services for older people: six-month update",
        "Director of Adult Social Care",
        "Assurance",
        "C",
    ),
    (
        "15:30",
        "5. GP access in Riverford: appointments, phones and online booking",
        "NHS Riverside Integrated Care Board",
        "Discuss",
        "D",
    ),
    ("16:10", "6. The panel's work programme for the year", "Scrutiny Officer", "Agree", "E"),
)


def meeting_day(today: dt.date) -> dt.date:
    """The second Wednesday from today: soon, and never a meeting the example already has."""
    return today + dt.timedelta(days=(2 - today.weekday()) % 7 + 7)


def write_demo_agenda(path: Path, day: dt.date) -> None:
    from fpdf import FPDF  # only the worked example makes PDFs

    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.cell(0, 8, ORGANISATION, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 8, COMMITTEE, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=11)
    for line in (f"{day:%A} {day.day} {day:%B %Y}, 14:00 - 16:30", PLACE, "Agenda"):
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    with pdf.table(col_widths=[width for _name, width in COLUMNS], text_align="LEFT", line_height=5) as table:
        for row in [[name for name, _width in COLUMNS], *ITEMS]:
            cells = table.row()
            for text in row:
                cells.cell(text)
    pdf.ln(4)
    pdf.multi_cell(0, 6, "Papers A to E are in the document pack.")
    pdf.output(str(path))


def add_demo_agenda(db_path: Path, today: dt.date) -> Path:
    """Write the example agenda into coprep's agendas folder; returns where it is."""
    folder = agendas_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{COMMITTEE} - agenda.pdf"
    write_demo_agenda(path, meeting_day(today))
    return path
