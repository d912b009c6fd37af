"""Sharing glossary words as CSV: a round trip, and a clear report for each kind of bad file."""

import io

import pytest

from coprep.core.words import glossary
from coprep.core.words.glossary import add_entry, edit_entry, load_glossary, set_hidden
from coprep.core.words.glossary_csv import check_import, export_entries, import_rows, write_csv

SHIPPED = "term,forms,meaning,category,see_also,example\nQuorum,quorate,Enough members to decide.,meetings,,\n"


@pytest.fixture(autouse=True)
def small_glossary(tmp_path, monkeypatch):
    folder = tmp_path / "shipped"
    folder.mkdir()
    (folder / "meetings.csv").write_text(SHIPPED, encoding="utf-8")
    monkeypatch.setattr(glossary, "shipped_folder", lambda: folder)


def _export(ws, everything=False) -> str:
    handle = io.StringIO()
    write_csv(export_entries(load_glossary(ws.db), everything), handle)
    return handle.getvalue()


def _own(ws):
    return {entry.term: entry for entry in load_glossary(ws.db) if entry.source != "shipped"}


def test_round_trip_between_two_members(ws, tmp_path):
    add_entry(
        ws,
        "Virement",
        'Moving money, say "from one budget", to another.',
        forms=["virements", "vire"],
        category="money",
        see_also=["Quorum"],
        example="A virement of £2,000; agreed.",
    )
    add_entry(ws, "Hidden word", "Not shared.")
    set_hidden(ws, "Hidden word")
    quorum = next(entry for entry in load_glossary(ws.db) if entry.term == "Quorum")
    edit_entry(ws, quorum, "My words for quorum.", quorum.forms, "meetings", [], "")
    text = _export(ws)
    assert text.splitlines()[0] == "term,forms,meaning,category,see_also,example,source,checked"
    assert "Hidden word" not in text and "Quorum,quorate,My words for quorum.,meetings,,,," in text

    from coprep.core.storage.database import open_database
    from coprep.core.storage.workspace import Workspace

    other_path = tmp_path / "other.db"
    other = Workspace(open_database(other_path), other_path)
    check = check_import(other, text.encode("utf-8"))
    assert [str(p) for p in check.problems] == [
        (
            "Line 2: Your glossary already explains 'Quorum' differently. If you prefer the meaning in this file, "
            "find 'Quorum' in the Glossary and press Change… to put it in."
        )
    ]
    assert import_rows(other, check.good) == 1
    virement = _own(other)["Virement"]
    assert (virement.meaning, virement.forms, virement.category, virement.see_also, virement.example) == (
        'Moving money, say "from one budget", to another.',
        ["virements", "vire"],
        "money",
        ["Quorum"],
        "A virement of £2,000; agreed.",
    )
    assert other.undo() == "Add 1 word from a file"
    assert _own(other) == {}
    other.db.close()


def test_export_everything_includes_shipped_words(ws):
    assert _export(ws).count("\n") == 1
    assert "Quorum,quorate,Enough members to decide.,meetings,,,," in _export(ws, everything=True)


SOURCED = (
    "term,meaning,source,checked\n"
    'RTT,"Time from referral to treatment; 92 in 100 within 18 weeks.",'
    '"NHS England, Referral to treatment waiting times statistics, 2025",2026-12\n'
)


def test_a_shared_meaning_keeps_its_source_and_checked_month(ws, tmp_path):
    assert import_rows(ws, check_import(ws, SOURCED.encode("utf-8")).good) == 1
    text = _export(ws)
    assert text.splitlines()[1] == (
        "RTT,,Time from referral to treatment; 92 in 100 within 18 weeks.,my words,,,"
        '"NHS England, Referral to treatment waiting times statistics, 2025",2026-12'
    )

    from coprep.core.storage.database import open_database
    from coprep.core.storage.workspace import Workspace

    other_path = tmp_path / "other.db"
    other = Workspace(open_database(other_path), other_path)
    assert import_rows(other, check_import(other, text.encode("utf-8")).good) == 1
    rtt = _own(other)["RTT"]
    assert (rtt.fact_source, rtt.checked) == (
        "NHS England, Referral to treatment waiting times statistics, 2025",
        "2026-12",
    )
    edit_entry(other, rtt, "Weeks from referral to treatment.", [], "my words", [], "")
    assert _own(other)["RTT"].fact_source.startswith("NHS England")  # changing the wording keeps the source
    other.db.close()


def test_a_checked_month_that_is_not_a_year_and_month_is_a_problem(ws):
    check = check_import(ws, b'term,meaning,source,checked\nRTT,A wait.,"NHS England, 2025",Dec 2026\n')
    assert [str(p) for p in check.problems] == [
        "Line 2: 'RTT' has 'Dec 2026' in the 'checked' column. Write the year and month it was checked, "
        "like 2026-12, or leave it empty."
    ]


