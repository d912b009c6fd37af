"""Words with more than one meaning, and choosing the one a paper means from the words around it.

resources/glossary/senses.csv lists, for each form ("attendances", "NI", "pilot"), its senses:
a meaning of its own or the glossary entry it stands for (or neither: an everyday use that needs
no explaining), and what selects it. A sense scores 2 for each of its cue words within a few words
of the match, 1 for each a little further off, 2 when the paper is of the sense's category and 2
when a sense that wants a capital letter has one. The highest score wins; a tie leaves coprep
unsure, and a person is then shown every sense that could fit. With no cue at all, the sense
marked "choose" is taken, else every sense marked "show" (one alone is simply taken); senses
marked "hide", such as the ladder's rungs, are only ever chosen by their cues. A cue written
"!ladder" is strong: it scores 6 anywhere in the wider window; one written "<our" scores 4 when it
is the word just before ("our capacity" is a service's, "lacks capacity" a person's). A sense of
category "*" is possible only in a paper (a text whose other words are in the glossary): "the
trust" in a paper is the NHS trust, in a sentence alone it may be everyday. The words further
off are weighed only when the near ones leave it open, which keeps a long pack quick.
A sense's category may be written as its file is named ("social_care") or as a person reads it
("social care"): the paper's category is read the second way, so both match.
"""

import csv
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from coprep.core.text.text_fold import fold_name
from coprep.core.words.glossary import group_name, shipped_folder, split_list
from coprep.core.words.spellings import spellings

SENSES_FILE = "senses.csv"
NEAR_WORDS = 8  # words each side that count as near
STRONG_WEIGHT = 6
BEFORE_WEIGHT = 4
WIDE_CHARS = 200  # characters each side that count as a little further off
NUMBER, MONEY, STRONG, BEFORE = "#number", "#money", "!", "<"
ANY_PAPER = "*"  # a sense's category: possible only in a paper (a text that uses glossary words)
RULED_OUT = 100
_IS_NUMBER = re.compile(r"^[£$]?\d[\d,.]*(?:k|m|bn|%)?$")
_MONEY_WORD = re.compile(r"\b\d[\d,.]*(?:k|m|bn)\b")


@dataclass(frozen=True)
class Sense:
    """One meaning of a form. With neither `entry` nor `meaning` it is an everyday use."""

    id: str
    headword: str
    meaning: str
    near: tuple[str, ...]
    categories: frozenset[str]
    capitals: str  # "capital", "lower" or ""
    entry: str  # the glossary term this sense stands for
    when_unsure: str  # "choose", "show" or "hide"
    forms: tuple[str, ...]

    @property
    def everyday(self) -> bool:
        return not self.entry and not self.meaning

    @functools.cached_property
    def single_cues(self) -> frozenset[str]:
        """Cues of one word, checked against the set of words around a use."""
        cues = [cue for cue in self.near if " " not in cue and cue != NUMBER and cue[0] not in (STRONG, BEFORE)]
        return frozenset(cues + [f"{cue}s" for cue in cues if cue[-1].isalpha()])

    @functools.cached_property
    def strong_cues(self) -> frozenset[str]:
        """Cues that settle it anywhere in the wider window ("!ladder": the text is about the ladder)."""
        return frozenset(cue[1:] for cue in self.near if cue[0] == STRONG)

    @functools.cached_property
    def before_cues(self) -> frozenset[str]:
        """Words that select this sense when they come just before the form ("<mental")."""
        return frozenset(cue[1:] for cue in self.near if cue[0] == BEFORE)

    @functools.cached_property
    def longer_cues(self) -> tuple[str, ...]:
        return tuple(f" {cue} " for cue in self.near if " " in cue and cue[0] != BEFORE)


@dataclass(frozen=True)
class Choice:
    """The senses that fit one use: one when coprep is sure, several when it cannot tell."""

    senses: tuple[Sense, ...]
    sure: bool


