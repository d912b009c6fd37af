"""Make the sixth round's (r6_*) Word, PDF and HTML agendas.

Run through `python tests/data/agendas/make_files.py` (which calls `main` here). Layouts the first five
rounds did not have: a Word table whose item cell holds the number and the title together ("1. Welcome"),
a PDF whose items sit in a grid of boxes with the times printed in the left margin outside them, and a
web page with an <h3> per item and <p>s for its details.
"""

from pathlib import Path

from make_r4_files import _pdf

HERE = Path(__file__).parent

PPI_COMMITTEE = (
    [
        "NHS Northmere Integrated Care Board",
        "Patient and Public Involvement Committee",
        "Wednesday 15 April 2026, 2.00pm - 4.00pm",
        "Venue: Meeting Room 2, Riverside House, Quay Street, Northmere",
    ],
    [
        ("Item", "Lead", "Paper", "Time"),
        ("1. Welcome, introductions and apologies", "Chair", "Verbal", "2.00pm"),
        ("2. Declarations of interest", "Chair", "Verbal", "2.05pm"),
        ("3. Minutes of 11 February 2026 and action log", "Chair", "Paper A", "2.10pm"),
        ("4. Patient story: getting a hearing aid repaired", "Head of Engagement", "Verbal", "2.15pm"),
        ("5. Community pharmacy changes: what patients need to know", "Pharmacy Lead", "Paper B", "2.35pm"),
        ("6. Engagement plan for the urgent care review", "Engagement Manager", "Paper C", "3.00pm"),
        ("7. Reports from Healthwatch partners", "Healthwatch Northmere", "Paper D", "3.30pm"),
        ("8. Any other business", "Chair", "", "3.50pm"),
    ],
)

QUALITY = (
    [
        "Lowbridge Community Health NHS Trust",
        "Quality and Safety Committee",
        "Monday 20 April 2026   09:30 - 12:00",
        "Conference Room A, Lowbridge Health Campus, Fenny Road, Lowbridge",
    ],
    [
        ("09:30", "1", "Welcome and apologies", "Chair", "Information"),
        ("09:35", "2", "Minutes of the meeting on 16 February 2026", "Chair", "Approval"),
        ("09:40", "3", "Action log", "Committee Secretary", "Information"),
        ("09:50", "4", "Infection prevention and control report", "Infection Control Lead", "Assurance"),
        ("10:20", "5", "Serious incidents: learning from themes", "Head of Patient Safety", "Discussion"),
        ("10:50", "6", "Pressure ulcers in community nursing", "Deputy Director of Nursing", "Assurance"),
        ("11:20", "7", "Quality account priorities 2026/27", "Director of Nursing", "Approval"),
        ("11:50", "8", "Any other business", "Chair", ""),
    ],
)

PANEL = [
    ("1. Welcome and how tonight will work", ["Led by Priya Nair, Panel Facilitator", "6.00pm"]),
    (
        "2. Waiting for planned operations: what the numbers show",
        [
            "Led by Tom Ellis, Head of Elective Care",
            "6.10pm",
            "Tom will explain how long people wait for operations in our area and what is being done to "
            "bring the waits down.",
        ],
    ),
    (
        "3. Group discussion: keeping well while you wait",
        ["Everyone, in small groups", "6.40pm", "We will ask what help would make waiting easier."],
    ),
    ("4. Feedback from the groups", ["Led by Priya Nair, Panel Facilitator", "7.20pm"]),
    ("5. Your ideas for future topics", ["Led by Priya Nair, Panel Facilitator", "7.45pm"]),
]


def write_numbered_cells_docx(name: str) -> None:
    import docx

    above, rows = PPI_COMMITTEE
    document = docx.Document()
    for line in above:
        document.add_paragraph(line)
    table = document.add_table(rows=len(rows), cols=4)
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    document.save(HERE / f"{name}.docx")


def write_grid_pdf(name: str) -> None:
    """Each item a row of boxes (number, title, lead, purpose); its time outside, in the left margin."""
    above, rows = QUALITY
    pdf = _pdf()
    pdf.set_font("Helvetica", "B", 13)
    for line in above:
        pdf.cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    columns = ((30, 10), (40, 85), (125, 50), (175, 25))
    top = pdf.get_y()
    pdf.set_font("Helvetica", "B", 10)
    for (x, width), text in zip(columns, ("No.", "Item", "Lead", "Purpose"), strict=True):
        pdf.set_xy(x, top)
        pdf.cell(width, 8, text, border=1)
    top += 8
    pdf.set_font("Helvetica", "", 10)
    for time, *cells in rows:
        pdf.set_xy(10, top + 2)
        pdf.cell(18, 5, time)
        for (x, width), text in zip(columns, cells, strict=True):
            pdf.set_xy(x, top)
            pdf.cell(width, 12, "", border=1)
            pdf.set_xy(x + 1, top + 2)
            pdf.cell(width - 2, 5, text)
        top += 12
    pdf.output(str(HERE / f"{name}.pdf"))


def panel_page() -> str:
    items = "\n".join(f"<h3>{title}</h3>\n" + "\n".join(f"<p>{line}</p>" for line in lines) for title, lines in PANEL)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Citizens' Health Panel - May meeting | Harrowdale Health
and Care Partnership</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/get-involved">Get involved</a> &gt; Citizens' Health Panel</nav>
<main>
<h1>Citizens' Health Panel: May meeting</h1>
<p>Date: Thursday 7 May 2026</p>
<p>Time: 6pm to 8pm</p>
<p>Where: Online, on Microsoft Teams</p>
<h2>What we will talk about</h2>
{items}
<h2>Can't make it?</h2>
<p>Email the engagement team and we will send you the notes.</p>
</main>
<footer><p>Harrowdale Health and Care Partnership</p></footer>
</body></html>
"""


def main() -> None:
    write_numbered_cells_docx("r6_ppi_numbered_cells_docx")
    write_grid_pdf("r6_quality_grid_pdf")
    (HERE / "r6_citizens_panel_h3_page.html").write_text(panel_page(), encoding="utf-8")


if __name__ == "__main__":
    main()
