"""Notes without their Markdown marks, for places that show a few words of them as plain text
(search results): "**children**" reads "children", "[the plan](http://…)" reads "the plan"."""

import re

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_|~~|`)(?=\S)(.+?)(?<=\S)\1")
_LINE_START = re.compile(r"(?m)^[ \t]*(?:#{1,6}[ \t]+|>[ \t]?|[-*+][ \t]+|\d+[.)][ \t]+)")
_LEFT_OVER = re.compile(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)|`")


def without_marks(text: str) -> str:
    """The text as a reader sees it once formatted: no stars, hashes, bullets or link addresses.

    A snippet can cut a pair of marks in half, so single marks left at a word's edge go too.
    """
    text = _LINK.sub(r"\1", text)
    text = _LINE_START.sub("", text)
    for _ in range(2):  # bold inside italic, and the other way round
        text = _EMPHASIS.sub(r"\2", text)
    return _LEFT_OVER.sub("", text)
