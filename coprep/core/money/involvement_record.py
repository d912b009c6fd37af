"""The involvement record: a person's CV of involvement (committees, roles, dates, hours) to print
or save for applications and appraisals. Built as Markdown, made into print-ready HTML by print_html.

It leaves out notes and money: it is meant to be shared. Payments the person said no to are listed
apart (when and why, not how much): saying no is part of the record a benefits adviser may ask about.
"""

import datetime as dt

from sqlite_utils import Database

from coprep.core.meetings.meetings import Committee, list_committees
from coprep.core.money.activities import CAPACITY_WORDS, KIND_WORDS, Activity, format_minutes, list_activities
from coprep.core.money.payments import list_payments
from coprep.core.storage import clock
from coprep.core.storage.settings import PERSON_NAME, get_setting
from coprep.core.text.dates import day_words
from coprep.core.text.print_html import Printable, bold, file_stem, font_pt, heading, md_escape, md_table, print_html
from coprep.i18n import N_, _, ngettext

TITLE = N_("My involvement record")


def _what(activity: Activity, in_committee: bool) -> str:
    """E.g. "Meeting, as a carer", or "Training: Healthwatch Riverside, as a patient" outside a committee."""
    words = KIND_WORDS.get(activity.kind, activity.kind)
    place = activity.meeting_title if in_committee else activity.organisation
    capacity = CAPACITY_WORDS[activity.capacity].lower()
    if place:
        return _("{kind}: {place}, {capacity}").format(kind=words, place=place, capacity=capacity)
    return _("{kind}, {capacity}").format(kind=words, capacity=capacity)


def _table(found: list[Activity], in_committee: bool, large_print: int | None = None) -> list[str]:
    """The activities as a table, or as a short list each when the columns will not fit in large print."""
    rows = [
        [day_words(a.date), _what(a, in_committee), format_minutes(a.total_minutes)]
        for a in sorted(found, key=lambda a: (a.date, a.id))
    ]
    return md_table([_("Date"), _("What"), _("Time given")], rows, large_print)


def _span(found: list[Activity]) -> str:
    days = sorted(activity.date for activity in found)
    if days[0] == days[-1]:
        return day_words(days[0])
    return _("{first} to {last}").format(first=day_words(days[0]), last=day_words(days[-1]))


def _committee_section(committee: Committee, done: list[Activity], large_print: int | None) -> list[str]:
    facts = [bold(md_escape(committee.organisation))] if committee.organisation else []
    if committee.role_title:
        facts.append(_("Role: {role}").format(role=md_escape(committee.role_title)))
    meetings_count = sum(1 for activity in done if activity.kind == "meeting")
    in_all = ngettext(
        "{span} · {count} meeting · {time} in all", "{span} · {count} meetings · {time} in all", meetings_count
    )
    facts.append(
        in_all.format(span=_span(done), count=meetings_count, time=format_minutes(sum(a.total_minutes for a in done)))
    )
    return [heading(2, md_escape(committee.name)), "", "  \n".join(facts), "", *_table(done, True, large_print), ""]


def involvement_record_markdown(
    db: Database,
    first: dt.date | None = None,
    last: dt.date | None = None,
    today: dt.date | None = None,
    large_print: int | None = None,
) -> str:
    """The record as Markdown: a total, each committee (organisation, role, dates, time, each activity),
    most recent first, then other involvement."""
    found = list_activities(db, first, last)
    if first and last:
        period = _("From {first} to {last}.").format(first=day_words(first), last=day_words(last))
    else:
        period = _("Up to {day}.").format(day=day_words(last or today or clock.today()))
    lines = [heading(1, _(TITLE)), "", period, ""]
    if not found:
        return "\n".join(
            [*lines, _("No time has been recorded for these dates yet."), "", *_declined(db, first, last, large_print)]
        )
    organisations = len({activity.organisation for activity in found if activity.organisation})
    # two counts in one sentence: the organisations' count is its own phrase, so each takes its plural
    with_organisations = ngettext("with {count} organisation", "with {count} organisations", organisations)
    in_all = ngettext(
        "In all: {time} over {count} activity {with_organisations}.",
        "In all: {time} over {count} activities {with_organisations}.",
        len(found),
    )
    lines += [
        in_all.format(
            time=format_minutes(sum(a.total_minutes for a in found)),
            count=len(found),
            with_organisations=with_organisations.format(count=organisations),
        ),
        "",
    ]
    committees = {committee.id: committee for committee in list_committees(db)}
    by_committee: dict[int, list[Activity]] = {}
    for activity in found:
        if activity.committee_id in committees:
            by_committee.setdefault(activity.committee_id, []).append(activity)
    for committee_id, done in sorted(by_committee.items(), key=lambda pair: max(a.date for a in pair[1]), reverse=True):
        lines += _committee_section(committees[committee_id], done, large_print)
    others = [a for a in found if a.committee_id not in committees]
    if others:
        lines += [heading(2, _("Other involvement")), "", *_table(others, False, large_print), ""]
    return "\n".join(lines + _declined(db, first, last, large_print))


def _declined(db: Database, first: dt.date | None, last: dt.date | None, large_print: int | None) -> list[str]:
    """Payments said no to in the period, kept apart from everything paid."""
    low, high = (first or dt.date.min).isoformat(), (last or dt.date.max).isoformat()
    found = sorted(
        (p for p in list_payments(db) if p.status == "declined" and low <= p.date <= high), key=lambda p: (p.date, p.id)
    )
    if not found:
        return []
    rows = [[day_words(p.date), p.organisation, p.declined_reason] for p in found]
    return [
        f"## {_('Payments I said no to')}",
        "",
        *md_table([_("Date"), _("Organisation"), _("Why")], rows, large_print),
        "",
    ]


def involvement_record(
    db: Database,
    first: dt.date | None = None,
    last: dt.date | None = None,
    today: dt.date | None = None,
    large_print: int | None = None,
) -> Printable:
    """The record ready to print or save, in normal or large print; committees follow one another
    without a new page each."""
    markdown = involvement_record_markdown(db, first, last, today, large_print)
    period = f"{first.year}-to-{last.year}" if first and last else "all-years"
    title = _(TITLE)
    html = print_html(markdown, title, large_print, new_page_per_part=False)
    return Printable(
        title,
        file_stem("involvement-record", period),
        markdown,
        html,
        font_pt(large_print),
        author=(get_setting(db, PERSON_NAME) or "").strip(),
    )
