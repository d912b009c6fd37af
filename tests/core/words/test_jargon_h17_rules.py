"""Rules, senses and entries added after the seventeenth held-back batch (h17) of tests/data/papers:
each carries over to papers the finder was never tuned to, not only to the words of that batch."""

import pytest

from coprep.core.words.glossary import shipped_entries
from coprep.core.words.jargon import find_terms


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {term.matched: (term.term, term.sense) for term in find_terms(text, shipped_entries())}


def test_a_cue_written_as_the_hyphened_word_the_form_is_part_of_is_seen():
    """'ward-level' is a cue for the council's ward; the form 'ward' is found inside it."""
    found = _found("The data sits on the hub with ward-level profiles and projections.")
    assert found["ward"] == ("Electoral ward", "ward:council")


@pytest.mark.parametrize(
    ("text", "written", "sense"),
    [
        ("Members will decide whether to request a call-in until the ICB has met.", "call-in", "callin:minister"),
        ("Risk Q12 (continuing healthcare assessment backlog) was raised.", "backlog", "backlog:waits"),
        ("Two PSIIs were begun under the national priorities this year.", "national priorities", "natprio:psirf"),
        ("The PNA finds no gap in necessary services in any locality.", "necessary services", "necessary:pharmacy"),
        ("The BCF plan sets goals for each of the national metrics.", "national metrics", "bcfmetrics:bcf"),
    ],
)
def test_words_of_safety_scrutiny_and_wellbeing_papers_get_the_sense_meant(text, written, sense):
    assert _found(text)[written][1] == sense


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The government set out its national priorities for schools.", "national priorities"),
        ("Cuts may leave too little for necessary services such as roads.", "necessary services"),
        ("The board must show it took steps to resolve the matter locally.", "resolve"),
        ("Discharge to usual place of residence was 91% against a plan of 92%.", "place"),
    ],
)
def test_the_same_words_in_everyday_use_get_no_meaning(text, written):
    term = _found(text).get(written)
    assert term is None or term[1].endswith(":plain")


@pytest.mark.parametrize(
    ("text", "written", "term"),
    [
        ("A guidewire was left in after central venous catheter insertion.", "central venous catheter", "Central line"),
        ("Handover delays lost 6,120 ambulance hours.", "ambulance hours", "Lost ambulance hours"),
        ("The UEC Board reviews the plan each month.", "UEC Board", "Urgent and emergency care board"),
        ("Perineal tears were 3.1%.", "Perineal tears", "Perineal tear"),
        ("Caesarean rates are reported by Robson groups.", "Robson groups", "Robson groups"),
        ("The unit had 11 born before arrival.", "born before arrival", "Born before arrival"),
        ("The committee held two evidence sessions with the ICB.", "evidence sessions", "Evidence session"),
        ("Ms Forde attends as a participating observer.", "participating observer", "Participating observer"),
        ("The Chief Executive signs the Board declaration for the scheme.", "Board declaration", "Board declaration"),
    ],
)
def test_words_of_safety_winter_scrutiny_and_maternity_papers_are_explained(text, written, term):
    assert _found(text)[written][0] == term


def test_the_health_scrutiny_regulations_are_found_whole_despite_their_brackets():
    text = (
        "Under the Local Authority (Public Health, Health and Wellbeing Boards and Health Scrutiny) "
        "Regulations 2013 the council may form a joint committee."
    )
    names = {term.term for term in find_terms(text, shipped_entries())}
    assert "Health scrutiny regulations" in names


@pytest.mark.parametrize(
    ("text", "sense"),
    [
        ("Babies needing transitional care stay with their mothers on the postnatal ward.", "transitional:neonatal"),
        ("Young people moving on from children's services need good transitional care.", "transitional:adult"),
    ],
)
def test_transitional_care_is_the_babies_sense_in_maternity_papers_and_the_adult_move_elsewhere(text, sense):
    assert _found(text)["transitional care"][1] == sense


def test_exempt_on_a_council_cover_sheet_is_exempt_information():
    found = _found("Report type: Decision\nExempt: No\nAgenda item 6: the strategy")
    assert found["Exempt"] == ("Exempt information", "exempt:council")


def test_exempt_from_a_charge_gets_no_meaning():
    found = _found("Carers on a low income are exempt from the charge.")
    assert "exempt" not in found


def test_asking_a_minister_to_consider_calling_in_is_the_ministers_call_in():
    found = _found(
        "Members endorse the request that the minister consider calling in the plan. Cabinet's decision stands."
    )
    assert found["calling in"][1] == "callin:minister"


def test_a_call_in_request_signed_by_councillors_is_the_councils_call_in():
    found = _found("A valid call-in request, signed by five councillors, was received under the scrutiny rules.")
    assert found["call-in"][1] == "callin:council"
