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
is the word just before ("our capacity" is a service's, "lacks capacity" a person's). The words further
off are weighed only when the near ones leave it open, which keeps a long pack quick.
"""

import csv
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from coprep.core.text.text_fold import fold_name
from coprep.core.words.glossary import shipped_folder, split_list

SENSES_FILE = "senses.csv"
NEAR_WORDS = 8  # words each side that count as near
STRONG_WEIGHT = 6
BEFORE_WEIGHT = 4
WIDE_CHARS = 200  # characters each side that count as a little further off
NUMBER, MONEY, STRONG, BEFORE = "#number", "#money", "!", "<"
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
                key = form_key(form)
                if key not in self.by_form:
                    self.forms.append(form)
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
        categories=frozenset(split_list(row.get("category"))),
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


def _words(before: list[str], after: list[str], money: bool, form: list[str]) -> tuple[set[str], str]:
    """Lower-case words around a use as a set (with "%" and, if asked, "#money" added), and as one
    string between spaces with the form itself in its place, so a cue of more than one word may hold
    the form ("resolved to", "in my capacity")."""
    words = set(before) | set(after)
    joined = f" {' '.join([*before, *form, *after])} "
    if "%" in joined:
        words.add("%")
    if money and ("£" in joined or _MONEY_WORD.search(joined)):
        words.add(MONEY)
    return words, joined


def _scores(senses: list[Sense], words: set[str], joined: str, weight: int) -> list[int]:
    return [
        weight * (len(sense.single_cues & words) + sum(cue in joined for cue in sense.longer_cues)) for sense in senses
    ]


def choose(senses: tuple[Sense, ...], text: str, start: int, end: int, category: str = "") -> Choice:
    """The sense or senses meant by the form at text[start:end], judged from the words around it.

    The words a little further off are only looked at when the near ones leave it open.
    """
    written = text[start:end]
    capital = written[:1].isupper()
    lowered = written.islower()
    allowed = [s for s in senses if not (s.capitals == "capital" and lowered or s.capitals == "lower" and capital)]
    if len(allowed) == 1 and allowed[0].when_unsure != "hide":
        return Choice((allowed[0],), True)  # "data breaches" has one sense: nothing to weigh
    before = text[max(0, start - WIDE_CHARS) : start].lower().translate(_SPACED).split()
    after = text[end : end + WIDE_CHARS].lower().translate(_SPACED).split()
    number_before = bool(before) and bool(_IS_NUMBER.match(before[-1]))
    just_before = before[-1] if before else ""
    money = any(MONEY in sense.single_cues for sense in allowed)
    form = written.lower().translate(_SPACED).split()
    scores = _scores(allowed, *_words(before[-NEAR_WORDS:], after[:NEAR_WORDS], money, form), 2)
    for place, sense in enumerate(allowed):
        scores[place] += 2 * (
            (number_before and NUMBER in sense.near)
            + (bool(category) and category in sense.categories)
            + (sense.capitals == "capital" and capital)
        ) + BEFORE_WEIGHT * (just_before in sense.before_cues)
    best = max(scores, default=0)
    strong = any(sense.strong_cues for sense in allowed)
    if strong or best == 0 or scores.count(best) > 1:
        wide = _words(before, after, money, form)
        extras = _scores(allowed, *wide, 1)
        scores = [
            score + extra + STRONG_WEIGHT * len(sense.strong_cues & wide[0])
            for score, extra, sense in zip(scores, extras, allowed, strict=False)
        ]
        best = max(scores, default=0)
    if best > 0:
        top = tuple(sense for sense, score in zip(allowed, scores, strict=False) if score == best)
        return Choice(top, len(top) == 1)
    chosen = [sense for sense in allowed if sense.when_unsure == "choose"]
    if chosen:
        return Choice((chosen[0],), True)
    shown = tuple(sense for sense in allowed if sense.when_unsure == "show")
    return Choice(shown, len(shown) <= 1)
