"""Facts a person can trust: every shipped meaning that states a fact names where it comes from
and when it was last checked; meanings use plain words; everyday committee words are not forms.

These run over every CSV file in resources/glossary, so a new file must pass them too.
"""

import csv
import datetime as dt
import re
from pathlib import Path

import pytest
from wordfreq import zipf_frequency

from coprep.core.text.dates import MONTH
from coprep.core.words.glossary import SIDE_FILES, shipped_entries
from coprep.core.words.glossary_check import WORD, check_entries

GLOSSARY_DIR = Path(__file__).resolve().parents[3] / "resources" / "glossary"
PLAIN = 3.0  # wordfreq's Zipf scale: 3.0 is about once in a million words
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Everyday committee words that mean something else in most papers: they must not be plain forms.
EVERYDAY_FORMS = {
    "attendance",
    "attendees",
    "minute",
    "step down",
    "step-down",
    "informing",
    "educating",
    "follow up",
    "withdrawn",
    "sponsors",
    "breaches",
    "handovers",
    "continuity",
    "outlook",
    "NI",
    "CI",
    "CF",
    "consultation",
    "consultations",
    "resolved",
    "prevent",
    "inductions",
    "trust",
    "trusts",
    "pilot",
    "pilots",
}


def _files() -> list[Path]:
    return sorted(path for path in GLOSSARY_DIR.glob("*.csv") if path.name not in SIDE_FILES)


def _rows() -> list[dict[str, str]]:
    rows = []
    for path in _files():
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                row["_file"] = path.name
                rows.append(row)
    return rows


def _forms(row: dict[str, str]) -> list[str]:
    return [form.strip() for form in (row.get("forms") or "").split(";") if form.strip()]


def _names(rows: list[dict[str, str]]) -> set[str]:
    return {name for row in rows for name in (row["term"].strip(), *_forms(row))}


@pytest.mark.parametrize("path", _files(), ids=lambda path: path.name)
def test_every_file_has_the_source_and_checked_columns_last(path):
    with path.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert header[-2:] == ["source", "checked"], f"{path.name}: {header}"


def test_every_fact_has_a_source_with_its_year_and_a_checked_month():
    entries = shipped_entries(GLOSSARY_DIR)
    assert len(entries) == len(_rows())  # every row was read, none skipped as a repeat
    missing = [finding for finding in check_entries(entries, today=dt.date(2026, 12, 7)) if finding.reason != "old"]
    assert not missing


def test_a_source_always_comes_with_a_checked_month_and_a_year():
    for row in _rows():
        source, checked = (row.get("source") or "").strip(), (row.get("checked") or "").strip()
        assert bool(source) == bool(checked), row["term"]
        assert not checked or MONTH.match(checked), (row["term"], checked)
        assert not source or YEAR.search(source), (row["term"], source)


def _stems(word: str) -> list[str]:
    """The word and what it might be without a simple plural, -ed or -ing ending."""
    stems = [word]
    if word.endswith(("'s", "’s")):
        stems.append(word[:-2])
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    for ending in ("s", "es", "ed", "d", "ing"):
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stems.append(word[: -len(ending)])
    return stems


def _plain(word: str, names: set[str]) -> bool:
    lower = word.lower()
    if any(zipf_frequency(stem, "en") >= PLAIN or stem in names for stem in _stems(lower)):
        return True
    parts = [part for part in re.split(r"[-’']", lower) if part]
    return len(parts) > 1 and all(_plain(part, names) for part in parts)


def test_meanings_use_plain_words_or_words_the_glossary_explains():
    rows = _rows()
    names = _names(rows)
    lower_names = {name.lower() for name in names}
    hard = {}
    for row in rows:
        meaning = f" {row['meaning'].lower()} "
        # the words of a glossary phrase used whole in the meaning ("a salaried GP") are explained
        explained = lower_names | {part for name in lower_names if f" {name} " in meaning for part in name.split()}
        for word in WORD.findall(row["meaning"]):
            if word.isdigit():
                continue
            if len(word) > 1 and word.upper() == word and any(c.isalpha() for c in word):
                if word not in names and word.rstrip("s") not in names:
                    hard.setdefault(row["term"], []).append(word)
            elif not _plain(word, explained):
                hard.setdefault(row["term"], []).append(word)
    assert not hard


def test_everyday_committee_words_are_not_glossary_forms():
    found = {
        form: row["term"]
        for row in _rows()
        for form in _forms(row)
        if form in EVERYDAY_FORMS or form.lower() in {word.lower() for word in EVERYDAY_FORMS if not word.isupper()}
    }
    assert not found


# Everyday committee phrases, and the only glossary meanings that fit each. (Where a term itself
# is the everyday word, as with "Minutes", "Breach", "Follow-up" and "Consultation", the jargon finder's
# senses choose by context, from resources/glossary/senses.csv: the sense that fits, or none.)
EVERYDAY_PHRASES = {
    "The chair will step down in June.": {"Chair"},
    "The minutes of the meeting were agreed.": {"Minutes"},
    "The business continuity plan was tested.": {"Business continuity"},
    "Health and social care in NI works differently.": {"Northern Ireland (NI)"},
    "£2m CF from last year.": {"CF (carried forward)"},
    "The paper was withdrawn and the issue resolved.": set(),
    "Attendance was good; attendees were thanked.": set(),
    "We asked the trust about the pilot.": {"Pilot (a try-out)"},
    "The outlook for next year is better.": set(),
    "The CI for this study is Dr Shah.": {"Chief investigator"},
}


@pytest.mark.parametrize("phrase", EVERYDAY_PHRASES)
def test_everyday_committee_phrases_get_no_meaning_that_does_not_fit(phrase):
    from coprep.core.words.jargon import find_terms

    found = {term.term for term in find_terms(phrase, shipped_entries(GLOSSARY_DIR))}
    assert found <= EVERYDAY_PHRASES[phrase]
