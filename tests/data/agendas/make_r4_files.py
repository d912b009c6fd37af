"""Make the fourth round's (r4_*) Word, OpenDocument, PDF and HTML agendas.

Run through `python tests/data/agendas/make_files.py` (which calls `main` here). These layouts are
ones the first three rounds did not have: a two-column Word table, bilingual headings, a PDF laid out
with tab stops, purpose codes explained in a key, a page with a numbered list, a spreadsheet print.
"""

import datetime as dt
from pathlib import Path

HERE = Path(__file__).parent
FIXED_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)  # the same PDF bytes every run

# Word documents as blocks: a string is a paragraph (newlines split it), a list of rows is a table.
DOCX = {
    "r4_ijb_two_column_docx": [
        "Kilbrannan Health and Social Care Partnership",
        "Integration Joint Board",
        "A meeting of the Integration Joint Board will be held in the Council Chambers, Kilbrannan House, "
        "Lochside Road, Ardmore, and by Microsoft Teams, on Wednesday 18 February 2026 at 10.00am.",
        "BUSINESS",
        [
            ["1.", "Apologies for Absence"],
            [
                "2.",
                "Declarations of Interest\nMembers are reminded of the need to declare any financial or "
                "non-financial interest in any item of business.",
            ],
            ["3.", "Minutes of the Meeting held on 17 December 2025\n(Copy herewith)"],
            ["4.", "Chief Officer's Report\nReport by Chief Officer (copy herewith)"],
            ["5.", "Financial Recovery Plan 2026/27\nReport by Chief Finance Officer (copy herewith)"],
            ["6.", "Carers Strategy Refresh: Engagement Findings\nReport by Head of Adult Services (copy herewith)"],
            ["7.", "Directions to Kilbrannan Council and NHS Kilbrannan\nReport by Chief Officer (copy herewith)"],
            ["8.", "Any Other Competent Business"],
        ],
        "EXEMPT INFORMATION",
        "The Board will be asked to pass a resolution under Section 50A(4) of the Local Government (Scotland) "
        "Act 1973 to exclude the press and public for the following item of business on the grounds that it "
        "involves the likely disclosure of exempt information.",
        [
            ["9.", "Care Home Contract Review\nReport by Head of Commissioning (copy herewith)"],
        ],
    ],
    "r4_icb_purpose_codes_docx": [
        "NHS Harrowdale and Fenmere Integrated Care Board",
        "Board meeting held in public",
        "Date: Thursday 19 March 2026",
        "Time: 13:00 – 16:00",
        "Venue: Fenmere Civic Suite, Market Place, Fenmere",
        [
            ["No.", "Item", "Lead", "Purpose", "Paper", "Time"],
            ["1", "Welcome, apologies and declarations of interest", "Chair", "I", "Verbal", "13:00"],
            ["2", "Minutes of the meeting held on 15 January 2026 and action log", "Chair", "A", "B01", "13:05"],
            [
                "3",
                "Voice of local people: waiting for an ADHD assessment",
                "Director of Communications and Engagement",
                "D",
                "B02",
                "13:10",
            ],
            ["4", "Chief Executive's report", "Chief Executive", "I", "B03", "13:40"],
            ["5", "Integrated performance report", "Chief Delivery Officer", "As", "B04", "13:55"],
            ["6", "Joint forward plan refresh 2026/27", "Director of Strategy", "A", "B05", "14:30"],
            ["", "Break", "", "", "", "15:00"],
            ["7", "Committee terms of reference", "Board Secretary", "R", "B06", "15:10"],
            ["8", "Board assurance framework", "Board Secretary", "As", "B07", "15:25"],
            ["9", "Questions from the public", "Chair", "I", "Verbal", "15:45"],
            ["10", "Any other business", "Chair", "", "", "15:55"],
        ],
        "Purpose key: A – Approve; As – Assurance; D – Discuss; I – Information; R – Ratify",
    ],
}

