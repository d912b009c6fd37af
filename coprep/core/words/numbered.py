"""Names made of a word and a number or code ("FRS 102", "HTM 03-01", "section 44", "Level 2"):
the number is what a reader must look up, so the name is listed whole, not the word alone.

An unexplained acronym keeps the code that follows it; a few words that number parts of laws and
scales (section, schedule, level, tier, band …), a plan's time and choices (month, quarter, option,
phase, wave) and a risk's ratings (likelihood, consequence) keep theirs, unless a glossary word
covers the whole name where it is used ("Section 117" in the glossary). A long pack has thousands
of numbers and millions of words, so the search starts from each code, not from each word.

Capitals that only start a reference number ("paper TB/26/112") name a register, not a thing to
explain: they are neither explained nor listed there.

A law named with its year ("Health and Care Staffing (Scotland) Act 2019") is listed whole too,
unless a glossary word explains that law: its words are plain, but a reader must look it up.
"""

import re
from bisect import bisect_right
from collections import Counter

# A code starts with a digit and may go on with letters, digits and joined parts: 102, 03-01, 7A, 2.1
_SPACE_DIGIT = re.compile(r" \d")  # a literal first: the quickest search Python's re has
_CODE = re.compile(r"\d[0-9A-Za-z]*(?:[-./]\d[0-9A-Za-z]*)*(?![\w-])")
_PART_LETTER = re.compile(r"Part [A-Z](?![\w-])")  # "Part B" of a meeting: in private
LOOK_BACK = 16
NUMBERED_WORDS = frozenset(
    {
        "section",
        "sections",
        "schedule",
        "regulation",
        "article",
        "level",
        "tier",
        "band",
        "category",
        "type",
        "stage",
        "part",
        # counts of a plan's time and choices: "month 8" is November of the financial year
        "month",
        "quarter",
        "option",
        "phase",
        "wave",
        # a risk's two ratings: "likelihood 4 x consequence 5"
        "likelihood",
        "consequence",
    }
)
LARGEST = {"month": 12, "quarter": 4}  # of a financial year: "Month 14 of 30" is a programme's own count
_YEAR = re.compile(r"^(?:19|20)\d\d(?:[-/]\d\d)?$")  # "ICB 2025/26" is a year, not a code


def coded(text: str) -> list[tuple[str, str, int, int]]:
    """(word, code, start, end) for each code with a word just before it: ("FRS", "102", …)."""
    found_all = []
    for space in _SPACE_DIGIT.finditer(text):
        start = space.start() + 1
        if start < 3 or not text[start - 2].isalpha():
            continue
        found = _CODE.match(text, start)
        if found is None or _YEAR.match(found.group()):
            continue
        back = max(0, start - LOOK_BACK)
        word_start = 1 + max(
            text.rfind(" ", back, start - 1),
            text.rfind("\n", back, start - 1),
            text.rfind("(", back, start - 1),
            back - 1,
        )  # "(likelihood 4 x consequence 5)": a bracket opens before a word as a space does
        word = text[word_start : start - 1]
        if word.replace("&", "").isalpha() and word.isascii():
            found_all.append((word, found.group(), word_start, found.end()))
    for found in _PART_LETTER.finditer(text):
        if found.start() == 0 or not text[found.start() - 1].isalnum():
            found_all.append(("Part", found.group()[-1], found.start(), found.end()))
    return found_all


_SLASH_DIGIT = re.compile(r"/\d")  # the slash of "TB/26/112": a literal first, the letters looked at after


def _spaced_reference_end(text: str, slash: int) -> int:
    """Where the capitals end before a spaced minute number ("TB 27/031", "RIV 26/41"), or 0.
    The number before the slash is a year (two or four digits); a financial year ("CQUIN
    2026/27", "26/27") and "24/7" are not minute numbers."""
    first = slash
    while first > 0 and text[first - 1].isdigit():
        first -= 1
    after = slash + 1
    while after < len(text) and text[after].isdigit():
        after += 1
    year, number = text[first:slash], text[slash + 1 : after]
    if len(year) not in (2, 4) or first < 2 or text[first - 1] != " " or not text[first - 2].isupper():
        return 0
    if after < len(text) and (text[after].isalnum() or text[after] in "/-"):
        return 0  # a date ("12/03/2027") or a longer code
    if (int(year) + 1) % 100 == int(number) % 100 and len(number) in (2, 4) or (year, number) == ("24", "7"):
        return 0
    return first - 1