def test_changing_a_shipped_meaning_does_not_claim_its_source(ws, tmp_path, monkeypatch):
    folder = tmp_path / "sourced"
    folder.mkdir()
    (folder / "performance.csv").write_text(SOURCED, encoding="utf-8")
    monkeypatch.setattr(glossary, "shipped_folder", lambda: folder)
    rtt = next(entry for entry in load_glossary(ws.db) if entry.term == "RTT")
    assert rtt.checked == "2026-12"
    edit_entry(ws, rtt, "My own words.", [], "my words", [], "")
    assert (_own(ws)["RTT"].fact_source, _own(ws)["RTT"].checked) == ("", "")


def test_byte_order_mark_from_excel_is_fine(ws):
    check = check_import(ws, "\ufeffterm,meaning\nVirement,Moving money.\n".encode("utf-8"))
    assert check.ok and check.good[0].values == {"term": "Virement", "meaning": "Moving money."}


def test_wrong_columns_stop_the_whole_file(ws):
    check = check_import(ws, b"word,explanation\nVirement,Moving money.\n")
    assert check.good == []
    assert check.problems[0].line == 1 and "term and meaning" in check.problems[0].message


def test_unknown_column_is_reported_but_rows_still_count(ws):
    check = check_import(ws, b"term,meaning,colour\nVirement,Moving money.,red\n")
    assert [str(p) for p in check.problems] == ["Line 1: coprep does not know the column 'colour', so it was left out."]
    assert check.good[0].values == {"term": "Virement", "meaning": "Moving money."}


def test_wrong_encoding_names_the_lines(ws):
    data = "term,meaning\nVirement,Moving money.\nCaf\u00e9,A place for tea.\nRota,A list of who works when \u2013 and when.\n"
    check = check_import(ws, data.encode("cp1252"))
    assert [(p.line, "UTF-8" in p.message) for p in check.problems] == [(3, True), (4, True)]
    assert [row.values["term"] for row in check.good] == ["Virement"]


def test_duplicates_in_the_file_and_against_the_glossary(ws):
    add_entry(ws, "Virement", "Moving money.")
    data = b"term,meaning\nRota,A list.\nrota,Another list.\nVIREMENT,Again.\nquorate,Again.\n"
    check = check_import(ws, data)
    assert [p.line for p in check.problems] == [3, 4, 5]
    assert check.problems[0].message == "'rota' is in the file twice (also on line 2)."
    assert check.problems[1].message.startswith("Your glossary already explains 'VIREMENT' differently.")
    assert check.problems[2].message.startswith(
        "Your glossary already explains 'quorate' (another way to write 'Quorum') differently."
    )
    assert "find 'Quorum' in the Glossary and press Change…" in check.problems[2].message
    assert [row.line for row in check.good] == [2]


def test_empty_meanings_and_terms_and_extra_cells(ws):
    data = b'term,meaning\nRota,\n,A meaning with no word.\nLocum,"A stand-in doctor, for a while",extra\n\n"Huddle","A short\nmeeting."\n'
    check = check_import(ws, data)
    assert [(p.line, p.message.split(" ")[0]) for p in check.problems] == [(2, "'Rota'"), (3, "The"), (4, "This")]
    assert [(row.line, row.values["meaning"]) for row in check.good] == [(6, "A short\nmeeting.")]


def test_nothing_is_written_until_the_good_rows_are_imported(ws):
    check = check_import(ws, b"term,meaning\nRota,A list of who works when.\nLocum,\n")
    assert not check.ok and _own(ws) == {}
    import_rows(ws, check.good)
    assert list(_own(ws)) == ["Rota"] and _own(ws)["Rota"].category == "my words"


def test_empty_file(ws):
    check = check_import(ws, b"")
    assert check.good == [] and check.problems[0].line == 1


def test_a_column_named_twice_is_reported(ws):
    check = check_import(ws, b"term,meaning,meaning\nRota,A list.,Another.\n")
    assert [str(p) for p in check.problems] == ["Line 1: The column 'meaning' is there twice; only the first was read."]
    assert check.good[0].values["meaning"] == "A list."


def test_reimporting_an_export_of_everything_is_quiet(ws):
    add_entry(ws, "Virement", "Moving money.", forms=["virements"])
    text = _export(ws, everything=True)
    check = check_import(ws, text.encode("utf-8"))
    assert check.problems == [] and check.good == []
    assert check.same == 2  # Quorum and Virement


def test_same_meaning_ignores_spacing_but_a_different_meaning_is_a_problem(ws):
    check = check_import(
        ws, b'term,meaning\nquorum,"  Enough members\n to decide."\nQuorum,Not enough.\nRota,A list.\n'
    )
    assert check.same == 1
    assert [p.line for p in check.problems] == [4] and "explains 'Quorum' differently" in check.problems[0].message
    assert [row.values["term"] for row in check.good] == ["Rota"]


def test_same_note_counts_words():
    from coprep.core.words.glossary_csv import same_note

    assert same_note(0) == ""
    assert same_note(1) == "1 word is already in your glossary with the same meaning; nothing to do for them."
    assert same_note(520).startswith("520 words are already")
