"""The briefing pack for one meeting, written as Markdown and made into printable HTML.

The pack is Markdown first (so it can be saved as it is), then HTML through `print_html`. The
parts follow one another (a new page for each left pages half empty); each agenda item is a
level-3 heading, which the printing code keeps whole on one page where it fits. For a meeting that
has happened, the pack becomes the record of it: what was decided, what I said, and follow-ups.
Every page's header says whose copy it is: "Shareable copy" or "Private: my own notes".
"""

import re
from dataclasses import dataclass, field

from sqlite_utils import Database

from coprep.core.briefing.pack_facts import PackFacts, PackItem, gather
from coprep.core.meetings.meetings import PURPOSE_WORDS, Meeting
from coprep.core.papers.papers import Paper
from coprep.core.storage.settings import PERSON_NAME, get_setting
from coprep.core.storage.validate import InputError
from coprep.core.text.dates import day_words, weekday_words
from coprep.core.text.notes_render import clean_html
from coprep.core.text.print_html import (
    LARGE_PRINT_SIZES,
    Printable,
    bold,
    file_stem,
    font_pt,
    heading,
    md_escape,
    md_lines,
    md_table,
    print_html,
)
from coprep.core.words.readability import OLDEST_AGE
from coprep.i18n import N_, Words, _, ngettext

# The parts a person can choose, in the order they come in the pack.
SECTIONS = Words(
    {
        "cover": N_("Front page: when, where, who to ask"),
        "agenda": N_("The agenda, item by item"),
        "writing": N_("Space to write by each item"),
        "reminders": N_("Reminders: my role, what to watch for, money owed"),
        "words": N_("Words to know"),
    }
)
SHARED_HEADER = N_("Shareable copy")
PRIVATE_HEADER = N_("Private: my own notes")
PAGE_SIZES = ("A4", "Letter")
WRITING_LINES = 3
_HEADING = re.compile(r"^(#{1,6})(?=\s)", re.MULTILINE)


@dataclass
class BriefingOptions:
    """What to put in the pack and how big to print it. large_print is None (12 pt), 16 or 20."""

    sections: set[str] = field(default_factory=lambda: set(SECTIONS))
    include_private: bool = True
    large_print: int | None = None
    page_size: str = "A4"
    all_words: bool = False  # also explain words nearly every reader knows

    def __post_init__(self) -> None:
        unknown = set(self.sections) - set(SECTIONS)
        if unknown:
            raise InputError(_("A briefing pack has no part called {join}.").format(join=", ".join(sorted(unknown))))
        if self.large_print not in (None, *LARGE_PRINT_SIZES):
            raise InputError(_("Large print can be 16 or 20 point."))
        if self.page_size not in PAGE_SIZES:
            raise InputError(_("The paper can be A4 or Letter."))

    @property
    def font_pt(self) -> int:
        return font_pt(self.large_print)


def when_words(meeting: Meeting) -> str:
    """E.g. "Tuesday 3 March 2026, 10:00 to 12:30"."""
    day = weekday_words(meeting.day)
    if meeting.start_time and meeting.end_time:
        return _("{day}, {start} to {end}").format(day=day, start=meeting.start_time, end=meeting.end_time)
    if meeting.start_time:
        return _("{day}, {start}").format(day=day, start=meeting.start_time)
    return day


def pack_title(meeting: Meeting) -> str:
    return _("{meeting}, {day}").format(meeting=meeting.name, day=day_words(meeting.day))


def build_briefing(db: Database, meeting_id: int, options: BriefingOptions | None = None) -> Printable:
    """The whole pack for a meeting, as Markdown and as HTML."""
    options = options or BriefingOptions()
    facts = gather(
        db, meeting_id, options.include_private, with_words="words" in options.sections, all_words=options.all_words
    )
    parts = []
    if "cover" in options.sections:
        parts.append(_cover(facts, options.large_print))
    if "agenda" in options.sections:
        parts.append(_agenda(facts, "writing" in options.sections and not facts.held))
    if "reminders" in options.sections:
        parts.append(_reminders(facts))
    if "words" in options.sections:
        parts.append(_words(facts))
    markdown = "\n\n".join(parts).strip() + "\n" if parts else _("Choose at least one part to put in the pack.") + "\n"
    title = pack_title(facts.meeting)
    whose = PRIVATE_HEADER if options.include_private else SHARED_HEADER
    return Printable(
        title,
        file_stem("briefing", facts.meeting.date, facts.meeting.name),
        markdown,
        print_html(markdown, title, options.large_print, new_page_per_part=False),
        options.font_pt,
        author=(get_setting(db, PERSON_NAME) or "").strip(),
        header=f"{_(whose)} · {title}",
    )


def briefing_markdown(db: Database, meeting_id: int, options: BriefingOptions | None = None) -> str:
    return build_briefing(db, meeting_id, options).markdown


def briefing_html(db: Database, meeting_id: int, options: BriefingOptions | None = None) -> str:
    return build_briefing(db, meeting_id, options).html


