"""General rules of the jargon finder that carry over to papers it was never tuned to (issue 13:
unseen batches of tests/data/papers scored far lower than the corpus the glossary was fitted to)."""

from coprep.core.words.glossary import Entry
from coprep.core.words.jargon import find_terms

ENTRIES = [
    Entry("Designated funds", "Money a charity has set aside for one purpose."),
    Entry("Minutes", "The written record of a meeting."),
    Entry("Independent providers", "Care homes and agencies not run by the council."),
]


def _terms(text: str) -> dict[str, str]:
    return {term.term: term.matched for term in find_terms(text, ENTRIES)}


def test_a_phrase_written_in_the_plural_also_matches_its_singular():
    assert _terms("Each designated fund has an adviser.") == {"Designated funds": "designated fund"}
    assert _terms("One independent provider's home closed.") == {
        "Independent providers": "independent provider's"
    }


def test_a_single_plural_word_does_not_match_its_singular_which_is_often_another_word():
    assert _terms("Wait a minute.") == {}
    assert _terms("The minutes were agreed.") == {"Minutes": "minutes"}
