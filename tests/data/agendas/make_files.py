"""Make the corpus's HTML, Word, OpenDocument and PDF agendas from the text below.

Run `python tests/data/agendas/make_files.py` after changing an agenda here; the files it writes
are committed so tests need no generator. The label files (NAME.json) are written by hand.
"""

import datetime as dt
from pathlib import Path

import make_r4_files
import make_r5_files
import make_r6_files

HERE = Path(__file__).parent

# name: (lines above the table, column headers, rows, lines below the table)
TABLES = {
    "trust_board_wrapped_pdf": (
        [
            "Calderbrook University Hospitals NHS Foundation Trust",
            "Quality Committee",
            "Thursday 20 March 2025, 14:00 - 16:30",
            "Boardroom, Calderbrook General Hospital",
        ],
        ["Item", "Title", "Lead", "Purpose", "Ref"],
        [
            ["1.", "Apologies for absence and quoracy", "Chair", "Note", "Verbal"],
            ["2.", "Minutes of the meeting held on 20 February 2025", "Chair", "Approve", "QC24/001"],
            ["3.", "Action log and matters arising", "Company Secretary", "Note", "QC24/002"],
            ["4.", "Register of members' interests for this meeting", "Chair", "Note/ Information", "QC24/004"],
            [
                "5.",
                "Patient safety incidents: themes and learning from the last quarter",
                "Director of Nursing and Quality",
                "Assurance",
                "QC24/005",
            ],
            ["6.", "Mortality review and learning from deaths", "Medical Director", "Discuss", "QC24/006"],
            ["7.", "Any other business", "Chair", "Note", "Verbal"],
        ],
        ["Part 2 - closed session: items exempt from publication will follow."],
    ),
    "icb_wrapped_cells_pdf": (
        [
            "NHS Wyreford Integrated Care Board",
            "People and Communities Committee",
            "Date: Monday 2 June 2025",
            "Time: 10:00 to 12:00",
            "Venue: Microsoft Teams",
        ],
        ["Time", "Item", "Lead", "Purpose", "Paper"],
        [
            ["10:00", "1. Welcome, apologies and declarations of interest", "Chair", "Note", "Verbal"],
            ["10:05", "2. Minutes and actions of the meeting on 7 April 2025", "Chair", "Approve", "Paper A"],
            [
                "10:15",
                "3. Lived experience story: getting an autism assessment as an adult",
                "Head of Engagement and Involvement",
                "Discuss",
                "Presentation",
            ],
            [
                "10:45",
                "4. Engagement on the future of community beds in Wyreford",
                "Director of Communications",
                "Assurance",
                "Paper B",
            ],
            [
                "11:20",
                "5. Involvement payments policy for patient partners",
                "Head of Engagement and Involvement",
                "Approve",
                "Paper C",
            ],
            ["11:50", "6. Any other business", "Chair", "Note", "Verbal"],
        ],
        [],
    ),
    "icb_committee_docx": (
        [
            "NHS Pellworth Integrated Care Board",
            "Finance and Investment Committee",
            "Tuesday 15 July 2025, 09:30 - 11:30",
            "Room 4, Pellworth House, and Microsoft Teams",
        ],
        ["No.", "Item", "Presenter", "Purpose", "Enclosure"],
        [
            ["FIC 25/41", "Welcome and apologies", "Chair", "Information", "Verbal"],
            ["FIC 25/42", "Minutes of the meeting held on 17 June 2025", "Chair", "Approval", "Enc 1"],
            ["FIC 25/43", "Month 2 finance report", "Director of Finance", "Assurance", "Enc 2"],
            ["FIC 25/44", "Community diagnostic centre: full business case", "Programme Director", "Decision", "Enc 3"],
            ["FIC 25/45", "Efficiency programme 2025/26", "Deputy Director of Finance", "Discussion", "Enc 4"],
            ["FIC 25/46", "Any other business", "Chair", "Information", "Verbal"],
        ],
        [],
    ),
    "healthwatch_table_odt": (
        [
            "Healthwatch Tarnside",
            "Advisory Board",
            "Thursday 11 September 2025, 2pm to 4pm",
            "Tarnside Library, Community Room",
        ],
        ["Time", "Item", "Who", "Purpose"],
        [
            ["2.00pm", "1. Welcome and apologies", "Chair", "Note"],
            ["2.05pm", "2. Notes of the last meeting", "Chair", "Approve"],
            ["2.15pm", "3. What people told us about GP appointments", "Engagement Officer", "Discuss"],
            ["2.50pm", "4. Volunteer recruitment", "Volunteer Coordinator", "Note"],
            ["3.20pm", "5. Work plan for 2025/26", "Manager", "Agree"],
            ["3.50pm", "6. Any other business", "Chair", ""],
        ],
        [],
    ),
    "board_agenda_table_html": (
        [
            "Brightwell Partnership NHS Foundation Trust",
            "Board of Directors (Public)",
            "Thursday 27 November 2025 at 10:00",
            "Lecture Theatre, Brightwell Education Centre",
        ],
        ["Time", "Item", "Lead", "Purpose", "Paper"],
        [
            ["10:00", "1. Welcome and apologies", "Chair", "Note", "Verbal"],
            ["10:05", "2. Declarations of interest", "Chair", "Note", "Verbal"],
            ["10:10", "3. Minutes of the last meeting", "Chair", "Approve", "A"],
            ["10:20", "4. Service user story: a stay on Elm Ward", "Director of Nursing", "Discuss", "Verbal"],
            ["10:50", "5. Community mental health framework: year two", "Chief Operating Officer", "Assurance", "B"],
            ["11:30", "6. Guardian of safe working hours report", "Medical Director", "Note", "C"],
            ["11:50", "7. Questions from governors and the public", "Chair", "Note", "Verbal"],
        ],
        [],
    ),
    # Written after the reader, to score it on layouts it was never tuned on (see held_back.txt).
    "r2_board_plain_pdf": (
        [
            "Thornleigh Mental Health NHS Foundation Trust",
            "People, Participation and Experience Committee",
            "Monday 8 December 2025, 10:00 to 12:15",
            "Meeting Room 1, Thornleigh House, and online",
        ],
        ["Time", "Item", "Lead", "Purpose", "Paper"],
        [
            ["10:00", "1. Welcome, apologies and declarations of interest", "Committee Chair", "Note", "Verbal"],
            ["10:05", "2. Minutes of the last meeting and the action log", "Committee Chair", "Approve", "A"],
            [
                "10:15",
                "3. Experts by experience: reflections on the involvement payments pilot",
                "Head of Participation",
                "Discuss",
                "B",
            ],
            [
                "10:55",
                "4. Carers' experience survey results and the trust's response",
                "Director of Nursing",
                "Assurance",
                "C",
            ],
            [
                "11:40",
                "5. Equality, diversity and inclusion: annual workforce report",
                "Chief People Officer",
                "Note",
                "D",
            ],
            ["12:10", "6. Any other business", "Committee Chair", "Note", "Verbal"],
        ],
        [],
    ),
    "r2_healthwatch_cells_docx": (
        [
            "Healthwatch Brenfield",
            "Board Meeting in Public",
            "Tuesday 9 December 2025, 1pm - 3pm",
            "Brenfield Library, Community Room",
        ],
        ["Item", "Subject", "Who", "Paper"],
        [
            ["1", "Welcome and apologies", "Chair", ""],
            ["2", "Minutes of the last meeting\nThe board is asked to agree the minutes.", "Chair", "1"],
            ["3", "Chief Executive's report\nIncluding the new contract with the council.", "Chief Executive", "2"],
            ["4", "Listening tour: what we heard about dentists", "Engagement Lead", "3"],
            ["5", "Any other business", "Chair", ""],
        ],
        [],
    ),
}

