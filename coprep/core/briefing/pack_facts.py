"""What goes into a briefing pack, gathered from the database as plain objects.

When the pack is to be shared, everything private is dropped here, before anything is written or
searched for words to know, so no later step can let it slip through: the person's notes,
questions, what they raised, their follow-ups, confidential papers, money (expense claims), their
own ratings of earlier meetings, and the parts of their role notes they marked private (a heading
starting "Private", with everything under it, or a line starting "Private:").

Words to know are ordered rarest first (by wordfreq's Zipf scale, taking the rarer of the term and
the way the meeting writes it), leaving out words nearly everyone knows unless the person asks.
"""

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from sqlite_utils import Database

from coprep.core.fairness import conditions
from coprep.core.meetings import contacts, meetings
from coprep.core.meetings.follow_ups import follow_ups_for_meeting, open_follow_ups
from coprep.core.money import claims
from coprep.core.money.pennies import format_money
from coprep.core.papers.papers import Paper, list_papers, page_texts
from coprep.core.storage import clock
from coprep.core.storage.validate import InputError
from coprep.core.text.dates import day_words
from coprep.core.words import glossary, jargon
from coprep.core.words.hard_words import word_zipf
from coprep.i18n import N_, _

# Conditions a person can notice while the meeting is going on (the rest are about before or after).
DURING_MEETING = (
    "chair_invited_view",
    "jargon_explained",
    "contribution_minuted",
    "my_item_on_agenda",
    "equal_vote",
    "two_lay_members",
    "accessible",
)
_ROLE_QUESTION = re.compile(r"^#+\s*what am i (?:here|there) for\b.*$", re.IGNORECASE | re.MULTILINE)
_NEXT_HEADING = re.compile(r"^#+\s", re.MULTILINE)
_PRIVATE_HEADING = re.compile(r"^(#+)\s*private\b", re.IGNORECASE)
_PRIVATE_LINE = re.compile(r"^\s*private\s*:", re.IGNORECASE)
_POINTER = re.compile(r"[:;,]?\s*(?:see|look at)\s[^.]*?\b(?:below|above)\b", re.IGNORECASE)
COMMON_ZIPF = 4.0  # words used this often (NHS, agenda, target) are known to nearly every reader
_RATING_WORDS = {
    "not_met": N_("{condition} (not met last time)"),
    "partly": N_("{condition} (only partly met last time)"),
}


@dataclass
class WordToKnow:
    term: str
    meaning: str
    seen_as: str = ""  # how the meeting writes it, when that is not the term itself
    zipf: float = 0.0  # how common it is (wordfreq's Zipf scale: 3 is once in a million words)


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
    held: bool = False  # the meeting has happened: the pack is the record of what happened
    item_follow_ups: dict[int, list[str]] = field(default_factory=dict)  # item id -> this meeting's follow-ups


def gather(
    db: Database,
    meeting_id: int,
    include_private: bool = True,
    with_words: bool = True,
    today: dt.date | None = None,
    all_words: bool = False,
) -> PackFacts:
    """Everything the pack shows for one meeting; private words only when include_private."""
    today = today or clock.today()
    meeting = meetings.get_meeting(db, meeting_id)
    if meeting is None:
        raise InputError(
            _("coprep has no meeting number {meeting_id}. The list of meetings shows their numbers.").format(
                meeting_id=meeting_id
            )
        )
    committee = meetings.get_committee(db, meeting.committee_id)
    if committee is None:
        raise InputError(_("coprep has no committee number {committee_id}.").format(committee_id=meeting.committee_id))
    items = meetings.agenda(db, meeting_id)
    if not include_private:
        items = [replace(item, notes="", questions="", raised="") for item in items]
    papers = [paper for paper in list_papers(db, meeting_id) if include_private or not paper.confidential]
    pack_items = [PackItem(item, [paper for paper in papers if paper.item_id == item.id]) for item in items]
    item_ids = {item.id for item in items}
    held = meeting.status == "held"
    notes = committee.role_notes if include_private else shareable_notes(committee.role_notes)
    return PackFacts(
        meeting=meeting,
        committee=committee,
        items=pack_items,
        other_papers=[paper for paper in papers if paper.item_id not in item_ids],
        contacts=_contacts(db, committee.id),
        role_purpose=_POINTER.sub("", role_purpose(notes)),
        watch_for=[] if held else _watch_for(db, meeting, include_private),
        claims=_unpaid_claims(db, committee, today) if include_private else [],
        follow_ups=_follow_ups(db, meeting, today) if include_private and not held else [],
        words=words_to_know(db, _searched_text(db, meeting, items, papers), all_words) if with_words else [],
        include_private=include_private,
        held=held,
        item_follow_ups={
            item_id: [f.line() for f in found] for item_id, found in follow_ups_for_meeting(db, meeting_id).items()
        }
        if include_private
        else {},
    )


def shareable_notes(notes: str) -> str:
    """Role notes without the parts marked private: a heading starting "Private" (and all under it
    until a heading of the same level or higher), and any line starting "Private:"."""
    kept, hidden_level = [], 0
    for line in (notes or "").splitlines():
        heading = re.match(r"^(#+)\s", line)
        if hidden_level and heading and len(heading.group(1)) <= hidden_level:
            hidden_level = 0
        private = _PRIVATE_HEADING.match(line)
        if private:
            hidden_level = len(private.group(1))
        if not hidden_level and not _PRIVATE_LINE.match(line):
            kept.append(line)
    return "\n".join(kept)