ODT_TABLES = {
    "r4_steering_ranges_odt": (
        [
            "STRIDE-Home: a trial of supported walking after hip fracture",
            "Trial Steering Committee",
            "Meeting 4",
            "Date: Tuesday 10 March 2026",
            "Time: 10.00 – 12.30",
            "Venue: Zoom (link in the calendar invitation)",
        ],
        ["Time", "Item", "Lead", "Paper"],
        [
            ["10.00 – 10.15", "1. Welcome, introductions and apologies", "Independent Chair", ""],
            ["10.15 – 10.20", "2. Minutes and actions from the last meeting", "Independent Chair", "TSC 1"],
            ["10.20 – 10.50", "3. Recruitment and retention report", "Trial Manager", "TSC 2"],
            [
                "10.50 – 11.10",
                "4. Patient and public involvement: what our lay members have done",
                "PPI Co-applicant",
                "TSC 3",
            ],
            ["11.10 – 11.20", "Comfort break", "", ""],
            ["11.20 – 11.50", "5. Data Monitoring Committee recommendations", "Chief Investigator", "TSC 4"],
            [
                "11.50 – 12.15",
                "6. Protocol amendment: adding a six-month follow-up visit",
                "Chief Investigator",
                "TSC 5",
            ],
            ["12.15 – 12.30", "7. Any other business and date of next meeting", "Independent Chair", ""],
        ],
    ),
}

WELSH = (
    [
        "Bwrdd Iechyd Prifysgol Glannau Teifi / Glannau Teifi University Health Board",
        "Pwyllgor Ansawdd, Diogelwch a Phrofiad / Quality, Safety and Experience Committee",
        "Dyddiad / Date: Dydd Iau 26 Chwefror 2026 / Thursday 26 February 2026",
        "Amser / Time: 09:30 - 12:30",
        "Lleoliad / Venue: Ystafell y Bwrdd, Plas Glannau / Boardroom, Plas Glannau, and Microsoft Teams",
    ],
    ["Eitem / Item", "Pwnc / Subject", "Arweinydd / Lead", "Pwrpas / Purpose", "Amser / Time"],
    [
        [
            "QSE 1.1",
            "Croeso ac ymddiheuriadau / Welcome and apologies",
            "Chair",
            "Er Gwybodaeth / For Information",
            "09:30",
        ],
        [
            "QSE 1.2",
            "Datganiadau o fuddiant / Declarations of interest",
            "Chair",
            "Er Gwybodaeth / For Information",
            "09:32",
        ],
        [
            "QSE 1.3",
            "Cofnodion y cyfarfod blaenorol / Minutes of the previous meeting",
            "Chair",
            "I'w Cymeradwyo / For Approval",
            "09:35",
        ],
        ["QSE 1.4", "Log gweithredu / Action log", "Board Secretary", "Er Sicrwydd / For Assurance", "09:40"],
        [
            "QSE 2.1",
            "Stori claf: gofal diwedd oes gartref / Patient story: end of life care at home",
            "Director of Nursing",
            "I'w Drafod / For Discussion",
            "09:45",
        ],
        [
            "QSE 2.2",
            "Adroddiad ansawdd a diogelwch cleifion / Quality and patient safety report",
            "Director of Nursing",
            "Er Sicrwydd / For Assurance",
            "10:15",
        ],
        [
            "QSE 2.3",
            "Pryderon a chwynion: adroddiad chwarter 3 / Concerns and complaints: quarter 3 report",
            "Head of Patient Experience",
            "Er Sicrwydd / For Assurance",
            "11:00",
        ],
        [
            "QSE 2.4",
            "Cynllun iaith Gymraeg: gwasanaethau i gleifion / Welsh language plan: services for patients",
            "Director of Corporate Governance",
            "I'w Gymeradwyo / For Approval",
            "11:40",
        ],
        ["QSE 3.1", "Unrhyw fater arall / Any other business", "Chair", "", "12:20"],
        [
            "QSE 3.2",
            "Dyddiad y cyfarfod nesaf / Date of the next meeting",
            "Chair",
            "Er Gwybodaeth / For Information",
            "12:25",
        ],
    ],
)

