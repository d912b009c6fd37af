"""Pairs of everyday words that are jargon together ("left shift", "mutual aid"): pairs a paper
uses again and again far more often than everyday English would put the two words side by side.

wordfreq gives single words only, so everyday English's rate for a pair is taken as the two words'
rates multiplied, as if they fell together by chance. A pair is listed when the paper uses it at
least twice and at least RATIO times that rate, or once and ONCE_RATIO times that rate when it may
be the name of a thing: committee papers, and excerpts of them, name most things only once. Words rarer than Zipf 3 are listed on their own
already; words more common than Zipf 5.5 ("the", "will", "year") rarely make jargon.

Two words count as a pair only with nothing but spaces between them (not "privacy, dignity"),
and only in the shape of a name of a thing: a word that can be a noun, after a noun or a word
that describes one ("mutual aid", "bed gap"), not a noun and its verb ("ethnicity indicates",
"members asked") nor a number and a noun ("six months"). Frequency alone cannot tell these
apart: any two middling words side by side are rarer by chance than a pair used once.
"""

import calendar
import re
from collections import Counter
from itertools import compress, repeat

import numpy

from coprep.core.text.text_fold import Folded
from coprep.core.words.hard_words import RARE_ZIPF, word_zipf
from coprep.core.words.word_classes import word_classes

RATIO = 1e5  # measured on tests/data/papers and the example papers: at 1e4 "current position"
# comes in, at 1e6 "health board", "independent sector" and "industrial action" drop out
ONCE_RATIO = 1e7  # a pair used once: at 1e6 three listed pairs in four are not jargon ("revised
# plans"), at 1e7 over a third are ("harm reduction", "match funding", "full assessment")
ONCE_MIN_WORDS = 300  # a use once is weighed as in a text this long at least: in an item's two
# lines one use is a high rate for any pair ("aid mutual" across a full stop)
COMMONEST_ZIPF = 5.5
LEAST_USES = 2
SENTENCE_WORD_ZIPF = 5.0  # a common word starting a sentence is not part of a name ("under" 5.5)
FIRST_NAME_ZIPF = 5.0  # first names are rarer than this (tom 4.8, helen 4.2); "care" is 5.3
# Numbers in words common enough to be in range: "six months" is a length of time, not a name.
NUMBER_WORDS = frozenset(
    {"three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen"}
    | {"thirteen", "fourteen", "sixteen", "seventeen", "eighteen", "nineteen"}
    | {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "thousand"}
)


def unusual_pairs(tokens: list[str], lowered: dict[str, str], covered: set[str]) -> list[tuple[str, int]]:
    """(pair, uses) for pairs of the text's words (`tokens`, as written, with "" where a sign
    stands between two words; `lowered` gives each written form in small letters) that look like
    jargon phrases, most used first; pairs holding a word in `covered` (already explained) are
    left out.

    Each written form is judged once; then each word becomes a number (0 when out of range) and
    numpy counts the pairs of two numbers side by side (a long paper has a million pairs).
    """
    total = len(tokens) - tokens.count("")  # words
    if total < 2:
        return []
    zipf: dict[str, float] = {}
    in_range: dict[str, int] = {}  # the words in range, numbered from 1 in order
    numbers: dict[str, int] = {}  # each written form's number
    for form, word in lowered.items():
        if len(word) >= 3 and word.isalpha() and word not in covered:
            value = zipf[word] = word_zipf(word)
            if RARE_ZIPF <= value <= COMMONEST_ZIPF:
                numbers[form] = in_range.setdefault(word, len(in_range) + 1)
    words = list(in_range)
    ids = numpy.fromiter(map(numbers.get, tokens, repeat(0)), dtype=numpy.int64, count=len(tokens))
    first, second = ids[:-1], ids[1:]
    both = (first > 0) & (second > 0)
    codes, counts = numpy.unique(first[both] * (len(words) + 1) + second[both], return_counts=True)
    found: dict[tuple[int, ...], int] = {}  # the words' numbers, and uses
    # One use can only be enough in a short text: two words of Zipf 3 meet by chance 1e-12 of the time.
    once_possible = 1 / total >= ONCE_RATIO * 10 ** (2 * (RARE_ZIPF - 9))
    kept = counts >= (1 if once_possible else LEAST_USES)
    for code, uses in zip(codes[kept].tolist(), counts[kept].tolist(), strict=True):
        numbered = divmod(code, len(words) + 1)
        first_word, second_word = (words[number - 1] for number in numbered)
        once = uses < LEAST_USES
        by_chance = 10 ** (zipf[first_word] - 9) * 10 ** (zipf[second_word] - 9)
        rate = 1 / max(total, ONCE_MIN_WORDS) if once else uses / total
        if rate < (ONCE_RATIO if once else RATIO) * by_chance:
            continue  # frequency first: most pairs fail it, and the shape asks the lexicon
        if (not once or _could_be_a_name(first_word, second_word)) and _noun_phrase(first_word, second_word):
            found[numbered] = uses
    _join_runs_of_three(found, ids)
    phrases = [(" ".join(words[number - 1] for number in numbers), uses) for numbers, uses in found.items()]
    return sorted(phrases, key=lambda pair: (-pair[1], pair[0]))