def form_key(written: str) -> str:
    """How a form is looked up: folded like text, lower case, without a possessive ending."""
    key = fold_name(written.replace("’", "'")).lower()
    while key.endswith("'s") or key.endswith("'"):
        key = key[:-2] if key.endswith("'s") else key[:-1]
    return key


class SenseTable:
    """Every form with more than one sense, and each sense's cues."""

    def __init__(self, senses: list[Sense]) -> None:
        self.by_form: dict[str, tuple[Sense, ...]] = {}
        self.forms: list[str] = []  # as written, so acronyms keep their capitals
        for sense in senses:
            for form in sense.forms:
                if form_key(form) not in self.by_form:
                    self.forms.append(form)
                # found however the text spells it ("Accident & Emergency"), as the finder finds it
                for key in dict.fromkeys(form_key(" ".join(words)) for words in spellings(form)):
                    if sense not in self.by_form.get(key, ()):  # "follow up" and "follow-up" fold alike
                        self.by_form[key] = (*self.by_form.get(key, ()), sense)

    def senses_of(self, written: str) -> tuple[Sense, ...]:
        """The senses of a form as written in a text, trying it without a plural ending too."""
        key = form_key(written)
        for candidate in (key, key[:-1] if key.endswith("s") else "", key[:-2] if key.endswith("es") else ""):
            if candidate in self.by_form:
                return self.by_form[candidate]
        return ()


def _sense_from_row(row: dict[str, str]) -> Sense:
    return Sense(
        id=(row.get("sense") or "").strip(),
        headword=(row.get("headword") or "").strip(),
        meaning=(row.get("meaning") or "").strip(),
        near=tuple(cue.lower() for cue in split_list(row.get("near"))),
        categories=frozenset(group_name(category) for category in split_list(row.get("category"))),
        capitals=(row.get("capitals") or "").strip(),
        entry=(row.get("entry") or "").strip(),
        when_unsure=(row.get("when_unsure") or "show").strip(),
        forms=tuple(split_list(row.get("form"))),
    )


@functools.lru_cache(maxsize=4)
def _parse(path: Path, _mtime_ns: int) -> SenseTable:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            return SenseTable([_sense_from_row(row) for row in csv.DictReader(handle) if row.get("sense")])
    except (OSError, UnicodeDecodeError, csv.Error):
        return SenseTable([])


def load_senses(path: Path | None = None) -> SenseTable:
    """The shipped senses, read again only when the file changes."""
    path = path or shipped_folder() / SENSES_FILE
    return _parse(path, path.stat().st_mtime_ns if path.exists() else 0)


_SPACED = str.maketrans({char: " " for char in ',.;:()[]!?"“”‘\n\t\r\f/+'} | {"’": "'"})
# The same for a window all in ASCII, with capitals lowered too, in bytes: far quicker than str.translate.
_SPACED_ASCII = bytes.maketrans(
    bytes(range(65, 91)) + bytes(key for key in _SPACED if key < 128),
    bytes(range(97, 123)) + b" " * sum(key < 128 for key in _SPACED),
)
Found = tuple[frozenset[str], frozenset[str]]  # the one-word cues and the longer cues around a use
Near = tuple[Found, bool, str | None, str]  # and a number just before, the cue just before, the category
Key = TypeVar("Key")
Value = TypeVar("Value")


@dataclass
class _Plan:
    """What can sway the choice among one form's senses as written (with or without capitals), and
    the choices already made from the same cues: a long pack uses "place" thousands of times, and
    the words around most uses hold the same few cues or none."""

    senses: tuple[Sense, ...]  # kept so the plan is only used for the very tuple it was made for
    allowed: tuple[Sense, ...]
    capital: bool
    near_cues: frozenset[str]  # every sense's one-word cues
    wide_cues: frozenset[str]  # and its strong cues
    longer: tuple[str, ...]
    befores: frozenset[str]
    categories: frozenset[str]
    number: bool
    money: bool
    percent: bool
    strong: bool
    near_done: dict[Near, Choice | None] = field(default_factory=dict)  # None: look further off
    wide_done: dict[tuple[Near, Found], Choice] = field(default_factory=dict)

    @functools.cached_property
    def longer_starts(self) -> frozenset[str]:
        return frozenset(word for cue in self.longer for word in cue.split()[:1])


