"""A summary of the conditions at a committee's meetings, written for the person to send to the chair.

It thanks first for what was in place, then names what went wrong with dates and evidence and
asks for something specific, then shows where the meetings sat on the ladder. Only meetings the
person has rated count, so an unrated meeting is never held against the committee.
"""

import json
from dataclasses import dataclass, field
from typing import Any

from sqlite_utils import Database

from coprep.core.fairness.conditions import RATING_WORDS, Condition, list_conditions
from coprep.core.fairness.ladder import CREDIT, RUNG_BY_NUMBER, RungPoint, meeting_points
from coprep.core.meetings.meetings import Committee, get_committee
from coprep.core.text.print_html import Printable, file_stem, font_pt, md_escape, print_html
from coprep.core.text.dates import day_words
from coprep.core.storage.validate import InputError, parse_date

FORMATS = ("md", "html", "json")
LISTED_DATES = 4  # more meetings with the same answer than this are given as a span


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
        raise InputError(f"There is no committee number {committee_id}. The list of meetings shows each committee.")
    start, end = _day(start, "first date"), _day(end, "last date")
    if start and end and end < start:
        raise InputError("The last date is before the first date. Swap them round and try again.")
    in_period = [p for p in meeting_points(db, committee_id)
                 if (not start or p.meeting.date >= start) and (not end or p.meeting.date <= end)]
    ids = [p.meeting.id for p in in_period]
    answers: dict[int, list[Answer]] = {}
    if ids:
        marks = ",".join("?" * len(ids))
        rows = db.query(
            f"select r.condition_id, r.rating, r.note, m.id, m.date from condition_ratings r "
            f"join meetings m on m.id = r.meeting_id where m.id in ({marks}) order by m.date, m.id", ids)
        for row in rows:
            answer = Answer(row["id"], row["date"], row["rating"], row["note"].strip())
            answers.setdefault(row["condition_id"], []).append(answer)
    rated = {answer.meeting_id for found in answers.values() for answer in found}
    meetings = [p for p in in_period if p.meeting.id in rated or p.own]
    tallies = [Tally(c, answers.get(c.id, [])) for c in list_conditions(db)]
    return Summary(committee, start, end, meetings, tallies)


# -- Markdown ------------------------------------------------------------------------------


def _period(summary: Summary) -> str:
    if summary.start and summary.end:
        return f"from {day_words(summary.start)} to {day_words(summary.end)}"
    if summary.start:
        return f"since {day_words(summary.start)}"
    if summary.end:
        return f"up to {day_words(summary.end)}"
    return "so far"


def _well(tally: Tally, meetings: int) -> str:
    if tally.judged == meetings:
        return f"- {md_escape(tally.condition.text)}."
    where = "the one meeting" if tally.judged == 1 else f"the {tally.judged} meetings"
    return f"- {md_escape(tally.condition.text)} (at {where} where I could judge it)."


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


def _evidence(problems: list[Answer]) -> list[str]:
    """One line per different answer, naming every date it was given (the same words are not repeated)."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for answer in problems:
        grouped.setdefault((answer.rating, answer.note), []).append(day_words(answer.date))
    lines = []
    for (rating, note), days in grouped.items():
        words = RATING_WORDS[rating].lower()
        when = _and(days) if len(days) <= LISTED_DATES else f"{len(days)} meetings from {days[0]} to {days[-1]}"
        lines.append(f"- {when} – {words}" + (f": {md_escape(note)}" if note else "."))
    return lines


def _problem_heading(tally: Tally, meetings: int) -> str:
    not_met, partly = tally.count("not_met"), tally.count("partly")

    def how_many(count: int) -> str:
        if meetings == 1:
            return "the one meeting"
        return f"all {meetings} meetings" if count == meetings else f"{count} of the {meetings} meetings"

    if not not_met:
        return f"{md_escape(tally.condition.unmet_words)}, in part, at {how_many(partly)}"
    more = f" (and partly at {partly} more)" if partly else ""
    return f"{md_escape(tally.condition.unmet_words)} at {how_many(not_met)}{more}"


def _rung_line(point: RungPoint) -> str:
    line = f"- {day_words(point.meeting.date)}: {point.computed.name}."
    if point.own:
        reason = md_escape(point.own_reason).rstrip(".")
        line += f" I would put it at {RUNG_BY_NUMBER[point.own].name}" + (f": {reason}." if reason else ".")
    return line


def summary_markdown(summary: Summary) -> str:
    """The summary as Markdown the person can edit before sending."""
    name, count = md_escape(summary.committee.name), len(summary.meetings)
    lines = [f"# Taking part in the {name}", ""]
    if not count:
        period = "" if _period(summary) == "so far" else f" {_period(summary)}"
        return "\n".join(lines + [f"I have not rated any meetings of the {name}{period} yet.", ""])
    meetings_words = "the one meeting" if count == 1 else f"the {count} meetings"
    lines += [
        f"This is a short summary of how far the conditions for taking part as a lay member were in place "
        f"at {meetings_words} I rated {_period(summary)}. I am sharing it so that we can keep "
        "what works and put right what does not.", "",
    ]
    if summary.went_well:
        lines += ["## Thank you for what went well", "", "These were in place every time:", ""]
        lines += [_well(t, count) for t in summary.went_well] + [""]
    if summary.to_improve:
        lines += ["## What would help", ""]
        for tally in summary.to_improve:
            lines += [f"### {_problem_heading(tally, count)}", ""]
            lines += _evidence(tally.problems) + ["", md_escape(tally.condition.ask), ""]
    else:
        lines += ["Every condition I could judge was in place. Thank you.", ""]
    lines += ["## Where the meetings sat on the Ladder of Co-production", ""]
    lines += [_rung_line(point) for point in summary.meetings] + ["", f"*{CREDIT}*", ""]
    lines += ["I would welcome a chance to talk about this. Thank you for reading it.", ""]
    return "\n".join(lines)


def summary_printable(summary: Summary, large_print: int | None = None) -> Printable:
    """The summary as a document to show, print or save as PDF, web page or Markdown."""
    title = f"Taking part in the {summary.committee.name}"
    markdown = summary_markdown(summary)
    return Printable(title, file_stem("summary for the chair", summary.committee.name), markdown,
                     print_html(markdown, title, large_print, new_page_per_part=False), font_pt(large_print))


def summary_data(summary: Summary) -> dict[str, Any]:
    """The summary as plain data (for --format json)."""
    return {
        "committee": {"id": summary.committee.id, "name": summary.committee.name},
        "from": summary.start,
        "to": summary.end,
        "meetings": [{
            "id": p.meeting.id, "date": p.meeting.date,
            "rung": p.computed.rung, "rung_name": p.computed.name if p.computed.rung else None,
            "own_rung": p.own, "own_rung_reason": p.own_reason,
        } for p in summary.meetings],
        "conditions": [{
            "key": t.condition.key, "text": t.condition.text,
            **{rating: t.count(rating) for rating in RATING_WORDS},
            "answers": [{"meeting_id": a.meeting_id, "date": a.date, "rating": a.rating, "note": a.note}
                        for a in t.answers],
        } for t in summary.tallies if t.answers],
    }


def render_summary(summary: Summary, form: str) -> str:
    """The summary as 'md', 'html' or 'json' text."""
    if form == "md":
        return summary_markdown(summary)
    if form == "html":
        return summary_printable(summary).html
    if form == "json":
        return json.dumps(summary_data(summary), ensure_ascii=False, indent=2) + "\n"
    raise InputError("Choose md, html or json for the summary.")
