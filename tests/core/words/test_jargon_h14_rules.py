"""General rules added after the fourteenth held-back batch (h14) of tests/data/papers: each carries
over to papers the finder was never tuned to, not only to the words of that batch."""

import pytest

from coprep.core.words.glossary import shipped_entries
from coprep.core.words.jargon import find_terms


def _found(text: str) -> dict[str, tuple[str, str, bool]]:
    """Each term found, by what the text wrote: its entry, its sense and whether it is unsure."""
    return {term.matched: (term.term, term.sense, term.unsure) for term in find_terms(text, shipped_entries())}


def test_calling_in_a_service_change_is_the_ministers_call_in():
    found = _found("The council may ask the Secretary of State to consider calling in the reconfiguration.")
    assert found["calling in"][1:] == ("callin:minister", False)


def test_place_after_may_or_will_is_the_everyday_verb_not_the_ics_place():
    found = _found("If the ICB misses its plan, NHS England may place it in segment 3 of the Oversight Framework.")
    assert found.get("place", ("", "", False))[0] != "Place-based partnership"


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("Uptake of bowel screening is lowest in two wards with high deprivation.", True),
        ("Link workers target wards of the borough where uptake is low.", True),
        ("Falls on the two stroke wards rose in October; both wards now have extra staff at night.", False),
    ],
)
def test_council_wards_are_told_from_hospital_wards_by_the_words_around_them(text, meant):
    terms = {entry for entry, _, _ in _found(text).values()}
    assert ("Electoral ward" in terms) is meant


def test_the_send_first_tier_tribunal_is_not_the_mental_health_tribunal():
    terms = {entry for entry, _, _ in _found("Appeals to the First-tier Tribunal (SEND) rose to 112.").values()}
    assert "SEND Tribunal" in terms
    assert "Mental health tribunal" not in terms


def test_a_price_concession_after_ncso_is_read_as_one_term():
    found = _found("Prescribing costs rose, notably from NCSO price concessions.")
    assert found["NCSO price concessions"][0] == "No cheaper stock obtainable"
