"""What goes into a briefing pack, gathered from the database as plain objects.

When the pack is to be shared, the person's private words (notes, questions, what they raised and
their follow-ups) and confidential papers are dropped here, before anything is written or searched for words to know,
so no later step can let them slip through.
"""

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from sqlite_utils import Database

from coprep.core.fairness import conditions
from coprep.core.meetings import contacts, meetings
from coprep.core.money import claims
from coprep.core.words import glossary, jargon
from coprep.core.meetings.follow_ups import open_follow_ups
from coprep.core.money.pennies import format_money
from coprep.core.papers.papers import Paper, list_papers, page_texts
from coprep.core.text.dates import day_words
from coprep.core.storage.validate import InputError
from coprep.core.storage import clock

# Conditions a person can notice while the meeting is going on (the rest are about before or after).
DURING_MEETING = ("chair_invited_view", "jargon_explained", "contribution_minuted", "my_item_on_agenda",
                  "equal_vote", "two_lay_members", "accessible")
_ROLE_QUESTION = re.compile(r"^#+\s*what am i (?:here|there) for\b.*$", re.IGNORECASE | re.MULTILINE)
_NEXT_HEADING = re.compile(r"^#+\s", re.MULTILINE)
_RATING_WORDS = {"not_met": "not met last time", "partly": "only partly met last time"}


@dataclass
class WordToKnow:
    term: str
    meaning: str
    seen_as: str = ""  # how the meeting writes it, when that is not the term itself


@dataclass
class PackItem:
    item: meetings.AgendaItem
    papers: list[Paper] = field(default_factory=list)


@dataclass
class PackFacts:
    meeting: meetings.Meeting
    committee: meetings.Committee
    items: list[PackItem]
    other_papers: list[Paper]
    contacts: list[str]
    role_purpose: str
    watch_for: list[str]
    claims: list[str]
    follow_ups: list[str]
    words: list[WordToKnow]
    include_private: bool



def gather(db: Database, meeting_id: int, include_private: bool = True, with_words: bool = True,
           today: dt.date | None = None) -> PackFacts:
    """Everything the pack shows for one meeting; private words only when include_private."""
    meeting = meetings.get_meeting(db, meeting_id)
    if meeting is None:
        raise InputError(f"coprep has no meeting number {meeting_id}. The list of meetings shows their numbers.")
    committee = meetings.get_committee(db, meeting.committee_id)
    items = meetings.agenda(db, meeting_id)
    if not include_private:
        items = [replace(item, notes="", questions="", raised="") for item in items]
    papers = [paper for paper in list_papers(db, meeting_id) if include_private or not paper.confidential]
    pack_items = [PackItem(item, [paper for paper in papers if paper.item_id == item.id]) for item in items]
    item_ids = {item.id for item in items}
    return PackFacts(
        meeting=meeting,
        committee=committee,
        items=pack_items,
        other_papers=[paper for paper in papers if paper.item_id not in item_ids],
        contacts=_contacts(db, committee.id),
        role_purpose=role_purpose(committee.role_notes),
        watch_for=_watch_for(db, meeting),
        claims=_unpaid_claims(db, committee, today or clock.today()),
        follow_ups=_follow_ups(db, meeting, today or clock.today()) if include_private else [],
        words=words_to_know(db, _searched_text(db, meeting, items, papers)) if with_words else [],
        include_private=include_private,
    )


def role_purpose(role_notes: str) -> str:
    """What the person wrote under "What am I here for?" in their role notes ('' if nothing yet)."""
    question = _ROLE_QUESTION.search(role_notes or "")
    if question is None:
        return ""
    rest = role_notes[question.end():]
    following = _NEXT_HEADING.search(rest)
    return (rest[: following.start()] if following else rest).strip()


def _contacts(db: Database, committee_id: int) -> list[str]:
    return [contact.as_text() for contact in contacts.list_contacts(db, committee_id)]


def _watch_for(db: Database, meeting: meetings.Meeting) -> list[str]:
    """The conditions to notice during the meeting, with any that were not met at the one before."""
    earlier = [m for m in meetings.list_meetings(db, meeting.committee_id)
               if m.date < meeting.date and m.status == "held"]
    last_time = conditions.ratings(db, earlier[0].id) if earlier else {}
    lines = []
    for condition in conditions.list_conditions(db):
        if condition.key is not None and condition.key not in DURING_MEETING:
            continue
        rating = last_time.get(condition.id, ("", ""))[0]
        lines.append(f"{condition.text} ({_RATING_WORDS[rating]})" if rating in _RATING_WORDS else condition.text)
    return lines


def _follow_ups(db: Database, meeting: meetings.Meeting, today: dt.date) -> list[str]:
    """Follow-ups from the committee's earlier meetings that are not done, saying which are late."""
    return [follow_up.line() + (" — late" if follow_up.is_late(today) else "")
            for follow_up in open_follow_ups(db, meeting.committee_id, meeting.date)]


def _unpaid_claims(db: Database, committee: meetings.Committee, today: dt.date) -> list[str]:
    """Expense claims for this committee (or its organisation) that are not sent yet or not paid in full."""
    found = claims.list_claims(
        db, "claims.status in ('draft', 'submitted', 'part_paid') and "
            "(claims.committee_id = ? or (claims.committee_id is null and claims.organisation = ?))",
        [committee.id, committee.organisation])
    lines = []
    for claim in found:
        if claim.status == "draft":
            lines.append(f"{claim.what}: {format_money(claim.claimed_pence)}, not sent yet")
        elif claims.is_overdue(claim, today):
            lines.append(f"{claim.what}: {claims.overdue_words(claim, today)}")
        else:
            lines.append(f"{claim.what}: {format_money(claims.owed_pence(claim))} owed to you, "
                         f"sent on {day_words(claim.submitted_date)}")
    return lines


def _searched_text(db: Database, meeting: meetings.Meeting, items: list[meetings.AgendaItem],
                   papers: list[Paper]) -> str:
    """The words of the agenda, the person's notes (if kept) and the papers, to look for glossary words in."""
    parts = [meeting.title]
    for item in items:
        parts += [item.title, item.presenter, item.description, item.notes, item.questions, item.raised]
    for paper in papers:
        parts += [paper.title, *page_texts(db, paper.id)]
    return "\n\n".join(part for part in parts if part)


def words_to_know(db: Database, text: str) -> list[WordToKnow]:
    """The plain meaning of every glossary word in the text, A to Z, without words marked "I know this"."""
    if not text.strip():
        return []
    entries = glossary.load_glossary(db, include_hidden=False)
    known = {entry.key for entry in entries if entry.known}
    found = [term for term in jargon.find_terms(text, entries) if glossary.term_key(term.term) not in known]
    words = [WordToKnow(term.term, term.meaning, "" if _same_word(term.matched, term.term) else term.matched)
             for term in found]
    return sorted(words, key=lambda word: word.term.casefold())


def _same_word(written: str, term: str) -> bool:
    """True when one holds the other ("allocations", "Agenda item"), so there is no need to say how it was written."""
    written, term = written.casefold(), term.casefold()
    return written in term or term in written
