"""Other ways papers and lists write a glossary name: "&" for "and" and the other way round,
American "-ize" and "-yze" spelling, a word such as "co-production" without its hyphen, the
small letters of an acronym in capitals ("DTOC" for "DToC"), and a count of hours, days or weeks
in words or figures ("twelve-hour waits" for "12-hour waits"). The finder's index matches each
(coprep.core.words.term_index), and the senses table looks a form up by each.
"""

import re

from coprep.core.text.text_fold import fold_key

ENDING = re.compile(r"(?:'s|s)$")


def is_acronym(name: str) -> bool:
    """Written in capitals, ignoring a plural or possessive ending: ICB, A&E, ICBs, ToR. Most
    names asked about have no capital at all (str.islower is False on any), and are answered at once:
    building the finder asks about a hundred thousand of them."""
    if name.islower():
        return False
    base = ENDING.sub("", name)
    return " " not in base and sum(map(str.isupper, base)) >= 2


_ZED = re.compile(r"(?<=[a-z]{2})([iy])s(?=(?:e|ed|es|er|ers|ing|ation|ations)\b)")
_CLOSED_HYPHEN = re.compile(r"(?<=[a-z])-(?=[a-z])")  # "co-production", not "ICD-10" or "e-RS"


def _and_swapped(words: list[str]) -> list[str] | None:
    """The name with "&" and "and" written for each other: "Accident & Emergency"."""
    if "and" not in words and "&" not in words:
        return None
    return [{"and": "&", "&": "and"}.get(word, word) for word in words]


def _zed(words: list[str]) -> list[str] | None:
    """The American "-ize" and "-yze" for "-ise" and "-yse": "randomized", "analyze"."""
    joined = " ".join(words)
    return _ZED.sub(r"\1z", joined).split(" ") if _ZED.search(joined) else None


def _capitals(words: list[str]) -> list[str] | None:
    """An acronym's small letters in capitals, its plural or possessive ending kept: "DTOC"."""
    mixed = [not word.isupper() and not word.islower() and is_acronym(word) for word in words]
    if not any(mixed):
        return None
    return [
        ENDING.sub("", word).upper() + word[len(ENDING.sub("", word)) :] if m else word
        for word, m in zip(words, mixed, strict=True)
    ]


_NUMBER_WORDS = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"),
)
_FIGURE_OF = {word: str(number) for number, word in enumerate(_NUMBER_WORDS)}
_WORD_OF = {figure: word for word, figure in _FIGURE_OF.items()}
_SPANS = frozenset(
    ("minute", "hour", "day", "week", "month", "year", "minutes", "hours", "days", "weeks", "months", "years")
)


def _counted_span(words: list[str]) -> list[str] | None:
    """A span of time counted in figures written in words, or in words written in figures:
    "12-hour waits" and "twelve-hour waits", "seven-day services" and "7-day services". Only a
    count just before a unit of time is swapped: "Section 2" is never "section two"."""
    swapped = [
        (_WORD_OF.get(word) or _FIGURE_OF.get(word.lower(), word)) if following.lower() in _SPANS else word
        for word, following in zip(words, [*words[1:], ""], strict=True)
    ]
    return swapped if swapped != words else None


def spellings(name: str) -> list[list[str]]:
    """The words of a name as written, then as it is also often written: "Accident & Emergency",
    "randomized", "coproduction" for "co-production", "DTOC" for "DToC"."""
    written = [fold_key(name).split(" ")]
    if "-" in name and _CLOSED_HYPHEN.search(name):
        written.append(fold_key(_CLOSED_HYPHEN.sub("", name)).split(" "))
    ways = {" ".join(words): words for words in written}
    for words in written:
        for respell in (_and_swapped, _zed, _capitals, _counted_span):
            other = respell(words)
            if other is not None:
                ways.setdefault(" ".join(other), other)
    return list(ways.values())
