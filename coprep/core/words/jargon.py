"""The jargon finder: which glossary words a text uses, and which hard words it leaves unexplained.

Words with several senses (coprep.core.words.senses) are matched like glossary names and then
given the sense the words around them select; the paper's main category (the category most of its
other glossary words come from) helps choose. Where each glossary name is used, as whole words
and in the capitals its acronyms need, comes from coprep.core.words.term_index.
"""

import functools
import gc
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import ParamSpec, TypeVar

from coprep.core.storage.resources import resource_path
from coprep.core.storage.validate import InputError
from coprep.core.text.text_fold import Folded
from coprep.core.words.bilingual import without_translations
from coprep.core.words.compounds import hyphened_compounds
from coprep.core.words.glossary import Entry, term_key
from coprep.core.words.hard_words import HardWords, explained_words
from coprep.core.words.numbered import acronym_codes, coded, law_names, numbered_names, reference_spans
from coprep.core.words.paper_definitions import Definition, paper_definitions
from coprep.core.words.phrase_finder import beyond_attendance, names_in, unusual_pairs
from coprep.core.words.senses import Choice, Sense, SenseTable, choose, load_senses
from coprep.core.words.spellings import is_acronym
from coprep.core.words.term_index import JargonIndex
from coprep.i18n import _

_BRACKETED = re.compile(r"\s+\([^)]*\)")  # a note after a space: "Coercion (ladder …)"; not the "(2)" of "Section 5(2)"
P = ParamSpec("P")
R = TypeVar("R")


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


def _entry_names(term: str, *forms: str) -> list[str]:
    """The term, the term without a note in brackets ("Coercion (ladder …)"), and its forms."""
    return [term, _BRACKETED.sub("", term), *forms]


@functools.lru_cache(maxsize=4)
def _cached_index(forms: tuple[str, ...], names: tuple[tuple[str, ...], ...]) -> JargonIndex:
    """The index for these sense forms and entries' (term, *forms), each built once."""
    return JargonIndex([[form] for form in forms] + [_entry_names(*entry_names) for entry_names in names], len(forms))


@functools.lru_cache(maxsize=1)
def everyday_terms() -> frozenset[str]:
    """Glossary terms every reader knows (resources/glossary/everyday.txt), as term keys."""
    try:
        lines = resource_path("glossary/everyday.txt").read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(term_key(line) for line in lines if line.strip())


def _main_category(by_entry: dict[int, list[tuple[int, int]]], entries: list[Entry], first: int) -> str:
    """The category most of the text's glossary words (counted once each) belong to. Two as
    common are settled as they always were, by the order of a set of the entries' places filled
    in order of first use, so every paper keeps the category, and the senses, it had."""
    used = set(sorted(by_entry, key=lambda index: by_entry[index][0]))
    counts = Counter(entries[index - first].category for index in used if index >= first)
    return counts.most_common(1)[0][0] if counts else ""


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


def _collector_paused(work: Callable[P, R]) -> Callable[P, R]:
    """The work with Python's cycle collector paused: a long paper's uses are a hundred thousand
    small tuples, none in a cycle, and each few hundred of them would otherwise set it walking
    through every object alive (a tenth of the finder's time when a big report is kept)."""

    @functools.wraps(work)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        was_on = gc.isenabled()
        gc.disable()
        try:
            return work(*args, **kwargs)
        finally:
            if was_on:
                gc.enable()

    return paused