def role_purpose(role_notes: str) -> str:
    """What the person wrote under "What am I here for?" in their role notes ('' if nothing yet)."""
    question = _ROLE_QUESTION.search(role_notes or "")
    if question is None:
        return ""
    rest = role_notes[question.end() :]
    following = _NEXT_HEADING.search(rest)
    return (rest[: following.start()] if following else rest).strip()


def _contacts(db: Database, committee_id: int) -> list[str]:
    """Each contact on one line: "Aisha Rahman, Patient and public voice lead, my buddy, email, phone"
    (brackets inside the role become commas, so brackets never sit inside brackets)."""
    lines = []
    for contact in contacts.list_contacts(db, committee_id):
        role = re.sub(r"\s*\(([^()]*)\)", r", \1", contact.role).strip(", ")
        lines.append(", ".join(part for part in (contact.name, role, contact.email, contact.phone) if part))
    return lines


def _watch_for(db: Database, meeting: meetings.Meeting, with_ratings: bool = True) -> list[str]:
    """The conditions to notice during the meeting, with any that were not met at the one before
    (the person's own ratings, so only in their own copy)."""
    earlier = [
        m for m in meetings.list_meetings(db, meeting.committee_id) if m.date < meeting.date and m.status == "held"
    ]
    last_time = conditions.ratings(db, earlier[0].id) if earlier and with_ratings else {}
    lines = []
    for condition in conditions.list_conditions(db):
        if condition.key is not None and condition.key not in DURING_MEETING:
            continue
        rating = last_time.get(condition.id, ("", ""))[0]
        lines.append(
            _(_RATING_WORDS[rating]).format(condition=condition.text) if rating in _RATING_WORDS else condition.text
        )
    return lines


def _follow_ups(db: Database, meeting: meetings.Meeting, today: dt.date) -> list[str]:
    """Follow-ups from the committee's earlier meetings that are not done, saying which are late."""
    return [
        _("{follow_up} — late").format(follow_up=follow_up.line()) if follow_up.is_late(today) else follow_up.line()
        for follow_up in open_follow_ups(db, meeting.committee_id, meeting.date)
    ]


def _unpaid_claims(db: Database, committee: meetings.Committee, today: dt.date) -> list[str]:
    """Expense claims for this committee (or its organisation) that are not sent yet or not paid in full."""
    found = claims.list_claims(
        db,
        "claims.status in ('draft', 'submitted', 'part_paid') and "
        "(claims.committee_id = ? or (claims.committee_id is null and claims.organisation = ?))",
        [committee.id, committee.organisation],
    )
    lines = []
    for claim in found:
        if claim.status == "draft":
            line = _("{claim}: {amount}, not sent yet").format(
                claim=claim.what, amount=format_money(claim.claimed_pence)
            )
        elif claims.is_overdue(claim, today):
            line = _("{claim}: {overdue}").format(claim=claim.what, overdue=claims.overdue_words(claim, today))
        else:
            line = _("{claim}: {amount} owed to you, sent on {day}").format(
                claim=claim.what,
                amount=format_money(claims.owed_pence(claim)),
                day=day_words(claim.submitted_date or dt.date.today()),
            )
        lines.append(line)
    return lines


def _searched_text(
    db: Database, meeting: meetings.Meeting, items: list[meetings.AgendaItem], papers: list[Paper]
) -> str:
    """The words of the agenda, the person's notes (if kept) and the papers, to look for glossary words in."""
    parts = [meeting.title]
    for item in items:
        parts += [item.title, item.presenter, item.description, item.notes, item.questions, item.raised]
    for paper in papers:
        parts += [paper.title, *page_texts(db, paper.id)]
    return "\n\n".join(part for part in parts if part)


def words_to_know(db: Database, text: str, all_words: bool = False) -> list[WordToKnow]:
    """What the words in the text mean, rarest first: glossary words in the sense the text means,
    then what the papers themselves say their short forms mean, then the words nothing explains
    (with no meaning, to ask about). Words marked "I know this" are left out, and (unless all_words)
    words nearly every reader knows. The same report as Words to know and `coprep jargon`."""
    if not text.strip():
        return []
    entries = glossary.load_glossary(db, include_hidden=False)
    known = {entry.key for entry in entries if entry.known}
    report = jargon.jargon_report(text, entries, everyday=all_words)
    found = [term for term in report.known if glossary.term_key(term.term) not in known]
    words = [
        WordToKnow(
            term.term,
            term.meaning,
            "" if _same_word(term.matched, term.term) else term.matched,
            min(word_zipf(term.term.casefold()), word_zipf(term.matched.casefold())),
        )
        for term in found
    ]
    # only a single word can be known to everyone: wordfreq rates phrases ("Section 75") as common
    words = [word for word in words if all_words or word.zipf < COMMON_ZIPF or " " in word.term.strip()]
    words.sort(key=lambda word: (word.zipf, word.term.casefold()))
    glossed = {word.term.casefold() for word in words}
    words += [
        WordToKnow(
            d.short, _("The papers say this means “{long}”.").format(long=d.long), zipf=word_zipf(d.short.casefold())
        )
        for d in report.defined_in_text
        if d.short.casefold() not in glossed
    ]
    defined = {d.short.casefold() for d in report.defined_in_text}
    words += [
        WordToKnow(u.word, "")
        for u in report.unknown
        if u.kind in ("acronym", "phrase") and u.word.casefold() not in defined
    ]
    return words


def _same_word(written: str, term: str) -> bool:
    """True when one holds the other ("allocations", "Agenda item"), so there is no need to say how it was written."""
    written, term = written.casefold(), term.casefold()
    return written in term or term in written
