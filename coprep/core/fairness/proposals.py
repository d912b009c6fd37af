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

# Used when the person has not said what notice the committee promises (a common local standard).
DEFAULT_NOTICE_WORKING_DAYS = 5
NAMES_SHOWN = 3


@dataclass
class Proposal:
    """An answer coprep suggests, with the reason in plain words."""

    rating: str
    reason: str


def _counted(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _names(names: list[str]) -> str:
    shown = names[:NAMES_SHOWN]
    extra = len(names) - len(shown)
    return "; ".join(shown) + (f"; and {extra} more" if extra else "")


def _every(number: int, noun: str) -> str:
    """'The paper', 'Both papers' or 'All 5 papers'."""
    if number == 1:
        return f"The {noun}"
    return f"Both {noun}s" if number == 2 else f"All {number} {noun}s"


def _share(part: int, whole: int) -> str:
    """'met', 'partly' or 'not_met' for how many of the whole went wrong."""
    if part == 0:
        return "met"
    return "not_met" if part * 2 > whole else "partly"


# -- papers --------------------------------------------------------------------------------


def _paper_name(paper: Paper) -> str:
    return paper.title or paper.original_name or "A paper"


def _late_words(paper: Paper, status: ArrivalStatus) -> str:
    if status.kind == "at_meeting":
        return f"{_paper_name(paper)} was handed out at the meeting"
    if status.kind == "after":
        return f"{_paper_name(paper)} came after the meeting"
    if not status.working_days_before:
        return f"{_paper_name(paper)} came on the day of the meeting"
    return f"{_paper_name(paper)} came {_counted(status.working_days_before, 'working day')} before"


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
        reason = (
            f"{len(late)} of {_counted(judged, 'paper')} came late: {_names(late)}. "
            f"The papers should come {_counted(notice, 'working day')} before the meeting."
        )
    else:
        reason = f"{_every(judged, 'paper')} came at least {_counted(notice, 'working day')} before the meeting."
    undated = len(papers) - judged
    if undated:
        reason += f" {_counted(undated, 'paper')} with no date it came {'is' if undated == 1 else 'are'} left out."
    return Proposal(_share(len(late), judged), reason)


def _reading_age(paper: Paper) -> int:
    grade = paper.reading_grade or 0.0
    if paper.smog_grade is None:
        return max(GRADE_TO_AGE, round(grade) + GRADE_TO_AGE)
    return reading_age(grade, paper.smog_grade)


def _hard_words(paper: Paper) -> str | None:
    """Why a paper is hard to read, or None when it is plain enough."""
    age, jargon = _reading_age(paper), paper.jargon_percent or 0.0
    why = []
    if age > OLDEST_AGE:
        why.append(f"needs a reading age over {OLDEST_AGE}, like a university text")
    elif age > ACCEPTABLE_AGE:
        why.append(f"needs a reading age of about {age}")
    if jargon > ACCEPTABLE_JARGON_PERCENT:
        why.append(f"has a lot of jargon (1 word in {round(100 / jargon)})")
    return f"{_paper_name(paper)} {' and '.join(why)}" if why else None


def _papers_plain(db: Database, meeting: Meeting, committee: Committee, today: dt.date) -> Proposal | None:
    scored = [p for p in list_papers(db, meeting.id) if p.reading_grade is not None]
    if not scored:
        return None
    hard = [words for words in map(_hard_words, scored) if words]
    if not hard:
        verb = "is" if len(scored) == 1 else "are"
        return Proposal(
            "met",
            f"{_every(len(scored), 'paper')} {verb} plain enough: "
            f"a reading age of {ACCEPTABLE_AGE} or under, with little jargon.",
        )
    reason = (
        f"{len(hard)} of {_counted(len(scored), 'paper')} {'is' if len(hard) == 1 else 'are'} hard to read: "
        f"{_names(hard)}."
    )
    return Proposal(_share(len(hard), len(scored)), reason)


# -- the agenda, money and the committee ---------------------------------------------------


def _my_item_on_agenda(db: Database, meeting: Meeting, committee: Committee, today: dt.date) -> Proposal | None:
    asked = [item.title or f"item {item.number}" for item in agenda(db, meeting.id) if item.asked_for]
    if not asked:
        return None
    quoted = [f"“{title}”" for title in asked]
    if len(quoted) == 1:
        return Proposal("met", f"{quoted[0]} was on the agenda, as asked.")
    return Proposal("met", f"{len(quoted)} items asked for were on the agenda: {_names(quoted)}.")


def _expenses_on_time(db: Database, meeting: Meeting, committee: Committee, today: dt.date) -> Proposal | None:
    rating, reason = claims_repaid_in_time(db, meeting.id, today)
    chased = " ".join(filter(None, (chased_words(db, claim.id) for claim in claims_for_meeting(db, meeting.id))))
    return Proposal(rating, f"{reason} {chased}".strip()) if rating else None


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
    today = today or clock.today()
    found = {key: finder(db, meeting, committee, today) for key, finder in _FINDERS.items()}
    return {key: proposal for key, proposal in found.items() if proposal is not None}
