"""The jargon finder: which glossary words a text uses, and which hard words it leaves unexplained.

Words with several senses (coprep.core.words.senses) are matched like glossary names and then
given the sense the words around them select; the paper's main category (the category most of its
other glossary words come from) helps choose. Matching runs one Aho-Corasick pass (pyahocorasick) over the folded text (coprep.core.text.text_fold),
where punctuation is a space, so every key can carry a space at each end. Padding the keys makes
the automaton itself check word boundaries, so only whole-word hits come back to Python. Keys are
matched on lower-case text; acronyms are then checked against the text as written ("ICS", not
"ics"). Positions are mapped back to the original text.
"""

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import chain

import ahocorasick
import numpy

from coprep.core.storage.resources import resource_path
from coprep.core.storage.validate import InputError
from coprep.core.text.text_fold import Folded, fold_key
from coprep.core.words.glossary import Entry, term_key
from coprep.core.words.hard_words import HardWords, explained_words
from coprep.core.words.paper_definitions import Definition, paper_definitions
from coprep.core.words.phrase_finder import names_in, unusual_pairs
from coprep.core.words.senses import Choice, Sense, SenseTable, choose, load_senses
from coprep.i18n import _

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
    sense: str = ""  # the sense chosen from the words around it ("attendance:visit"), if it has senses
    unsure: bool = False  # coprep could not tell which sense: the meaning gives each one
    everyday: bool = False  # a word every reader knows ("NHS", "target"): listed last, left out of packs


@dataclass
class UnknownWord:
    """A word the glossary does not explain: kind is "acronym", "rare", "phrase" (everyday
    words that are jargon together) or "name" (of a body, plan or scheme)."""

    word: str
    count: int
    kind: str


@dataclass
class JargonReport:
    words: int
    jargon_percent: float
    known: list[FoundTerm]
    unknown: list[UnknownWord]
    defined_in_text: list[Definition] = field(default_factory=list)


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
                words = fold_key(name).split(" ")  # "" where a sign met a space: "C. diff"
                if not words[0]:
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
        # Each key's number is its place in these lists: how far back its leading space lies from
        # its end, and its entry's index, or -1 when the entry depends on capitals (see _choose).
        self.automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        backs: list[int] = []
        owners: list[int] = []
        self.choices: dict[int, tuple[tuple[int, _Checks], ...]] = {}
        for key, found in candidates.items():
            # An entry whose own term this is comes first, then the glossary's order.
            ordered = tuple(dict.fromkeys((index, checks) for _, index, checks in sorted(found)))
            simple = len(ordered) == 1 and not ordered[0][1]
            if not simple:
                self.choices[len(backs)] = ordered
            self.automaton.add_word(key, len(backs))
            backs.append(len(key) - 1)
            owners.append(ordered[0][0] if simple else -1)
        self.backs = numpy.array(backs, dtype=numpy.int64)
        self.owners = numpy.array(owners, dtype=numpy.int64)
        self.empty = not candidates
        if candidates:
            self.automaton.make_automaton()

    def matches(self, folded: Folded) -> tuple[list[tuple[int, int]], list[int]]:
        """(start, end) of each whole-word use in the original text, and beside it, in a second
        list, its entry's index; on overlaps the longer match wins ("waiting list" over "list").

        The automaton's hits (by their end) go straight into arrays, so the work for each hit is
        done by numpy, not by a Python loop: a long paper has a hundred thousand of them. A hit is
        dropped when a longer one holds it; of two that overlap, the one that ends first is kept.
        """
        if self.empty:
            return [], []
        hits = numpy.fromiter(chain.from_iterable(self.automaton.iter(folded.padded)), dtype=numpy.int64)
        ends, keys = hits[0::2], hits[1::2]
        starts = ends - self.backs[keys]  # of the leading space, in the padded text
        owners = self.owners[keys]
        checked = numpy.flatnonzero(owners < 0)
        if checked.size:
            cased = folded.cased
            chosen = [
                _choose(self.choices[key], cased, start)
                for key, start in zip(keys[checked].tolist(), starts[checked].tolist(), strict=True)
            ]
            owners[checked] = [-1 if index is None else index for index in chosen]
            written = owners >= 0
            ends, starts, owners = ends[written], starts[written], owners[written]
        ends, starts, owners = _outermost(ends, starts, owners)
        # A match's leading space in the padded text sits where its first letter is in the folded
        # text; its last letter is two before its trailing space.
        lasts = ends - 2
        if folded.breaks:
            breaks = numpy.array(folded.breaks, dtype=numpy.int64)
            shifts = numpy.array([0, *folded.shifts], dtype=numpy.int64)
            starts = starts + shifts[numpy.searchsorted(breaks, starts, side="right")]
            lasts = lasts + shifts[numpy.searchsorted(breaks, lasts, side="right")]
        return list(zip(starts.tolist(), (lasts + 1).tolist(), strict=True)), owners.tolist()


