"""General rules added after the thirteenth held-back batch (h13) of tests/data/papers: each carries
over to papers the finder was never tuned to, not only to the words of that batch."""

from coprep.core.words.glossary import Entry
from coprep.core.words.jargon import find_terms

PLACE = Entry("PLACE assessment", "A yearly check led by patients of how clean a hospital is.", forms=["PLACE"])
PLACE_BASED = Entry("Place-based partnership", "Health and care bodies of one town or area working together.")


def _found(text: str, entries: list[Entry]) -> dict[str, tuple[str, str]]:
    return {term.term: (term.matched, term.sense) for term in find_terms(text, entries)}


def test_a_word_written_in_an_acronyms_capitals_is_that_acronym_though_the_word_has_senses():
    found = _found("We scored above average in PLACE this year.", [PLACE])
    assert found == {"PLACE assessment": ("PLACE", "")}


def test_the_same_word_in_small_letters_still_has_its_senses_chosen():
    found = _found("Each place has a partnership board. We scored well in PLACE.", [PLACE, PLACE_BASED])
    assert found == {"Place-based partnership": ("place", "place:ics"), "PLACE assessment": ("PLACE", "")}
