"""The shipped glossary is large, well formed and written in plain words."""

import csv
import re
import statistics
from pathlib import Path

import textstat

from coprep.core.words.glossary import SIDE_FILES

GLOSSARY_DIR = Path(__file__).resolve().parents[3] / "resources" / "glossary"
COLUMNS = ["term", "forms", "meaning", "category", "see_also", "example", "source", "checked"]
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9&]*[A-Z0-9](?:s)?\b")


def _rows() -> list[dict[str, str]]:
    rows = []
    for path in sorted(GLOSSARY_DIR.glob("*.csv")):
        if path.name in SIDE_FILES:
            continue
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            assert reader.fieldnames in (COLUMNS, [*COLUMNS, "source", "checked"]), (
                f"{path.name} has columns {reader.fieldnames}"
            )
            for row in reader:
                row["_file"] = path.name
                rows.append(row)
    return rows


def _all_names(rows: list[dict[str, str]]) -> set[str]:
    names = set()
    for row in rows:
        names.add(row["term"].strip())
        names.update(form.strip() for form in row["forms"].split(";") if form.strip())
    return names


def test_at_least_400_entries_with_a_meaning_and_category():
    rows = _rows()
    assert len(rows) >= 400
    for row in rows:
        assert row["term"].strip(), row
        assert row["meaning"].strip(), row
        assert row["category"].strip() == Path(row["_file"]).stem, row


def test_terms_are_unique():
    terms = [row["term"].strip().lower() for row in _rows()]
    duplicates = {t for t in terms if terms.count(t) > 1}
    assert not duplicates


def test_meanings_are_plain():
    grades = {row["term"]: textstat.flesch_kincaid_grade(row["meaning"]) for row in _rows()}
    too_hard = {term: grade for term, grade in grades.items() if grade > 12}
    assert not too_hard
    assert statistics.median(grades.values()) <= 8


def test_meanings_use_only_acronyms_the_glossary_explains():
    rows = _rows()
    names = _all_names(rows)
    singular = {name[:-1] for name in names if name.endswith("s")}
    missing = {}
    for row in rows:
        for acronym in ACRONYM.findall(row["meaning"]):
            if acronym in ("I", "A") or acronym in names:
                continue
            if acronym.endswith("s") and acronym[:-1] in names:
                continue
            if acronym in singular:
                continue
            missing.setdefault(row["term"], []).append(acronym)
    assert not missing


def test_see_also_points_at_real_entries():
    rows = _rows()
    names = {name.lower() for name in _all_names(rows)}
    broken = {
        row["term"]: link
        for row in rows
        for link in (part.strip() for part in row["see_also"].split(";"))
        if link and link.lower() not in names
    }
    assert not broken
