"""Words joined by a hyphen ("pre-school", "multi-agency", "risk-adjusted", "midwife-led",
"end-to-end"): each part is an everyday word, so neither the rare-word list nor the
phrase detector sees them, yet papers coin them as jargon. Ones everyday English uses a lot are
left out ("well-being", "so-called"), and so are numbers in words ("twenty-six", "five-year").
The search starts from each hyphen, which is quick in a long pack.

Any first word counts, not only prefixes: on the held-back batches replayed with the glossary they
had when first scored (benchmarks/jargon_replay.py), most hyphened words a paper coins ("risk-adjusted
forecast", "tech-enabled", "in-reach team") were what a lay reader was stuck on.

A compound counts as explained only where a glossary word the paper uses holds it whole
("non-executive" beside "non-executive director"): that its parts turn up in other glossary words
says nothing of it ("non-admitted" beside "non-obstetric ultrasound" and "admitted").
"""

import re
from bisect import bisect_right
from collections import Counter

from coprep.core.words.phrase_finder import NUMBER_WORDS

_HYPHEN = re.compile(r"-[A-Za-z]")
_FIRST_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z]{2,})$")
FIRST_CHARS = 30  # how far before a hyphen its first word is looked for
_SPACES = re.compile(r"[^a-z]+")  # what a name is split into words by, hyphens included
_REST = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*(?![\w-])")
COMMON_ZIPF = 5.5  # by wordfreq's estimate for the whole: "re-use" 4.4, "pre-school" 4.9, "in-house" 5.7


def hyphened_compounds(text: str, covered: list[tuple[int, int]], explaining: list[str]) -> Counter[str]:
    """Uses of hyphened compounds not inside a glossary word's span (`covered`, sorted), nor held
    whole in a name the paper explains elsewhere (`explaining`: its glossary words as written and
    its own definitions), as "non-executive" beside "non-executive director"."""
    counts: Counter[str] = Counter()
    said = f" {_SPACES.sub(' ', ' '.join(explaining).lower())} "
    begins = [begin for begin, _ in covered]
    for hyphen in _HYPHEN.finditer(text):
        at = hyphen.start()
        first = _FIRST_BEFORE.search(text, max(0, at - FIRST_CHARS), at)
        if first is None or first.group(1).lower() in NUMBER_WORDS:
            continue
        rest = _REST.match(text, at + 1)
        if rest is None:
            continue
        start, end = first.start(1), rest.end()
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
