"""Text folded for word matching, with the way back to positions in the original.

Folding turns whitespace runs and hyphens into one space (so "waiting-\\nlist" reads "waiting
list"), punctuation and web links into spaces, and curly apostrophes into straight ones. Only the
whitespace runs change the length, and those are few, so the map back is a short list of shifts.
"""

import re
from bisect import bisect_right
from collections.abc import Callable
from typing import AnyStr

# Joiners inside a term: any whitespace (all that str.split splits at, the information separators
# \x1c-\x1f included) and hyphens (not en or em dashes, which separate).
_JOINERS = (
    "\t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a"
    "\u2028\u2029\u202f\u205f\u3000-\u2010\u2011"
)
_JOIN_TABLE = {ord(char): " " for char in _JOINERS} | {ord("\u2019"): "'", ord("\u2018"): "'"}
# Everything else that ends a word becomes a space. Letters, digits, "&" and inner apostrophes stay.
_PUNCTUATION = (
    '!"#$%()*+,./:;<=>?@[\\]^_`{|}~\u2012\u2013\u2014\u2015\u201c\u201d\u00ab\u00bb\u2026\u00b7'
    "\u2022\u00a3\u20ac\u00b0\u00a7"
)
_PUNCT_TABLE = {ord(char): " " for char in _PUNCTUATION}


_ASCII = bytes(range(128))


def _beyond_ascii(text: str, data: bytes) -> set[str]:
    """The characters of a text (given with its UTF-8 bytes) that are not ASCII, each once: the
    ASCII bytes are dropped, which is quicker than any search over a long text."""
    return set() if text.isascii() else set(data.translate(None, _ASCII).decode("utf-8", "surrogatepass"))


class _Swap:
    """str.translate for a table of one character to one character, quick on any text.

    str.translate is quick only on text that is all ASCII: one "é" or "£" in a long paper makes it
    look every character up in the table, about a hundred times slower. So the ASCII characters
    are swapped in the text's UTF-8 bytes (where every other character's bytes are 128 or more,
    and stay as they are), and the others the text holds by str.replace.
    """

    def __init__(self, table: dict[int, str]) -> None:
        ascii_keys = [key for key in table if key < 128 and table[key].isascii()]
        self.bytes_table = bytes.maketrans(bytes(ascii_keys), "".join(table[key] for key in ascii_keys).encode())
        self.others = {chr(key): table[key] for key in table if key not in ascii_keys}

    def __call__(self, text: str) -> str:
        data = text.encode("utf-8", "surrogatepass")
        swapped = data.translate(self.bytes_table).decode("utf-8", "surrogatepass")
        for char in _beyond_ascii(text, data) & self.others.keys():
            swapped = swapped.replace(char, self.others[char])
        return swapped


_join = _Swap(_JOIN_TABLE)
_punctuate = _Swap(_PUNCT_TABLE)


def _latin1_table(swap: Callable[[str], str]) -> bytes:
    """A bytes.translate table doing to each character below 256, as its Latin-1 byte, what `swap`
    does to it (every such character stays one such character)."""
    return swap("".join(map(chr, range(256)))).encode("latin-1")


# Most papers hold only characters below 256 (ASCII with "£", "é" or "½"): such a text is folded
# in its Latin-1 bytes, one byte a character, where every step is one bytes.translate.
_JOIN_LATIN1 = _latin1_table(_join)
_PUNCT_LATIN1 = _latin1_table(_punctuate)


def _lower(text: str) -> str:
    """The text in small letters, each letter staying one letter ("İ", which would become two,
    stays as it is). str.lower is quick only on ASCII text, so the ASCII letters are lowered in
    the text's UTF-8 bytes, and each other letter the text holds by str.replace."""
    data = text.encode("utf-8", "surrogatepass")
    others = _beyond_ascii(text, data)
    if "Σ" in others:  # str.lower writes it "ς" at the end of a word
        lower = text.lower()
        if len(lower) == len(text):
            return lower
        return "".join(char if len(char.lower()) != 1 else char.lower() for char in text)
    lower = data.lower().decode("utf-8", "surrogatepass")
    for char in others:
        small = char.lower()
        if small != char and len(small) == 1:
            lower = lower.replace(char, small)
    return lower


_LOWER_LATIN1 = _latin1_table(_lower)
_LOOSE_APOSTROPHE = re.compile(r"'(?:(?!\w)|(?<!\w'))")  # an apostrophe not inside a word
_LINK_MARKS = ("://", "www.", "@")