# -- the sections --------------------------------------------------------------------------------


def _cover(facts: PackFacts, large_print: int | None) -> str:
    meeting, committee = facts.meeting, facts.committee
    lines = [f"# {md_escape(meeting.name)}", ""]
    belongs_to = [committee.name] if meeting.title and meeting.title != committee.name else []
    belongs_to += [committee.organisation] if committee.organisation else []
    if belongs_to:
        lines += [md_escape(" · ".join(belongs_to)), ""]
    facts_lines = [_("**When:** {when}").format(when=when_words(meeting))]
    if meeting.status == "cancelled":
        facts_lines.append(bold(_("This meeting has been cancelled.")))
    if meeting.place:
        facts_lines.append(_("**Where:** {place}").format(place=md_escape(meeting.place)))
    if meeting.link:
        link = f"<{meeting.link}>" if _is_web(meeting.link) else md_escape(meeting.link)
        facts_lines.append(_("**Online:** {link}").format(link=link))
    if committee.role_title:
        facts_lines.append(_("**My role:** {role}").format(role=md_escape(committee.role_title)))
    if len(facts.contacts) > 1:
        facts_lines += [bold(_("My contacts:")), *(md_escape(contact) for contact in facts.contacts)]
    else:
        contact = facts.contacts[0] if facts.contacts else _("none written down yet. Ask who you can go to.")
        facts_lines.append(_("**My contact:** {contact}").format(contact=md_escape(contact)))
    if facts.held:
        facts_lines.append(bold(_("This meeting has happened. This is what happened at it.")))
    if not facts.include_private:
        facts_lines.append(
            bold(
                _("This copy leaves out my private notes and questions, money, my own ratings and confidential papers.")
            )
        )
    lines += ["  \n".join(facts_lines), ""]
    if facts.items:
        lines += [heading(3, _("The agenda at a glance")), "", *_glance(facts.items, large_print)]
    return "\n".join(lines)


def _glance(items: list[PackItem], large_print: int | None) -> list[str]:
    """A table of the items, or a short list for each when the columns will not fit at the print size."""
    heads = [_("No."), _("Item"), _("What it is for"), _("Who"), _("Time")]
    rows = [
        [
            f"{item.number.rstrip('.')}." if item.number else "",
            item.title or _("(no title yet)"),
            PURPOSE_WORDS.get(item.purpose or "", ""),
            item.presenter,
            item.time or "",
        ]
        for item in (entry.item for entry in items)
    ]
    return md_table(heads, rows, large_print, label_columns=2)


def _is_web(link: str) -> bool:
    return link.startswith(("https://", "http://")) and not any(char in link for char in " <>")


def _agenda(facts: PackFacts, writing: bool) -> str:
    lines = [heading(2, _("What happened, item by item") if facts.held else _("The agenda")), ""]
    if not facts.items:
        lines.append(_("The agenda has no items yet."))
    for entry in facts.items:
        lines += _item(entry, writing, facts)
    if facts.other_papers:
        lines += [heading(3, _("Other papers for this meeting")), "", *_papers(facts.other_papers), ""]
    return "\n".join(lines)


def _own_markdown(text: str) -> str:
    """The person's own Markdown (notes, role notes), its headings made smaller and any raw HTML
    cleaned as the HTML pack cleans it, so a saved Markdown pack holds no script or live handler."""
    return _HEADING.sub("####", clean_html(text.strip()))


def _item(entry: PackItem, writing: bool, facts: PackFacts) -> list[str]:
    item = entry.item
    number = f"{md_escape(item.number.rstrip('.'))}. " if item.number else ""
    lines = [heading(3, f"{number}{md_escape(item.title) or _('(no title yet)')}"), ""]
    about = [
        PURPOSE_WORDS.get(item.purpose or "", ""),
        item.presenter and _("Led by {presenter}").format(presenter=item.presenter),
        item.time and _("at {time}").format(time=item.time),
    ]
    if any(about):
        lines += [md_escape(" · ".join(part for part in about if part)), ""]
    if item.asked_for:
        lines += [_("★ I asked for this item."), ""]
    if item.description.strip():
        lines += [md_lines(item.description), ""]
    expected = _expected(item.papers_expected, entry.papers)
    if entry.papers or expected:
        lines += [heading(4, _("Papers")), "", *expected, *_papers(entry.papers), ""]
    elif not facts.held:
        lines += [heading(4, _("Papers")), "", _("No paper for this item has come yet."), ""]
    if facts.held:
        lines += [
            heading(4, _("What was decided")),
            "",
            md_lines(item.outcome) if item.outcome.strip() else _("I have not written down what was decided."),
            "",
        ]
        if item.raised.strip() and facts.include_private:
            lines += [heading(4, _("What I said")), "", md_lines(item.raised), ""]
        follow_ups = facts.item_follow_ups.get(item.id, [])
        if follow_ups:
            lines += [heading(4, _("Follow-ups")), "", *(f"- {md_escape(line)}" for line in follow_ups), ""]
    if item.notes.strip():
        lines += [heading(4, _("My notes")), "", _own_markdown(item.notes), ""]
    questions = [line.strip().lstrip("-*• ").strip() for line in item.questions.splitlines() if line.strip()]
    if questions:
        lines += [heading(4, _("My questions")), "", *(f"- {md_escape(question)}" for question in questions), ""]
    if writing:
        lines += [heading(4, _("Notes on the day")), ""] + ["___", ""] * WRITING_LINES
    return lines


