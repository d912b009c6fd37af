"""The summary for the chair, written as a letter the person can edit, save and send.

A condition is sorted by what happened at the latest meetings where the person could judge it:
- still happening: it was not met, or only partly met, at the latest of them;
- put right: it went wrong once, but has been met since a date (the letter thanks the committee);
- always fine: it was met every time.
The letter puts what is still happening first, because that is what the chair can act on. Each
point says what happened, at which meetings, the person's own words, and one request. Sentences
are kept short and plain (Flesch–Kincaid grade 8 or less, checked by the tests).
"""

import datetime as dt
import re
from dataclasses import dataclass

from sqlite_utils import Database

from coprep.core.fairness.chair_summary import Answer, Summary, Tally
from coprep.core.fairness.letter_ladder import LADDER_NAMES, ladder_part
from coprep.core.meetings.contacts import list_contacts
from coprep.core.storage import clock
from coprep.core.storage.settings import PERSON_NAME, get_setting
from coprep.core.text.dates import day_words
from coprep.core.text.print_html import Printable, file_stem, font_pt, md_escape, print_html
from coprep.i18n import _, ngettext

LISTED_DATES = 4  # more meetings than this are said as "from ... to ..."
QUOTES = 2  # the person's own words: at most this many notes a point


@dataclass
class Point:
    """One condition as the letter tells it."""

    tally: Tally
    problems: list[Answer]  # the meetings where it went wrong (for a live point: the latest run)
    since: str | None = None  # for a point put right: the first meeting it was met after the last problem


@dataclass
class Letter:
    summary: Summary
    today: dt.date
    chair: str  # "" when the person has not written down who the chair is
    sender: str  # the person's own name, "" if not set
    live: list[Point]
    fixed: list[Point]
    fine: list[Tally]
    with_ladder: bool = False


def _judged(tally: Tally) -> list[Answer]:
    return [answer for answer in tally.answers if answer.rating in ("met", "partly", "not_met")]


def _point(tally: Tally) -> tuple[str, Point | None]:
    """("live" | "fixed" | "fine" | "", the point) for one condition."""
    judged = _judged(tally)
    if not judged:
        return "", None
    problems = [answer for answer in judged if answer.rating != "met"]
    if not problems:
        return "fine", None
    if judged[-1].rating != "met":
        run: list[Answer] = []
        for answer in reversed(judged):
            if answer.rating == "met":
                break
            run.insert(0, answer)
        return "live", Point(tally, run)
    last_problem = judged.index(problems[-1])
    return "fixed", Point(tally, problems, since=judged[last_problem + 1].date)


def chair_name(db: Database, committee_id: int) -> str:
    """The name of the contact whose role says they chair the committee ('' if none)."""
    for contact in list_contacts(db, committee_id):
        if "chair" in contact.role.casefold() and contact.name.strip():
            return contact.name.strip()
    return ""


def build_letter(db: Database, summary: Summary, today: dt.date | None = None, with_ladder: bool = False) -> Letter:
    """Sort the summary's conditions into what is still happening, what was put right and what was fine."""
    live: list[Point] = []
    fixed: list[Point] = []
    fine: list[Tally] = []
    for tally in summary.tallies:
        kind, point = _point(tally)
        if kind == "live" and point:
            live.append(point)
        elif kind == "fixed" and point:
            fixed.append(point)
        elif kind == "fine":
            fine.append(tally)
    live.sort(key=lambda p: (-len(p.problems), -sum(a.rating == "not_met" for a in p.problems)))
    fixed.sort(key=lambda p: p.since or "", reverse=True)
    return Letter(
        summary,
        today or clock.today(),
        chair_name(db, summary.committee.id),
        (get_setting(db, PERSON_NAME) or "").strip(),
        live,
        fixed,
        fine,
        with_ladder,
    )


# -- words ---------------------------------------------------------------------------------------


def _and(words: list[str]) -> str:
    return words[0] if len(words) == 1 else _("{first} and {last}").format(first=", ".join(words[:-1]), last=words[-1])


