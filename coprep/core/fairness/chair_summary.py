"""The facts behind the summary for the chair: how each condition was rated at a committee's meetings.

Only meetings the person has rated count, so an unrated meeting is never held against the
committee. The letter itself is written by chair_letter.
"""

import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from coprep.core.fairness.conditions import RATING_WORDS, Condition, list_conditions
from coprep.core.fairness.ladder import RungPoint, meeting_points
from coprep.core.meetings.meetings import Committee, get_committee
from coprep.core.storage.validate import InputError, parse_date
from coprep.i18n import _

FORMATS = ("md", "html", "json")


@dataclass
class Answer:
    meeting_id: int
    date: str
    rating: str
    note: str


@dataclass
class Tally:
    """How one condition was rated across the meetings in the summary."""

    condition: Condition
    answers: list[Answer] = field(default_factory=list)

    def count(self, rating: str) -> int:
        return sum(answer.rating == rating for answer in self.answers)

    @property
    def judged(self) -> int:
        """Meetings where it was met, partly met or not met."""
        return sum(answer.rating in ("met", "partly", "not_met") for answer in self.answers)

    @property
    def problems(self) -> list[Answer]:
        return [answer for answer in self.answers if answer.rating in ("not_met", "partly")]


@dataclass
class Summary:
    committee: Committee
    start: str | None
    end: str | None
    meetings: list[RungPoint]
    tallies: list[Tally]

    @property
    def went_well(self) -> list[Tally]:
        """Conditions met at every meeting where they were judged."""
        return [t for t in self.tallies if t.judged and t.count("met") == t.judged]

    @property
    def to_improve(self) -> list[Tally]:
        """Conditions not fully met at least once, the most often first."""
        found = [t for t in self.tallies if t.problems]
        return sorted(found, key=lambda t: (-t.count("not_met"), -t.count("partly")))


def _day(text: str | None, what: str) -> str | None:
    return parse_date(text, what).isoformat() if text else None


def build_summary(db: Database, committee_id: int, start: str | None = None, end: str | None = None) -> Summary:
    """Gather the rated meetings of a committee between start and end (both included, either may be None)."""
    committee = get_committee(db, committee_id)
    if committee is None:
        raise InputError(
            _("There is no committee number {committee_id}. The list of meetings shows each committee.").format(
                committee_id=committee_id
            )
        )
    start, end = _day(start, _("first date")), _day(end, _("last date"))
    if start and end and end < start:
        raise InputError(_("The last date is before the first date. Swap them round and try again."))
    in_period = [
        p
        for p in meeting_points(db, committee_id)
        if (not start or p.meeting.date >= start) and (not end or p.meeting.date <= end)
    ]
    ids = [p.meeting.id for p in in_period]
    answers: dict[int, list[Answer]] = {}
    if ids:
        marks = ",".join("?" * len(ids))
        rows = db.query(
            f"select r.condition_id, r.rating, r.note, m.id, m.date from condition_ratings r "
            f"join meetings m on m.id = r.meeting_id where m.id in ({marks}) and r.rating is not null "
            f"order by m.date, m.id",
            ids,
        )
        for row in rows:
            answer = Answer(row["id"], row["date"], row["rating"], row["note"].strip())
            answers.setdefault(row["condition_id"], []).append(answer)
    rated = {answer.meeting_id for found in answers.values() for answer in found}
    meetings = [p for p in in_period if p.meeting.id in rated or p.own]
    tallies = [Tally(c, answers.get(c.id, [])) for c in list_conditions(db)]
    return Summary(committee, start, end, meetings, tallies)


def summary_data(summary: Summary) -> dict[str, Any]:
    """The summary as plain data (for --format json)."""
    return {
        "committee": {"id": summary.committee.id, "name": summary.committee.name},
        "from": summary.start,
        "to": summary.end,
        "meetings": [
            {
                "id": p.meeting.id,
                "date": p.meeting.date,
                "rung": p.computed.rung,
                "rung_name": p.computed.name if p.computed.rung else None,
                "own_rung": p.own,
                "own_rung_reason": p.own_reason,
            }
            for p in summary.meetings
        ],
        "conditions": [
            {
                "key": t.condition.key,
                "text": t.condition.text,
                **{rating: t.count(rating) for rating in RATING_WORDS},
                "answers": [
                    {"meeting_id": a.meeting_id, "date": a.date, "rating": a.rating, "note": a.note} for a in t.answers
                ],
            }
            for t in summary.tallies
            if t.answers
        ],
    }


def render_summary(db: Database, summary: Summary, form: str, with_ladder: bool = False) -> str:
    """The summary as 'md' or 'html' (the letter to the chair), or 'json' (the plain data)."""
    from coprep.core.fairness.chair_letter import build_letter, letter_markdown, letter_printable

    if form in ("md", "html"):
        markdown = letter_markdown(build_letter(db, summary, with_ladder=with_ladder))
        return markdown if form == "md" else letter_printable(summary, markdown).html
    if form == "json":
        return json.dumps(summary_data(summary), ensure_ascii=False, indent=2) + "\n"
    raise InputError(_("Choose md, html or json for the summary."))
