"""Headings in two languages: the papers of Welsh health boards and trusts label each part in Welsh
and then in English ("Dyddiad y Cyfarfod / Date of Meeting", "Cefndir / Background"). The Welsh
half is a translation of the English beside it, which the reader need not look up: its words are
not listed as hard words, and the line is then read as the heading it is, so its English label
("Date of Meeting") is not taken for the name of a body either.

A run of words just before " / " is taken for such a translation when some of its words are not
English at all (Zipf under NOT_ENGLISH_ZIPF: Welsh words are 0, "tachycardia" is 2.6) and the label
after the slash is mostly everyday English, and it starts a line or a field's value. English
"red / amber", "tachycardia / fast heart rate" or "uses Datix / Ulysses" are left as they are.
"""

import re

from coprep.core.words.hard_words import word_zipf

SLASH = " / "
NOT_ENGLISH_ZIPF = 2.0
ENGLISH_ZIPF = 3.0
_WORD = re.compile(r"[^\W\d_][\w'’]*")
_LABEL_END = re.compile(r"[:(;]")


def without_translations(text: str) -> str:
    """The text with the Welsh halves of two-language labels blanked out, letter for letter, so
    every other word keeps its place."""
    if SLASH not in text:
        return text
    lines = text.split("\n")
    for place, line in enumerate(lines):
        if SLASH in line:
            lines[place] = _blanked(line)
    return "\n".join(lines)


def _blanked(line: str) -> str:
    cuts: list[tuple[int, int]] = []
    at = line.find(SLASH)
    while at >= 0:
        after = at + len(SLASH)
        start = _translation_start(line, at)
        if start is not None and _starts_a_label(line, start) and _english(line[after : _label_end(line, after)]):
            cuts.append((start, after))
        at = line.find(SLASH, after)
    for start, end in reversed(cuts):
        line = line[:start] + " " * (end - start) + line[end:]
    return line


def _translation_start(line: str, slash: int) -> int | None:
    """Where the run of words not in English that ends at the slash starts, or None when there is
    none. Words of two letters ("y", "ac", "au") neither make nor break the run."""
    words = list(_WORD.finditer(line, 0, slash))
    start = None
    for word in reversed(words):
        lower = word.group().lower().replace("’", "'")
        if len(lower) <= 2:
            continue
        if word_zipf(lower) >= NOT_ENGLISH_ZIPF:
            break
        start = word.start()
    return start


def _starts_a_label(line: str, start: int) -> bool:
    """A heading's Welsh half starts its line, or a field's value after a colon ("Purpose: Er
    Sicrwydd / For Assurance"); a product's name in a sentence ("uses Datix / Ulysses") does not."""
    before = line[:start].rstrip()
    return not before or before.endswith(":")


def _label_end(line: str, start: int) -> int:
    """The end of the label after a slash: the next slash, colon or bracket, or the line's end."""
    found = _LABEL_END.search(line, start)
    end = found.start() if found else len(line)
    slash = line.find(SLASH, start, end)
    return slash if slash >= 0 else end


def _english(label: str) -> bool:
    words = [word.lower() for word in _WORD.findall(label)]
    return bool(words) and 2 * sum(word_zipf(word) >= ENGLISH_ZIPF for word in words) >= len(words)
