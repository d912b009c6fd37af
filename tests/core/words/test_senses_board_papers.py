"""Words of board and committee papers that mean one thing in one kind of paper and another
elsewhere, each given the sense its paper means (found in batch h10 of tests/data/papers)."""

import pytest

from coprep.core.words.glossary import shipped_entries
from coprep.core.words.jargon import find_terms

CASES = [
    ("RTT performance is 58% against the 18-week standard.", "RTT", "rtt:wait"),
    (
        "Of our open studies, 64% recruit to time and target. RTT is reviewed with each study's sponsor.",
        "RTT",
        "rtt:research",
    ),
    ("The performance exception report shows three metrics off target.", "exception report", "exception:performance"),
    (
        "Resident doctors sent 40 exception reports about their hours to the guardian.",
        "exception reports",
        "exception:hours",
    ),
    (
        "The external auditors' significant risks are the valuation of land and the accounts.",
        "significant risks",
        "sigrisk:audit",
    ),
    ("The Health Board's set aside for large hospital services is £41m for the IJB.", "set aside", "setaside:ijb"),
    ("4-hour performance (all types) was 74.1% in December.", "all types", "alltypes:ae"),
    (
        "We will explore a group model with the neighbouring trust under a joint chair.",
        "joint chair",
        "jointchair:group",
    ),
    ("Our data security and protection toolkit submission was rated standards met.", "standards met", "dspt:status"),
    ("2,914 participants were recruited to NIHR studies.", "recruited", "recruit:study"),
    ("Consultant job plans must record SPAs and direct clinical care.", "SPAs", "spa:professional"),
    ("Referrals for community nursing go through the SPA.", "SPA", "spa:access"),
    (
        "The SAR subgroup agreed that the second referral will be a rapid review.",
        "rapid review",
        "rapidreview:safeguarding",
    ),
    ("A rapid review of the published evidence found two studies.", "rapid review", "rapidreview:evidence"),
    ("The Health Board's offer to the IJB is £196m.", "Health Board's", "healthboard:scotland"),
    ("Betsi Cadwaladr is the health board for north Wales.", "health board", "healthboard:wales"),
    (
        "Unscheduled care in the acute hospital, such as accident and emergency, is set aside.",
        "accident and emergency",
        "a&e:place",
    ),
]
EVERYDAY = [
    "We have recruited 41 internationally educated nurses.",
    "Families can ask for a rapid review by the critical care outreach team.",
    "There is a significant risk that the building work runs late.",
    "We set aside an hour to talk about the survey.",
    "We welcome all types of feedback.",
    "All standards met the bar the panel set.",
]


@pytest.mark.parametrize(("text", "written", "sense"), CASES)
def test_a_word_gets_the_sense_its_paper_means(text, written, sense):
    found = {
        text[start:end].lower(): term.sense
        for term in find_terms(text, shipped_entries())
        for start, end in term.positions
    }
    assert found[written.lower()] == sense


@pytest.mark.parametrize("text", EVERYDAY)
def test_its_everyday_use_gets_no_meaning(text):
    senses = {term.sense for term in find_terms(text, shipped_entries())}
    assert not {"sigrisk:audit", "setaside:ijb", "alltypes:ae", "dspt:status", "recruit:study"} & senses
    assert not any(sense.startswith("rapidreview:") and sense != "rapidreview:plain" for sense in senses)


def test_joint_chairs_of_one_meeting_are_co_chairs():
    terms = {term.term for term in find_terms("The joint chairs opened the meeting.", shipped_entries())}
    assert "Co-chair" in terms and "Shared chair" not in terms