def _outermost(
    ends: numpy.ndarray, starts: numpy.ndarray, owners: numpy.ndarray
) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """The hits no longer hit holds. Hits come in the order of their ends, a longer one before a
    shorter one with the same end. Where two such hits overlap ("domiciliary care" and "care
    packages"), the hits around them are settled one by one as they come (_settle)."""
    inside = numpy.zeros(len(ends), dtype=bool)
    inside[:-1] = numpy.minimum.accumulate(starts[::-1])[::-1][1:] <= starts[:-1]  # a later hit holds it
    inside[1:] |= ends[1:] == ends[:-1]
    outer = numpy.flatnonzero(~inside)
    crossing = numpy.flatnonzero(starts[outer[1:]] < ends[outer[:-1]])  # it starts inside the one before
    if not crossing.size:
        return ends[outer], starts[outer], owners[outer]
    keep = numpy.ones(len(ends), dtype=bool)
    keep[inside] = False
    # Each run of overlapping outer hits, from the first one's start to the last one's end, with
    # every hit (outer or not) that ends in between.
    breaks = numpy.flatnonzero(numpy.diff(crossing) != 1) + 1
    firsts, lasts = crossing[numpy.r_[0, breaks]], crossing[numpy.r_[breaks - 1, -1]]
    for first, last in zip(firsts.tolist(), lasts.tolist(), strict=True):
        low = int(numpy.searchsorted(ends, starts[outer[first]], side="right"))
        high = int(numpy.searchsorted(ends, ends[outer[last + 1]], side="right"))
        keep[low:high] = _settle(starts[low:high].tolist(), ends[low:high].tolist())
    return ends[keep], starts[keep], owners[keep]


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


def _choose(choices: tuple[tuple[int, _Checks], ...], cased: str, start: int) -> int | None:
    """The entry a key stands for here: acronyms only count when written in the same capitals."""
    for index, checks in choices:
        for offset, word in checks:
            if not cased.startswith(word, start + offset):
                break
        else:
            return index
    return None


def _entry_names(term: str, *forms: str) -> list[str]:
    """The term, the term without a note in brackets ("Coercion (ladder …)"), and its forms."""
    return [term, _BRACKETED.sub("", term), *forms]


@functools.lru_cache(maxsize=4)
def _cached_index(forms: tuple[str, ...], names: tuple[tuple[str, ...], ...]) -> JargonIndex:
    """The index for these sense forms and entries' (term, *forms), each built once."""
    return JargonIndex([[form] for form in forms] + [_entry_names(*entry_names) for entry_names in names])


@functools.lru_cache(maxsize=1)
def everyday_terms() -> frozenset[str]:
    """Glossary terms every reader knows (resources/glossary/everyday.txt), as term keys."""
    try:
        lines = resource_path("glossary/everyday.txt").read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(term_key(line) for line in lines if line.strip())


def _main_category(used: set[int], entries: list[Entry], first: int) -> str:
    """The category most of the text's glossary words (counted once each) belong to."""
    counts = Counter(entries[index - first].category for index in used if index >= first)
    return counts.most_common(1)[0][0] if counts else ""


def _by_owner(
    spans: list[tuple[int, int]], owners: list[int], first: int
) -> tuple[dict[int | str, list[tuple[int, int]]], list[tuple[int, int]]]:
    """The uses of each entry (by its place in the entries), and the uses of forms with senses
    (the first `first` owners), in text order."""
    uses: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)
    for span, owner in zip(spans, owners, strict=True):
        uses[owner].append(span)
    places: dict[int | str, list[tuple[int, int]]] = {
        owner - first: got for owner, got in uses.items() if owner >= first
    }
    return places, sorted(span for owner, got in uses.items() if owner < first for span in got)


def _sensed(
    choice: Choice, entries: list[Entry], by_key: dict[str, int]
) -> tuple[int | str, str, str, str, bool] | None:
    """(grouping key, term, meaning, sense, unsure) for a use whose senses were weighed; None when
    its sense is an everyday one, or stands for an entry the person has hidden."""
    meanings: list[tuple[int | str, str, str, str] | None] = []
    for sense in choice.senses:
        index = by_key.get(term_key(sense.entry)) if sense.entry else None
        if index is not None:
            meanings.append((index, entries[index].term, entries[index].meaning, sense.id))
        elif sense.meaning:
            meanings.append((sense.id, sense.headword, sense.meaning, sense.id))
        elif choice.sure or sense.everyday:
            meanings.append(None)
    if choice.sure or len(meanings) < 2:
        found = meanings[0] if meanings else None
        return None if found is None else (*found, False)
    ids = "|".join(sense.id for sense in choice.senses)
    ways = [_("Its everyday meaning.") if found is None else found[2] for found in meanings]
    meaning = " ".join(
        [_("This word can mean more than one thing, and coprep cannot tell which this paper means here.")]
        + [_("It may mean: {meaning}").format(meaning=way) for way in ways]
    )
    return ids, choice.senses[0].forms[0].capitalize(), meaning, ids, True