# A line of minutes that names who came ("Present: Dr Tom Reilly (PPIE Lead); Grace Tan …"): its
# pairs of words are people's names and roles, not jargon phrases.
_ATTENDANCE = re.compile(
    r"^[ \t]*(?:present|also present|members present|in attendance|also in attendance|attendees|apologies)"
    r"\b[^\n:]{0,40}:[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)


def beyond_attendance(phrases: list[tuple[str, int]], text: str, padded: str) -> list[tuple[str, int]]:
    """The phrases used somewhere other than the lines naming who came to a meeting. `padded` is
    the whole text folded (Folded.padded); only the few phrases found in those lines are counted
    in it, so a long pack is not searched once for every phrase."""
    lines = "\n".join(_ATTENDANCE.findall(text))
    if not lines:
        return phrases
    there = Folded(lines).padded
    return [
        (phrase, uses)
        for phrase, uses in phrases
        if f" {phrase} " not in there or padded.count(f" {phrase} ") > there.count(f" {phrase} ")
    ]


def _join_runs_of_three(found: dict[tuple[int, ...], int], ids: numpy.ndarray) -> None:
    """Two listed pairs that are always one run of three words ("young offender" and "offender
    institution") become that phrase of three, which is what the reader meets and needs explained."""
    after: dict[int, list[tuple[int, int]]] = {}
    for (first, second), uses in found.items():
        after.setdefault(first, []).append((second, uses))
    for (first, second), uses in list(found.items()):
        for third, third_uses in after.get(second, []):
            if third_uses != uses or (first, second) not in found or (second, third) not in found:
                continue
            run = (ids[:-2] == first) & (ids[1:-1] == second) & (ids[2:] == third)
            if int(numpy.count_nonzero(run)) == uses:
                del found[first, second], found[second, third]
                found[first, second, third] = uses


def _noun_phrase(first: str, second: str) -> bool:
    """Whether two words can name a thing together: the second can be a noun, the first a noun,
    a word describing one, or a verb's -ing form ("stopping boundary"). A word the lexicon does
    not know (a rare or new one: "timeline") may be either. A word twice over is a heading's
    last word and the next line's first ("modelling Modelling")."""
    head, modifier = word_classes(second), word_classes(first)
    return (
        first != second
        and first not in NUMBER_WORDS
        and (not head or "noun" in head)
        and (not modifier or "noun" in modifier or "adj" in modifier or first.endswith("ing"))
    )


def _could_be_a_name(first: str, second: str) -> bool:
    """Whether a pair used once may be a name of a thing ("harm reduction", "match funding"):
    no adverb ("inspected monthly"), no verb in the past ("revised timeline", "subgroup
    received"), and a first word as a dictionary lists it, not a plural or a comparison
    ("members present", "busiest hospitals")."""
    if first.endswith(("ly", "ed")) or second.endswith(("ly", "ed")):
        return False
    if first.endswith("ing"):
        return True
    classes = word_classes(first)
    if not classes:
        return not (first.endswith("s") and not first.endswith("ss"))
    return any(first in stems for stems in classes.values())


_WORD = r"[A-Z][a-z][\w&'’-]*+"
_JOIN = r"(?:of|and|for|the|in|on|to|&)"
# Two or more capitalised words, perhaps joined by "of", "and" … or followed by numbers ("Section 136"),
# but not by a share ("88% for Tier 1 and 64% for Tier 2" names no "Tier 1 and 64").
# Nothing that follows a word, spaces or joiners could match what they hold, so they never give it
# back (possessive: a capitalised word on its own fails at once instead of letter by letter).
_ACRONYM_INSIDE = rf"[A-Z]{{2,}}\b(?=[ \t]++{_WORD})"  # "in NHS Screening Programmes": an acronym inside a name
_RUN = re.compile(rf"{_WORD}(?:[ \t]++(?:{_JOIN}[ \t]++)*+(?:{_WORD}|{_ACRONYM_INSIDE}|\d++\b(?!%)))+")
_PLAIN_WORD = re.compile(r"(?<![\w'’-])(?!(?:of|and|for|the|in|on|to)\b)[a-z]")  # a heading has none
_ENDS = ".!?:–—"  # what ends a sentence, or stands before a new one
LOOK_BACK = 24  # characters before a name that are enough to see a title or a sentence's end
_JOINERS = frozenset({"of", "and", "for", "the", "in", "on", "to", "&"})
_TITLES = frozenset(
    {"Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Professor", "Cllr", "Councillor", "Sir", "Dame", "Lord", "Lady", "Rev"}
)
_AFTER_TITLE = tuple(_TITLES) + tuple(f"{title}." for title in _TITLES)
_CALENDAR = frozenset([*calendar.month_name[1:], *calendar.day_name])  # English: papers are read in English
_PLACE_WORDS = frozenset(
    {"page", "pages", "item", "items", "appendix", "annex", "table", "figure", "paragraph", "chart"}
)
_LEADING = frozenset({"The", "A", "An", "Our", "This", "These", "That", "Its", "Their", "Each", "All", "Both"})


def _pieces(run: list[str], sentence_start: bool) -> list[list[str]]:
    """The names in one run of capitalised words: without a leading "The" or "Trust's", months or
    a "Director of Nursing and the Head of Patient Experience" or "Department for Education and NHS
    England" pair run together."""
    if sentence_start and run and (run[0] in _LEADING or word_zipf(run[0].lower()) >= SENTENCE_WORD_ZIPF):
        run = run[1:]  # a sentence's first word is capitalised anyway: "Under Section 136"
    if run and run[0].endswith(("'s", "’s")) and not _named_after_a_person(run):
        run = run[1:]
    pieces: list[list[str]] = []
    piece: list[str] = []
    for place, word in enumerate(run):
        if word in _TITLES:
            pieces.append(piece)
            return _named(pieces)  # the rest is a person: "Dr Priya Nair"
        following = run[place + 1] if place + 1 < len(run) else ""
        if word in _CALENDAR or (word == "and" and (following == "the" or following.isupper())):  # "and NHS England"
            pieces.append(piece)
            piece = []
        elif not (word == "the" and not piece):
            piece.append(word)
    pieces.append(piece)
    return _named(pieces)


_NAMED_LAWS = frozenset({"Law", "Rule", "Laws", "Rules", "Principle", "Principles"})


def _named_after_a_person(run: list[str]) -> bool:
    """A law or rule named after a person ("Martyn's Law", "Jess's Rule"), kept whole; a body's
    possessive ("Trust's Board", "Council's Rule") is not: its name is a common word."""
    return len(run) > 1 and run[1] in _NAMED_LAWS and word_zipf(run[0][:-2].lower()) < FIRST_NAME_ZIPF


def _named(pieces: list[list[str]]) -> list[list[str]]:
    names = []
    for piece in pieces:
        while piece and piece[-1] in _JOINERS:
            piece.pop()
        while piece and piece[0] in _JOINERS:  # "and Care Standard" once a sentence's "Health" is gone
            piece.pop(0)
        if sum(word[0].isupper() or word.isdigit() for word in piece) >= 2:
            names.append(piece)
    return names


def names_in(text: str, covered: set[str]) -> list[tuple[str, int]]:
    """(name, uses) for names of bodies, plans and schemes ("Care Inspectorate", "Section 136"):
    capitalised words together inside a sentence. Headings (lines of nothing else), people's
    names (after a title, or ending in a word rare in English) and names whose every word is
    already explained are left out."""
    lines = text.split("\n")
    text = "\n".join(compress(lines, map(_PLAIN_WORD.search, lines)))  # without headings and titles
    # Each use of a run, by whether it starts a sentence: strings only, which Python's garbage
    # collector need not follow (a tuple for each of thousands of uses made it run more often).
    found: tuple[list[str], list[str]] = ([], [])
    for match in _RUN.finditer(text):
        start = match.start()
        before = text[start - LOOK_BACK if start > LOOK_BACK else 0 : start]
        before = before[before.rfind("\n") + 1 :].rstrip()  # on its own line
        if not before.endswith(_AFTER_TITLE):
            found[_after_sentence_end(before)].append(match.group())
    counts: Counter[str] = Counter()
    for sentence_start, runs in enumerate(found):
        for run, uses in Counter(runs).items():  # a paper repeats its runs, so each is judged once
            for name in _names_of_run(run, bool(sentence_start), covered):
                counts[name] += uses
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))


