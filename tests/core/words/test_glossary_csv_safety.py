"""Glossary CSV files that could harm a spreadsheet, or that are broken, are handled plainly."""

import io

import pytest

from coprep.core.words import glossary
from coprep.core.words.glossary import add_entry, load_glossary
from coprep.core.words.glossary_csv import check_import, export_entries, write_csv


@pytest.fixture(autouse=True)
def small_glossary(tmp_path, monkeypatch):
    folder = tmp_path / "shipped"
    folder.mkdir()
    (folder / "meetings.csv").write_text("term,forms,meaning,category,see_also,example\n", encoding="utf-8")
    monkeypatch.setattr(glossary, "shipped_folder", lambda: folder)


def test_export_puts_an_apostrophe_before_formulas_and_import_takes_it_away(ws):
    add_entry(ws, '=HYPERLINK("http://x")', "+1 more than the target", example="@everyone")
    out = io.StringIO()
    write_csv(export_entries(load_glossary(ws.db)), out)
    text = out.getvalue()
    assert "'=HYPERLINK" in text and "'+1 more" in text and "'@everyone" in text
    for line in text.splitlines()[1:]:
        assert not line.startswith(("=", "+", "-", "@"))
    check = check_import(ws, text.encode("utf-8"))
    assert check.same == 1  # read back as the very same word


def test_an_unclosed_quote_is_reported_at_its_line_and_the_rest_is_not_swallowed(ws):
    data = b'term,meaning\nICB,Integrated care board\nSMOG,"a formula\nQOF,quality\nPALS,advice\n'
    check = check_import(ws, data)
    assert [row.values["term"] for row in check.good] == ["ICB"]
    assert [problem.line for problem in check.problems] == [3]
    assert "never closed" in check.problems[0].message


def test_quotes_inside_a_cell_are_not_taken_for_an_unclosed_quote(ws):
    data = b'term,meaning\nTV,"a 40"" screen"\nInch,5" long\n'
    check = check_import(ws, data)
    assert not check.problems
    assert [row.values["term"] for row in check.good] == ["TV", "Inch"]


def test_a_very_long_cell_is_called_too_long(ws):
    data = b"term,meaning\nICB," + b"x" * 200_000 + b"\n"
    check = check_import(ws, data)
    assert len(check.problems) == 1
    assert "too long" in check.problems[0].message and "quote" not in check.problems[0].message
    assert check.problems[0].line == 2
