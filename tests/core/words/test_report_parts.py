"""The full report's own passes (hard words, word pairs, names of bodies), which share one
tokenising pass and count each written form once: they must give what a plain reading would."""

import re

from hypothesis import example, given
from hypothesis import strategies as st

from coprep.core.text.text_fold import Folded
from coprep.core.words.hard_words import HardWords
from coprep.core.words.phrase_finder import _RUN, _after_sentence_end, names_in, unusual_pairs

# Letters whose small forms are odd (İ has none of one letter, Σ has two), signs, apostrophes,
# hyphens and spaces of several kinds, so folding and lowering meet their hard cases.
ODD_TEXT = st.text(alphabet="aBcDİıΣσςßÆ'’&-–.,;:!?()0123456789 \t\n\xa0\x1c\u2009", max_size=60)


@given(ODD_TEXT)
def test_each_written_form_is_lowered_as_the_folded_text_lowers_it(text):
    folded = Folded(text)
    hard = HardWords(folded)
    lowered = hard.lowered()
    assert [lowered[token] for token in hard.tokens if token] == folded.padded.split()


def _pairs(text, covered=frozenset()):
    hard = HardWords(Folded(text))
    return unusual_pairs(hard.tokens, hard.lowered(), set(covered))


def test_a_pair_is_counted_however_its_words_are_capitalised():
    text = "Mutual aid came first. We asked for mutual aid; MUTUAL AID was given, the mutual aid plan. Mutual Aid"
    assert _pairs(text) == [("mutual aid", 5)]


def test_pairs_are_only_words_side_by_side_and_the_last_pair_counts():
    assert _pairs("mutual the aid, mutual the aid, the mutual the aid") == []
    assert _pairs("mutual aid mutual aid") == [("mutual aid", 2)]
    assert _pairs("mutual aid mutual aid", covered={"aid"}) == []


def test_names_skip_headings_titles_and_a_first_word_that_only_starts_a_sentence():
    text = (
        "BOARD OF THE Care Quality Commission\n"
        "North Valley Trust met the Care Inspectorate today. Riverside House Dr. Priya Nair spoke.\n"
        "We heard - Mill Lane Surgery said so; and the Mill Lane Surgery agreed.\n"
        "Professor     Alan Whitby wrote."
    )
    assert names_in(text, set()) == [
        ("Mill Lane Surgery", 2),
        ("Care Inspectorate", 1),
        ("Riverside House", 1),
        ("Valley Trust", 1),
    ]


def test_a_heading_left_out_does_not_join_the_lines_around_it():
    assert names_in("We met the Mill Lane\nAGENDA\nSurgery Board today.", set()) == [
        ("Mill Lane", 1),
        ("Surgery Board", 1),
    ]


_OLD_SENTENCE_END = re.compile(r"(?:^|[.!?:\n–—]|\s-)\s*$")  # how a name's sentence start was found


_PARAGRAPH_MARK = re.compile(r"^\s*(?:\d+(?:\.\d+)+|\(?[0-9a-z]{1,4}\)|[-•*–])\s*$")  # "5.2", "(a)", "-"


@given(st.text(alphabet="ab1 .!?:–—-()\t\xa0", max_size=24))
def test_a_sentence_start_is_judged_from_the_stripped_text_before_a_name(before):
    expected = bool(_OLD_SENTENCE_END.search(before) or _PARAGRAPH_MARK.match(before))
    assert _after_sentence_end(before.rstrip()) == expected


def test_a_paragraphs_number_or_bullet_starts_a_sentence_so_its_first_word_is_not_part_of_a_name():
    for mark in ("5.2", "(c)", "iii)", "-", "•"):
        assert names_in(f"{mark} Since the Cheshire West judgment, more people qualify.", set()) == [
            ("Cheshire West", 1)
        ]


# The same runs written without possessive parts: words, joiners, numbers, and an acronym that a
# capitalised word follows ("in NHS Screening Programmes").
_PLAIN_RUN = re.compile(
    r"[A-Z][a-z][\w&'’-]*(?:[ \t]+(?:(?:of|and|for|the|in|on|to|&)[ \t]+)*"
    r"(?:[A-Z][a-z][\w&'’-]*|[A-Z]{2,}\b(?=[ \t]+[A-Z][a-z])|\d+\b(?!%)))+"
)


_PIECES = [
    "Care",
    "Board",
    "CQC",
    "NHS Care",
    "of",
    "the",
    "and",
    "&",
    " ",
    "  ",
    "\t",
    "-",
    "'s",
    "136",
    "x",
    ".",
    "\n",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
@example("Care CQC Care")
def test_runs_of_capitalised_words_are_found_as_a_plain_pattern_finds_them(text):
    assert _RUN.findall(text) == _PLAIN_RUN.findall(text)
