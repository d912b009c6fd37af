"""General rules added after the twelfth held-back batch (h12) of tests/data/papers: each carries
over to papers the finder was never tuned to, not only to the words of that batch."""

import pytest

from coprep.core.words.glossary import shipped_entries
from coprep.core.words.jargon import find_terms, jargon_report


def _senses(text: str) -> dict[str, str]:
    """Each use's sense (or its entry, for a one-sense entry), by the words as written."""
    return {term.matched: term.sense or term.term for term in find_terms(text, shipped_entries())}


def _unknown(text: str) -> dict[str, str]:
    return {word.word: word.kind for word in jargon_report(text, []).unknown}


def test_the_first_word_of_a_lettered_list_item_is_not_taken_for_a_name():
    text = "Formulary decisions\na) Zelbrivant for psoriasis: approved.\n(b) Quorvatide tablets: not approved."
    found = _unknown(text)
    assert found.get("Zelbrivant") == "rare"
    assert found.get("Quorvatide") == "rare"
    assert "Priya" not in _unknown("Present:\na) Dr Priya Shah spoke.")  # a name after a marker stays a name


@pytest.mark.parametrize(
    "text, written, meant",
    [
        ("Conveyance to an emergency department was 49.1% in November.", "emergency department", "ed:place"),
        ("Patients conveyed to the emergency department waited longer.", "emergency department", "ed:place"),
        ("Emergency department 4-hour performance was 74% against 78%.", "Emergency department", "a&e:target"),
    ],
)
def test_an_ambulance_taking_someone_to_the_emergency_department_means_the_place(text, written, meant):
    assert _senses(text)[written] == meant


def test_tiers_of_staff_training_are_not_the_tiers_of_elective_support():
    text = (
        "Compliance with the Oliver McGowan Mandatory Training is 88% for Tier 1 and 64% for Tier 2. "
        "The autism assessment waiting list stands at 1,140."
    )
    found = _senses(text)
    assert "Tier 1" not in found and "Tier 2" not in found  # the training's tiers: nothing to explain
    elective = _senses("NHS England placed the trust in Tier 1 for elective and cancer waiting list support.")
    assert elective["Tier 1"] == "tier:elective"


def test_a_prison_governor_is_not_a_foundation_trusts_governor():
    prison = _senses(
        "Present: Governor, HMP Eastmoor; Head of Healthcare. The Governor agreed to protect escort staff."
    )
    assert "Governor" not in prison
    trust = _senses("The council of governors met. Each Governor asked the foundation trust's board a question.")
    assert trust["Governor"] == "governor:trust"


def test_the_mean_of_a_set_of_times_is_explained_but_the_verb_is_not():
    found = _senses("Category 2 mean response was 34 minutes. The C1 mean was 8 minutes.")
    assert found["mean"] == "mean:average"
    assert "mean" not in _senses("This will mean more staff on the wards this winter.")


def test_red_as_a_rating_is_explained_but_red_tape_is_not():
    assert _senses("Tirzepatide was approved as RED, and melatonin as amber, on the formulary.")["RED"] == "red:rag"
    assert "red" not in _senses("Staff said there was too much red tape in the way.")


def test_unlocking_and_receptions_in_a_prison_are_explained_but_not_elsewhere():
    prison = _senses("Regime restrictions on the wings meant prisoners could not be unlocked for clinic.")
    assert prison["unlocked"] == "unlock:prison"
    assert "unlock" not in _senses("The new funding will unlock more places in care homes.")
    screened = _senses("Reception screening was done for 97% of new receptions at the prison.")
    assert screened["new receptions"] == "reception:prison"


def test_cad_in_an_ambulance_paper_is_the_dispatch_system_and_in_a_heart_paper_the_illness():
    assert _senses("The ambulance CAD upgrade went live with no loss of 999 calls.")["CAD"] == "cad:dispatch"
    assert _senses("Patients with CAD and angina were seen in the cardiology clinic.")["CAD"] == "cad:heart"


def test_a_share_after_a_numbered_name_is_not_part_of_it():
    found = _unknown("Compliance is 88% for Tier 1 and 64% for Tier 2 this year. Tiers 1 and 2 are set by law.")
    assert "Tier 1 and 64" not in found
    assert found.get("Tier 1") == "name"


def test_eligibility_criteria_of_a_study_of_care_and_of_a_service_are_told_apart():
    study = _senses("A substantial amendment to the protocol widened the eligibility criteria of the trial.")
    assert study["eligibility criteria"] == "eligibility:research"
    care = _senses("The council assesses needs against the eligibility criteria of the Care Act.")
    assert care["eligibility criteria"] == "eligibility:care"
    other = _senses("The transport service has new eligibility criteria from April.")
    assert other["eligibility criteria"] == "eligibility:general"


def test_a_services_capacity_named_by_the_word_before_it_is_not_a_persons():
    found = _senses("Issues for members. Reablement capacity has grown but 30% of its hours are used by one team.")
    assert found["capacity"] == "capacity:service"
    assert _senses("An assessment found fluctuating capacity about money.")["capacity"] == "capacity:mental"


def test_a_decimal_is_not_read_as_a_staffing_ratio():
    assert "Staffing ratio" not in _senses("Agency spend is 2.1% of the pay bill and sickness 3.1%.").values()
    assert _senses("He needs 2:1 support at night.")["2:1 support"] == "Staffing ratio"


def test_names_in_the_lines_saying_who_came_are_not_jargon_phrases():
    from coprep.core.text.text_fold import Folded
    from coprep.core.words.phrase_finder import beyond_attendance

    text = (
        "Present: Prof Alan Birch (Theme Lead); Hannah Lowe (Public Contributor)\n"
        "Apologies: Prof Ruth Kang\n\nThe theme lead spoke first. Hannah Lowe asked about payments."
    )
    phrases = [("alan birch", 1), ("theme lead", 2), ("hannah lowe", 2), ("ruth kang", 1)]
    kept = beyond_attendance(phrases, text, Folded(text).padded)
    assert kept == [("theme lead", 2), ("hannah lowe", 2)]
    plain = "The theme lead met Alan Birch."
    assert beyond_attendance(phrases, plain, Folded(plain).padded) == phrases
