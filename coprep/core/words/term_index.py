"""The automaton the jargon finder matches glossary names with, and how its hits become uses.

Matching runs one Aho-Corasick pass (daachorse) over the bytes of the folded text
(coprep.core.text.text_fold), where punctuation is a space, so every key carries a space at each
end: the automaton itself then checks word boundaries, and only whole-word hits come back. Keys
are matched on lower-case text; acronyms are then checked against the text as written ("ICS", not
"ics"). A long paper has a hundred thousand hits, so they go straight into numpy arrays, and only
the few that need it are looked at one by one in Python.

Each name is also matched as papers and lists often write it otherwise (coprep.core.words.spellings).
"""

import re
from collections.abc import Iterable
from itertools import chain

import daachorse
import numpy

from coprep.core.text.text_fold import Folded
from coprep.core.words.numbered import NUMBERED_WORDS
from coprep.core.words.spellings import ENDING, is_acronym, spellings

_SUFFIXES = ("s", "es", "'s")
# "in month", "in-year": with a number just after it in the text, such a name is part of a
# numbered one ("in month 9", "in year 2"), and the number's name is meant. A thing that takes a
# number ("functional risk category 1") is still that thing.
_COUNTED = NUMBERED_WORDS | {"year"}
_TIME_WORDS = frozenset({"in", "per", "by", "for", "within", "this", "each"})
_A_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")  # "the in-year position 2026/27": a year, not a count
_Checks = tuple[tuple[int, str], ...]  # (offset, acronym) pairs a hit must show in capitals


def _variants(folded: str) -> list[str]:
    """The name with plural and possessive endings; "policy" also gives "policies", a Greek
    "-sis" its "-ses" ("business impact analysis" gives "business impact analyses") and a Latin
    "-a" its "-ae", as clinical papers write it ("peripheral cannula" gives "peripheral cannulae")."""
    variants = [folded] + [folded + suffix for suffix in _SUFFIXES]
    if len(folded) > 2 and folded[-1] == "y" and folded[-2] not in "aeiou":
        variants.append(folded[:-1] + "ies")
    elif len(folded) > 5 and folded.endswith("sis"):
        variants.append(folded[:-3] + "ses")
    elif len(folded) > 5 and folded.endswith("la"):
        variants.append(folded + "e")
    return variants


def singular(words: list[str]) -> list[str] | None:
    """A phrase whose last word is a plural, in the singular ("designated funds" gives "designated
    fund"), so an entry written in the plural also matches the singular; None for one word alone,
    where the singular is often another word ("minutes", "accounts", "falls")."""
    last = words[-1]
    if len(words) < 2 or len(last) < 4 or not last.endswith("s") or last.endswith(("ss", "us", "is", "'s")):
        return None
    if last.endswith("ies"):
        return [*words[:-1], last[:-3] + "y"]
    if last.endswith(("sses", "xes", "ches", "shes")):
        return [*words[:-1], last[:-2]]
    return [*words[:-1], last[:-1]]


def _acronyms_first(candidate: tuple[int, int, _Checks]) -> tuple[bool, int, int]:
    rank, index, checks = candidate
    return not checks, rank, index