# A board paper set with tab stops: number, title (wrapping, purpose on a line below), lead on the right.
NI_TRUST = (
    [
        "Southern Loughview Health and Social Care Trust",
        "TRUST BOARD MEETING",
        "Thursday 5 March 2026 at 10.00am",
        "Boardroom, Loughview House, Banford",
        "AGENDA",
    ],
    [
        ("PART A",),
        ("1.", "Apologies", "Chair"),
        ("2.", "Declarations of interest", "Chair"),
        ("3.", "Minutes of the Part A meeting held on 15 January 2026\nFor approval", "Chair"),
        ("4.", "Matters arising", "Chair"),
        ("5.", "Chair's business", "Chair"),
        ("6.", "Chief Executive's business", "Chief Executive"),
        ("7.", "Safety and quality: Serious Adverse Incidents report\nFor assurance", "Medical Director"),
        (
            "8.",
            "Emergency department waiting times: improvement plan for Banford Area Hospital\nFor discussion",
            "Director of Acute Services",
        ),
        ("9.", "Performance Report - January 2026\nFor noting", "Director of Performance and Reform"),
        ("10.", "Corporate Parenting Report\nFor approval", "Executive Director of Social Work"),
        ("11.", "Any other business", "Chair"),
        ("PART B - CONFIDENTIAL",),
        ("12.", "Minutes of the Part B meeting held on 15 January 2026\nFor approval", "Chair"),
        (
            "13.",
            "Contract award: domiciliary care framework\nFor approval",
            "Director of Older People and Primary Care",
        ),
        ("14.", "Litigation report\nFor noting", "Director of Finance"),
    ],
)

SPREADSHEET = (
    "Community Services Transformation Programme Board",
    [
        ["Meeting date:", "", "", "", "12/03/2026"],
        ["Start time:", "", "", "", "14:00"],
        ["Finish time:", "", "", "", "16:00"],
        ["Location:", "", "", "", "MS Teams"],
    ],
    ["Ref", "Start", "End", "Mins", "Agenda item", "Lead", "Action required", "Paper"],
    [
        ["1", "14:00", "14:05", "5", "Welcome and apologies", "SRO", "Note", "-"],
        ["2", "14:05", "14:15", "10", "Minutes, actions and decision log", "PMO Lead", "Approve", "P1"],
        ["3", "14:15", "14:45", "30", "Programme highlight report", "Programme Director", "Assurance", "P2"],
        [
            "4",
            "14:45",
            "15:15",
            "30",
            "Virtual wards: expanding to frailty",
            "Clinical Lead, Virtual Wards",
            "Decision",
            "P3",
        ],
        ["5", "15:15", "15:35", "20", "Risks and issues log", "PMO Lead", "Discuss", "P4"],
        [
            "6",
            "15:35",
            "15:50",
            "15",
            "Benefits realisation: community nursing",
            "Head of Community Nursing",
            "Discuss",
            "P5",
        ],
        ["7", "15:50", "16:00", "10", "AOB and close", "SRO", "Note", "-"],
    ],
)

