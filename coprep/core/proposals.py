"""Answers coprep can suggest for some conditions, from what it already holds about a meeting.

Each suggestion carries its reason in plain words, and the person confirms or changes it. A
suggestion is made only where the data really shows the answer: coprep cannot tell whether a
person asked for an item that never appeared, so with no asked-for item it says nothing.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from coprep.core.meetings import Committee, Meeting, agenda, get_committee, get_meeting

DEFAULT_NOTICE_WORKING_DAYS = 5
# Highest US school grade counted as plain: reading age 14, the top of what NHS style allows.
PLAIN_READING_GRADE = 9.0
NAMES_SHOWN = 3


@dataclass
class Proposal:
    """An answer coprep suggests, with the reason in plain words."""

    rating: str
    reason: str


def plain_date(day: dt.date | str) -> str:
    """A date as people write it: 5 March 2026."""
    day = dt.date.fromisoformat(day) if isinstance(day, str) else day
    return f"{day.day} {day:%B %Y}"


def _counted(number: int, one: str, many: str | None = None) -> str:
    return f"{number} {one if number == 1 else (many or one + 's')}"


def _names(names: list[str]) -> str:
    shown = names[:NAMES_SHOWN]
    extra = len(names) - len(shown)
    return "; ".join(shown) + (f"; and {extra} more" if extra else "")


def _every(number: int, noun: str, one: str = "The") -> str:
    """'The paper', 'Both papers' or 'All 5 papers'."""
    if number == 1:
        return f"{one} {noun}"
    return f"Both {noun}s" if number == 2 else f"All {number} {noun}s"


def _share(part: int, whole: int) -> str:
    """'met', 'partly' or 'not_met' for how many of the whole went wrong."""
    if part == 0:
        return "met"
    return "not_met" if part * 2 > whole else "partly"


# -- papers --------------------------------------------------------------------------------


def weekdays_between(received: dt.date, meeting: dt.date) -> int:
    """Monday-to-Friday days from the day a paper came up to, not including, the meeting day.

    Papers sent on Monday for the next Monday's meeting came 5 working days before. Bank
    holidays are not counted out here; coprep.core.working_days does that when it is present.
    """
    if received >= meeting:
        return 0
    whole_weeks, extra = divmod((meeting - received).days, 7)
    days = whole_weeks * 5
    for offset in range(extra):
        if (received + dt.timedelta(days=offset)).weekday() < 5:
            days += 1
    return days


def _papers(db: Database, meeting_id: int) -> list[dict[str, Any]]:
    return list(db.query(
        "select * from papers where meeting_id = ? order by received_date, id", [meeting_id]))


def _paper_name(paper: dict[str, Any]) -> str:
    return paper["title"] or paper["original_name"] or "A paper"


def _arrival_words(paper: dict[str, Any], meeting_day: dt.date, days: int) -> str:
    received = dt.date.fromisoformat(paper["received_date"])
    if paper["received_how"] == "at_meeting" or received == meeting_day:
        return f"{_paper_name(paper)} was handed out on the day"
    if received > meeting_day:
        return f"{_paper_name(paper)} came after the meeting"
    return f"{_paper_name(paper)} came {_counted(days, 'working day')} before"


def _papers_on_time(db: Database, meeting: Meeting, committee: Committee, today: dt.date) -> Proposal | None:
    papers = _papers(db, meeting.id)
    dated = [p for p in papers if p["received_date"] or p["received_how"] == "at_meeting"]
    if not dated:
        return None
    notice = committee.notice_working_days or DEFAULT_NOTICE_WORKING_DAYS
    late = []
    for paper in dated:
        if paper["received_how"] == "at_meeting" or not paper["received_date"]:
            paper = {**paper, "received_how": "at_meeting", "received_date": meeting.date}
        days = weekdays_between(dt.date.fromisoformat(paper["received_date"]), meeting.day)
        if days < notice:
            late.append(_arrival_words(paper, meeting.day, days))
    promise = f"coprep expects {_counted(notice, 'working day')} before the meeting."
    if not late:
        reason = f"{_every(len(dated), 'paper')} came at least {_counted(notice, 'working day')} before the meeting."
    else:
        reason = f"{len(late)} of {_counted(len(dated), 'paper')} came late: {_names(late)}. {promise}"
    undated = len(papers) - len(dated)
    if undated:
        reason += f" {_counted(undated, 'paper')} with no date it came {'is' if undated == 1 else 'are'} left out."
    return Proposal(_share(len(late), len(dated)), reason)


def _papers_plain(db: Database, meeting: Meeting, committee: Committee, today: dt.date) -> Proposal | None:
    graded = [p for p in _papers(db, meeting.id) if p["reading_grade"] is not None]
    if not graded:
        return None
    hard = [p for p in graded if p["reading_grade"] > PLAIN_READING_GRADE]
    top_age = round(PLAIN_READING_GRADE) + 5
    if not hard:
        verb = "is" if len(graded) == 1 else "are"
        return Proposal("met", f"{_every(len(graded), 'paper')} {verb} plain enough to read: a reading age of {top_age} or under.")
    words = [f"{_paper_name(p)} needs a reading age of about {round(p['reading_grade']) + 5}" for p in hard]
    reason = (
        f"{len(hard)} of {_counted(len(graded), 'paper')} {'is' if len(hard) == 1 else 'are'} hard to read: "
        f"{_names(words)}. Plain papers need a reading age of {top_age} or under. "
        "If the hard ones came with a lay summary, you may want to choose Met."
    )
    return Proposal(_share(len(hard), len(graded)), reason)


# -- the agenda, money and the committee ---------------------------------------------------


def _my_item_on_agenda(db: Database, meeting: Meeting, committee: Committee, today: dt.date) -> Proposal | None:
    asked = [item.title or f"item {item.number}" for item in agenda(db, meeting.id) if item.asked_for]
    if not asked:
        return None
    quoted = [f"“{title}”" for title in asked]
    if len(quoted) == 1:
        return Proposal("met", f"You asked for {quoted[0]} and it was on the agenda.")
    return Proposal("met", f"You asked for {len(quoted)} items and they were on the agenda: {_names(quoted)}.")


def _expenses_on_time(db: Database, meeting: Meeting, committee: Committee, today: dt.date) -> Proposal | None:
    claims = db.query(
        "select * from claims where meeting_id = ? and submitted_date is not null "
        "and status in ('submitted', 'paid', 'part_paid') order by submitted_date, id", [meeting.id])
    judged, late = 0, []
    for claim in claims:
        sent = dt.date.fromisoformat(claim["submitted_date"])
        promise = f"promised within {claim['expected_days']}"
        if claim["paid_date"]:
            took = (dt.date.fromisoformat(claim["paid_date"]) - sent).days
            judged += 1
            if took > claim["expected_days"]:
                late.append(f"the claim sent on {plain_date(sent)} was paid after {took} days ({promise})")
        elif (today - sent).days > claim["expected_days"]:
            judged += 1
            late.append(f"the claim sent on {plain_date(sent)} is still not paid after "
                        f"{(today - sent).days} days ({promise})")
    if not judged:
        return None
    if not late:
        verb = "was" if judged == 1 else "were"
        return Proposal("met", f"{_every(judged, 'claim', one='Your')} {verb} paid within the time promised.")
    reason = _names(late)
    reason = reason[0].upper() + reason[1:] + "."
    return Proposal(_share(len(late), judged), reason)


def _two_lay_members(db: Database, meeting: Meeting, committee: Committee, today: dt.date) -> Proposal | None:
    places = committee.lay_places
    if places is None or places >= 2:
        return None  # two places do not show that two people came
    said = "no lay places" if places == 0 else "only one lay place"
    return Proposal("not_met", f"The committee has {said}, so two lay members could not both be there.")


_FINDERS = {
    "papers_on_time": _papers_on_time,
    "papers_plain": _papers_plain,
    "my_item_on_agenda": _my_item_on_agenda,
    "expenses_on_time": _expenses_on_time,
    "two_lay_members": _two_lay_members,
}


def propose(db: Database, meeting_id: int, today: dt.date | None = None) -> dict[str, Proposal]:
    """Suggested answers for this meeting, by condition key; only where the data shows the answer."""
    meeting = get_meeting(db, meeting_id)
    committee = get_committee(db, meeting.committee_id) if meeting else None
    if meeting is None or committee is None:
        return {}
    today = today or dt.date.today()
    found = {key: finder(db, meeting, committee, today) for key, finder in _FINDERS.items()}
    return {key: proposal for key, proposal in found.items() if proposal is not None}
