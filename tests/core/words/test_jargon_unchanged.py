"""The jargon finder's whole report on every labelled paper in tests/data/papers is the same as the
one written to tests/data/jargon_reports.json: a guard for work that makes the finder faster.

When the glossary, the senses or the finder's rules change on purpose, look at what changed and
write the file again: `python tests/core/words/test_jargon_unchanged.py`.
"""

import json
import sys
from dataclasses import asdict
from pathlib import Path

import pytest

from coprep.core.words.glossary import shipped_entries
from coprep.core.words.jargon import jargon_report

DATA = Path(__file__).resolve().parents[2] / "data"
PAPERS = DATA / "papers"
EXPECTED = DATA / "jargon_reports.json"


def reports() -> dict[str, object]:
    """Each paper's full report (every field, with positions), by file name."""
    entries = shipped_entries()
    found = {}
    for path in sorted(PAPERS.glob("*.txt")):
        report = jargon_report(path.read_text(encoding="utf-8").split("\f"), entries)
        found[path.name] = json.loads(json.dumps(asdict(report)))  # tuples as lists, as stored
    return found


@pytest.fixture(scope="module")
def expected() -> dict[str, object]:
    return json.loads(EXPECTED.read_text(encoding="utf-8"))


def test_every_paper_has_a_stored_report(expected):
    assert sorted(expected) == sorted(path.name for path in PAPERS.glob("*.txt"))
    assert len(expected) >= 25


def test_reports_are_unchanged(expected):
    found = reports()
    for name, report in expected.items():
        assert found[name] == report, f"{name}: the report changed (see this file's docstring)"


if __name__ == "__main__":
    EXPECTED.write_text(json.dumps(reports(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"Wrote {EXPECTED}", file=sys.stderr)