HOSPICE_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Board of Trustees meeting, 24 March 2026 | St Brannoc's Hospice</title>
<link rel="stylesheet" href="/css/site.css"><script src="/js/cookies.js"></script></head>
<body>
<header><a href="/" class="logo">St Brannoc's Hospice</a>
<nav><ul><li><a href="/care">Our care</a></li><li><a href="/support">Support us</a></li>
<li><a href="/shop">Shops</a></li><li><a href="/about">About us</a></li></ul></nav>
<a href="/donate" class="button">Donate</a></header>
<main>
<nav aria-label="Breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/about">About us</a> &rsaquo;
<a href="/about/governance">Governance</a> &rsaquo; Board meetings</nav>
<h1>Board of Trustees meeting in public</h1>
<dl class="meeting-details">
<dt>Date</dt><dd>Tuesday 24 March 2026</dd>
<dt>Time</dt><dd>5.30pm to 7.30pm</dd>
<dt>Where</dt><dd>The Garden Room, St Brannoc's Hospice, Quay Lane, Polwenna</dd>
</dl>
<p>Members of the public are welcome to watch. Please tell us by 20 March if you would like to come,
so that we can save you a seat.</p>
<h2>Agenda</h2>
<ol class="agenda">
<li><strong>Welcome and apologies</strong><br><span class="lead">Chair of Trustees</span></li>
<li><strong>Declarations of interest</strong><br><span class="lead">Chair of Trustees</span></li>
<li><strong>Minutes of the meeting on 27 January 2026</strong><br><span class="lead">Chair of Trustees</span></li>
<li><strong>Chief Executive's report</strong><br><span class="lead">Chief Executive</span></li>
<li><strong>Clinical quality and safety</strong><br><span class="lead">Director of Clinical Services</span></li>
<li><strong>Hospice at home: one year on</strong><br><span class="lead">Hospice at Home Lead</span></li>
<li><strong>Income and fundraising update</strong><br><span class="lead">Director of Income Generation</span></li>
<li><strong>Any other business</strong></li>
</ol>
<p>After these items the board will meet in private to discuss confidential matters.</p>
<p><a href="/about/governance/board-meetings">See all board meetings</a></p>
</main>
<footer><p>St Brannoc's Hospice is a registered charity.</p>
<p><a href="/privacy">Privacy</a> | <a href="/cookies">Cookie settings</a> | <a href="/accessibility">Accessibility</a></p>
</footer>
</body></html>
"""


def write_docx_blocks(name: str, blocks: list) -> None:
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
            continue
        table = document.add_table(rows=0, cols=len(block[0]))
        table.style = "Table Grid"
        for row in block:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                first, *more = text.split("\n")
                cell.text = first
                for line in more:
                    cell.add_paragraph(line)
    document.save(HERE / f"{name}.docx")


def _pdf(landscape: bool = False):
    from fpdf import FPDF

    pdf = FPDF(orientation="L" if landscape else "P", format="A4")
    pdf.set_creation_date(FIXED_DATE)
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    return pdf


def write_welsh_pdf(name: str) -> None:
    above, header, rows = WELSH
    pdf = _pdf()
    for line in above:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", size=9)
    with pdf.table(col_widths=(18, 72, 36, 42, 22), text_align="LEFT", line_height=4.5) as table:
        for row in [header, *rows]:
            line = table.row()
            for text in row:
                line.cell(text)
    pdf.output(str(HERE / f"{name}.pdf"))


def write_tab_stop_pdf(name: str) -> None:
    above, rows = NI_TRUST
    pdf = _pdf()
    for line in above:
        pdf.set_font("Helvetica", "B" if line.isupper() else "", 12 if line.isupper() else 11)
        pdf.cell(0, 7, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for row in rows:
        if len(row) == 1:
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(0, 7, row[0], new_x="LMARGIN", new_y="NEXT")
            continue
        number, text, lead = row
        title, *purpose = text.split("\n")
        top = pdf.get_y()
        pdf.set_font("Helvetica", "", 11)
        pdf.set_xy(15, top)
        pdf.cell(12, 6, number)
        pdf.set_xy(140, top)
        pdf.multi_cell(55, 6, lead, align="L")
        bottom = pdf.get_y()
        pdf.set_xy(27, top)
        pdf.multi_cell(105, 6, title, new_x="LMARGIN", new_y="NEXT")
        for line in purpose:
            pdf.set_font("Helvetica", "I", 10)
            pdf.set_x(27)
            pdf.cell(105, 5, line, new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(bottom, pdf.get_y()) + 2)
    pdf.output(str(HERE / f"{name}.pdf"))


def write_spreadsheet_pdf(name: str) -> None:
    title, details, header, rows = SPREADSHEET
    widths = (12, 16, 16, 12, 82, 52, 34, 18)
    pdf = _pdf(landscape=True)
    pdf.set_font("Helvetica", "B", 9)
    pdf.cell(sum(widths), 6, title, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 9)
    for row in [*details, [], header, *rows]:
        for width, text in zip(widths, row + [""] * (len(widths) - len(row)), strict=True):
            pdf.cell(width, 6, text, border=1)
        pdf.ln(6)
    pdf.set_auto_page_break(False)
    pdf.set_y(-15)
    pdf.cell(140, 5, "TSB agenda March 2026.xlsx", align="L")
    pdf.cell(0, 5, "Page 1 of 1", align="R")
    pdf.output(str(HERE / f"{name}.pdf"))


def main() -> None:
    from make_files import write_odt

    for name, blocks in DOCX.items():
        write_docx_blocks(name, blocks)
    for name, (above, header, rows) in ODT_TABLES.items():
        write_odt(name, above, header, rows)
    write_welsh_pdf("r4_welsh_bilingual_pdf")
    write_tab_stop_pdf("r4_ni_trust_part_ab_pdf")
    write_spreadsheet_pdf("r4_spreadsheet_pdf")
    (HERE / "r4_hospice_board_page.html").write_text(HOSPICE_PAGE, encoding="utf-8")


if __name__ == "__main__":
    main()
