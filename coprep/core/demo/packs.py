"""The worked example's meeting pack: the Cystic Fibrosis group's last meeting came as one PDF.

The pack has a front sheet, an agenda giving each paper's printed page range, and "Page N" footers
that start after the front sheet, so the PDF's page 5 is "page 4 of the pack". Like this group's other
papers, the pack came late (five working days before, against seven promised), and a supplementary
pack with the patient and public voice update came two working days before. All the words are invented.
"""

import datetime as dt
import tempfile
from pathlib import Path

from coprep.core.demo.committees import CF_CRG
from coprep.core.papers.pack_store import read_and_split, store_pack
from coprep.core.papers.working_days import is_working_day, person_nation
from coprep.core.storage.workspace import Workspace

_PAPERS = {  # agenda number -> pages of the paper (each string one page)
    "2": [
        "Minutes of the last meeting\n\nPresent: the chair, two clinical leads, a pharmacy lead, a quality manager "
        "and two patient and carer representatives.\n\nThe group agreed the notes of the meeting before. The chair "
        "thanked the representatives for their comments on the draft patient leaflet, which have been taken up.\n\n"
        "Actions: the pharmacy lead to bring figures on home deliveries of medicines; the clinical lead to share "
        "the timetable for the service specification review.",
    ],
    "3": [
        "Service specification review: adult CF centres\n\nThis paper asks the group to agree the draft "
        "specification for adult cystic fibrosis centres before it goes out for consultation.\n\nThe main changes "
        "are to outreach clinics, which would be held at least twice a year in each area, and to home IV "
        "antibiotics, which would be offered to every adult who can safely have them at home.",
        "What patients told us\n\nPeople said travel to the centre is hard when they are unwell, and that home "
        "treatment lets them keep working or studying. Carers asked for a named nurse they can ring.\n\nThe draft "
        "now says every adult has a named nurse and a phone number that is answered on working days.",
        "Risks\n\nSome centres do not have enough specialist nurses to run more outreach clinics. The group is "
        "asked to note this risk and the plan to share staff between centres for the first year.",
    ],
    "4": [
        "Modulator therapy access and the NICE appraisal\n\nModulator medicines treat the cause of cystic fibrosis "
        "for most people with the condition. This paper sets out where the national appraisal has reached and what "
        "it means for people already taking them.\n\nNobody now taking a modulator will have it stopped while the "
        "appraisal goes on.",
        "Numbers\n\nAbout nine in ten adults seen by the centres take a modulator. Home delivery of the medicines "
        "was late for one person in twenty last quarter; the supplier has added a second van.",
    ],
    "5": [
        "Quality dashboard and CQUIN measures\n\nThe dashboard shows lung function checks, clinic waits and how "
        "many people had their yearly review on time. Most measures met their targets this quarter.\n\nYearly "
        "reviews fell behind at one centre because of staff sickness; extra clinics are booked.",
    ],
    "7": [
        "Transition from children's to adult services\n\nYoung people move to adult care at about 16 to 18. "
        "This paper describes a joint clinic where they meet the adult team before they move.\n\nFamilies asked "
        "for more time to get to know the new team, so the joint clinics will start a year earlier.",
        "Next steps\n\nThe clinical lead will report back on how many young people used the joint clinics and what "
        "they thought of them.",
    ],
}
_LATE = {
    "6": [
        "Patient and public voice update\n\nThe representatives met twice since the last meeting. They "
        "asked for papers a full week before meetings and for a short plain summary at the top of each "
        "paper.\n\nThey also asked that the group says, at the next meeting, what changed because of "
        "what patients and carers said."
    ]
}


def _titles() -> dict[str, str]:
    return {number: title for number, title, *_rest in CF_CRG.agenda}


def _write_pack(path: Path, papers: dict[str, list[str]], meeting_day: dt.date, supplementary: bool) -> None:
    """A pack as a committee office makes one: front sheet, agenda with page ranges, numbered papers."""
    from fpdf import FPDF  # only the worked example makes PDFs

    titles = _titles()
    printed_start = 2  # the agenda is page 1; papers start on page 2
    spans, page = {}, printed_start
    for number, pages in papers.items():
        spans[number] = (page, page + len(pages) - 1)
        page += len(pages)
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)
    for line in (
        CF_CRG.organisation,
        CF_CRG.name,
        "Supplementary agenda" if supplementary else "Agenda and papers",
        f"Date: {meeting_day.day} {meeting_day:%B %Y}",
        f"Time: {CF_CRG.start}",
        "Place: online",
    ):
        pdf.cell(0, 12, line, new_x="LMARGIN", new_y="NEXT")
    sheets: list[tuple[str, str]] = [("Supplementary agenda" if supplementary else "AGENDA", "")] + [
        (text, number) for number, texts in papers.items() for text in texts
    ]
    for index, (text, number) in enumerate(sheets):
        pdf.add_page()
        if index == 0:
            pdf.set_font("helvetica", "B", 14)
            pdf.cell(0, 10, text, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("helvetica", size=11)
            for item, title, *_rest in CF_CRG.agenda:
                if supplementary and item not in papers:
                    continue
                span = spans.get(item)
                pdf.cell(150, 8, f"{item}   {title}")
                pdf.cell(
                    20,
                    8,
                    f"{span[0]} - {span[1]}" if span and span[0] != span[1] else str(span[0]) if span else "",
                    align="R",
                    new_x="LMARGIN",
                    new_y="NEXT",
                )
        else:
            first = papers[number].index(text) == 0
            heading, _gap, body = text.partition("\n\n")
            pdf.set_font("helvetica", "B", 14 if first else 12)
            pdf.multi_cell(
                0, 7, f"Item {number}: {titles[number]}" if first else heading, new_x="LMARGIN", new_y="NEXT"
            )
            pdf.ln(3)
            pdf.set_font("helvetica", size=11)
            pdf.multi_cell(0, 6, body if not first else text, new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(10, 285)
        pdf.set_font("helvetica", size=9)
        pdf.cell(190, 5, f"Page {index + 1}", align="C")
    pdf.output(str(path))


def _working_days_back(day: dt.date, count: int, nation: str) -> dt.date:
    while count:
        day -= dt.timedelta(days=1)
        count -= is_working_day(day, nation)
    return day


def add_demo_pack(ws: Workspace, today: dt.date) -> None:
    """Add the pack and its supplementary pack to the Cystic Fibrosis group's last meeting held."""
    row = ws.db.execute(
        "select meetings.id, meetings.date from meetings join committees on committees.id = meetings.committee_id "
        "where committees.name = ? and meetings.date < ? order by meetings.date desc limit 1",
        [CF_CRG.name, today.isoformat()],
    ).fetchone()
    if row is None or ws.path is None:
        return
    meeting_id, day = row[0], dt.date.fromisoformat(row[1])
    nation = person_nation(ws.db)
    with tempfile.TemporaryDirectory() as folder:
        for name, papers, days_before, supplementary in (
            ("CF CRG agenda pack.pdf", _PAPERS, 5, False),
            ("CF CRG supplementary pack.pdf", _LATE, 2, True),
        ):
            path = Path(folder) / name
            _write_pack(path, papers, day, supplementary)
            store_pack(
                ws.path, meeting_id, path, read_and_split(path), received=_working_days_back(day, days_before, nation)
            )
