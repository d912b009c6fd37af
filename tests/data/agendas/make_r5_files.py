"""Make the fifth round's (r5_*) PDF, Word, OpenDocument and HTML agendas.

Run through `python tests/data/agendas/make_files.py` (which calls `main` here). Layouts the first four
rounds did not have: a PDF with times in a right-hand column, a PDF with the agenda in two columns side
by side, a PDF whose words were written out of reading order (as a scan's text layer is), a Word table
with merged cells, Word headings "Item 1:" with paragraphs under them, OpenDocument paragraphs in
"Session" blocks with time ranges, and a web page whose table cells hold <div>s.
"""

import random
from pathlib import Path

from make_r4_files import _pdf

HERE = Path(__file__).parent

GOVERNORS = (
    [
        "Wrenfield Teaching Hospitals NHS Foundation Trust",
        "Council of Governors - meeting held in public",
        "Tuesday 24 February 2026, 17:00 - 19:15",
        "Lecture Theatre, Wrenfield Education Centre, Wrenfield General Hospital",
    ],
    [
        ("1", "Welcome, apologies and declarations of interest", "Chair", "Verbal", "17:00"),
        ("2", "Minutes of the meeting on 25 November 2025", "Chair", "Enc. A", "17:05"),
        ("3", "Matters arising and action log", "Trust Secretary", "Enc. B", "17:10"),
        ("4", "Chief Executive's report", "Chief Executive", "Enc. C", "17:15"),
        (
            "5",
            "Holding the non-executive directors to account: report from the Chair of the Quality Committee",
            "Committee Chair",
            "Enc. D",
            "17:35",
        ),
        (
            "6",
            "Governor elections 2026: timetable and constituencies (for approval)",
            "Trust Secretary",
            "Enc. E",
            "18:05",
        ),
        (
            "7",
            "Feedback from governor working groups: patient experience; membership and engagement",
            "Lead Governor",
            "Enc. F",
            "18:20",
        ),
        ("8", "Questions from governors to the board", "Chair", "Verbal", "18:45"),
        ("9", "Any other business", "Chair", "", "19:05"),
    ],
)

AMBULANCE = (
    [
        "Eastern Vale Ambulance Service NHS Trust",
        "Public Board Meeting",
        "Thursday 26 March 2026 at 10:00",
        "Board Room, Vale House, Ambulance Way, Kingsbridge",
    ],
    [
        "Opening business",
        ("1.", "Chair's welcome and apologies", "Chair"),
        ("2.", "Declarations of interest", "Chair"),
        ("3.", "Minutes of 29 January 2026", "Chair"),
        ("4.", "Action log", "Trust Secretary"),
        ("5.", "Patient story: a long wait", "Director of Nursing"),
        ("6.", "Chair's report", "Chair"),
        ("7.", "Chief Executive's report", "Chief Executive"),
    ],
    [
        "Performance and quality",
        ("8.", "Integrated performance report", "Director of Operations"),
        ("9.", "Hospital handover delays", "Director of Operations"),
        ("10.", "Quality and safety report", "Director of Nursing"),
        "Closing business",
        ("11.", "Freedom to speak up report", "Guardian"),
        ("12.", "Questions from the public", "Chair"),
        ("13.", "Any other business", "Chair"),
    ],
)

SCANNED = (
    [
        "Moorside Mental Health NHS Foundation Trust",
        "Service User and Carer Council",
        "Friday 13 March 2026, 1.30pm to 3.30pm",
        "The Recovery College, 21 Bridge Street, Moorside",
    ],
    [
        ("1", "Welcome and ground rules", "Co-chairs", "1.30pm"),
        ("2", "Notes and actions from January", "Co-chairs", "1.40pm"),
        ("3", "Crisis line: what callers tell us", "Crisis Service Manager", "1.50pm"),
        ("4", "Involvement payments: new rates from April", "Head of Involvement", "2.20pm"),
        ("", "Break", "", "2.45pm"),
        ("5", "Carers' charter: first draft for comment", "Carers Lead", "2.55pm"),
        ("6", "Any other business", "Co-chairs", "3.20pm"),
    ],
)