def _meetings_words(answers: list[Answer]) -> str:
    """E.g. "on 8 January 2026 and 5 March 2026", or "at 6 meetings, from 4 June 2025 to 5 March 2026"."""
    days = [day_words(answer.date) for answer in answers]
    if len(days) <= LISTED_DATES:
        return _("on {days}").format(days=_and(days))
    return _("at {count} meetings, from {first} to {last}").format(count=len(days), first=days[0], last=days[-1])


def _quotes(answers: list[Answer]) -> list[str]:
    """The person's notes, latest first, each once, as quotes with their date."""
    seen: dict[str, str] = {}
    for answer in reversed(answers):
        if answer.note and answer.note not in seen:
            seen[answer.note] = answer.date
    notes = list(seen.items())[:QUOTES]
    return [
        _("On {day} I noted: “{note}”").format(day=day_words(day), note=md_escape(note.rstrip(".")) + ".")
        for note, day in notes
    ]


def _live(point: Point, total: int) -> list[str]:
    condition = point.tally.condition
    count = len(point.problems)
    lines = [f"### {md_escape(condition.unmet_words)}", ""]
    if count == total and total > LISTED_DATES:
        lines.append(
            _("This has happened at all {count} meetings, from {first} to {last}.").format(
                count=count, first=day_words(point.problems[0].date), last=day_words(point.problems[-1].date)
            )
        )
    elif count == total and total > 1:
        lines.append(_("This has happened at every meeting: {when}.").format(when=_meetings_words(point.problems)))
    else:
        lines.append(
            ngettext(
                "This happened at the latest meeting, {when}.",
                "This happened at the latest {count} meetings, {when}.",
                count,
            ).format(count=count, when=_meetings_words(point.problems))
        )
    if any(answer.rating == "partly" for answer in point.problems):
        lines.append(_("At some of them it was partly put right."))
    lines += [
        "",
        *(f"- {quote}" for quote in _quotes(point.problems)),
        "",
        _("**My request:** {ask}").format(ask=md_escape(condition.ask)),
        "",
    ]
    return lines


def _fixed(points: list[Point]) -> list[str]:
    """Points put right since the same meeting, after going wrong at the same meetings, told together."""
    first = points[0]
    lines = [
        f"### {_('In place since {day}').format(day=day_words(first.since or ''))}",
        "",
        ngettext(
            "Before that, this was missing {when}.", "Before that, these were missing {when}.", len(points)
        ).format(when=_meetings_words(first.problems)),
        ngettext("Thank you for putting it right.", "Thank you for putting them right.", len(points)),
        "",
    ]
    for point in points:
        met = [a for a in point.tally.answers if a.rating == "met" and a.date >= (point.since or "")]
        quote = _quotes(met)[:1]
        lines.append(f"- {md_escape(point.tally.condition.text)}." + (f" {quote[0]}" if quote else ""))
    return lines + [
        "",
        ngettext("**My request:** Please keep this going.", "**My request:** Please keep these going.", len(points)),
        "",
    ]


def _fixed_groups(points: list[Point]) -> list[list[Point]]:
    groups: dict[tuple[str, tuple[str, ...]], list[Point]] = {}
    for point in points:
        groups.setdefault((point.since or "", tuple(a.date for a in point.problems)), []).append(point)
    return list(groups.values())


def _period(summary: Summary) -> str:
    days = [point.meeting.date for point in summary.meetings]
    first, last = summary.start or (days[0] if days else ""), summary.end or (days[-1] if days else "")
    if first and last:
        return _("from {first} to {last}").format(first=day_words(first), last=day_words(last))
    return _("so far")