class JargonIndex:
    """An automaton over every name of a glossary; hits carry the entry's place in the list."""

    def __init__(self, names: list[list[str]], singular_from: int = 0) -> None:
        """`singular_from`: names before this place (forms with senses) get no singular."""
        candidates: dict[str, list[tuple[int, int, _Checks]]] = {}
        closing: set[str] = set()  # keys of names that end with a bracket
        for index, entry_names in enumerate(names):
            for rank, name, words in self._ways(entry_names):
                if not words[0]:  # "" where a sign met a space: "C. diff"
                    continue
                if is_acronym(words[-1]):  # "ICBs" is stored as "ICB" and gets its endings below
                    words[-1] = ENDING.sub("", words[-1])
                checks, offset = [], 0
                for word in words:
                    if is_acronym(word):
                        checks.append((offset, word))
                    offset += len(word) + 1
                for variant in _variants(" ".join(words).lower()):
                    candidates.setdefault(f" {variant} ", []).append((rank, index, tuple(checks)))
                one = singular(words) if index >= singular_from and not is_acronym(words[-1]) else None
                for variant in _variants(" ".join(one).lower()) if one else ():
                    # after every name written so: "designated fund" is its own entry's first
                    candidates.setdefault(f" {variant} ", []).append((3, index, tuple(checks)))
                if name.rstrip().endswith(")"):
                    closing.add(f" {' '.join(words).lower()} ")
        # Each key's number is its place in these lists: how far back its leading space lies from
        # its end, and its entry's index, or -1 when the entry depends on capitals (_Capitals).
        backs: list[int] = []
        owners: list[int] = []
        choices: dict[int, tuple[tuple[int, _Checks], ...]] = {}
        for key, found in candidates.items():
            # A name with acronyms comes first, so a word the text writes in an acronym's capitals
            # is that acronym ("PLACE", though "place" has senses); then an entry whose own term
            # this is, then the glossary's order. The first the text's capitals fit is the one meant.
            ordered: tuple[tuple[int, _Checks], ...]
            if len(found) == 1:  # most keys
                ordered = ((found[0][1], found[0][2]),)
            else:
                ordered = tuple(
                    dict.fromkeys((index, checks) for _, index, checks in sorted(found, key=_acronyms_first))
                )
            if ordered[0][1]:
                choices[len(backs)] = ordered
            backs.append(len(key) - 1)
            owners.append(-1 if ordered[0][1] else ordered[0][0])
        self.capitals = _Capitals(choices, len(backs))
        self.closing = numpy.array([key in closing for key in candidates], dtype=bool)
        self.counted = numpy.array([_time_phrase(key.split()) for key in candidates], dtype=bool)
        self.backs = numpy.array(backs, dtype=numpy.int64)
        self.owners = numpy.array(owners, dtype=numpy.int64)
        self.empty = not candidates
        # Every key is one byte a character in Latin-1 (no glossary name yet has a letter beyond it),
        # and none holds "?" (folding makes it a space): the text is then read one byte a character.
        self.one_byte = _one_byte(candidates)
        if candidates:
            encoding = "latin-1" if self.one_byte else "utf-8"
            keys = [key.encode(encoding, "surrogatepass") for key in candidates]
            self.automaton = daachorse.DoubleArrayAhoCorasick(keys)

    @staticmethod
    def _ways(entry_names: list[str]) -> list[tuple[int, str, list[str]]]:
        """(rank, name, words) for each name: rank 0 for the term, 1 for a form, 2 for another
        spelling of either."""
        ways = []
        for place, name in enumerate(entry_names):
            written, *others = spellings(name)
            ways.append((min(place, 1), name, written))
            ways += [(2, name, words) for words in others]
        return ways

    def _hits(self, padded: str) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Where each hit ends (its trailing space's place in the padded text) and its key's number.
        The automaton reads bytes, quicker than pyahocorasick reads a str: one a character when
        every key is Latin-1, where a character beyond it is read as "?", which no key holds, so
        it still parts words as it did. Else the text's UTF-8 bytes, where a byte's place becomes
        its character's by taking away the bytes before it that only continue a character."""
        if self.one_byte:
            return self._found(padded.encode("latin-1", "replace"))
        data = padded.encode("utf-8", "surrogatepass")
        ends, keys = self._found(data)
        if len(data) != len(padded):
            continuing = numpy.flatnonzero((numpy.frombuffer(data, dtype=numpy.uint8) & 0xC0) == 0x80)
            ends = ends - numpy.searchsorted(continuing, ends)
        return ends, keys

    def _found(self, data: bytes) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Each hit's end (its last byte) and key, straight into numpy: every hit, overlapping ones
        too, by its end, and of those that end together the longest first."""
        found = self.automaton.find_overlapping(data)  # (start, end, key)
        hits = numpy.fromiter(chain.from_iterable(found), dtype=numpy.int64, count=3 * len(found)).reshape(-1, 3)
        return hits[:, 1] - 1, hits[:, 2]

    def uses(self, folded: Folded) -> dict[int, list[tuple[int, int]]]:
        """Where (start, end) each entry, by its index, is used in the original text, as whole
        words, in text order; on overlaps the longer match wins ("waiting list" over "list").

        The automaton's hits (by their end) go straight into arrays, so the work for each hit is
        done by numpy, not by a Python loop: a long paper has a hundred thousand of them. A hit is
        dropped when a longer one holds it; of two that overlap, the one that ends first is kept.
        """
        if self.empty:
            return {}
        ends, keys = self._hits(folded.padded)
        starts = ends - self.backs[keys]  # of the leading space, in the padded text
        owners = self.owners[keys]
        plural = _acronym_plurals(starts, ends, folded.cased) & (owners >= 0)
        dropped = plural | _numbered_after(self.counted[keys], ends, folded.padded)
        if dropped.any():  # "BIAs" are Best Interests Assessors, not bias: only an acronym's name fits
            ends, starts, owners, keys = ends[~dropped], starts[~dropped], owners[~dropped], keys[~dropped]
        checked = numpy.flatnonzero(owners < 0)
        if checked.size:
            owners[checked] = self.capitals.owners(keys[checked], starts[checked], folded.cased)
            written = owners >= 0
            ends, starts, owners, keys = ends[written], starts[written], owners[written], keys[written]
        kept = _outermost(ends, starts)
        ends, starts, owners, keys = ends[kept], starts[kept], owners[kept], keys[kept]
        if not owners.size:
            return {}
        # A match's leading space in the padded text sits where its first letter is in the folded
        # text; its last letter is two before its trailing space.
        lasts = ends - 2
        if folded.breaks:
            breaks = numpy.array(folded.breaks, dtype=numpy.int64)
            shifts = numpy.array([0, *folded.shifts], dtype=numpy.int64)
            starts = starts + shifts[numpy.searchsorted(breaks, starts, side="right")]
            lasts = lasts + shifts[numpy.searchsorted(breaks, lasts, side="right")]
        stops = lasts + 1
        closing = numpy.flatnonzero(self.closing[keys])
        if closing.size:  # "Section 5(2)": the closing bracket, folded into a space, is part of it
            stops[closing] += [
                folded.text.startswith(")", stop)
                and folded.text.count("(", start, stop) > folded.text.count(")", start, stop)
                for start, stop in zip(starts[closing].tolist(), stops[closing].tolist(), strict=True)
            ]
        order = numpy.argsort(owners, kind="stable")  # by entry, each entry's uses in text order
        owners = owners[order]
        spans = list(zip(starts[order].tolist(), stops[order].tolist(), strict=True))
        firsts = numpy.flatnonzero(numpy.diff(owners)) + 1
        bounds = [0, *firsts.tolist(), len(spans)]
        return {
            owner: spans[bounds[place] : bounds[place + 1]] for place, owner in enumerate(owners[bounds[:-1]].tolist())
        }


_A, _Z, _S = ord("A"), ord("Z"), ord("s")


def _one_byte(keys: Iterable[str]) -> bool:
    """Whether the keys can be read one byte a character beside a text whose other characters are "?"."""
    joined = "".join(keys)
    try:
        joined.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return "?" not in joined


def _one_byte_each(text: str) -> bytes:
    """The text one byte a character, ASCII letters as they are: its Latin-1 bytes (a copy) where it
    can, else ASCII with "?" for each other character."""
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        return text.encode("ascii", "replace")


def _acronym_plurals(starts: numpy.ndarray, ends: numpy.ndarray, cased: str) -> numpy.ndarray:
    """Which hits the text writes as an acronym's plural, capitals then a small s ("BIAs",
    "PAs"): such a word is never the everyday word its letters spell. A heading in capitals
    ("RISK OF BIAS") is still the word. The hit's first letter is at its leading space's place
    in the padded text, which is the folded text's own place; its last is two before its end.
    Most hits start with a small letter, so only the few with a capital are looked at further."""
    plural = numpy.zeros(len(starts), dtype=bool)
    if not starts.size:
        return plural
    letters = numpy.frombuffer(_one_byte_each(cased), dtype=numpy.uint8)
    last = ends - 2

    def capital(at: numpy.ndarray) -> numpy.ndarray:
        code: numpy.ndarray = letters[at]
        found: numpy.ndarray = (code >= _A) & (code <= _Z)
        return found

    maybe = numpy.flatnonzero(capital(starts) & (last - starts >= 2))  # two capitals at least before the s
    if maybe.size:
        first, last = starts[maybe], last[maybe]
        plural[maybe] = capital(first + 1) & capital(last - 1) & (letters[last] == _S)
    return plural


def _time_phrase(words: list[str]) -> bool:
    """Whether a name is a time word and a count ("in month", "per year")."""
    return len(words) == 2 and words[0] in _TIME_WORDS and words[1] in _COUNTED


def _numbered_after(counted: numpy.ndarray, ends: numpy.ndarray, padded: str) -> numpy.ndarray:
    """Which hits end with a counting word (month, year, phase …) that a number just after
    completes ("in month 9"), unless the number is a year. A hit's end is its trailing space."""
    numbered = numpy.zeros(len(ends), dtype=bool)
    for place in numpy.flatnonzero(counted).tolist():
        after = int(ends[place]) + 1
        if padded[after : after + 1].isdigit() and not _A_YEAR.match(padded, after):
            numbered[place] = True
    return numbered


