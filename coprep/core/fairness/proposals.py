"""Answers coprep can suggest for some conditions, from what it already holds about a meeting.

Each suggestion carries its reason in plain words, and the person confirms or changes it. A
suggestion is made only where the data really shows the answer: coprep cannot tell whether a
person asked for an item that never appeared, so with no asked-for item it says nothing.
Reasons state facts without "you": accepting a suggestion makes its reason the evidence note,
which may go to the chair in the conditions summary.
"""

import datetime as dt
from dataclasses import dataclass

from sqlite_utils import Database

from coprep.core.meetings.meetings import Committee, Meeting, agenda, get_committee, get_meeting
from coprep.core.money.chaser import chased_words
from coprep.core.money.claims import claims_for_meeting, claims_repaid_in_time
from coprep.core.papers.papers import Paper, list_papers
from coprep.core.papers.working_days import ArrivalStatus, arrival_status, person_nation
from coprep.core.storage import clock
from coprep.core.words.readability import (
    ACCEPTABLE_AGE,
    ACCEPTABLE_JARGON_PERCENT,
    GRADE_TO_AGE,
    OLDEST_AGE,
    reading_age,
)
from coprep.i18n import N_, _, ngettext

# Used when the person has not said what notice the committee promises (a common local standard).
DEFAULT_NOTICE_WORKING_DAYS = 5
NAMES_SHOWN = 3


@dataclass
class Proposal:
    """An answer coprep suggests, with the reason in plain words."""

    rating: str
    reason: str


def _names(names: list[str]) -> str:
    shown = "; ".join(names[:NAMES_SHOWN])
    extra = len(names) - NAMES_SHOWN
    return _("{names}; and {extra} more").format(names=shown, extra=extra) if extra > 0 else shown


def _share(part: int, whole: int) -> str:
    """'met', 'partly' or 'not_met' for how many of the whole went wrong."""
    if part == 0:
        return "met"
    return "not_met" if part * 2 > whole else "partly"


# -- papers --------------------------------------------------------------------------------


def _paper_name(paper: Paper) -> str:
    return paper.title or paper.original_name or _("A paper")


def _late_words(paper: Paper, status: ArrivalStatus) -> str:
    name, days = _paper_name(paper), status.working_days_before
    if status.kind == "at_meeting":
        return _("{paper} was handed out at the meeting").format(paper=name)
    if status.kind == "after":
        return _("{paper} came after the meeting").format(paper=name)
    if not days:
        return _("{paper} came on the day of the meeting").format(paper=name)
    said = ngettext("{paper} came {count} working day before", "{paper} came {count} working days before", days)
    return said.format(paper=name, count=days)


def _on_time_words(judged: int, notice: int) -> str:
    """'The paper', 'Both papers' or 'All 5 papers' came at least the notice before the meeting."""
    if judged == 1:
        said = ngettext(
            "The paper came at least {notice} working day before the meeting.",
            "The paper came at least {notice} working days before the meeting.",
            notice,
        )
    elif judged == 2:
        said = ngettext(
            "Both papers came at least {notice} working day before the meeting.",
            "Both papers came at least {notice} working days before the meeting.",
            notice,
        )
    else:
        said = ngettext(
            "All {count} papers came at least {notice} working day before the meeting.",
            "All {count} papers came at least {notice} working days before the meeting.",
            notice,
        )
    return said.format(count=judged, notice=notice)


def _papers_on_time(db: Database, meeting: Meeting, committee: Committee, today: dt.date) -> Proposal | None:
    notice = committee.notice_working_days or DEFAULT_NOTICE_WORKING_DAYS
    nation = person_nation(db)
    papers = list_papers(db, meeting.id)
    late, judged = [], 0
    for paper in papers:
        # The papers screen gives no verdict when the committee's notice is not set; here the common 5 days is used.
        status = arrival_status(paper.received_date, meeting.date, notice, paper.received_how, nation)
        if status.kind == "unknown":
            continue
        judged += 1
        if status.kind != "on_time":
            late.append(_late_words(paper, status))
    if not judged:
        return None
    if late:
        came = ngettext(
            "{late} of {count} paper came late: {names}.", "{late} of {count} papers came late: {names}.", judged
        )
        should = ngettext(
            "The papers should come {count} working day before the meeting.",
            "The papers should come {count} working days before the meeting.",
            notice,
        )
        reason = came.format(late=len(late), count=judged, names=_names(late)) + " " + should.format(count=notice)
    else:
        reason = _on_time_words(judged, notice)
    undated = len(papers) - judged
    if undated:
        left_out = ngettext(
            "{count} paper with no date it came is left out.",
            "{count} papers with no date it came are left out.",
            undated,
        )
        reason += " " + left_out.format(count=undated)
    return Proposal(_share(len(late), judged), reason)


