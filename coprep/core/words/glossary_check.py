"""Which glossary meanings need checking again: facts change, and a lay member who quotes a stale
one to a chair loses credibility.

A meaning holds a fact when it has a number or year, a law ("Act"), or a named body or standard
(a run of capitalised words or an acronym that is not an everyday name like "NHS" or "England",
nor the entry's own term or forms). Such a meaning needs a source and the month it was checked.
"""

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from coprep.core.text.dates import MONTH, month_words
from coprep.core.words.glossary import Entry
from coprep.i18n import _

# English month names (the glossary is written in English), from the standard library
MONTHS = tuple(calendar.month_name[1:])
EVERYDAY_NAMES = frozenset(
    {
        "NHS",
        "GP",
        "GPs",
        "A&E",
        "I",
        "UK",
        "Britain",
        "England",
        "Wales",
        "Scotland",
        "Northern Ireland",
        "English",
        "Latin",
        "X-ray",
        "X-rays",
        *MONTHS,
    }
)
WORD = re.compile(r"[A-Za-z&][A-Za-z0-9&'’-]*[A-Za-z0-9]|[A-Za-z]")


@dataclass(frozen=True)
class Finding:
    """One entry to look at again, and why."""

    term: str
    reason: str  # "old", "no source" or "no date"
    message: str
    source: str = ""
    checked: str = ""


def fact_signs(entry: Entry) -> list[str]:
    """What in the meaning is a fact someone could check ("a number", "Care Act", "NHS England")."""
    own = {word for name in entry.names for word in WORD.findall(name)}
    signs = [_("a number")] if re.search(r"\d", entry.meaning) else []
    for sentence in re.split(r"(?<=[.!?:;])\s+", entry.meaning):
        run: list[str] = []
        for word in [*WORD.findall(sentence)[1:], ""]:  # "" ends the last run
            if word[:1].isupper():
                run.append(word)
                continue
            name = " ".join(run)
            if run and name not in EVERYDAY_NAMES and not all(part in own for part in run):
                signs.append(name)
            run = []
    return signs


def months_since(checked: str, today: dt.date) -> int | None:
    """Whole months from a "YYYY-MM" month to today's month (None when it is not such a month)."""
    match = MONTH.match(checked)
    if not match:
        return None
    return (today.year - int(match[1])) * 12 + today.month - int(match[2])


def check_entries(entries: list[Entry], older_than_months: int = 12, today: dt.date | None = None) -> list[Finding]:
    """Entries whose facts were checked more than `older_than_months` ago, and shipped entries
    whose meaning holds a fact but names no source or no checked month. The person's own words
    are theirs: they are listed only for an old checked month they carry."""
    today = today or dt.date.today()
    return [finding for entry in entries if (finding := _finding(entry, older_than_months, today))]


def _finding(entry: Entry, older_than_months: int, today: dt.date) -> Finding | None:
    age = months_since(entry.checked, today)
    if age is not None and age > older_than_months:
        message = _("Last checked {month}.").format(month=month_words(entry.checked))
        return Finding(entry.term, "old", message, entry.fact_source, entry.checked)
    signs = fact_signs(entry) if entry.source == "shipped" else []
    if signs and not entry.fact_source:
        message = _("The meaning holds a fact ({facts}) but names no source.").format(facts=", ".join(signs))
        return Finding(entry.term, "no source", message, "", entry.checked)
    if signs and age is None:
        message = _("The source is named but there is no month it was checked.")
        return Finding(entry.term, "no date", message, entry.fact_source, entry.checked)
    return None


def source_words(entry: Entry) -> str:
    """ "Source: …. Checked December 2026." for showing under a meaning ("" when there is none)."""
    parts = []
    if entry.fact_source:
        parts.append(_("Source: {source}.").format(source=entry.fact_source.rstrip(".")))
    if MONTH.match(entry.checked):
        parts.append(_("Checked {month}.").format(month=month_words(entry.checked)))
    return " ".join(parts)