def blank_links(text: str) -> str:
    """The text with web addresses and email addresses turned into spaces (same length)."""
    for mark in _LINK_MARKS:
        if mark not in text:
            continue
        pieces, taken = [], 0
        found = text.find(mark)
        while found != -1:
            start, end = found, found + len(mark)
            while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(<[\"'":
                start -= 1
            while end < len(text) and not text[end].isspace() and text[end] not in ")>]\"'":
                end += 1
            pieces += [text[taken:start], " " * (end - start)]
            taken = end
            found = text.find(mark, end)
        text = "".join(pieces) + text[taken:]
    return text


def _collapse_runs(joined: AnyStr) -> tuple[AnyStr, list[int], list[int]]:
    """The text with each run of spaces made one, the positions (in the collapsed text) from
    which the map back shifts, and how far positions from each of them on lie in the original.
    A long paper has thousands of runs (paragraph breaks, words broken at line ends), so numpy
    finds them: a Python loop over them took a quarter of the time a whole match pass takes."""
    import numpy  # with the jargon finder, not at start-up

    if isinstance(joined, bytes):  # Latin-1
        codes = numpy.frombuffer(joined, dtype=numpy.uint8)
    else:
        codes = numpy.frombuffer(joined.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
    space = codes == ord(" ")
    pairs = numpy.flatnonzero(space[1:] & space[:-1])  # where a space has a space after it
    if not pairs.size:
        return joined, [], []
    new_run = pairs[1:] != pairs[:-1] + 1
    starts: numpy.ndarray = numpy.r_[pairs[0], pairs[1:][new_run]]
    ends: numpy.ndarray = numpy.r_[pairs[:-1][new_run], pairs[-1]] + 2  # just past each run
    shifts = numpy.cumsum(ends - starts - 1)
    kept = zip([0, *ends.tolist()], [*(starts + 1).tolist(), len(joined)], strict=True)
    return joined[:0].join([joined[start:end] for start, end in kept]), (ends - shifts).tolist(), shifts.tolist()


_Fold = tuple[str, str, list[int], list[int]]  # cased, lowered, and the map back (breaks, shifts)


def _fold_wide(text: str) -> _Fold:
    """A text with characters beyond Latin-1 folded character by character."""
    collapsed, breaks, shifts = _collapse_runs(_join(text))
    cased = _punctuate(collapsed)
    if "'" in cased:
        cased = _LOOSE_APOSTROPHE.sub(" ", cased)
    return cased, _lower(cased), breaks, shifts


def _fold_latin1(text: bytes) -> _Fold:
    """A text all below 256, given as its Latin-1 bytes, folded alike but in bytes, each step one
    bytes.translate: a third quicker on a million words (65 ms, not 95), as the str steps must
    also look for every character beyond ASCII."""
    collapsed, breaks, shifts = _collapse_runs(text.translate(_JOIN_LATIN1))
    cased = collapsed.translate(_PUNCT_LATIN1).decode("latin-1")
    if "'" in cased:
        cased = _LOOSE_APOSTROPHE.sub(" ", cased)
    return cased, cased.encode("latin-1").translate(_LOWER_LATIN1).decode("latin-1"), breaks, shifts


class Folded:
    """A text folded for matching. `cased` keeps capitals; `padded` is lower case with a space
    added at each end, so every word in it has a space before and after."""

    def __init__(self, text: str) -> None:
        linked = blank_links(text)
        try:
            cased, lowered, self.breaks, self.shifts = _fold_latin1(linked.encode("latin-1"))
        except UnicodeEncodeError:
            cased, lowered, self.breaks, self.shifts = _fold_wide(linked)
        self.text = text
        self.cased = cased
        self.padded = f" {lowered} "

    def original(self, position: int) -> int:
        """Where a position in the folded text lies in the original text."""
        if not self.breaks:
            return position
        index = bisect_right(self.breaks, position)
        return position + (self.shifts[index - 1] if index else 0)


def fold_name(name: str) -> str:
    """A glossary name folded the same way as text, keeping its capitals."""
    folded = name.translate(_JOIN_TABLE).translate(_PUNCT_TABLE)
    return " ".join(_LOOSE_APOSTROPHE.sub(" ", folded).split())


def fold_key(name: str) -> str:
    """A glossary name folded exactly as Folded folds text, keeping its capitals: spaces are
    collapsed before signs turn into spaces, so "C. diff" is "C  diff", as the text reads."""
    joined = " ".join(name.translate(_JOIN_TABLE).split())
    return _LOOSE_APOSTROPHE.sub(" ", joined.translate(_PUNCT_TABLE)).strip()