def _reading_age(paper: Paper) -> int:
    grade = paper.reading_grade or 0.0
    if paper.smog_grade is None:
        return max(GRADE_TO_AGE, round(grade) + GRADE_TO_AGE)
    return reading_age(grade, paper.smog_grade)


def _hard_words(paper: Paper) -> str | None:
    """Why a paper is hard to read, or None when it is plain enough."""
    age, jargon = _reading_age(paper), paper.jargon_percent or 0.0
    hard_age = "over" if age > OLDEST_AGE else "about" if age > ACCEPTABLE_AGE else ""
    jargon_heavy = jargon > ACCEPTABLE_JARGON_PERCENT
    if not (hard_age or jargon_heavy):
        return None
    said = _(_HARD_WORDS[hard_age, jargon_heavy])
    every = round(100 / jargon) if jargon_heavy else 0
    return said.format(paper=_paper_name(paper), age=OLDEST_AGE if hard_age == "over" else age, every=every)


# Why a paper is hard to read: (reading age over the oldest or about a hard age, much jargon) -> the words.
_HARD_WORDS = {
    ("over", False): N_("{paper} needs a reading age over {age}, like a university text"),
    ("over", True): N_(
        "{paper} needs a reading age over {age}, like a university text and has a lot of jargon (1 word in {every})"
    ),
    ("about", False): N_("{paper} needs a reading age of about {age}"),
    ("about", True): N_("{paper} needs a reading age of about {age} and has a lot of jargon (1 word in {every})"),
    ("", True): N_("{paper} has a lot of jargon (1 word in {every})"),
}


def _papers_plain(db: Database, meeting: Meeting, committee: Committee, today: dt.date) -> Proposal | None:
    scored = [p for p in list_papers(db, meeting.id) if p.reading_grade is not None]
    if not scored:
        return None
    hard = [words for words in map(_hard_words, scored) if words]
    count = len(scored)
    if not hard:
        if count == 1:
            plain = _("The paper is plain enough: a reading age of {age} or under, with little jargon.")
        elif count == 2:
            plain = _("Both papers are plain enough: a reading age of {age} or under, with little jargon.")
        else:
            plain = ngettext(
                "All {count} papers are plain enough: a reading age of {age} or under, with little jargon.",
                "All {count} papers are plain enough: a reading age of {age} or under, with little jargon.",
                count,
            )
        return Proposal("met", plain.format(count=count, age=ACCEPTABLE_AGE))
    if count == 1:
        said = _("{hard} of {count} paper is hard to read: {names}.")
    else:
        said = ngettext(
            "{hard} of {count} papers is hard to read: {names}.",
            "{hard} of {count} papers are hard to read: {names}.",
            len(hard),
        )
    return Proposal(_share(len(hard), count), said.format(hard=len(hard), count=count, names=_names(hard)))


# -- the agenda, money and the committee ---------------------------------------------------


def _my_item_on_agenda(db: Database, meeting: Meeting, committee: Committee, today: dt.date) -> Proposal | None:
    asked = [
        item.title or _("item {number}").format(number=item.number) for item in agenda(db, meeting.id) if item.asked_for
    ]
    if not asked:
        return None
    quoted = [_("“{title}”").format(title=title) for title in asked]
    if len(quoted) == 1:
        return Proposal("met", _("{item} was on the agenda, as asked.").format(item=quoted[0]))
    said = ngettext(
        "{count} item asked for was on the agenda: {names}.",
        "{count} items asked for were on the agenda: {names}.",
        len(quoted),
    )
    return Proposal("met", said.format(count=len(quoted), names=_names(quoted)))


def _expenses_on_time(db: Database, meeting: Meeting, committee: Committee, today: dt.date) -> Proposal | None:
    rating, reason = claims_repaid_in_time(db, meeting.id, today)
    chased = " ".join(filter(None, (chased_words(db, claim.id) for claim in claims_for_meeting(db, meeting.id))))
    return Proposal(rating, f"{reason} {chased}".strip()) if rating else None


def _two_lay_members(db: Database, meeting: Meeting, committee: Committee, today: dt.date) -> Proposal | None:
    places = committee.lay_places
    if places is None or places >= 2:
        return None  # two places do not show that two people came
    said = (
        _("The committee has no lay places, so two lay members could not both be there.")
        if places == 0
        else _("The committee has only one lay place, so two lay members could not both be there.")
    )
    return Proposal("not_met", said)


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
    today = today or clock.today()
    found = {key: finder(db, meeting, committee, today) for key, finder in _FINDERS.items()}
    return {key: proposal for key, proposal in found.items() if proposal is not None}
