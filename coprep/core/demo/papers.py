"""The worked example's papers: invented board papers, dense and plain, that came on time, late and
on the day, so a newcomer sees arrival checks, readability and words to know working at once.

The texts are in resources/demo_papers; the board-style ones are turned into PDFs here, as they
would arrive, and the plain one stays Markdown.
"""

import datetime as dt
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coprep.core.demo.committees import ICB_QUALITY
from coprep.core.papers.papers import import_paper
from coprep.core.papers.working_days import is_working_day, person_nation
from coprep.core.storage.resources import resource_path
from coprep.core.storage.workspace import Workspace


@dataclass(frozen=True)
class DemoPaper:
    resource: str
    file_name: str  # as it came, e.g. by email
    item_title: str  # the agenda item it belongs to (start of its title)
    upcoming: bool  # for the next meeting, else for the last one held
    working_days_before: int  # 0 with how="at_meeting" means handed out on the day
    how: str = "email"
    confidential: bool = False


DEMO_PAPERS = (
    DemoPaper(
        "elective_recovery.txt",
        "QPC item 4 - Elective recovery RTT report v3.pdf",
        "Elective recovery",
        upcoming=True,
        working_days_before=6,
    ),
    DemoPaper(
        "patient_experience.md",
        "Patient experience report with lay summary.md",
        "Patient experience",
        upcoming=False,
        working_days_before=7,
    ),
    DemoPaper(
        "winter_plan.txt",
        "QPC item 5 - UEC winter plan FINAL.pdf",
        "Urgent and emergency care",
        upcoming=False,
        working_days_before=2,
        how="portal",
    ),
    DemoPaper(
        "serious_incidents.txt",
        "SI and never events (tabled).pdf",
        "Serious incidents",
        upcoming=False,
        working_days_before=0,
        how="at_meeting",
        confidential=True,
    ),
)


def _working_days_back(meeting: dt.date, count: int, nation: str) -> dt.date:
    """The day that is `count` working days before the meeting (the meeting day itself for 0)."""
    day = meeting
    while count:
        day -= dt.timedelta(days=1)
        count -= is_working_day(day, nation)
    return day


def _meetings(ws: Workspace, today: dt.date) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """The quality committee's next meeting and its last one held."""
    rows = list(
        ws.db.query(
            "select meetings.id, meetings.date from meetings join committees on committees.id = meetings.committee_id "
            "where committees.name = ? order by meetings.date",
            [ICB_QUALITY.name],
        )
    )
    upcoming = [row for row in rows if row["date"] >= today.isoformat()]
    past = [row for row in rows if row["date"] < today.isoformat()]
    return (upcoming[0], past[-1]) if upcoming and past else None


def _item_id(ws: Workspace, meeting_id: int, title_start: str) -> int | None:
    row = ws.db.execute(
        "select id from agenda_items where meeting_id = ? and title like ? order by position",
        [meeting_id, title_start + "%"],
    ).fetchone()
    return row[0] if row else None


def _write_pdf(path: Path, text: str, title: str) -> None:
    """Save text as an A4 PDF, as board papers arrive; a form feed starts a new page.

    Uses the PDF's built-in Helvetica, which covers Latin-1 only: the example texts keep to it.
    """
    from fpdf import FPDF  # only the worked example makes PDFs

    pdf = FPDF(format="A4")
    pdf.set_title(title)
    pdf.set_font("helvetica", size=10)
    for page in text.split("\f"):
        pdf.add_page()
        pdf.multi_cell(0, 5, page)
    pdf.output(str(path))


def add_demo_papers(ws: Workspace, db_path: Path, today: dt.date) -> None:
    """Import the example papers into the quality committee's next meeting and its last one."""
    meetings = _meetings(ws, today)
    if meetings is None:
        return
    nation = person_nation(ws.db)
    with tempfile.TemporaryDirectory() as folder:
        for paper in DEMO_PAPERS:
            meeting = meetings[0] if paper.upcoming else meetings[1]
            text = resource_path("demo_papers", paper.resource).read_text(encoding="utf-8")
            source = Path(folder) / paper.file_name
            if source.suffix == ".pdf":
                _write_pdf(source, text, title=source.stem)
            else:
                source.write_text(text, encoding="utf-8")
            received = min(
                today, _working_days_back(dt.date.fromisoformat(meeting["date"]), paper.working_days_before, nation)
            )
            import_paper(
                db_path,
                meeting["id"],
                source,
                item_id=_item_id(ws, meeting["id"], paper.item_title),
                received=received,
                received_how=paper.how,
                confidential=paper.confidential,
            )