HEALTHWATCH = [
    "Healthwatch Wexbury",
    "Board of Directors - public meeting",
    "Date: Thursday 12 March 2026   Time: 10:30am - 1pm",
    "Venue: The Hive, 4 Mill Street, Wexbury",
    [
        ["No.", "Item", "Lead", "Purpose", "Time"],
        ["1", "Welcome and apologies", "Chair", "Note", "10:30"],
        ["2", "Declarations of interest", "Chair", "Note", "10:35"],
        ["3", "Minutes of the last meeting and actions", "Chair", "Approve", "10:40"],
        ["Our work with local people"],
        ["4", "What people told us about GP appointments", "Engagement Officer", "Discuss", "10:50"],
        ["5", "Enter and View visit: Beech Lodge care home", None, "Assurance", "11:20"],
        ["6", "Priorities for 2026/27: results of the public vote", "Chief Officer", "Approve", "11:50"],
        ["Running Healthwatch"],
        ["7", "Finance report for quarter 3", "Finance and Resources Manager", "Assurance", "12:20"],
        ["8", "Risk register", "Chief Officer", "Assurance", "12:35"],
        ["9", "Any other business", "Chair", "", "12:50"],
    ],
]

CHARITY = [
    ("Title", "Ashcombe Hospitals Charity"),
    ("Subtitle", "Charitable Funds Committee"),
    (None, "Date: Wednesday 4 March 2026"),
    (None, "Time: 15:00 to 16:30"),
    (None, "Place: Room 4, Ashcombe Hospital Education Centre, and on Teams"),
    ("Heading 2", "Item 1: Welcome and apologies"),
    (None, "The Chair will welcome members and note apologies."),
    ("Heading 2", "Item 2: Minutes of the last meeting"),
    (None, "To approve the minutes of the meeting held on 3 December 2025."),
    ("Heading 2", "Item 3: Fundraising report"),
    (None, "Presented by: Director of Fundraising"),
    (None, "A summary of income for the year so far, including the Winter Appeal and gifts in wills."),
    ("Heading 2", "Item 4: Grant applications over £25,000"),
    (None, "Presented by: Head of Grants"),
    (
        None,
        "The committee is asked to decide on three applications: a garden for the children's ward; chairs "
        "that recline for parents staying overnight; and training for volunteers on the stroke unit.",
    ),
    ("Heading 2", "Item 5: Investment performance"),
    (None, "Presented by: Investment Adviser, Hallam & Reed"),
    (None, "For information."),
    ("Heading 2", "Item 6: Any other business"),
]

FUNDER = [
    "Tamar Health Research Foundation",
    "Public Involvement Funding Panel",
    "Panel meeting: Thursday 19 March 2026",
    "Venue: Online (Zoom)",
    "Session 1: Getting ready",
    "09:30-09:45\tWelcome, introductions and conflicts of interest\t(Panel Chair)",
    "09:45-10:15\tHow we score applications: a reminder\t(Research Manager)",
    "Session 2: Applications",
    "10:15-11:00\tApplication TH-0412: peer support for new dads\t(Lead reviewers)",
    "11:00-11:15\tBreak",
    "11:15-12:00\tApplication TH-0427: falls prevention in sheltered housing\t(Lead reviewers)",
    "12:00-12:45\tApplication TH-0433: a sign language health information hub\t(Lead reviewers)",
    "12:45-13:30\tLunch",
    "Session 3: Closing",
    "13:30-14:00\tRanking the applications and funding recommendations\t(Panel Chair)",
    "14:00-14:15\tFeedback on today and close\t(Panel Chair)",
]

