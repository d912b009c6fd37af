"""Rules, senses and entries added after the twenty-second held-back batch (h22) of
tests/data/papers (urgent and emergency care and winter: a trust board, an ICB's urgent care
board, joint scrutiny minutes, a Welsh health board, a Scottish IJB, an ambulance trust's
minutes): each is tried on invented sentences, not on the batch's own words."""

from first_use import first_use

from coprep.core.words.glossary import Entry
from coprep.core.words.jargon import find_terms

ENTRIES = [
    Entry("12-hour wait", "A wait of more than 12 hours in A&E.", ["12-hour waits"]),
    Entry("Seven-day services", "Hospital care that is as good at weekends as on weekdays."),
    Entry("Section 2", "A part of the Mental Health Act."),
]


def _terms(text: str, entries: list[Entry] = ENTRIES) -> dict[str, str]:
    return {term.term: term.matched for term in find_terms(text, entries)}


def _meant(text: str, written: str) -> tuple[str, str]:
    """The entry and sense given to the first use of `written`."""
    return (found.term, found.sense) if (found := first_use(text, written)) else ("", "")


def test_a_count_of_hours_or_days_is_found_in_words_or_in_figures():
    assert _terms("There were forty twelve-hour waits in May.") == {"12-hour wait": "twelve-hour waits"}
    assert _terms("We plan 7-day services on every ward.") == {"Seven-day services": "7-day services"}


def test_a_number_not_counting_time_is_not_written_out():
    assert _terms("See section two of this report.") == {}


def test_the_stack_is_the_queue_of_999_calls_only_beside_ambulance_words():
    assert _meant("Forty calls were waiting in the stack for an ambulance.", "stack")[1] == "stack:ambulance"
    assert _meant("A stack of paper copies was left at reception.", "stack") == ("", "")


def test_a_direction_is_the_ijbs_order_only_where_the_ijb_is_named():
    text = "The IJB agreed to issue a direction to the NHS Board on care at home."
    assert _meant(text, "direction") == ("Directions (IJB)", "direction:ijb")
    assert _meant("The council set out its direction of travel for libraries.", "direction") == ("", "")


def test_calls_counted_in_a_month_are_not_a_call_in():
    assert _meant("The council's NHS 111 line took 21,400 calls in October.", "calls in") == ("", "")
    assert _meant("Five councillors asked for the cabinet decision to be called in.", "called in")[0] == "Call-in"


def test_an_escalation_level_is_the_pressure_on_beds_or_the_welsh_oversight_level_by_context():
    hospital = "The hospital moved to a higher escalation level as beds filled and ambulances queued."
    assert _meant(hospital, "escalation level")[1] == "escalation:pressure"
    wales = "Welsh Government lowered the health board's escalation level from targeted intervention."
    assert _meant(wales, "escalation level")[1] == "escalation:wales"


def test_a_pathway_named_for_an_illness_is_a_care_pathway_even_beside_discharge_words():
    text = "Discharge to assess freed beds; virtual wards run on the respiratory and heart failure pathways."
    assert _meant(text, "pathways")[1] == "pathway:care"


def test_accident_and_emergency_services_are_the_department_not_the_target():
    text = "The set aside budget covers accident and emergency services at the Infirmary. 4. Performance"
    assert _meant(text, "accident and emergency")[1] == "a&e:place"


def test_an_nhs_board_beside_an_ijb_is_the_scottish_health_board():
    text = "The IJB issued a direction to the NHS Board on care at home."
    assert _meant(text, "NHS Board")[1] == "healthboard:scotland"
