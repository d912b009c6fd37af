"""Rules, senses and entries added after the twenty-fifth held-back batch (h25) of
tests/data/papers (a trust's people committee, an ICB's workforce plan, industrial action and safe
working hours, a trust's research committee, a Welsh research sub-committee, a Scottish staff
governance committee): each is tried on invented sentences, not on the batch's own words."""

import pytest
from first_use import first_use

from coprep.core.words.glossary import shipped_entries
from coprep.core.words.jargon import find_terms, jargon_report


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {term.matched: (term.term, term.sense) for term in find_terms(text, shipped_entries())}


def _unknown(text: str) -> dict[str, int]:
    return {word.word: word.count for word in jargon_report(text, shipped_entries()).unknown}


def test_capitals_before_a_spaced_minute_number_are_not_explained_and_listed_once_alone():
    found = _found("Minute TB 27/031 was agreed. The Chair thanked the Director of Nursing.")
    assert "Tuberculosis" not in {term for term, _ in found.values()}
    unknown = _unknown("QZR 26/41 Welcome and apologies. QZR 26/42 Matters arising.")
    assert [word for word in unknown if word.startswith("QZR")] == ["QZR"]
    assert unknown["QZR"] == 2


@pytest.mark.parametrize(
    "text",
    ["The QZR 2026/27 plan is late.", "The QZR 26/27 plan is late.", "A QZR 24/7 line opens."],
)
def test_capitals_before_a_financial_year_are_still_listed(text):
    assert any(word.startswith("QZR") for word in _unknown(text))


def _sense_of(text: str, written: str) -> str:
    return found.sense if (found := first_use(text, written)) else ""


@pytest.mark.parametrize(
    ("text", "written", "sense"),
    [
        ("Placement capacity for pre-registration nursing courses went up by 40.", "Placement", "placement:training"),
        ("The scheme for new GPs had a fellowship uptake of 60% across practices.", "fellowship", "fellowship:gp"),
        ("She won an NIHR doctoral fellowship to study sleep.", "fellowship", ""),
        ("The panel heard about the GCP breach and what was done.", "breach", "breach:rules"),
        ("A serious breach was reported to the sponsor within a week.", "sponsor", "sponsor:research"),
        (
            "Against the target, agency shifts above the cap were all locums on the emergency department rota.",
            "emergency department",
            "ed:place",
        ),
    ],
)
def test_workforce_and_research_words_get_the_sense_meant(text, written, sense):
    if sense:
        assert _sense_of(text, written) == sense
    else:  # a longer entry holds the word: the NIHR's schemes for researchers
        assert _found(text)["doctoral fellowship"][0] == "NIHR Academy"


def test_staff_attendance_is_not_a_visit_to_hospital():
    assert "attendance" not in _found("Action 12/3 (attendance figures by directorate) is closed.")
    assert _found("There were 410 attendances at the walk-in centre.")["attendances"][1] == "attendance:visit"
