"""Facts a person can trust: every shipped meaning that states a fact names where it comes from
and when it was last checked; meanings use plain words; everyday committee words are not forms.

These run over every CSV file in resources/glossary, so a new file must pass them too.
"""

import csv
import re
from pathlib import Path

import pytest
from wordfreq import zipf_frequency

GLOSSARY_DIR = Path(__file__).resolve().parents[2] / "resources" / "glossary"
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"}
# Names everyone knows and that hold no fact to check on their own.
EVERYDAY_NAMES = {"NHS", "GP", "GPs", "A&E", "I", "UK", "Britain", "England", "Wales", "Scotland",
                  "Northern Ireland", "English", "Latin", "X-ray", "X-rays", *MONTHS}
PLAIN = 3.0  # wordfreq's Zipf scale: 3.0 is about once in a million words
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
CHECKED = re.compile(r"^\d{4}-(?:0[1-9]|1[0-2])$")
WORD = re.compile(r"[A-Za-z&][A-Za-z0-9&'’-]*[A-Za-z0-9]|[A-Za-z]")
# Everyday committee words that mean something else in most papers: they must not be plain forms.
EVERYDAY_FORMS = {
    "attendance", "attendees", "minute", "step down", "step-down", "informing", "educating", "follow up",
    "withdrawn", "sponsors", "breaches", "handovers", "continuity", "outlook", "NI", "CI", "CF",
    "consultation", "consultations", "resolved", "prevent", "inductions", "trust", "trusts", "pilot", "pilots",
}


def _files() -> list[Path]:
    return sorted(GLOSSARY_DIR.glob("*.csv"))


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


def fact_signs(row: dict[str, str]) -> list[str]:
    """What in a meaning is a fact someone could check: a digit or year, a law ("Act"), or a run of
    capitalised words or an acronym (a named body or standard) that is not the start of a sentence,
    an everyday name ("NHS", "England", but not "NHS England") or the entry's own term or forms."""
    meaning = row["meaning"]
    own = {word for name in (row["term"], *_forms(row)) for word in WORD.findall(name)}
    signs = ["a number"] if re.search(r"\d", meaning) else []
    for sentence in re.split(r"(?<=[.!?:;])\s+", meaning):
        run: list[str] = []
        for word in [*WORD.findall(sentence)[1:], ""]:
            if word[:1].isupper():
                run.append(word)
                continue
            name = " ".join(run)
            if run and name not in EVERYDAY_NAMES and not all(part in own for part in run):
                signs.append(name)
            run = []
    return signs


@pytest.mark.parametrize("path", _files(), ids=lambda path: path.name)
def test_every_file_has_the_source_and_checked_columns_last(path):
    with path.open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert header[-2:] == ["source", "checked"], f"{path.name}: {header}"


def test_every_fact_has_a_source_with_its_year_and_a_checked_month():
    missing = {}
    for row in _rows():
        signs = fact_signs(row)
        source, checked = (row.get("source") or "").strip(), (row.get("checked") or "").strip()
        if signs and not (source and YEAR.search(source) and CHECKED.match(checked)):
            missing[f"{row['_file']}: {row['term']}"] = signs
    assert not missing


def test_a_source_always_comes_with_a_checked_month_and_the_other_way_round():
    for row in _rows():
        source, checked = (row.get("source") or "").strip(), (row.get("checked") or "").strip()
        assert bool(source) == bool(checked), row["term"]
        assert not checked or CHECKED.match(checked), (row["term"], checked)
        assert not source or YEAR.search(source), (row["term"], source)


def test_fact_signs_find_numbers_laws_and_names_but_not_everyday_words():
    row = {"term": "Thing", "forms": "TG", "meaning": "A TG thing. The Care Act says so, and NHS England checks it."}
    assert fact_signs(row) == ["Care Act", "NHS England"]
    assert fact_signs({"term": "X", "forms": "", "meaning": "Seen in 4 hours."}) == ["a number"]
    assert fact_signs({"term": "X", "forms": "", "meaning": "Ask your GP in April, in England."}) == []


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
    found = {form: row["term"] for row in _rows() for form in _forms(row)
             if form in EVERYDAY_FORMS or form.lower() in {word.lower() for word in EVERYDAY_FORMS if not word.isupper()}}
    assert not found
