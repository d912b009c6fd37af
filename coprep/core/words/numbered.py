"""Names made of a word and a number or code ("FRS 102", "HTM 03-01", "section 44", "Level 2"):
the number is what a reader must look up, so the name is listed whole, not the word alone.

An unexplained acronym keeps the code that follows it; a few words that number parts of laws and
scales (section, schedule, level, tier, band …) keep theirs, unless a glossary word covers the
whole name where it is used ("Section 117" in the glossary).
"""

import re
from bisect import bisect_right
from collections import Counter

# A code starts with a digit and may go on with letters, digits and joined parts: 102, 03-01, 7A, 2.1
_CODE = r"\d[0-9A-Za-z]*(?:[-./]\d[0-9A-Za-z]*)*"
_ACRONYM_CODE = re.compile(rf"\b([A-Z][A-Za-z&]*[A-Z])[ \t]({_CODE})(?![\w-])")
_NUMBERED_WORDS = (
    "section", "sections", "schedule", "regulation", "article", "level", "tier", "band",
    "category", "type", "stage", "part",
)  # fmt: skip
_WORD_CODE = re.compile(rf"\b(?i:({'|'.join(_NUMBERED_WORDS)}))[ \t]({_CODE}|[A-Z])(?![\w-])")
_YEAR = re.compile(r"^(?:19|20)\d\d(?:[-/]\d\d)?$")  # "ICB 2025/26" is a year, not a code


def acronym_codes(text: str) -> Counter[tuple[str, str]]:
    """(acronym, "acronym code") pairs and their uses: ("FRS", "FRS 102")."""
    return Counter(
        (found.group(1), f"{found.group(1)} {found.group(2)}")
        for found in _ACRONYM_CODE.finditer(text)
        if not _YEAR.match(found.group(2))
    )


def numbered_names(text: str, covered: list[tuple[int, int]]) -> Counter[str]:
    """Uses of "section 44", "Level 2" … not inside a glossary word's span (`covered`, sorted)."""
    counts: Counter[str] = Counter()
    begins = [begin for begin, _ in covered]
    for found in _WORD_CODE.finditer(text):
        if _YEAR.match(found.group(2)):
            continue
        start, end = found.span()
        place = bisect_right(begins, start) - 1
        if place >= 0 and covered[place][1] >= end:
            continue
        counts[" ".join(found.group().split())] += 1
    return counts