def _arrival(paper: Paper) -> str:
    """E.g. "received 3 working days before: late", or how else it came."""
    arrival = paper.arrival
    if arrival is None:
        return ""
    if arrival.kind not in ("on_time", "late") or arrival.working_days_before is None:
        return arrival.text
    days = arrival.working_days_before
    when = (
        _("on the day of the meeting")
        if days == 0
        else ngettext("{count} working day before", "{count} working days before", days).format(count=days)
    )
    verdict = _("on time") if arrival.kind == "on_time" else _("late")
    return _("received {when}: {verdict}").format(when=when, verdict=verdict)


def _reference_key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.casefold()))


def _expected(papers_expected: str, papers: list[Paper]) -> list[str]:
    """A line for each paper the agenda named, e.g. "Paper B: not received yet".

    A paper counts as the one named when its title or file name holds the reference; when the agenda
    names one paper only, any paper stored against the item is it.
    """
    names = [name.strip() for name in re.split(r"[,;]|\band\b", papers_expected) if name.strip()]
    lines = []
    for name in names:
        key = _reference_key(name)
        came = next(
            (
                paper
                for paper in papers
                if f" {key} " in f" {_reference_key(paper.title)} "
                or f" {key} " in f" {_reference_key(paper.original_name)} "
            ),
            None,
        )
        if came is None and len(names) == 1 and papers:
            came = papers[0]
        said = (_arrival(came) or _("received")) if came else _("not received yet")
        lines.append(f"- {md_escape(name)}: {md_escape(said)}")
    return lines


def _papers(papers: list[Paper]) -> list[str]:
    """One line a paper (a list reflows better than a table in large print)."""
    lines = []
    for paper in papers:
        age = paper.reading_age
        facts = [
            _arrival(paper),
            ""
            if age is None
            else _("reading age {age}").format(age=age)
            if age <= OLDEST_AGE
            else _("reading age over {age}").format(age=OLDEST_AGE),
            paper.pages_words,
        ]
        title = _("{title} (confidential)").format(title=paper.title) if paper.confidential else paper.title
        said = "; ".join(fact for fact in facts if fact)
        lines.append(f"- **{md_escape(title)}**" + (f": {md_escape(said)}" if said else ""))
    return lines


def _words(facts: PackFacts) -> str:
    lines = [heading(2, _("Words to know")), ""]
    if not facts.words:
        return "\n".join(lines + [_("coprep found no glossary words in this meeting's agenda and papers.")])
    lines += [
        _(
            "What the words in this meeting's agenda and papers mean, the least common first. "
            "Words I marked “I know this” are left out, and so are words nearly everyone knows."
        ),
        "",
    ]
    for word in (word for word in facts.words if word.meaning):
        term, meaning = md_escape(word.term), md_escape(word.meaning)
        if word.seen_as:
            line = _("**{term}** (written “{seen_as}”): {meaning}").format(
                term=term, seen_as=md_escape(word.seen_as), meaning=meaning
            )
        else:
            line = _("**{term}**: {meaning}").format(term=term, meaning=meaning)
        lines += [line, ""]
    if unexplained := [word.term for word in facts.words if not word.meaning]:
        lines += [
            heading(3, _("Words nothing here explains")),
            "",
            _("Neither the glossary nor the papers say what these mean. They are worth asking about."),
            "",
            ", ".join(md_escape(term) for term in unexplained),
            "",
        ]
    return "\n".join(lines)


def _reminders(facts: PackFacts) -> str:
    lines = [heading(2, _("Reminders")), ""]
    if facts.role_purpose:
        lines += [heading(3, _("What I am there for")), "", _own_markdown(facts.role_purpose), ""]
    if facts.watch_for:
        lines += [
            heading(3, _("Things to watch for in the meeting")),
            "",
            _("Tick each one that happens."),
            "",
            "  \n".join(f"☐ {md_escape(text)}" for text in facts.watch_for),
            "",
        ]
    if facts.follow_ups:
        lines += [
            heading(3, _("Still to be done from earlier meetings")),
            "",
            "  \n".join(f"☐ {md_escape(line)}" for line in facts.follow_ups),
            "",
        ]
    if facts.include_private:
        lines += [heading(3, _("Expense claims not paid yet")), ""]
        lines += (
            [f"- {md_escape(claim)}" for claim in facts.claims]
            if facts.claims
            else [_("No expense claims for this committee are waiting to be paid.")]
        )
    if len(lines) == 2:
        lines.append(_("There is nothing to remind me of for this meeting."))
    return "\n".join(lines).rstrip()