def reference_spans(text: str, spaced: bool = True) -> list[tuple[int, int]]:
    """Where capitals only start a reference number ("paper TB/26/112", "KD/2027/004"): they
    name a register of papers or decisions, not a thing to explain ("TB" there is no illness).
    With `spaced`, also where they start a minute number after a space ("TB 27/031", "RIV 26/41"),
    as minutes number their items: the letters there still name a committee a reader may not know."""
    spans = []
    for slash in _SLASH_DIGIT.finditer(text):
        end = slash.start()
        if end and text[end - 1].isdigit():
            end = _spaced_reference_end(text, end) if spaced else 0
        if not end or not text[end - 1].isupper():
            continue  # "2026/27", "24/7"
        start = end
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "&"):
            start -= 1
        letters = text[start:end]
        if letters.isascii() and letters[:1].isalpha() and sum(char.isupper() for char in letters) >= 2:
            spans.append((start, end))
    return spans


def acronym_codes(codes: list[tuple[str, str, int, int]]) -> Counter[tuple[str, str]]:
    """(acronym, "acronym code") pairs and their uses, from `coded`: ("FRS", "FRS 102")."""
    return Counter(
        (word, f"{word} {code}")
        for word, code, _, _ in codes
        if len(word) >= 2 and word[0].isupper() and word[-1].isupper()
    )


def numbered_names(codes: list[tuple[str, str, int, int]], covered: list[tuple[int, int]]) -> Counter[str]:
    """Uses of "section 44", "Level 2" … (from `coded`) not inside a glossary word's span (`covered`, sorted)."""
    counts: Counter[str] = Counter()
    begins = [begin for begin, _ in covered]
    for word, code, start, end in codes:
        lower = word.lower()
        if lower not in NUMBERED_WORDS or (lower in LARGEST and not (code.isdigit() and int(code) <= LARGEST[lower])):
            continue
        place = bisect_right(begins, start) - 1
        if place >= 0 and covered[place][1] >= end:
            continue
        counts[f"{word} {code}"] += 1
    return counts


# A law with its year: "Health and Care Staffing (Scotland) Act 2019", "Children (Northern Ireland)
# Order 1995", an Act of the Northern Ireland Assembly ("Mental Capacity Act (Northern Ireland)
# 2016") and a Measure of the Welsh Assembly ("Mental Health (Wales) Measure 2010"). The search
# starts from each "Act 2019", then walks back over the law's words.
_LAW_END = re.compile(r"[ \t](?:Act|Order|Regulations|Measure)(?:[ \t]+\(Northern Ireland\))?[ \t]+(?:19|20)\d\d\b")
_LAW_WORD = re.compile(r"(?:[A-Z][\w'’-]*|\([A-Z][\w'’ -]*\)|of|and|for|to|in|on|with)$")
_LAW_JOINERS = frozenset({"of", "and", "for", "to", "in", "on", "with"})
LAW_LOOK_BACK = 120


def law_names(text: str, covered: list[tuple[int, int]]) -> Counter[str]:
    """Uses of laws named with their year that no glossary word explains where they are used
    (`covered`, sorted): each one is a thing a reader must look up, though its words are plain."""
    counts: Counter[str] = Counter()
    ends = sorted(end for _, end in covered)
    for end_match in _LAW_END.finditer(text):
        at = end_match.start()
        words = re.split(r"(?<!\()[ \t]+(?![^()]*\))", text[max(0, at - LAW_LOOK_BACK) : at])
        kept: list[str] = []
        for word in reversed(words):
            opened = word.startswith("(") and not word.endswith(")")  # "(Health and Care … Act 2019)"
            word = word[1:] if opened else word
            if not word or word in ("the", "The") or not _LAW_WORD.match(word):
                break  # a law's name starts after "the": "under the Care Act 2014"
            kept.append(word)
            if opened:
                break
        while kept and kept[-1] in _LAW_JOINERS:
            kept.pop()
        end = end_match.end()
        place = bisect_right(ends, end) - 1
        if not kept or (place >= 0 and ends[place] == end):
            continue  # no name, or a glossary word that ends with it explains it
        counts[" ".join(reversed(kept)) + end_match.group()] += 1
    return counts
