"""The involvement record: a person's CV of involvement (committees, roles, dates, hours) to print
or save for applications and appraisals. Built as Markdown, shown as safe HTML.

It leaves out notes and money: it is meant to be shared.
"""

import datetime as dt
import html
import re

from sqlite_utils import Database

from coprep.core.activities import CAPACITY_WORDS, KIND_WORDS, Activity, format_minutes, list_activities
from coprep.core.involvement import count_words
from coprep.core.meetings import Committee, list_committees
from coprep.core.notes_render import render_markdown
from coprep.core.tax_year import day_words

_MARKDOWN_SIGNS = re.compile(r"([\\`*_\[\]|#])")
_PAGE_STYLE = """
body { font-family: sans-serif; line-height: 1.4; }
h1 { font-size: 160%; margin-bottom: 0.2em; }
h2 { font-size: 125%; margin-top: 1.2em; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #888; padding: 4px 8px; vertical-align: top; }
"""


def _plain(text: str) -> str:
    """A person's words, shown exactly as typed inside Markdown (no accidental bold or links)."""
    return _MARKDOWN_SIGNS.sub(r"\\\1", html.escape(text, quote=False)).replace("\n", " ")


def _what(activity: Activity, in_committee: bool) -> str:
    """E.g. "Meeting, as a carer", or "Training: Healthwatch Riverside, as a patient" outside a committee."""
    words = KIND_WORDS.get(activity.kind, activity.kind)
    place = activity.meeting_title if in_committee else activity.organisation
    if place:
        words = f"{words}: {place}"
    return f"{words}, {CAPACITY_WORDS[activity.capacity].lower()}"


def _table(found: list[Activity], in_committee: bool) -> list[str]:
    lines = ["| Date | What | Time given |", "|:--|:--|--:|"]
    for activity in sorted(found, key=lambda a: (a.date, a.id)):
        what = _plain(_what(activity, in_committee))
        lines.append(f"| {day_words(activity.date)} | {what} | {format_minutes(activity.total_minutes)} |")
    return lines


def _span(found: list[Activity]) -> str:
    days = sorted(activity.date for activity in found)
    return day_words(days[0]) if days[0] == days[-1] else f"{day_words(days[0])} to {day_words(days[-1])}"


def _committee_section(committee: Committee, done: list[Activity]) -> list[str]:
    facts = [f"**{_plain(committee.organisation)}**"] if committee.organisation else []
    if committee.role_title:
        facts.append(f"Role: {_plain(committee.role_title)}")
    meetings_count = sum(1 for activity in done if activity.kind == "meeting")
    facts.append(
        f"{_span(done)} · {count_words(meetings_count, 'meeting', 'meetings')} · "
        f"{format_minutes(sum(a.total_minutes for a in done))} in all"
    )
    return [f"## {_plain(committee.name)}", "", "\n".join(facts), "", *_table(done, in_committee=True), ""]


def involvement_record_markdown(
    db: Database, first: dt.date | None = None, last: dt.date | None = None, today: dt.date | None = None
) -> str:
    """The record as Markdown: a total, each committee (organisation, role, dates, time, each activity),
    most recent first, then other involvement."""
    found = list_activities(db, first, last)
    if first and last:
        period = f"From {day_words(first)} to {day_words(last)}."
    else:
        period = f"Up to {day_words(last or today or dt.date.today())}."
    lines = ["# My involvement record", "", period, ""]
    if not found:
        return "\n".join([*lines, "No time has been recorded for these dates yet."])
    organisations = {activity.organisation for activity in found if activity.organisation}
    lines += [
        f"In all: {format_minutes(sum(a.total_minutes for a in found))} over "
        f"{count_words(len(found), 'activity', 'activities')} with "
        f"{count_words(len(organisations), 'organisation', 'organisations')}.",
        "",
    ]
    committees = {committee.id: committee for committee in list_committees(db)}
    by_committee: dict[int, list[Activity]] = {}
    for activity in found:
        if activity.committee_id in committees:
            by_committee.setdefault(activity.committee_id, []).append(activity)
    for committee_id, done in sorted(by_committee.items(), key=lambda pair: max(a.date for a in pair[1]), reverse=True):
        lines += _committee_section(committees[committee_id], done)
    others = [a for a in found if a.committee_id not in committees]
    if others:
        lines += ["## Other involvement", "", *_table(others, in_committee=False), ""]
    return "\n".join(lines)


def involvement_record_html(
    db: Database, first: dt.date | None = None, last: dt.date | None = None, today: dt.date | None = None
) -> str:
    """The record as a whole HTML page, safe to save, print or open in a browser."""
    body = render_markdown(involvement_record_markdown(db, first, last, today))
    return (
        '<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">'
        f"<title>My involvement record</title><style>{_PAGE_STYLE}</style></head>\n<body>\n{body}\n</body></html>\n"
    )