def _outermost(ends: numpy.ndarray, starts: numpy.ndarray) -> numpy.ndarray:
    """Which hits to keep (a mask, or their places): those no longer hit holds. Hits come in the
    order of their ends, a longer one before a shorter one with the same end. Where two such hits
    overlap ("domiciliary care" and "care packages"), the hits around them are settled one by one
    as they come (_settle)."""
    inside = numpy.zeros(len(ends), dtype=bool)
    inside[:-1] = numpy.minimum.accumulate(starts[::-1])[::-1][1:] <= starts[:-1]  # a later hit holds it
    inside[1:] |= ends[1:] == ends[:-1]
    outer = numpy.flatnonzero(~inside)
    crossing = numpy.flatnonzero(starts[outer[1:]] < ends[outer[:-1]])  # it starts inside the one before
    if not crossing.size:
        return outer
    keep = numpy.ones(len(ends), dtype=bool)
    keep[inside] = False
    # Each run of overlapping outer hits, from the first one's start to the last one's end, with
    # every hit (outer or not) that ends in between.
    gaps = numpy.flatnonzero(numpy.diff(crossing) != 1) + 1
    firsts, lasts = crossing[numpy.r_[0, gaps]], crossing[numpy.r_[gaps - 1, -1]]
    for first, last in zip(firsts.tolist(), lasts.tolist(), strict=True):
        low = int(numpy.searchsorted(ends, starts[outer[first]], side="right"))
        high = int(numpy.searchsorted(ends, ends[outer[last + 1]], side="right"))
        keep[low:high] = _settle(starts[low:high].tolist(), ends[low:high].tolist())
    return keep


