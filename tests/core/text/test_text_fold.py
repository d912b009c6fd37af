"""Folding text for word matching: the quick character swap gives what str.translate gives."""

import random
import re

import pytest

from coprep.core.text import text_fold
from coprep.core.text.text_fold import Folded


@pytest.mark.parametrize("table", [text_fold._JOIN_TABLE, text_fold._PUNCT_TABLE])
def test_quick_swap_matches_str_translate(table):
    rng = random.Random(7)
    alphabet = [chr(key) for key in table] + list("abcXYZ 019'’é£İ\ud800\U0001f600")
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        assert text_fold._Swap(table)(text) == text.translate(table)


def test_a_swapped_in_character_is_never_swapped_again():
    for table in (text_fold._JOIN_TABLE, text_fold._PUNCT_TABLE):
        assert not {ord(char) for char in table.values()} & table.keys()


def test_folding_keeps_positions_in_text_with_accents():
    text = "The café’s  waiting-\nlist (£5) – see www.example.org."
    folded = Folded(text)
    assert folded.cased == "The café's waiting list   5    see "  # the link is blanked, its spaces joined
    start = folded.padded.index(" waiting list ")
    assert text[folded.original(start) : folded.original(start + len("waiting list") - 1) + 1] == "waiting-\nlist"


def test_quick_lowering_matches_str_lower_letter_for_letter():
    rng = random.Random(11)
    alphabet = list("aZ é É ÀŸ Ωω K \u212a İ ß ﬁ ' \ud800")
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        expected = "".join(char if len(char.lower()) != 1 else char.lower() for char in text)
        assert text_fold._lower(text) == expected


def test_lowering_greek_keeps_the_final_sigma():
    assert text_fold._lower("ΟΔΟΣ ΟΔΟΣ") == "οδος οδος"


def test_runs_of_spaces_are_made_one_and_each_character_maps_back():
    rng = random.Random(5)
    alphabet = list("ab  é") + ["😀", "\ud800", "   "]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        collapsed, breaks, shifts = text_fold._collapse_runs(text)
        assert collapsed == re.sub(" {2,}", " ", text)
        for place, char in enumerate(collapsed):
            passed = [shift for point, shift in zip(breaks, shifts, strict=True) if point <= place]
            assert text[place + (passed[-1] if passed else 0)] == char


def test_a_text_below_256_is_folded_in_bytes_exactly_as_character_by_character():
    rng = random.Random(13)
    signs = [chr(key) for key in (*text_fold._JOIN_TABLE, *text_fold._PUNCT_TABLE) if key < 256]
    alphabet = signs + list("aZé ÉÀÿµßª½  '-\n") + [" ' ", "s' ", "'s", chr(0), chr(255)]
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        assert text_fold._fold_latin1(text.encode("latin-1")) == text_fold._fold_wide(text)
    every = "".join(map(chr, range(256))) * 2
    assert text_fold._fold_latin1(every.encode("latin-1")) == text_fold._fold_wide(every)
