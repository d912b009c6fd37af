"""Which kinds of word (noun, verb, adjective, adverb) an English word can be, and from which
stem, so the word-pair finder can keep to the shapes jargon phrases have ("mutual aid": an
adjective, then a noun) and leave out a noun and its verb ("ethnicity indicates").

The answers come from lemminflect's lexicon (built from the NIH SPECIALIST lexicon, which holds
medical words too): one line a word form and kind, "indicates,verb,indicate". lemminflect's own
reader turns all 80,000 lines into Python objects, about a second, for each new session; a
report needs a few dozen words, so the packed file is read once as lines of bytes (about 50 ms)
and only those words are looked up in it.
"""

import functools
import gzip
from bisect import bisect_left

Classes = dict[str, tuple[str, ...]]  # kind ("noun", "verb", "adj", "adv") -> stems


@functools.cache
def _lexicon() -> list[bytes]:
    """The lexicon's lines, in the order of their words."""
    from lemminflect import config

    with gzip.open(config.lemma_lu_fn) as packed:
        return packed.read().split(b"\n")


def _word_of(line: bytes) -> bytes:
    return line.partition(b",")[0]


def word_classes(word: str) -> Classes:
    """The kinds of word `word` (small letters) can be, each with its stems; empty when the
    lexicon does not hold it (rare and new words: "timeline", "roma")."""
    lines = _lexicon()
    key = word.encode("utf-8")
    found: Classes = {}
    at = bisect_left(lines, key, key=_word_of)  # the lines are sorted by word, so a word's lines stand together
    while at < len(lines) and _word_of(lines[at]) == key:
        kind, _, stems = lines[at][len(key) + 1 :].decode("utf-8").partition(",")
        found[kind] = tuple(stems.split("/"))
        at += 1
    return found
