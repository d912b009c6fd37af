"""The word-pair finder lists jargon phrases, not everyday words that happen to stand side by
side: a pair must have the shape of a name of a thing (a noun after a noun or a describing word)
and nothing but spaces between its words (issue 13, point 4)."""

from coprep.core.words.glossary import Entry
from coprep.core.words.jargon import jargon_report
from coprep.core.words.word_classes import word_classes

ENTRIES = [Entry("Elective care", "Planned care, booked ahead.")]

PAPER = (
    "Analysis of the waiting list by deprivation and ethnicity indicates that people in the poorest areas "
    "wait longest. The revised timeline for the new clinic was agreed, and members asked for a report in "
    "six months. Over the winter the trust asked its neighbours for mutual aid twice; mutual aid covered "
    "two weekends. Modelling shows a bed gap of 40 beds in January; the bed gap closes once the new "
    "ward opens. The trial's stopping boundary was not crossed. Escalation spaces put patient privacy, "
    "dignity and safety at risk. Members asked for the figures again, and six months on they were sent."
)


def _phrases(text: str) -> dict[str, int]:
    return {word.word: word.count for word in jargon_report(text, ENTRIES).unknown if word.kind == "phrase"}


def test_jargon_phrases_not_in_the_glossary_are_listed():
    found = _phrases(PAPER)
    assert found["mutual aid"] == 2
    assert found["bed gap"] == 2
    assert found["stopping boundary"] == 1  # used once, and it names a thing


def test_a_noun_and_its_verb_a_past_form_before_a_noun_or_a_number_and_a_noun_are_not_listed():
    found = _phrases(PAPER)
    assert "ethnicity indicates" not in found  # "indicates" can only be a verb
    assert "members asked" not in found  # used twice, but a verb all the same
    assert "revised timeline" not in found  # a plan changed, not a name
    assert "six months" not in found


def test_a_pair_never_spans_a_sign_between_two_words():
    assert "privacy dignity" not in _phrases(PAPER)
    assert "aid covered" not in _phrases(PAPER)  # after a semicolon


def test_the_lexicon_read_as_bytes_agrees_with_lemminflects_own_reader():
    from lemminflect import getAllLemmas

    for word in ("indicates", "aid", "left", "step", "revised", "busiest", "members", "stopping", "timeline", "the"):
        ours = {kind.upper(): tuple(stem.lower() for stem in stems) for kind, stems in word_classes(word).items()}
        theirs = {kind: tuple(stem.lower() for stem in stems) for kind, stems in getAllLemmas(word).items()}
        assert ours == theirs, word


def test_two_pairs_always_run_together_are_listed_as_one_phrase_of_three_words():
    text = (
        "Care at the young offender institution improved. Staff at the young offender institution were "
        "thanked. Clinical excellence awards were paused; clinical excellence matters to the board, and "
        "several excellence awards went to nurses."
    )
    found = _phrases(text)
    assert found["young offender institution"] == 2
    assert "young offender" not in found and "offender institution" not in found
    assert "clinical excellence awards" not in found  # each pair is also used on its own
    assert found["clinical excellence"] == 2 and found["excellence awards"] == 2
