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


_ODT_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


class OdtNumbers:
    """Labels for an OpenDocument file's list items, from the list styles (LibreOffice's numbering)."""

    def __init__(self, document: Any) -> None:  # odfpy nodes have no types
        from odf.namespaces import STYLENS, TEXTNS
        from odf.text import ListLevelStyleBullet, ListLevelStyleNumber, ListStyle

        self.levels: dict[tuple[str, int], tuple[str, str, int]] = {}  # (style, level) -> (format, "%1.", start)
        for part in (document.automaticstyles, document.styles):
            for style in part.getElementsByType(ListStyle):
                name = style.getAttrNS(STYLENS, "name")
                for level_style in style.getElementsByType(ListLevelStyleNumber):
                    shown = _ODT_FORMATS.get(level_style.getAttrNS(STYLENS, "num-format") or "")
                    start = level_style.getAttrNS(TEXTNS, "start-value") or "1"
                    pattern = "{prefix}%1{suffix}".format(
                        prefix=level_style.getAttrNS(STYLENS, "num-prefix") or "",
                        suffix=level_style.getAttrNS(STYLENS, "num-suffix") or "",
                    )
                    level = int(level_style.getAttrNS(TEXTNS, "level") or 1)
                    if shown:
                        self.levels[(name, level)] = (shown, pattern, int(start) if start.isdigit() else 1)
                for level_style in style.getElementsByType(ListLevelStyleBullet):
                    self.levels[(name, int(level_style.getAttrNS(TEXTNS, "level") or 1))] = ("bullet", "", 1)

    def label(self, style: str | None, level: int, count: int) -> str:
        """The label of a list's `count`th item at `level` (1 for the outer list); "" when it shows none."""
        number_format, pattern, start = self.levels.get((style or "", level), ("", "", 1))
        if number_format == "bullet":
            return "• "
        if not number_format:
            return ""
        return f"{pattern.replace('%1', _formatted(start + count - 1, number_format))} "


def item_heading_style(paragraphs: list[Any]) -> str | None:
    """The heading style that marks items in a Word agenda with no numbers ("Heading 2" on each item's
    title, a paragraph or two under it): the one used most, at least twice; the deeper one on a tie."""
    counts: dict[str, int] = {}
    for paragraph in paragraphs:
        name = paragraph.style.name if paragraph.style is not None else ""
        if re.fullmatch(r"Heading [1-9]", name or "") and paragraph.text.strip():
            counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.items(), key=lambda pair: (pair[1], pair[0]), reverse=True)
    return ranked[0][0] if ranked and ranked[0][1] >= 2 else None
