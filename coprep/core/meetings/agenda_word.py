"""The numbers Word shows before numbered paragraphs, which are not in the paragraphs' text.

An agenda typed in Word often numbers its items with automatic numbering ("List Number", or the
numbering button): the reader would see no numbers at all. Each numbered paragraph gets the label
Word draws ("1.", "a)", "iv.", or "•" for a bullet), counted per list and level as Word counts them.
"""

from __future__ import annotations

import re
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


class WordNumbers:
    """Labels for one document's numbered paragraphs, given in reading order."""

    def __init__(self, document: Any) -> None:  # python-docx objects have no types
        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # (list, level) -> (format, pattern, start)
        self.counts: dict[str, dict[int, int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return
        abstract = {a.get(f"{_W}abstractNumId"): a for a in numbering.findall(f"{_W}abstractNum")}
        for num in numbering.findall(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            definition = abstract.get(ref.get(f"{_W}val")) if ref is not None else None
            for lvl in definition.findall(f"{_W}lvl") if definition is not None else []:
                start = _value(lvl, "start")
                self.levels[(num.get(f"{_W}numId"), int(lvl.get(f"{_W}ilvl") or 0))] = (
                    _value(lvl, "numFmt") or "decimal",
                    _value(lvl, "lvlText") or "",
                    int(start) if start and start.isdigit() else 1,
                )

    def label(self, paragraph: Any) -> str:
        """The label Word shows before the paragraph, with a space after it; "" when it has none."""
        found = _numbering_of(paragraph)
        if found is None or (found[0], found[1]) not in self.levels:
            return ""
        list_id, level = found
        number_format, pattern, start = self.levels[(list_id, level)]
        if number_format == "bullet":
            return "• "
        counters = self.counts.setdefault(list_id, {})
        counters[level] = counters.get(level, start - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]

        def shown(m: re.Match[str]) -> str:
            k = int(m[1]) - 1
            fmt, _pattern, first = self.levels.get((list_id, k), ("decimal", "", 1))
            return _formatted(counters.get(k, first), fmt)

        text = re.sub(r"%([1-9])", shown, pattern).strip()
        return f"{text} " if text else ""


def _value(node: Any, name: str) -> str | None:
    child = node.find(f"{_W}{name}")
    return child.get(f"{_W}val") if child is not None else None


def _numbering_of(paragraph: Any) -> tuple[str, int] | None:
    """(list id, level) from the paragraph's own numbering, else from its style or the styles it is based on."""
    properties = paragraph._p.pPr
    numbered = properties.numPr if properties is not None else None
    style = paragraph.style
    while numbered is None and style is not None:
        properties = style.element.pPr
        numbered = properties.numPr if properties is not None else None
        style = style.base_style
    if numbered is None or numbered.numId is None or numbered.numId.val in (None, 0):
        return None
    return str(numbered.numId.val), int(numbered.ilvl.val) if numbered.ilvl is not None else 0


def _formatted(value: int, number_format: str) -> str:
    if number_format in ("lowerLetter", "upperLetter") and 1 <= value <= 26:
        letter = chr(ord("a") + value - 1)
        return letter.upper() if number_format == "upperLetter" else letter
    if number_format in ("lowerRoman", "upperRoman") and value > 0:
        roman, rest = "", value
        for size, letters in _ROMAN:
            while rest >= size:
                roman, rest = roman + letters, rest - size
        return roman.upper() if number_format == "upperRoman" else roman
    return str(value)
