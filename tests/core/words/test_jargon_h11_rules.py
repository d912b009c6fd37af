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
