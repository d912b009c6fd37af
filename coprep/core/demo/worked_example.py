"""The worked example: invented committees, meetings and agendas that show what coprep does.

Every organisation and person here is made up. `years` builds a long history for benchmarks.
"""

import datetime as dt
import random
from typing import Any

from coprep.core.demo.agenda import add_demo_agenda
from coprep.core.demo.briefing import add_demo_briefing
from coprep.core.demo.committees import COMMITTEES, MY_NOTES, MY_QUESTIONS, DemoCommittee
from coprep.core.demo.fairness import add_demo_conditions
from coprep.core.demo.money import add_demo_involvement
from coprep.core.demo.packs import add_demo_pack
from coprep.core.demo.papers import add_demo_papers
from coprep.core.demo.words import add_demo_glossary
from coprep.core.meetings.meetings import role_notes_template
from coprep.core.storage import clock
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _


def _meeting_dates(every_weeks: int, weekday: int, first: dt.date, last: dt.date) -> list[dt.date]:
    dates, day = [], first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    while day <= last:
        dates.append(day)
        day += dt.timedelta(weeks=every_weeks)
    return dates


def _items_for(committee: DemoCommittee, meeting_id: int, start: str, rich: bool) -> list[dict[str, Any]]:
    hour, minute = map(int, start.split(":"))
    items = []
    for position, (number, title, purpose, presenter, description) in enumerate(committee.agenda):
        clock = f"{hour + (minute + 15 * position) // 60:02d}:{(minute + 15 * position) % 60:02d}"
        key = next((k for k in MY_NOTES | MY_QUESTIONS if title.startswith(k)), None)
        items.append(
            {
                "meeting_id": meeting_id,
                "position": position,
                "number": number,
                "title": title,
                "purpose": purpose,
                "presenter": presenter,
                "time": clock,
                "description": description,
                "asked_for": int(rich and title.startswith("Patient and public voice")),
                "notes": MY_NOTES.get(key, "") if rich and key is not None else "",
                "questions": MY_QUESTIONS.get(key, "") if rich and key is not None else "",
            }
        )
    return items


def _extra_items(rng: random.Random, meeting_id: int, start_position: int, count: int) -> list[dict[str, Any]]:
    """Filler items for the long benchmark history, so meetings carry about 16 items each."""
    topics = (
        "Workforce report",
        "Finance report: month {} position",
        "Estates update",
        "Digital strategy",
        "Safeguarding annual report",
        "Maternity services update",
        "Infection control report",
        "Medicines optimisation",
        "Health inequalities plan",
        "Community services review",
    )
    return [
        {
            "meeting_id": meeting_id,
            "position": start_position + n,
            "number": str(start_position + n + 1),
            "title": rng.choice(topics).format(rng.randint(1, 12)),
            "purpose": rng.choice(["information", "assurance"]),
            "presenter": "",
            "time": None,
            "description": "",
            "asked_for": 0,
            "notes": "",
            "questions": "",
        }
        for n in range(count)
    ]


def load_demo(ws: Workspace, years: int | None = None, today: dt.date | None = None) -> None:
    """Fill the database with the worked example; with years, a long history of that many years."""
    today = today or clock.today()
    rng = random.Random(2026)
    long_history = years is not None
    first = today - dt.timedelta(days=365 * (years or 1))
    last = today + dt.timedelta(days=90)
    db = ws.db
    with db.atomic():
        for committee in COMMITTEES:
            committee_id = (
                db.table("committees")
                .insert(
                    {
                        "name": committee.name,
                        "organisation": committee.organisation,
                        "role_title": committee.role_title,
                        "lay_places": committee.lay_places,
                        "notice_working_days": committee.notice_working_days,
                        "role_notes": role_notes_template(),
                    }
                )
                .last_pk
            )
            every = committee.history_every_weeks if long_history else committee.every_weeks
            for date in _meeting_dates(every, 1 + COMMITTEES.index(committee), first, last):
                upcoming = date >= today
                meeting_id = (
                    db.table("meetings")
                    .insert(
                        {
                            "committee_id": committee_id,
                            "date": date.isoformat(),
                            "start_time": committee.start,
                            "end_time": committee.end,
                            "place": committee.place,
                            "link": committee.link,
                            "status": "planned" if upcoming else "held",
                        }
                    )
                    .last_pk
                )
                if meeting_id is None:
                    raise InputError(_("The example meeting on {date} was not saved.").format(date=date.isoformat()))
                items = _items_for(committee, meeting_id, committee.start, rich=upcoming or not long_history)
                if long_history:
                    items += _extra_items(rng, meeting_id, len(items), 16 - len(items))
                db.table("agenda_items").insert_all(items)
    add_demo_involvement(ws, today)
    add_demo_glossary(ws, today)
    if ws.path is None:
        raise InputError(_("The example papers need a workspace saved in a folder."))
    add_demo_papers(ws, ws.path, today)  # after the glossary, so the papers' kept summaries are current
    add_demo_pack(ws, today)
    add_demo_conditions(ws, today)
    add_demo_briefing(ws, today)
    if ws.path is not None:
        add_demo_agenda(ws.path, today)
