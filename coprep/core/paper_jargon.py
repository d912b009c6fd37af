"""The one place where papers meet the jargon finder: share of jargon and the unexplained words.

Until the glossary's jargon finder is in place, a word counts as jargon when it is rare in everyday
English (wordfreq's Zipf scale below 3, about once in a million words); that catches most acronyms.
"""

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from wordfreq import zipf_frequency

RARE_ZIPF = 3.0
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@dataclass
class PaperJargon:
    """How much of a text is jargon, and its unexplained words, most frequent first."""

    percent: float
    unexplained: list[str] = field(default_factory=list)


@lru_cache(maxsize=100_000)
def _is_jargon(word: str) -> bool:
    return zipf_frequency(word.lower(), "en") < RARE_ZIPF


def _base(word: str) -> str:
    """The word without a possessive 's, and in small letters unless it is an acronym."""
    word = re.sub(r"['’]s$", "", word)
    return word if word.isupper() else word.lower()


def find_paper_jargon(text: str) -> PaperJargon:
    """The share of words in the text that are jargon, and which ones."""
    words = _WORD.findall(text)
    if not words:
        return PaperJargon(0.0)
    counts = Counter(base for base in map(_base, words) if _is_jargon(base))
    return PaperJargon(100 * sum(counts.values()) / len(words), [word for word, _ in counts.most_common()])