def _settle(starts: list[int], ends: list[int]) -> list[bool]:
    """Which of these hits (in the order of their ends) to keep: one inside the hit kept before is
    dropped, one that holds hits kept before replaces them."""
    kept: list[int] = []
    last_start = last_end = -1
    for place, (start, end) in enumerate(zip(starts, ends, strict=True)):
        if last_start < start < last_end:
            continue
        if start < last_end:
            while kept and starts[kept[-1]] >= start:
                kept.pop()
        kept.append(place)
        last_start, last_end = start, end
    chosen = [False] * len(starts)
    for place in kept:
        chosen[place] = True
    return chosen


class _Capitals:
    """Which entry a hit of a key holding an acronym stands for, by the capitals the text writes
    it in. Most such keys have one acronym to check in their first entry ("ICB"), and when it is
    not written so, either nothing or an entry with nothing to check ("PLACE", else the senses of
    "place"): their hits are settled together, str.startswith mapped over them; the others go one
    by one through _choose."""

    def __init__(self, choices: dict[int, tuple[tuple[int, _Checks], ...]], size: int) -> None:
        self.choices = choices
        self.acronyms = ["" for _ in range(size)]
        self.offsets = numpy.zeros(size, dtype=numpy.int64)
        self.firsts = numpy.full(size, -1, dtype=numpy.int64)
        self.single = numpy.zeros(size, dtype=bool)  # one acronym to check in the first choice
        self.more = numpy.zeros(size, dtype=bool)  # anything else to try when that check fails
        self.fallbacks = numpy.full(size, -1, dtype=numpy.int64)  # else this entry, needing no check
        for key, ordered in choices.items():
            index, checks = ordered[0]
            self.firsts[key] = index
            self.single[key] = len(checks) == 1
            if len(checks) == 1 and len(ordered) > 1 and not ordered[1][1]:
                self.fallbacks[key] = ordered[1][0]
            else:
                self.more[key] = len(checks) != 1 or len(ordered) > 1
            self.offsets[key], self.acronyms[key] = checks[0]

    def owners(self, keys: numpy.ndarray, starts: numpy.ndarray, cased: str) -> numpy.ndarray:
        """Each hit's entry, or -1 when the text does not write it in the capitals of any."""
        fits = numpy.fromiter(
            map(
                cased.startswith, map(self.acronyms.__getitem__, keys.tolist()), (starts + self.offsets[keys]).tolist()
            ),
            dtype=bool,
            count=len(keys),
        )
        fits &= self.single[keys]
        chosen: numpy.ndarray = numpy.where(fits, self.firsts[keys], self.fallbacks[keys])
        others = numpy.flatnonzero(~fits & self.more[keys])
        if others.size:
            picked = (
                _choose(self.choices[key], cased, start)
                for key, start in zip(keys[others].tolist(), starts[others].tolist(), strict=True)
            )
            chosen[others] = [-1 if index is None else index for index in picked]
        return chosen


def _choose(choices: tuple[tuple[int, _Checks], ...], cased: str, start: int) -> int | None:
    """The entry a key stands for here: acronyms only count when written in the same capitals."""
    for index, checks in choices:
        for offset, word in checks:
            if not cased.startswith(word, start + offset):
                break
        else:
            return index
    return None