@_collector_paused
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
    by_entry = index.uses(folded or Folded(text))
    category = category or _main_category(by_entry, entries, first)
    places: dict[int | str, list[tuple[int, int]]] = {
        owner - first: got for owner, got in by_entry.items() if owner >= first
    }
    sensed_uses = sorted(span for owner, got in by_entry.items() if owner < first for span in got)
    by_key: dict[str, int] | None = None
    decided: dict[tuple[int, int], Choice] = {}  # a form's sense, once sure, in each paragraph
    sensed_places: dict[int | str, list[tuple[int, int]]] = {}
    found: dict[int | str, tuple[str, str, str, bool]] = {}
    senses_of: dict[str, tuple[Sense, ...]] = {}  # by the form as written, looked up once each
    meant: dict[int, tuple[Choice, tuple[int | str, str, str, str, bool] | None]] = {}  # by id(choice)
    for start, end in sensed_uses:
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
        remembered = meant.get(id(choice))
        if remembered is None:  # the same choice is made again and again: "place" in a long paper
            by_key = by_key if by_key is not None else {entry.key: i for i, entry in enumerate(entries)}
            remembered = meant[id(choice)] = (choice, _sensed(choice, entries, by_key))
        sensed = remembered[1]
        if sensed is None:
            continue
        key = sensed[0]
        if key not in found:
            found[key] = sensed[1:]
        sensed_places.setdefault(key, []).append((start, end))
    for key, uses in sensed_places.items():
        places[key] = sorted(places.get(key, []) + uses)
    references = set(reference_spans(text))
    if references:  # "paper TB/26/112": the letters only start a reference number
        places = {key: kept for key, spans in places.items() if (kept := [s for s in spans if s not in references])}
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


def _with_codes(words: list[tuple[str, int, str]], acronyms: Counter[tuple[str, str]]) -> list[UnknownWord]:
    """The unexplained words, with an acronym that is followed by a code listed with it ("FRS 102"):
    alone as well only when it is also used without one."""
    codes: defaultdict[str, list[tuple[str, int]]] = defaultdict(list)
    for (acronym, name), count in acronyms.items():
        codes[acronym].append((name, count))
    unknown = []
    for word, count, kind in words:
        with_code = codes.get(word, []) if kind == "acronym" else []
        unknown += [UnknownWord(name, uses, kind) for name, uses in with_code]
        alone = count - sum(uses for _, uses in with_code)
        if alone > 0:
            unknown.append(UnknownWord(word, alone if with_code else count, kind))
    return unknown


def _beyond_references(words: list[tuple[str, int, str]], text: str) -> list[tuple[str, int, str]]:
    """The unexplained words, less an acronym's uses that only start a reference number
    ("Forward Plan reference KD/2027/004"): one used only so is not listed at all."""
    references = Counter(text[start:end] for start, end in reference_spans(text, spaced=False))
    if not references:
        return words
    kept = [
        (word, count - references[word], kind) if kind == "acronym" else (word, count, kind)
        for word, count, kind in words
    ]
    return [(word, count, kind) for word, count, kind in kept if count > 0]


@_collector_paused  # its own passes (hard words, pairs, names) make thousands of small objects too
def jargon_report(text: str | list[str], entries: list[Entry], everyday: bool = True) -> JargonReport:
    """Everything a reader may stumble on: glossary words in the sense meant (words every reader
    knows last, or left out when `everyday` is False), what the paper itself says its short forms
    mean, and the acronyms, rare words and jargon phrases nothing explains.

    `text` may be a list of pages, so the paper's own definitions carry their page numbers.
    """
    pages = [text] if isinstance(text, str) else text
    text = without_translations("\n\n".join(pages))  # Welsh halves of headings blanked, places kept
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
    minutes = {start for start, _ in reference_spans(text)}  # "RIV 26/41": listed as "RIV" alone
    codes = [code for code in coded(text) if code[2] not in minutes]
    unknown = _with_codes(_beyond_references(hard.unexplained(explained), text), acronym_codes(codes))
    covered = sorted(span for term in found for span in term.positions)
    unknown += [UnknownWord(name, count, "name") for name, count in numbered_names(codes, covered).items()]
    unknown += [UnknownWord(name, count, "name") for name, count in law_names(text, covered).items()]
    unknown += [
        UnknownWord(word, count, "rare")
        for word, count in hyphened_compounds(text, covered, used + [d.long for d in defined]).items()
    ]
    phrases = beyond_attendance(unusual_pairs(hard.tokens, hard.lowered(), explained), text, folded.padded)
    unknown += [UnknownWord(pair, count, "phrase") for pair, count in phrases]
    listed = {word.word.casefold() for word in unknown}
    unknown += [
        UnknownWord(name, count, "name") for name, count in names_in(text, explained) if name.casefold() not in listed
    ]
    return JargonReport(hard.words, hard.jargon_percent, known, unknown, defined)