# name: lines of a document with no table (numbered paragraphs, headings)
PARAGRAPHS = {
    "ppg_paragraphs_docx": [
        "Hawthorn Lane Surgery Patient Participation Group",
        "Agenda",
        "Wednesday 21 May 2025, 6.30pm - 8pm",
        "Venue: Hawthorn Lane Surgery, upstairs meeting room",
        "1. Welcome and apologies",
        "2. Minutes of the meeting on 19 March 2025",
        "3. Practice manager's report - Ruth Callow",
        "4. Feedback on the new online triage system",
        "5. Planning a health awareness morning - Dev Shah",
        "6. Any other business",
    ],
    "scrutiny_paragraphs_odt": [
        "Lowmoor County Council",
        "Health Scrutiny Committee",
        "Monday 3 November 2025 at 10.00 am",
        "Council Chamber, County Hall, Lowmoor",
        "AGENDA",
        "1. Apologies and substitutions",
        "2. Declarations of interest",
        "3. Minutes of the meeting held on 8 September 2025 (Pages 1 - 6)",
        "4. Community hospital beds consultation (Pages 7 - 38)",
        "Report of NHS Lowmoor Integrated Care Board",
        "5. Ambulance response times in rural Lowmoor (Pages 39 - 60)",
        "6. Work programme (Pages 61 - 64)",
    ],
    "council_web_page_html": [
        "Agenda and decisions",
        "Adults and Health Select Committee - Tuesday, 9th December, 2025 10.00 am",
        "Venue: Committee Room 1, Shire Hall, Elmbury",
        "Contact: Committee Services",
        "Items",
        "No. Item",
        "1Apologies",
        "2Declarations of Interest",
        "3Minutes of the last meeting",
        "4Hospital discharge and reablement",
        "Report of the Director of Adult Social Care.",
        "5Mental health support in schools",
        "6Forward work programme",
    ],
}


