"""Words made with a prefix and a hyphen ("pre-school", "post-exposure", "multi-agency",
"under-screened"): each part is an everyday word, so neither the rare-word list nor the phrase
detector sees them, yet papers coin them as jargon. Ones everyday English uses a lot are left out.
The search starts from each hyphen, which is quick in a long pack.

A compound counts as explained only where a glossary word the paper uses holds it whole
("non-executive" beside "non-executive director"): that its parts turn up in other glossary words
says nothing of it ("non-admitted" beside "non-obstetric ultrasound" and "admitted").
"""

import re
from bisect import bisect_right
from collections import Counter

PREFIXES = frozenset(
    {"pre", "post", "non", "multi", "self", "under", "over", "sub", "inter", "cross", "hyper", "anti", "all", "re"}
)
_HYPHEN = re.compile(r"-[A-Za-z]")
_PREFIX_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z]{2,5})$")
_SPACES = re.compile(r"[^a-z]+")  # what a name is split into words by, hyphens included
_REST = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*(?![\w-])")
COMMON_ZIPF = 5.5  # by wordfreq's estimate for the whole: "re-use" 4.4, "pre-school" 4.9, "in-house" 5.7


def prefixed_compounds(text: str, covered: list[tuple[int, int]], explaining: list[str]) -> Counter[str]:
    """Uses of prefixed compounds not inside a glossary word's span (`covered`, sorted), nor held
    whole in a name the paper explains elsewhere (`explaining`: its glossary words as written and
    its own definitions), as "non-executive" beside "non-executive director"."""
    counts: Counter[str] = Counter()
    said = f" {_SPACES.sub(' ', ' '.join(explaining).lower())} "
    begins = [begin for begin, _ in covered]
    for hyphen in _HYPHEN.finditer(text):
        at = hyphen.start()
        prefix = _PREFIX_BEFORE.search(text, max(0, at - 6), at)
        if prefix is None or prefix.group(1).lower() not in PREFIXES:
            continue
        rest = _REST.match(text, at + 1)
        if rest is None:
            continue
        start, end = prefix.start(1), rest.end()
        place = bisect_right(begins, start) - 1
        if place >= 0 and covered[place][1] >= end:
            continue
        word = text[start:end].lower()
        if f" {word.replace('-', ' ')} " not in said:
            counts[word] += 1
    if not counts:
        return counts
    from wordfreq import zipf_frequency  # about 0.15 s to load: only when a paper has such words

    return Counter({word: uses for word, uses in counts.items() if zipf_frequency(word, "en") < COMMON_ZIPF})
