"""General rules added after the twelfth held-back batch (h12) of tests/data/papers: each carries
over to papers the finder was never tuned to, not only to the words of that batch."""

from coprep.core.words.glossary import shipped_entries
from coprep.core.words.jargon import find_terms, jargon_report


def _senses(text: str) -> dict[str, str]:
    """Each use's sense (or its entry, for a one-sense entry), by the words as written."""
    return {term.matched: term.sense or term.term for term in find_terms(text, shipped_entries())}


def _unknown(text: str) -> dict[str, str]:
    return {word.word: word.kind for word in jargon_report(text, []).unknown}


def test_the_first_word_of_a_lettered_list_item_is_not_taken_for_a_name():
    text = "Formulary decisions\na) Zelbrivant for psoriasis: approved.\n(b) Quorvatide tablets: not approved."
    found = _unknown(text)
    assert found.get("Zelbrivant") == "rare"
    assert found.get("Quorvatide") == "rare"
    assert "Priya" not in _unknown("Present:\na) Dr Priya Shah spoke.")  # a name after a marker stays a name
