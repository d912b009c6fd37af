"""Rules, senses and entries added after the twenty-third held-back batch (h23) of tests/data/papers
(a trust's PSIRF review, an ICB system quality group, learning from deaths, an NHS Scotland
infection and adverse events report, Putting Things Right in Wales, a CQC action plan with
complaints and speaking up): each is tried on invented sentences, not on the batch's own words."""

import pytest
from first_use import first_use

from coprep.core.text.text_fold import Folded
from coprep.core.words.term_index import JargonIndex


def _meant(text: str, written: str) -> tuple[str, str, bool]:
    """The entry, sense and unsureness given to the first use of `written`."""
    return (found.term, found.sense, found.unsure) if (found := first_use(text, written)) else ("", "", False)


@pytest.mark.parametrize(
    ("name", "text", "written"),
    [
        ("Arterial cannula", "Both arterial cannulae were taken out on day two.", "arterial cannulae"),
        ("Renal fistula", "Three renal fistulae needed surgery.", "renal fistulae"),
    ],
)
def test_a_latin_plural_in_ae_is_found_under_its_singular(name, text, written):
    found = JargonIndex([[name]]).uses(Folded(text))
    assert [text[start:stop] for start, stop in found.get(0, [])] == [written]


def test_sab_is_the_safeguarding_board_unless_the_paper_is_about_blood_infections():
    board = "The SAB has asked partners for their annual safeguarding return on abuse and neglect."
    infection = "Two SABs this quarter followed cannula use; hand hygiene audits are at 96%."
    assert _meant(board, "SAB")[0] == "Safeguarding adults board"
    assert _meant(infection, "SABs")[0] == "Staphylococcus aureus bacteraemia"


def test_claims_are_legal_claims_only_beside_complaints_and_redress():
    legal = "We handled 40 complaints, 12 incidents and 9 claims, and offered redress twice."
    money = "Members' travel claims are paid within four weeks of the form arriving."
    assert _meant(legal, "claims")[0] == "Litigation"
    assert _meant(money, "claims")[0] != "Litigation"


def test_a_breach_of_a_regulation_is_a_rule_broken_not_a_missed_wait():
    text = "Two requirement notices were issued for breaches of Regulation 12 at the unit."
    _, sense, unsure = _meant(text, "breaches")
    assert sense == "breach:rules" and not unsure


def test_a_category_1_adverse_event_review_is_not_an_ambulance_call():
    text = "Six events were commissioned as Category 1 Significant Adverse Event Reviews this year."
    assert _meant(text, "Category 1 Significant Adverse Event Reviews")[0] == "Category 1 adverse event"
    assert _meant("Category 1 calls are the most urgent.", "Category 1 calls")[0] == "Category 1"


def test_a_welsh_risk_pool_is_not_explained_as_any_pool_of_risk():
    text = "Redress costs are claimed back from the Welsh Risk Pool once learning is shown."
    assert _meant(text, "Welsh Risk Pool")[0] == "Welsh Risk Pool"