_PLANS: dict[tuple[int, bool, bool], _Plan] = {}
_MOST_REMEMBERED = 4096


def _plan(senses: tuple[Sense, ...], capital: bool, lowered: bool) -> _Plan:
    plan = _PLANS.get((id(senses), capital, lowered))
    if plan is not None and plan.senses is senses:
        return plan
    allowed = tuple(s for s in senses if not (s.capitals == "capital" and lowered or s.capitals == "lower" and capital))
    near_cues = frozenset().union(*(sense.single_cues for sense in allowed))
    wide_cues = near_cues.union(*(sense.strong_cues for sense in allowed))
    plan = _Plan(
        senses=senses,
        allowed=allowed,
        capital=capital,
        near_cues=near_cues,
        wide_cues=wide_cues,
        longer=tuple(dict.fromkeys(cue for sense in allowed for cue in sense.longer_cues)),
        befores=frozenset().union(*(sense.before_cues for sense in allowed)),
        categories=frozenset().union(*(sense.categories for sense in allowed)),
        number=any(NUMBER in sense.near for sense in allowed),
        money=MONEY in near_cues,
        percent="%" in wide_cues,
        strong=any(sense.strong_cues for sense in allowed),
    )
    if len(_PLANS) >= _MOST_REMEMBERED:
        _PLANS.clear()
    _PLANS[(id(senses), capital, lowered)] = plan
    return plan


def _cues_found(plan: _Plan, before: list[str], after: list[str], form: list[str], cues: frozenset[str]) -> Found:
    """The cues among the words around a use (with "%" and "#money" when the text has them), and
    the longer cues found in those words as one string between spaces with the form itself in its
    place, so a cue of more than one word may hold the form ("resolved to", "in my capacity").
    A longer cue can only be there when its first word is, so most uses never join their words."""
    found = cues.intersection([*before, *after, *_hyphened(before, form, after)])
    longer: frozenset[str] = frozenset()
    starts = plan.longer_starts
    if (
        plan.money
        or plan.percent
        or not (starts.isdisjoint(before) and starts.isdisjoint(after) and starts.isdisjoint(form))
    ):
        joined = f" {' '.join([*before, *form, *after])} "
        if "%" in cues and "%" in joined:
            found |= {"%"}
        if plan.money and ("£" in joined or _MONEY_WORD.search(joined)):
            found |= {MONEY}
        longer = frozenset(cue for cue in plan.longer if cue in joined)
    return found, longer


def _hyphened(before: list[str], form: list[str], after: list[str]) -> list[str]:
    """The whole hyphened word the form is a part of ("ward-level", "pre-ward"): the window keeps
    hyphens, so "ward-level" is split into the form and "-level", and a cue written whole would
    never be seen."""
    joined = []
    if form and after and after[0].startswith("-"):
        joined.append(form[-1] + after[0])
    if form and before and before[-1].endswith("-"):
        joined.append(before[-1] + form[0])
    return joined


def _scores(plan: _Plan, found: Found, weight: int) -> list[int]:
    words, longer = found
    return [
        weight * (len(sense.single_cues & words) + sum(cue in longer for cue in sense.longer_cues))
        for sense in plan.allowed
    ]


def _near_scores(plan: _Plan, near: Near) -> list[int]:
    found, number_before, just_before, category = near
    return [
        score
        + 2
        * (
            (number_before and NUMBER in sense.near)
            + (bool(category) and category != ANY_PAPER and category in sense.categories)
            + (sense.capitals == "capital" and plan.capital)
        )
        + BEFORE_WEIGHT * (just_before in sense.before_cues)
        - RULED_OUT * (ANY_PAPER in sense.categories and not category)
        for score, sense in zip(_scores(plan, found, 2), plan.allowed, strict=True)
    ]


