"""Senses and entries added after the twenty-fourth held-back batch (h24) of tests/data/papers
(council health scrutiny, a public health annual report, the Better Care Fund, an integrated care
strategy and local plans, a Welsh regional partnership board, a Scottish community planning
partnership): each is tried on invented sentences, not on the batch's own words."""

from first_use import first_use

from coprep.core.words.glossary import shipped_entries
from coprep.core.words.jargon import find_terms


def _meant(text: str, written: str) -> tuple[str, str]:
    """The entry and sense given to the first use of `written` ("", "" when it is not explained)."""
    return (found.term, found.sense or "") if (found := first_use(text, written)) else ("", "")


def test_accounts_for_a_share_is_not_the_annual_accounts():
    assert _meant("Smoking accounts for nearly half of the gap in life expectancy.", "accounts")[0] == ""
    assert _meant("The audit committee approved the accounts for signing.", "accounts")[0] == "Annual accounts"


def test_reception_beside_child_weights_is_the_school_year_and_a_front_desk_is_not():
    text = "Obesity prevalence in Reception rose to 10.4%, and in Year 6 to 23.9%."
    assert _meant(text, "Reception")[0] == "Reception year"
    assert _meant(text, "Year 6")[0] == "Year 6"
    assert _meant("Visitors should report to reception on arrival at the centre.", "reception")[0] == ""


def test_rural_wards_are_council_wards():
    text = "Home care is hardest to find in the rural wards in the north of the county."
    assert _meant(text, "wards")[0] == "Electoral ward"


def test_local_plan_and_community_planning_words_are_explained():
    text = (
        "The Regulation 19 Local Plan asks for a Health Impact Assessment on major developments, "
        "and health contributions through section 106 obligations. In Scotland, a participation "
        "request was agreed and the Local Child Poverty Action Report noted."
    )
    found = {term.term for term in find_terms(text, shipped_entries())}
    assert {"Regulation 19", "Major development", "Planning obligation", "Participation request"} <= found
    assert "Local Child Poverty Action Report" in found


def test_an_inspector_beside_a_local_plan_is_the_planning_inspector():
    text = "At the examination the Inspector asked for main modifications to the Local Plan."
    assert _meant(text, "Inspector")[0] == "Planning inspector"
    assert _meant("The fire inspector checked the exits on Tuesday.", "inspector")[0] == ""


def test_declarations_at_the_start_of_minutes_are_declarations_of_interest():
    assert _meant("2. Welcome, apologies and declarations. No declarations were made.", "declarations")[0] == (
        "Declaration of interests"
    )
    assert _meant("The customs declarations for the new scanner were late.", "declarations")[0] == ""


def test_a_representation_on_a_local_plan_is_a_planning_comment():
    text = "The ICB sent a representation on the Regulation 19 Local Plan asking for a new surgery."
    assert _meant(text, "representation")[0] == "Planning representation"
    assert _meant("Patient representation on the board has grown to three lay seats.", "representation")[0] == ""


def test_an_integrated_care_partnership_assembly_is_explained_but_a_school_assembly_is_not():
    assert _meant("The Partnership's Assembly will review the draft strategy.", "Assembly")[0] == "ICP assembly"
    assert _meant("The children sang at the school assembly on Friday.", "assembly")[0] == ""
