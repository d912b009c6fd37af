"""What the word finder makes of one use of a word: the sense tests written after each held-back
batch ask this of invented sentences."""

from coprep.core.words.glossary import shipped_entries
from coprep.core.words.jargon import FoundTerm, find_terms


def first_use(text: str, written: str) -> FoundTerm | None:
    """The shipped glossary's entry found exactly at the first use of `written` in `text`, with its
    sense, or None where that use is not explained (even where the entry is found elsewhere: "Red"
    and "Green" are both the RAG rating)."""
    start = text.index(written)
    for term in find_terms(text, shipped_entries()):
        if (start, start + len(written)) in term.positions:
            return term
    return None
