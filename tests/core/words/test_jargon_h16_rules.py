"""Senses and entries added after the sixteenth held-back batch (h16) of tests/data/papers: board
performance reports, trust and system finance papers, chief executives' reports, place partnership
papers and chairs' assurance reports. Each test is an invented sentence, not a line of the batch."""

import pytest

from coprep.core.words.glossary import shipped_entries
from coprep.core.words.jargon import find_terms


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {term.matched: (term.term, term.sense) for term in find_terms(text, shipped_entries())}


def test_turnover_as_a_share_of_income_is_not_staff_turnover():
    found = _found("The savings plan is worth £9.2m, or 3.1% of turnover, and is behind plan.")
    assert found.get("turnover", ("", ""))[1] != "turnover:staff"


def test_staff_turnover_still_gets_its_meaning():
    found = _found("Nursing turnover fell to 9% as fewer leavers went to other trusts.")
    assert found["turnover"][1] == "turnover:staff"


@pytest.mark.parametrize(
    "text",
    [
        "The running cost allowance falls by 20% next year.",
        "Income falls short of the plan in every quarter.",
        "The cost falls to the council under the agreement.",
    ],
)
def test_falls_as_a_verb_is_not_patients_falling(text):
    found = _found(text)
    assert "falls" not in found


def test_falls_of_patients_are_still_explained():
    found = _found("Inpatient falls with moderate harm rose on two wards; each had a review.")
    assert any(term == "Falls" for term, _ in found.values())


def test_a_bridge_in_a_money_paper_is_the_financial_bridge():
    found = _found("The table gives the bridge from last year's underlying deficit to this year's plan.")
    assert found["bridge"][0] == "Financial bridge"


def test_a_bridge_over_a_river_gets_no_meaning():
    assert "bridge" not in _found("The new clinic is by the bridge over the river, near the bus stop.")


def test_gateway_in_children_s_social_work_in_northern_ireland_is_not_a_project_review():
    found = _found("Referrals to the Gateway team rose, and unallocated cases of children fell.")
    assert found["Gateway"][1] == "gateway:ni"


def test_gateway_in_a_project_is_still_the_gateway_review():
    found = _found("The scheme passed its gateway before the full business case went to the board.")
    assert found["gateway"][0] == "Gateway review"


@pytest.mark.parametrize(
    ("text", "written", "term"),
    [
        ("Most of the savings are back-loaded into the last quarter.", "back-loaded", "Back-loaded"),
        ("Closing cash at month 6 was £14m.", "Closing cash", "Closing cash"),
        ("The core programme allocation grows by 2%.", "core programme allocation", "Programme allocation"),
        ("The door-to-needle time was 52 minutes.", "door-to-needle time", "Door-to-needle time"),
        ("The unit kept its SSNAP level B.", "SSNAP level", "SSNAP"),
        ("Only 61% met the Single Cancer Pathway target.", "Single Cancer Pathway target", "Single Cancer Pathway"),
        ("Part 1a assessments were done in 28 days.", "Part 1a", "Mental Health (Wales) Measure 2010"),
        ("The BCF return was signed off by the chair.", "BCF return", "Data return"),
        ("The 62-day combined standard was 71%.", "62-day combined standard", "62-day standard"),
        ("Nine people were on the list with no discharge ready date.", "discharge ready date", "Discharge ready date"),
        ("Three district nurses became Queen's Nurses this year.", "Queen's Nurses", "Queen's Nurse"),
        ("We have a shared staff bank and an aligned budget.", "aligned budget", "Aligned budget"),
    ],
)
def test_words_of_board_finance_and_performance_papers_are_explained(text, written, term):
    assert _found(text)[written][0] == term


def test_concerns_handled_under_putting_things_right_are_complaints():
    found = _found("Under Putting Things Right, 58% of concerns had a final response within 30 working days.")
    assert found["concerns"][1] == "concern:complaint"


@pytest.mark.parametrize(
    "text",
    [
        "Members raised concerns about the bus route to the new clinic.",
        "The Freedom to Speak Up Guardian received 21 concerns from staff.",
        "Two safeguarding concerns were passed to the council.",
    ],
)
def test_other_concerns_are_not_called_complaints(text):
    assert all(sense != "concern:complaint" for _, sense in _found(text).values())


def test_a_welsh_quality_safety_and_performance_committee_is_a_quality_committee():
    found = _found("The Quality, Safety and Performance Committee took limited assurance.")
    assert found["Quality, Safety and Performance Committee"][0] == "Quality committee"


def test_under_delivery_of_savings_is_not_about_dental_contracts():
    found = _found("The main risks are growth in care costs and under-delivery of CIP.")
    assert found["under-delivery"][1] == "delivery:plan"


def test_under_delivered_units_of_dental_activity_are_the_dental_contract():
    found = _found("Practices that underdelivered UDAs last year face clawback.")
    assert found["underdelivered"][0] == "NHS dental contract"


def test_an_emergency_department_beside_wards_and_beds_is_the_place_even_near_percentages():
    found = _found(
        "Agency spend was 3.9% of the pay bill against a cap of 3.2%. Bank spend remains high in the "
        "Emergency Department and medical wards because escalation beds have stayed open."
    )
    assert found["Emergency Department"][1] == "ed:place"
