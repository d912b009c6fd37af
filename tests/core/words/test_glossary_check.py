"""Finding the glossary meanings that need checking again, and saying where a fact comes from."""

import datetime as dt

from coprep.core.words.glossary import Entry, add_entry, load_glossary
from coprep.core.words.glossary_check import check_entries, fact_signs, months_since, source_words

TODAY = dt.date(2026, 12, 7)


def _entry(meaning: str, **values) -> Entry:
    return Entry(term=values.pop("term", "Thing"), meaning=meaning, source=values.pop("source", "shipped"), **values)


def test_fact_signs_find_numbers_laws_and_named_bodies_but_not_everyday_names():
    assert fact_signs(_entry("A TG thing. The Care Act says so, and NHS England checks it.", forms=["TG"])) == [
        "Care Act",
        "NHS England",
    ]
    assert fact_signs(_entry("Seen within 4 hours.")) == ["a number"]
    assert fact_signs(_entry("Ask your GP in April, anywhere in England or Northern Ireland.")) == []
    assert fact_signs(_entry("Thing means a thing.")) == []


def test_months_since_counts_whole_months_and_refuses_other_text():
    assert months_since("2025-12", TODAY) == 12
    assert months_since("2024-11", TODAY) == 25
    assert months_since("December 2025", TODAY) is None


def test_check_lists_old_checks_and_facts_without_a_source():
    entries = [
        _entry(
            "Checked long ago: 92 in 100.", term="Old", fact_source="NHS England, Handbook, 2023", checked="2025-10"
        ),
        _entry(
            "Checked a year ago: 92 in 100.", term="Year", fact_source="NHS England, Handbook, 2023", checked="2025-12"
        ),
        _entry("The Care Act says so.", term="Bare"),
        _entry("Within 4 hours.", term="Undated", fact_source="NHS England, Handbook, 2023"),
        _entry("Nothing to check here.", term="Plain"),
        _entry("My own note: 3 things.", term="Mine", source="mine"),
    ]
    found = {finding.term: finding for finding in check_entries(entries, today=TODAY)}
    assert set(found) == {"Old", "Bare", "Undated"}
    assert (found["Old"].reason, found["Old"].message) == ("old", "Last checked October 2025.")
    assert found["Bare"].reason == "no source" and "Care Act" in found["Bare"].message
    assert found["Undated"].reason == "no date"
    assert {f.term for f in check_entries(entries, older_than_months=1, today=TODAY)} == {
        "Old",
        "Year",
        "Bare",
        "Undated",
    }


def test_source_words_put_the_month_in_words():
    entry = _entry(
        "x", fact_source="NHS England, Referral to treatment waiting times statistics, 2025", checked="2026-12"
    )
    assert source_words(entry) == (
        "Source: NHS England, Referral to treatment waiting times statistics, 2025. Checked December 2026."
    )
    assert source_words(_entry("x")) == ""


def test_shipped_entries_carry_their_source_and_own_words_keep_theirs(ws):
    entries = {entry.term: entry for entry in load_glossary(ws.db)}
    rtt = entries["18-week standard"]
    assert rtt.fact_source.startswith("Department of Health and Social Care, Handbook to the NHS Constitution")
    assert rtt.checked == "2026-12"
    assert entries["Agenda"].fact_source == "" and entries["Agenda"].checked == ""
    add_entry(ws, "Blorfing", "A made-up word.")
    mine = next(entry for entry in load_glossary(ws.db) if entry.term == "Blorfing")
    assert (mine.fact_source, mine.checked) == ("", "")