def letter_markdown(letter: Letter) -> str:
    """The letter as Markdown: date, greeting, period, what is still happening, what was put right,
    what was always fine, the ladder if chosen, and the closing."""
    summary = letter.summary
    name = md_escape(summary.committee.name)
    count = len(summary.meetings)
    lines = [
        day_words(letter.today),
        "",
        _("Dear {chair},").format(chair=md_escape(letter.chair) if letter.chair else _("Chair")),
        "",
        "**" + _("How I take part in the {committee}").format(committee=name) + "**",
        "",
    ]
    if not count:
        lines += [_("I have not rated any meetings {period} yet.").format(period=_period(summary)), ""]
        return "\n".join(lines + _closing(letter))
    lines += [
        ngettext(
            "This letter is about the one meeting I rated, {period}.",
            "This letter is about the {count} meetings I rated, {period}.",
            count,
        ).format(count=count, period=_period(summary)),
        _("I want to keep what works. I also want to help put right what does not."),
        "",
    ]
    if letter.live:
        lines += [
            f"## {_('What is still happening')}",
            "",
            _("These things went wrong at the latest meetings. I would be glad of your help with them."),
            "",
        ]
        for point in letter.live:
            lines += _live(point, count)
    if letter.fixed:
        lines += [
            f"## {_('What has been put right')}",
            "",
            _("These things went wrong before, but they have changed."),
            "",
        ]
        for points in _fixed_groups(letter.fixed):
            lines += _fixed(points)
    if letter.fine:
        lines += [f"## {_('What has always been fine')}", "", _("These were in place every time:"), ""]
        lines += [f"- {md_escape(tally.condition.text)}." for tally in letter.fine] + [""]
    if not letter.live:
        lines += [_("Every point I could judge is now in place. Thank you."), ""]
    if letter.with_ladder:
        lines += ladder_part(summary.meetings)
    lines += [_("I would be glad to talk about this with you."), ""]
    return _paragraphs(lines + _closing(letter))


def _paragraphs(lines: list[str]) -> str:
    """Sentences written one a line become one paragraph each run (Markdown here keeps line breaks)."""
    out: list[str] = []
    for line in lines:
        plain = line and not line.startswith(("#", "- ", "**"))
        if plain and out and out[-1] and not out[-1].startswith(("#", "- ", "**")):
            out[-1] += " " + line
        else:
            out.append(line)
    return "\n".join(out)


def _closing(letter: Letter) -> list[str]:
    return [_("Yours sincerely,"), "", md_escape(letter.sender) if letter.sender else "", ""]


def hard_sentences(markdown: str, names: tuple[str, ...] = (), grade: float = 8.0) -> list[tuple[str, float]]:
    """Sentences of the letter above the Flesch–Kincaid grade, with their grade.

    Headings are labels, not sentences. The person's own words in quotes are theirs to keep. Dates
    and names (the committee's, the ladder's makers') are read as names, not as long words, so
    each counts as one short word.
    """
    import textstat  # loads its word lists only when a letter is checked

    text = "\n".join(line for line in markdown.splitlines() if not line.startswith("#"))
    text = re.sub(r"“[^”]*”", "", text)
    text = re.sub(r"\b\d{1,2} [A-Z][a-z]+ \d{4}\b", "then", text)
    for name in (*names, *(_(ladder_name) for ladder_name in LADDER_NAMES)):
        text = text.replace(md_escape(name), "it").replace(name, "it")
    text = re.sub(r"[*#|]", "", text)
    found = []
    for sentence in re.split(r"(?<=[.?!:])\s+|\n+", text):
        words = sentence.strip(" -")
        if len(words.split()) >= 3:
            score = textstat.flesch_kincaid_grade(words)
            if score > grade:
                found.append((words, score))
    return found


def letter_title(summary: Summary) -> str:
    return _("A letter to the chair of the {committee}").format(committee=summary.committee.name)


def letter_printable(summary: Summary, markdown: str, large_print: int | None = None, author: str = "") -> Printable:
    """The letter (as made, or as the person edited it) ready to print or save."""
    title = letter_title(summary)
    return Printable(
        title,
        file_stem("letter-to-the-chair", summary.committee.name),
        markdown,
        print_html(markdown, title, large_print, new_page_per_part=False),
        font_pt(large_print),
        author=author,
    )