HWB_ROWS = [
    ("1.", "Apologies for absence", [], ""),
    ("2.", "Declarations of interest", [], ""),
    ("3.", "Minutes of the previous meeting", ["To approve the minutes of the meeting held on 28 January 2026."], ""),
    ("4.", "Public questions", [], ""),
    (
        "5.",
        "Joint Local Health and Wellbeing Strategy: annual progress",
        ["Report of: Director of Public Health"],
        "HWB 10-26",
    ),
    (
        "6.",
        "Better Care Fund plan 2026/27",
        [
            "Report of: Director of Adult Social Care",
            "The Board is asked to approve the plan before it is sent to NHS England.",
        ],
        "HWB 11-26",
    ),
    (
        "7.",
        "Healthwatch Brackenmoor annual report",
        ["Report of: Chief Executive, Healthwatch Brackenmoor"],
        "HWB 12-26",
    ),
    ("8.", "Pharmaceutical needs assessment 2026", ["Report of: Consultant in Public Health"], "HWB 13-26"),
    ("9.", "Board forward plan", ["Report of: Democratic Services Officer"], "HWB 14-26"),
]


def write_right_times_pdf(name: str) -> None:
    """Number, title, lead and paper from the left; times right-aligned against the right margin."""
    above, rows = GOVERNORS
    pdf = _pdf()
    pdf.set_font("Helvetica", "B", 12)
    for line in above:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 10)
    top = pdf.get_y()
    for x, width, text, align in (
        (10, 10, "Item", "L"),
        (20, 95, "Subject", "L"),
        (118, 40, "Lead", "L"),
        (160, 20, "Paper", "L"),
        (180, 20, "Time", "R"),
    ):
        pdf.set_xy(x, top)
        pdf.cell(width, 6, text, align=align)
    pdf.set_y(top + 9)
    pdf.set_font("Helvetica", "", 10)
    for number, title, lead, paper, time in rows:
        top = pdf.get_y()
        for x, width, text, align in (
            (10, 10, number, "L"),
            (118, 40, lead, "L"),
            (160, 20, paper, "L"),
            (180, 20, time, "R"),
        ):
            pdf.set_xy(x, top)
            pdf.cell(width, 5, text, align=align)
        pdf.set_xy(20, top)
        pdf.multi_cell(95, 5, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(pdf.get_y() + 3)
    pdf.output(str(HERE / f"{name}.pdf"))


def write_two_column_pdf(name: str) -> None:
    """The agenda runs down the left half of the page, then down the right half."""
    above, left, right = AMBULANCE
    pdf = _pdf()
    pdf.set_font("Helvetica", "B", 13)
    for line in above:
        pdf.cell(0, 7, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    start = pdf.get_y()
    for x, column in ((12, left), (108, right)):
        pdf.set_y(start)
        for entry in column:
            if isinstance(entry, str):
                pdf.set_font("Helvetica", "B", 11)
                pdf.set_x(x)
                pdf.cell(90, 8, entry, new_x="LMARGIN", new_y="NEXT")
                continue
            number, title, lead = entry
            pdf.set_font("Helvetica", "", 10)
            pdf.set_x(x)
            pdf.cell(8, 5, number)
            pdf.cell(82, 5, title, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "I", 9)
            pdf.set_x(x + 8)
            pdf.cell(82, 5, lead, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
    pdf.output(str(HERE / f"{name}.pdf"))


def write_scanned_pdf(name: str) -> None:
    """Every word written on its own, in shuffled order, a little above or below its line (a scan's text)."""
    above, rows = SCANNED
    shuffle = random.Random(5)
    words: list[tuple[float, float, str, bool]] = []
    pdf = _pdf()

    def place(x: float, y: float, text: str, bold: bool) -> None:
        pdf.set_font("Helvetica", "B" if bold else "", 11 if bold else 10)
        for word in text.split():
            words.append((x, y + shuffle.uniform(-0.5, 0.5), word, bold))
            x += pdf.get_string_width(f"{word} ")

    y = 20.0
    for line in above:
        place(15.0, y, line, True)
        y += 8
    y += 6
    for number, title, lead, time in rows:
        for start, text in ((15.0, number), (25.0, title), (120.0, lead), (172.0, time)):
            place(start, y, text, False)
        y += 9
    shuffle.shuffle(words)
    for x, top, word, bold in words:
        pdf.set_font("Helvetica", "B" if bold else "", 11 if bold else 10)
        pdf.set_xy(x, top)
        pdf.cell(pdf.get_string_width(word), 5, word)
    pdf.output(str(HERE / f"{name}.pdf"))


def write_merged_docx(name: str) -> None:
    """A table with a heading row merged across every column and a lead cell merged down two rows."""
    import docx

    document = docx.Document()
    *above, rows = HEALTHWATCH
    for line in above:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=5)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        if len(row) == 1:
            table.cell(r, 0).merge(table.cell(r, 4)).text = row[0]
            continue
        for c, text in enumerate(row):
            if text is None:
                table.cell(r - 1, c).merge(table.cell(r, c))
            else:
                table.cell(r, c).text = text
    document.save(HERE / f"{name}.docx")


def write_headings_docx(name: str) -> None:
    import docx

    document = docx.Document()
    for style, text in CHARITY:
        document.add_paragraph(text, style=style)
    document.save(HERE / f"{name}.docx")


def write_sessions_odt(name: str) -> None:
    from odf import teletype
    from odf.opendocument import OpenDocumentText
    from odf.text import H, P

    document = OpenDocumentText()
    for line in FUNDER:
        block = H(outlinelevel=2) if line.startswith("Session") else P()
        teletype.addTextToElement(block, line)
        document.text.addElement(block)
    document.save(str(HERE / f"{name}.odt"))


def hwb_page() -> str:
    rows = []
    for number, title, lines, ref in HWB_ROWS:
        more = "".join(f'<div class="mgReportOf">{line}</div>' for line in lines)
        paper = f'<div class="mgRef">Ref: {ref}</div>' if ref else ""
        rows.append(
            f'<tr><td class="mgItemNumberCell"><div>{number}</div></td>'
            f'<td><div class="mgSubItemTitleTxt">{title}</div>{more}{paper}</td></tr>'
        )
    table = "\n".join(rows)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Agenda for Health and Wellbeing Board on Wednesday,
25th March, 2026, 2.00 pm | Brackenmoor Council</title></head>
<body>
<div id="site"><div class="skip"><a href="#content">Skip to content</a></div>
<header><div class="brand">Brackenmoor Metropolitan Borough Council</div></header>
<div id="content"><div class="mgContent">
<h1 class="mgMainTitleTxt">Agenda for Health and Wellbeing Board on Wednesday, 25th March, 2026, 2.00 pm</h1>
<div class="mgLinks"><a href="/ieListDocuments.aspx?CId=412&amp;MId=9021">Agenda frontsheet</a>
<a href="/mgIssueHistory.aspx">Printed minutes</a></div>
<div class="mgMeetingDetails">
<div><span class="mgLabel">Venue:</span> Committee Room 1, Brackenmoor Town Hall, Market Street, Brackenmoor</div>
<div><span class="mgLabel">Contact:</span> Leah Oduya, Democratic Services Officer</div>
</div>
<div class="mgAgenda"><h2 class="mgSectionTitle">Items</h2>
<div class="mgTableWrap"><table class="mgItemTable" summary="Items to be considered">
{table}
</table></div></div>
</div></div>
<footer><div>Brackenmoor Council, Town Hall, Brackenmoor</div></footer>
</div>
</body></html>
"""


def main() -> None:
    write_right_times_pdf("r5_governors_right_times_pdf")
    write_two_column_pdf("r5_ambulance_two_columns_pdf")
    write_scanned_pdf("r5_mh_council_scanned_pdf")
    write_merged_docx("r5_healthwatch_merged_docx")
    write_headings_docx("r5_charity_item_headings_docx")
    write_sessions_odt("r5_funder_panel_sessions_odt")
    (HERE / "r5_hwb_div_table_page.html").write_text(hwb_page(), encoding="utf-8")


if __name__ == "__main__":
    main()
