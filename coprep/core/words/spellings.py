"""Other ways papers and lists write a glossary name: "&" for "and" and the other way round,
American "-ize" and "-yze" spelling, a word such as "co-production" without its hyphen, and the
small letters of an acronym in capitals ("DTOC" for "DToC"). The finder's index matches each
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


def spellings(name: str) -> list[list[str]]:
    """The words of a name as written, then as it is also often written: "Accident & Emergency",
    "randomized", "coproduction" for "co-production", "DTOC" for "DToC"."""
    written = [fold_key(name).split(" ")]
    if "-" in name and _CLOSED_HYPHEN.search(name):
        written.append(fold_key(_CLOSED_HYPHEN.sub("", name)).split(" "))
    ways = {" ".join(words): words for words in written}
    for words in written:
        for respell in (_and_swapped, _zed, _capitals):
            other = respell(words)
            if other is not None:
                ways.setdefault(" ".join(other), other)
    return list(ways.values())