def _best(allowed: tuple[Sense, ...], scores: list[int]) -> Choice:
    best = max(scores, default=0)
    if best > 0:
        top = tuple(sense for sense, score in zip(allowed, scores, strict=True) if score == best)
        return Choice(top, len(top) == 1)
    chosen = [sense for sense in allowed if sense.when_unsure == "choose"]
    if chosen:
        return Choice((chosen[0],), True)
    shown = tuple(sense for sense in allowed if sense.when_unsure == "show")
    return Choice(shown, len(shown) <= 1)


def _near_choice(plan: _Plan, near: Near) -> Choice | None:
    """The choice the near words make, or None when they leave it open (or a strong cue may settle it)."""
    scores = _near_scores(plan, near)
    best = max(scores, default=0)
    if plan.strong or best == 0 or scores.count(best) > 1:
        return None
    return _best(plan.allowed, scores)


def _wide_choice(plan: _Plan, near: Near, wide: Found) -> Choice:
    scores = [
        score + extra + STRONG_WEIGHT * len(sense.strong_cues & wide[0])
        for score, extra, sense in zip(_near_scores(plan, near), _scores(plan, wide, 1), plan.allowed, strict=True)
    ]
    return _best(plan.allowed, scores)


def _remember(done: dict[Key, Value], key: Key, value: Value) -> Value:
    if len(done) >= _MOST_REMEMBERED:
        done.clear()
    done[key] = value
    return value


def _words_around(text: str, start: int, end: int) -> tuple[list[str], list[str], list[str]]:
    """The words (in small letters) a little before text[start:end], in it, and a little after.
    The window is lowered and split in one go; a letter whose small form is longer ("İ") would
    move the cuts, so such a window is taken in three pieces."""
    low = max(0, start - WIDE_CHARS)
    window = text[low : end + WIDE_CHARS]
    if window.isascii():
        spaced = window.encode("ascii").translate(_SPACED_ASCII).decode("ascii")
    else:
        lowered = window.lower()
        if len(lowered) != len(window):
            pieces = (text[low:start], text[start:end], window[end - low :])
            before, form, after = (piece.lower().translate(_SPACED).split() for piece in pieces)
            return before, form, after
        spaced = lowered.translate(_SPACED)
    return spaced[: start - low].split(), spaced[start - low : end - low].split(), spaced[end - low :].split()


def choose(senses: tuple[Sense, ...], text: str, start: int, end: int, category: str = "") -> Choice:
    """The sense or senses meant by the form at text[start:end], judged from the words around it.

    The words a little further off are only looked at when the near ones leave it open. Only the
    cues found are kept, so a use with the same cues around it as an earlier one is decided alike.
    """
    written = text[start:end]
    capital = written[:1].isupper()
    plan = _plan(senses, capital, written.islower())
    allowed = plan.allowed
    if len(allowed) == 1 and allowed[0].when_unsure != "hide":
        return Choice((allowed[0],), True)  # "data breaches" has one sense: nothing to weigh
    before, form, after = _words_around(text, start, end)
    just_before = before[-1] if before else ""
    near = (
        _cues_found(plan, before[-NEAR_WORDS:], after[:NEAR_WORDS], form, plan.near_cues),
        plan.number and bool(before) and bool(_IS_NUMBER.match(just_before)),
        just_before if just_before in plan.befores else None,
        category if category in plan.categories else (ANY_PAPER if category and ANY_PAPER in plan.categories else ""),
    )
    try:
        choice = plan.near_done[near]
    except KeyError:
        choice = _remember(plan.near_done, near, _near_choice(plan, near))
    if choice is not None:
        return choice
    key = (near, _cues_found(plan, before, after, form, plan.wide_cues))
    return plan.wide_done.get(key) or _remember(plan.wide_done, key, _wide_choice(plan, *key))
