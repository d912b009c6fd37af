"""The jargon finder: which glossary words a text uses, and which hard words it leaves unexplained.

Matching runs one Aho-Corasick pass (pyahocorasick) over the folded text (coprep.core.text.text_fold),
where punctuation is a space, so every key can carry a space at each end. Padding the keys makes
the automaton itself check word boundaries, so only whole-word hits come back to Python. Keys are
matched on lower-case text; acronyms are then checked against the text as written ("ICS", not
"ics"). Positions are mapped back to the original text.
"""

import functools
import re
from dataclasses import dataclass, field

import ahocorasick

from coprep.core.words.glossary import Entry
from coprep.core.words.hard_words import HardWords, explained_words
from coprep.core.text.text_fold import Folded, fold_name

_SUFFIXES = ("s", "es", "'s")
_ENDING = re.compile(r"(?:'s|s)$")
_BRACKETED = re.compile(r"\s*\([^)]*\)")
_Checks = tuple[tuple[int, str], ...]  # (offset, acronym) pairs a hit must show in capitals


@dataclass
class FoundTerm:
    """A glossary entry used in the text: `matched` is its first use as written there."""

    term: str
    matched: str
    count: int
    meaning: str
    positions: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class UnknownWord:
    """A word the glossary does not explain: kind is "acronym" or "rare"."""

    word: str
    count: int
    kind: str


@dataclass
class JargonReport:
    words: int
    jargon_percent: float
    known: list[FoundTerm]
    unknown: list[UnknownWord]


def is_acronym(name: str) -> bool:
    """Written in capitals, ignoring a plural or possessive ending: ICB, A&E, ICBs, ToR."""
    base = _ENDING.sub("", name)
    return " " not in base and sum(char.isupper() for char in base) >= 2


def _variants(folded: str) -> list[str]:
    """The name with plural and possessive endings; "policy" also gives "policies"."""
    variants = [folded] + [folded + suffix for suffix in _SUFFIXES]
    if len(folded) > 2 and folded[-1] == "y" and folded[-2] not in "aeiou":
        variants.append(folded[:-1] + "ies")
    return variants


class JargonIndex:
    """An automaton over every name of a glossary; hits carry the entry's place in the list."""

    def __init__(self, names: list[list[str]]) -> None:
        candidates: dict[str, list[tuple[int, int, _Checks]]] = {}
        for index, entry_names in enumerate(names):
            for rank, name in enumerate(entry_names):
                words = fold_name(name).split()
                if not words:
                    continue
                if is_acronym(words[-1]):  # "ICBs" is stored as "ICB" and gets its endings below
                    words[-1] = _ENDING.sub("", words[-1])
                checks, offset = [], 0
                for word in words:
                    if is_acronym(word):
                        checks.append((offset, word))
                    offset += len(word) + 1
                for variant in _variants(" ".join(words).lower()):
                    candidates.setdefault(f" {variant} ", []).append((min(rank, 1), index, tuple(checks)))
        self.automaton = ahocorasick.Automaton()
        for key, found in candidates.items():
            # An entry whose own term this is comes first, then the glossary's order.
            ordered = tuple(dict.fromkeys((index, checks) for _, index, checks in sorted(found)))
            simple = len(ordered) == 1 and not ordered[0][1]
            self.automaton.add_word(key, (len(key), ordered[0][0], None if simple else ordered))
        self.empty = not candidates
        if candidates:
            self.automaton.make_automaton()

    def matches(self, folded: Folded) -> list[tuple[int, int, int]]:
        """(start, end, entry index) of each whole-word use in the original text; on overlaps the
        longer match wins ("waiting list" over "list").

        One loop keeps the whole-word hits and maps them back to the original text: a match's
        leading space in the padded text sits where its first letter is in the folded text, and
        kept matches start in order, so one sweep along the (sorted) shift points maps them.
        """
        if self.empty:
            return []
        cased, breaks, shifts, original = folded.cased, folded.breaks, folded.shifts, folded.original
        kept: list[tuple[int, int, int]] = []  # in the original text
        keep = kept.append
        last_end = -1  # in the padded text
        point, points, shift = 0, len(breaks), 0
        for end, (length, index, choices) in self.automaton.iter(folded.padded):
            start = end - length + 1
            if choices is not None:
                index = _choose(choices, cased, start)
                if index is None:
                    continue
            last = end - 2
            if start >= last_end:
                while point < points and breaks[point] <= start:
                    shift = shifts[point]
                    point += 1
                if point < points and breaks[point] <= last:  # spaces were folded inside this match
                    keep((start + shift, original(last) + 1, index))
                else:
                    keep((start + shift, last + shift + 1, index))
                last_end = end
            else:  # an overlap, which is rare: keep this match only if it holds the one before it
                begins = original(start)
                if begins > kept[-1][0]:
                    continue
                while kept and kept[-1][0] >= begins:
                    kept.pop()
                keep((begins, original(last) + 1, index))
                last_end = end
        return kept


def _choose(choices: tuple[tuple[int, _Checks], ...], cased: str, start: int) -> int | None:
    """The entry a key stands for here: acronyms only count when written in the same capitals."""
    for index, checks in choices:
        for offset, word in checks:
            if not cased.startswith(word, start + offset):
                break
        else:
            return index
    return None


def _entry_names(entry: Entry) -> list[str]:
    """The term, the term without a note in brackets ("Coercion (ladder …)"), and its forms."""
    return [entry.term, _BRACKETED.sub("", entry.term), *entry.forms]


@functools.lru_cache(maxsize=4)
def _cached_index(names: tuple[tuple[str, ...], ...]) -> JargonIndex:
    return JargonIndex([list(entry_names) for entry_names in names])


def jargon_index(entries: list[Entry]) -> JargonIndex:
    """The index for these entries, built again only when their words change."""
    return _cached_index(tuple(tuple(_entry_names(entry)) for entry in entries))


def find_terms(text: str, entries: list[Entry], folded: Folded | None = None) -> list[FoundTerm]:
    """Each glossary entry used in the text, in order of first use, with where and how often."""
    places: dict[int, list[tuple[int, int]]] = {}
    for start, end, index in jargon_index(entries).matches(folded or Folded(text)):
        spans = places.get(index)
        if spans is None:
            places[index] = [(start, end)]
        else:
            spans.append((start, end))
    found = []
    for index, spans in places.items():
        entry, (start, end) = entries[index], spans[0]
        found.append(FoundTerm(entry.term, " ".join(text[start:end].split()), len(spans), entry.meaning, spans))
    return found


def jargon_report(text: str, entries: list[Entry]) -> JargonReport:
    """Glossary words found, hard words left unexplained, and the share of jargon."""
    folded = Folded(text)
    known = find_terms(text, entries, folded)
    explained = explained_words({text[start:end] for term in known for start, end in term.positions})
    hard = HardWords(folded)
    unknown = [UnknownWord(word, count, kind) for word, count, kind in hard.unexplained(explained)]
    return JargonReport(hard.words, hard.jargon_percent, known, unknown)
