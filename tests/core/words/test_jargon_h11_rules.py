"""Rules found on batch h11 of tests/data/papers (papers the finder had not seen): each holds for
papers in general, not only for that batch."""

from coprep.core.words.glossary import Entry
from coprep.core.words.jargon import find_terms, jargon_report

ENTRIES = [
    Entry("Bias", "Anything that pushes a study's results away from the truth.", forms=["biases"]),
    Entry("Integrated care board", "The NHS body that plans care for an area.", forms=["ICB", "ICBs"]),
]


def _terms(text: str) -> dict[str, str]:
    return {term.term: term.matched for term in find_terms(text, ENTRIES)}


def test_an_acronyms_plural_is_not_the_everyday_word_its_letters_spell():
    assert _terms("Agency BIAs cost £410,000 a year.") == {}
    assert _terms("Risk of BIAS was low; bias is discussed below.") == {"Bias": "BIAS"}
    assert _terms("All ICBs agreed.") == {"Integrated care board": "ICBs"}


def test_an_acronyms_plural_a_paper_defines_is_listed_as_the_papers_own_word():
    report = jargon_report("A Best Interests Assessor (BIA) visits. The BIAs were late.", ENTRIES)
    assert [(said.short, said.long) for said in report.defined_in_text] == [("BIA", "Best Interests Assessor")]
    assert report.known == []


NUMBERED = [
    Entry("In month", "In this one month alone, not the year so far.", forms=["in-month"]),
    Entry("In-year", "During this financial year.", forms=["in year"]),
    Entry("Month 6", "The sixth month of the financial year.", forms=["Month 9"]),
    Entry("Functional risk category", "How much harm poor cleaning could do in an area."),
]


def _numbered(text: str) -> dict[str, str]:
    return {term.term: term.matched for term in find_terms(text, NUMBERED)}


def test_a_time_word_and_a_count_followed_by_a_number_is_part_of_the_numbered_name():
    assert _numbered("The deficit in month 9 was £2m.") == {"Month 6": "month 9"}
    assert _numbered("Children in Year 6 are weighed; the contract is in year 3 of 5.") == {}
    assert _numbered("The list fell 2% in month; the in-year deficit is £3m.") == {
        "In month": "in month",
        "In-year": "in-year",
    }
    assert _numbered("The in-year position for 2026/27 is a deficit.") == {"In-year": "in-year"}


def test_a_thing_that_takes_a_number_is_still_that_thing():
    assert _numbered("All functional risk category 1 areas scored 5 stars.") == {
        "Functional risk category": "functional risk category"
    }