# A line's own number or bullet before its first sentence: "5.2", "(a)", "iii)", "-", "•".
_PARAGRAPH_MARK = re.compile(r"(?:\d+(?:\.\d+)+|\(?[0-9a-z]{1,4}\)|[-•*–])")


def _after_sentence_end(before: str) -> bool:
    """Whether a name starts a sentence, from the end of its line before it, spaces stripped
    (within LOOK_BACK): nothing, a sign that ends a sentence, a dash after a space, or only the
    paragraph's number or bullet ("5.2 Since the Cheshire West judgment": not "Since the …")."""
    return (
        not before
        or before[-1] in _ENDS
        or (before[-1] == "-" and len(before) > 1 and before[-2].isspace())
        or (len(before) <= 12 and _PARAGRAPH_MARK.fullmatch(before.lstrip()) is not None)
    )


def _names_of_run(run: str, sentence_start: bool, covered: set[str]) -> list[str]:
    """The names one run of capitalised words gives."""
    names = []
    for piece in _pieces(run.split(), sentence_start):
        words = [
            part for word in piece if not word.isdigit() for part in word.lower().replace("’", "'").split("-") if part
        ]
        if all(word in covered or word in _JOINERS for word in words) or words[0] in _PLACE_WORDS:
            continue  # explained already, or a place in the paper: "Page 14", "Appendix B"
        if len(words) == 2 and word_zipf(words[-1]) < RARE_ZIPF and word_zipf(words[0]) < FIRST_NAME_ZIPF:
            continue  # most likely a person: "Tom Ashby" (but "Care Inspectorate" is not)
        names.append(" ".join(piece))
    return names
