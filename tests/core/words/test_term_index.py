"""The finder's index reads a text's bytes: one a character while every glossary key is Latin-1
(a character beyond it read as "?"), else UTF-8. Both ways give the same uses, at the places of
the characters in the text."""

import random

from coprep.core.text.text_fold import Folded
from coprep.core.words.term_index import JargonIndex

NAMES = [["Care plan", "care plans"], ["ICB"], ["Café society"], ["NHS"], ["Section 5(2)"]]


def test_a_text_beyond_latin1_gives_the_same_uses_read_either_way():
    one_byte = JargonIndex(NAMES)
    utf8 = JargonIndex([*NAMES, ["Gŵyl Dewi"]])  # a name beyond Latin-1: the index reads UTF-8
    assert one_byte.one_byte and not utf8.one_byte
    rng = random.Random(3)
    pieces = ["care plan", "ICB", "café society", "NHS", "Section 5(2)", "Σ", "😀", "ŵ", "é", "’s", "\ud800"]
    pieces += [" ", "  ", "-", "\n\n", "care", "plans", "?"]
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        folded = Folded(text)
        assert one_byte.uses(folded) == utf8.uses(folded), text


def test_uses_point_at_the_text_after_letters_beyond_latin1():
    text = "Ŵyl 😀 care plans; the ΣICB and the ICB’s café society"
    for index in (JargonIndex(NAMES), JargonIndex([*NAMES, ["Gŵyl Dewi"]])):
        found = index.uses(Folded(text))
        assert {owner: [text[start:stop] for start, stop in spans] for owner, spans in found.items()} == {
            0: ["care plans"],
            1: ["ICB’s"],
            2: ["café society"],
        }


def test_a_name_beyond_latin1_is_found_where_the_text_writes_it():
    text = "Dathlu 😀 Gŵyl Dewi heddiw"
    assert JargonIndex([["Gŵyl Dewi"]]).uses(Folded(text)) == {0: [(text.index("Gŵyl"), len(text) - len(" heddiw"))]}
