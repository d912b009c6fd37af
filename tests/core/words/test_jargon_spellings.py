"""A glossary name is found however a paper or a held-back list spells it: "&" for "and",
American "-ize", a hyphen left out, an acronym's small letters in capitals, a plural headword."""

import random
import re

from coprep.core.words.glossary import Entry
from coprep.core.words.jargon import find_terms
from coprep.core.words.spellings import is_acronym

ENTRIES = [
    Entry("R&D", "Research and the work to turn it into new care.", ["research and development"]),
    Entry("Health and wellbeing board", "A council board on the health of local people."),
    Entry("Randomised controlled trial", "A test of a treatment on groups chosen by chance.", ["RCT"]),
    Entry("Co-production", "Working as equals with the people who use a service."),
    Entry("Delayed transfer of care", "A patient well enough to leave but still in a bed.", ["DToC", "DToCs"]),
    Entry("Key performance indicator", "A number that shows how well something is going.", ["KPI"]),
    Entry("Clinician", "A health worker who treats patients."),
    Entry("Premises", "A building and its land."),
]


def _terms(text: str) -> dict[str, str]:
    return {term.term: term.matched for term in find_terms(text, ENTRIES)}


def test_and_and_the_ampersand_stand_for_each_other():
    assert _terms("The Research & Development team.") == {"R&D": "Research & Development"}
    assert _terms("The Health & Wellbeing Board met.") == {"Health and wellbeing board": "Health & Wellbeing Board"}


def test_american_spelling_of_ise_words_is_found():
    assert _terms("A randomized controlled trial.") == {"Randomised controlled trial": "randomized controlled trial"}


def test_a_name_written_with_a_hyphen_is_found_with_a_space_or_without_it():
    assert _terms("Coproduction with carers.") == {"Co-production": "Coproduction"}
    assert _terms("Co production with carers.") == {"Co-production": "Co production"}


def test_an_acronym_with_small_letters_is_found_in_capitals_but_not_in_small_letters():
    assert _terms("DTOC numbers fell; two DTOCs remain.") == {"Delayed transfer of care": "DTOC"}
    assert _terms("The dtoc list.") == {}


def test_a_plural_headword_and_a_plural_text_meet_the_singular_entry():
    assert _terms("Key performance indicators are red.") == {"Key performance indicator": "Key performance indicators"}
    assert _terms("Clinicians agreed.") == {"Clinician": "Clinicians"}


def test_a_respelled_word_that_means_something_else_is_not_found():
    assert _terms("The randomised trial and the prizes.") == {}
    assert _terms("Wise advice.") == {}


def test_a_word_with_senses_is_found_however_it_is_spelled_and_given_the_sense_meant():
    from coprep.core.words.glossary import shipped_entries

    def senses(text: str) -> dict[str, str]:
        return {term.matched: term.sense for term in find_terms(text, shipped_entries())}

    # the department's name, written out, is not the target measured there
    assert senses("The Accident and Emergency department was busy.") == {"Accident and Emergency": "a&e:place"}
    found = senses("Accident & Emergency performance against the 4-hour standard was 72%.")
    assert found["Accident & Emergency"] == "a&e:target"


def test_the_quick_answer_for_small_letters_agrees_with_counting_capitals():
    rng = random.Random(17)
    alphabet = list("aAbBsS'& 1éÉⓐⒶǅ")
    for _ in range(2000):
        name = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 6)))
        base = re.sub(r"(?:'s|s)$", "", name)
        assert is_acronym(name) == (" " not in base and sum(char.isupper() for char in base) >= 2), name
