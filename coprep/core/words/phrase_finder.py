"""Pairs of everyday words that are jargon together ("left shift", "mutual aid"): pairs a paper
uses again and again far more often than everyday English would put the two words side by side.

wordfreq gives single words only, so everyday English's rate for a pair is taken as the two words'
rates multiplied, as if they fell together by chance. A pair is listed when the paper uses it at
least twice and at least RATIO times that rate. Words rarer than Zipf 3 are listed on their own
already; words more common than Zipf 5.5 ("the", "will", "year") rarely make jargon.
"""

from collections import Counter

from coprep.core.words.hard_words import RARE_ZIPF, word_zipf

RATIO = 2e6  # measured on tests/data/papers: lower lets everyday pairs such as "last year" in
COMMONEST_ZIPF = 5.5
LEAST_USES = 2


def unusual_pairs(words: list[str], covered: set[str]) -> list[tuple[str, int]]:
    """(pair, uses) for pairs of the lower-case `words` that look like jargon phrases, most used
    first; pairs holding a word in `covered` (already explained) are left out."""
    total = len(words)
    if total < 2:
        return []
    found = []
    for (first, second), uses in Counter(zip(words, words[1:])).items():
        if uses < LEAST_USES or first in covered or second in covered:
            continue
        if len(first) < 3 or len(second) < 3 or not (first.isalpha() and second.isalpha()):
            continue
        first_zipf, second_zipf = word_zipf(first), word_zipf(second)
        if not (RARE_ZIPF <= first_zipf <= COMMONEST_ZIPF and RARE_ZIPF <= second_zipf <= COMMONEST_ZIPF):
            continue
        by_chance = 10 ** (first_zipf - 9) * 10 ** (second_zipf - 9)
        if uses / total >= RATIO * by_chance:
            found.append((f"{first} {second}", uses))
    return sorted(found, key=lambda pair: (-pair[1], pair[0]))
