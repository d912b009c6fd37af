"""Rules and entries added after the fifteenth held-back batch (h15) of tests/data/papers: each
carries over to papers the finder was never tuned to, not only to the words of that batch."""

import pytest

from coprep.core.words.glossary import shipped_entries
from coprep.core.words.jargon import find_terms


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {term.matched: (term.term, term.sense) for term in find_terms(text, shipped_entries())}


def test_eligibility_set_at_the_bands_of_need_is_the_care_sense():
    found = _found("Eligibility criteria remain at critical and substantial.")
    assert found["Eligibility criteria"][1] == "eligibility:care"


def test_eligibility_with_self_directed_support_nearby_is_the_care_sense():
    found = _found("People on SDS were told the eligibility criteria had changed.")
    assert found["eligibility criteria"][1] == "eligibility:care"


def test_packages_of_care_is_a_care_package_even_with_no_care_words_nearby():
    found = _found("The savings were offset by high-cost packages of care.")
    assert found["packages of care"][0] == "Care package"


@pytest.mark.parametrize(
    ("text", "written", "term"),
    [
        ("Each fall with harm had an After Action Review.", "fall with harm", "Falls"),
        ("Two women were recalled for assessment.", "recalled for assessment", "Recall for assessment"),
        ("A look-back exercise is under way.", "look-back exercise", "Look-back exercise"),
        ("Twelve duty GPs covered the winter.", "duty GPs", "Duty doctor"),
        ("She holds private welfare guardianship for her son.", "private welfare guardianship", "Welfare guardianship"),
        ("The cannula was left in place without a VIP score.", "VIP score", "VIP score"),
    ],
)
def test_words_of_screening_infection_protection_and_gp_access_papers_are_explained(text, written, term):
    assert _found(text)[written][0] == term


@pytest.mark.parametrize(
    ("text", "written", "sense"),
    [
        ("Coverage of women aged 53 to 70 was 72.8%.", "Coverage", "coverage:screening"),
        ("Two women were ceased in error and have been reinstated.", "ceased", "ceasing:screening"),
        ("The care home was graded 2 (weak) by the Care Inspectorate.", "graded", "grades:inspection"),
    ],
)
def test_an_everyday_word_with_a_screening_or_inspection_meaning_gets_it_there(text, written, sense):
    assert _found(text)[written][1] == sense


@pytest.mark.parametrize(
    "text",
    [
        "The firm is ceasing trading after the press coverage.",
        "Nurses of all grades came to the event.",
    ],
)
def test_the_same_words_in_everyday_use_get_no_meaning(text):
    senses = {sense.split(":")[0] for _, sense in _found(text).values()}
    assert not senses & {"coverage", "ceasing", "grades"}


def test_a_name_with_an_acronym_inside_is_listed_whole():
    from coprep.core.words.jargon import jargon_report

    text = "A review is under way under the Managing Safety Incidents in NHS Screening Programmes guidance."
    names = {word.word for word in jargon_report([text], []).unknown if word.kind == "name"}
    assert "Managing Safety Incidents in NHS Screening Programmes" in names


def test_two_bodies_joined_by_and_before_an_acronym_stay_two_names():
    from coprep.core.words.jargon import jargon_report

    text = "The plan is agreed with the Department for Education and NHS England this year."
    names = {word.word for word in jargon_report([text], []).unknown if word.kind == "name"}
    assert "Department for Education" in names
    assert not any("and NHS" in name for name in names)