def sensed_index(entries: list[Entry], senses: SenseTable | None = None) -> JargonIndex:
    """The index find_terms uses: the forms that have senses first, then every entry's names.
    A screen that looks up many short texts keeps it, so it is not looked up each time."""
    senses = load_senses() if senses is None else senses
    return _cached_index(tuple(senses.forms), tuple((entry.term, *entry.forms) for entry in entries))


def find_terms(
    text: str,
    entries: list[Entry],
    folded: Folded | None = None,
    senses: SenseTable | None = None,
    category: str = "",
    index: JargonIndex | None = None,
) -> list[FoundTerm]:
    """Each glossary entry used in the text, in order of first use, with where and how often.

    A word with several senses is given the one its neighbours select (see senses.py): "outpatient
    attendances" are visits, "in attendance" is about a meeting.
    """
    senses = load_senses() if senses is None else senses
    first = len(senses.forms)
    index = index or sensed_index(entries, senses)
    spans, owners = index.matches(folded or Folded(text))
    category = category or _main_category(set(owners), entries, first)
    places, sensed_uses = _by_owner(spans, owners, first)
    by_key: dict[str, int] | None = None
    decided: dict[tuple[int, int], Choice] = {}  # a form's sense, once sure, in each paragraph
    sensed_places: dict[int | str, list[tuple[int, int]]] = {}
    found: dict[int | str, tuple[str, str, str, bool]] = {}
    senses_of: dict[str, tuple[Sense, ...]] = {}  # by the form as written, looked up once each
    for start, end in sensed_uses:
        by_key = by_key if by_key is not None else {entry.key: i for i, entry in enumerate(entries)}
        written = text[start:end]
        forms = senses_of.get(written)
        if forms is None:
            forms = senses_of[written] = senses.senses_of(written)
        paragraph = (id(forms), text.rfind("\n\n", 0, start))
        choice = decided.get(paragraph)
        if choice is None:
            choice = choose(forms, text, start, end, category)
            if choice.sure:  # one sense per paragraph (Gale, Church and Yarowsky, 1992)
                decided[paragraph] = choice
        sensed = _sensed(choice, entries, by_key)
        if sensed is None:
            continue
        key = sensed[0]
        if key not in found:
            found[key] = sensed[1:]
        sensed_places.setdefault(key, []).append((start, end))
    for key, uses in sensed_places.items():
        places[key] = sorted(places.get(key, []) + uses)
    terms = []
    common = everyday_terms()
    for key, spans in sorted(places.items(), key=lambda place: place[1][0]):  # in order of first use
        start, end = spans[0]
        known = found.get(key)
        if known is None and isinstance(key, int):
            known = (entries[key].term, entries[key].meaning, "", False)
        if known is None:
            raise InputError(_("The word at {start} has no meaning to show.").format(start=start))
        term, meaning, sense, unsure = known
        terms.append(
            FoundTerm(
                term,
                " ".join(text[start:end].split()),
                len(spans),
                meaning,
                spans,
                sense,
                unsure,
                term_key(term) in common
                and all(_known_to_all(used, common) for used in {text[s:e] for s, e in spans} if is_acronym(used)),
            )
        )
    return terms


def _known_to_all(written: str, common: frozenset[str]) -> bool:
    """An acronym every reader knows ("NHS", "GPs"), not one of an everyday entry's harder short
    forms ("IPR" for performance, "DPH"), which must still be explained."""
    key = term_key(written.replace("’", "'"))
    return any(stem in common for stem in (key, key.removesuffix("'s"), key.removesuffix("s"), key.removesuffix("es")))


def jargon_report(text: str | list[str], entries: list[Entry], everyday: bool = True) -> JargonReport:
    """Everything a reader may stumble on: glossary words in the sense meant (words every reader
    knows last, or left out when `everyday` is False), what the paper itself says its short forms
    mean, and the acronyms, rare words and jargon phrases nothing explains.

    `text` may be a list of pages, so the paper's own definitions carry their page numbers.
    """
    pages = [text] if isinstance(text, str) else text
    text = "\n\n".join(pages)
    folded = Folded(text)
    found = find_terms(text, entries, folded)
    known = [term for term in found if everyday or not term.everyday]
    known.sort(key=lambda term: term.everyday)
    defined = paper_definitions(pages)
    used = list({text[start:end] for term in found for start, end in term.positions})
    explained = explained_words(
        used + [d.short for d in defined] + [f"{d.short}s" for d in defined] + [d.long for d in defined]
    )
    hard = HardWords(folded)
    unknown = [UnknownWord(word, count, kind) for word, count, kind in hard.unexplained(explained)]
    phrases = unusual_pairs(folded.padded.split(), explained)
    unknown += [UnknownWord(pair, count, "phrase") for pair, count in phrases]
    unknown += [UnknownWord(name, count, "name") for name, count in names_in(text, explained)]
    return JargonReport(hard.words, hard.jargon_percent, known, unknown, defined)