def _html_table(header: list[str], rows: list[list[str]]) -> str:
    cells = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>\n" for row in rows)
    return f"<table>\n<thead><tr>{cells}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>\n"


def write_html(name: str, above: list[str], header: list[str] | None, rows: list[list[str]]) -> None:
    from html import escape

    top = "\n".join(f"<p>{escape(line)}</p>" for line in above)
    table = _html_table(header, [[escape(c) for c in r] for r in rows]) if header else ""
    page = (
        f"<!DOCTYPE html>\n<html><head><title>{escape(above[0])}</title>"
        "<style>td{padding:4px}</style><script>var tracking = 1;</script></head>\n"
        f"<body><nav><a href='#'>Home</a> <a href='#'>Meetings</a></nav>\n<main>\n{top}\n{table}</main>"
        "<footer>Cookies | Accessibility</footer></body></html>\n"
    )
    (HERE / f"{name}.html").write_text(page, encoding="utf-8")


def write_docx(name: str, above: list[str], header: list[str] | None, rows: list[list[str]]) -> None:
    import docx

    document = docx.Document()
    for line in above:
        document.add_paragraph(line)
    if header:
        table = document.add_table(rows=1, cols=len(header))
        for cell, text in zip(table.rows[0].cells, header, strict=False):
            cell.text = text
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=False):
                cell.text = text
    document.save(HERE / f"{name}.docx")


def write_odt(name: str, above: list[str], header: list[str] | None, rows: list[list[str]]) -> None:
    from odf.opendocument import OpenDocumentText
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import P

    document = OpenDocumentText()
    for line in above:
        document.text.addElement(P(text=line))
    if header:
        table = Table(name="Agenda")
        table.addElement(TableColumn(numbercolumnsrepeated=len(header)))
        for row in [header, *rows]:
            tr = TableRow()
            for text in row:
                cell = TableCell()
                cell.addElement(P(text=text))
                tr.addElement(cell)
            table.addElement(tr)
        document.text.addElement(table)
    document.save(str(HERE / f"{name}.odt"))


def write_pdf(name: str, above: list[str], header: list[str], rows: list[list[str]], below: list[str]) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2025, 1, 1, tzinfo=dt.UTC))  # the same bytes every run
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in above:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    widths = (12, 70, 40, 30, 28) if header[0] != "Time" else (16, 76, 42, 24, 22)
    borders = "NONE" if "plain" in name else "ALL"  # some packs print tables without lines
    with pdf.table(col_widths=widths, text_align="LEFT", line_height=5, borders_layout=borders) as table:
        for row in [header, *rows]:
            line = table.row()
            for text in row:
                line.cell(text)
    for line in below:
        pdf.ln(3)
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(HERE / f"{name}.pdf"))


def main() -> None:
    for name, (above, header, rows, below) in TABLES.items():
        kind = name.rsplit("_", 1)[1]
        if kind == "pdf":
            write_pdf(name, above, header, rows, below)
        else:
            {"html": write_html, "docx": write_docx, "odt": write_odt}[kind](name, above + below, header, rows)
    for name, lines in PARAGRAPHS.items():
        kind = name.rsplit("_", 1)[1]
        {"html": write_html, "docx": write_docx, "odt": write_odt}[kind](name, lines, None, [])
    make_r4_files.main()
    make_r5_files.main()
    make_r6_files.main()


if __name__ == "__main__":
    main()
