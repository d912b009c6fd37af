"""Senses and entries added after the eighteenth held-back batch (h18) of tests/data/papers:
specialised commissioning, evidence reviews, trial committees and clinical effectiveness papers.
Each is tried on sentences of its own, not the batch's, in both the sense meant and the everyday one."""

import pytest

from coprep.core.words.glossary import shipped_entries
from coprep.core.words.jargon import find_terms


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {term.matched: (term.term, term.sense) for term in find_terms(text, shipped_entries())}


@pytest.mark.parametrize(
    ("text", "written", "sense"),
    [
        ("Workforce: Green. Finance: Amber. Estates: Red.", "Green", "green:rag"),
        ("The project is green this month, up from amber.", "green", "green:rag"),
        ("Dr Patel said she had no conflicts to declare.", "conflicts", "conflict:interest"),
        ("A pragmatic, multicentre, randomised trial of home visits.", "pragmatic", "pragmatic:trial"),
        ("Of the 90 eligible people approached, 40 consented.", "eligible", "eligible:research"),
        (
            "The trial moves to its main phase once the pilot has met its progression criteria.",
            "main phase",
            "mainphase:trial",
        ),
        ("Our rate sits well above the national mean.", "mean", "mean:average"),
        ("Scores rose by a mean improvement of 4 points.", "mean", "mean:average"),
        ("Overall assurance: Amber.", "Amber", "amber:rag"),
        ("The team will be hosted by the lead ICB for the region.", "hosted", "host:nhs"),
        ("Evidence was weak, with short follow-up in every study.", "follow-up", "follow-up:research"),
    ],
)
def test_a_word_of_a_committee_or_a_trial_gets_its_set_meaning_there(text, written, sense):
    assert _found(text)[written][1] == sense


def test_population_in_a_pico_question_is_explained_by_pico():
    text = "Research question (PICO)\nPopulation: children with asthma\nComparator: usual care"
    start = text.index("Population")
    pico = next(term for term in find_terms(text, shipped_entries()) if term.term == "PICO")
    assert [start, start + len("Population")] in [list(span) for span in pico.positions]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The green space behind the clinic is now a garden.", "green"),
        ("There is conflict between the two housing plans.", "conflict"),
        ("She took a pragmatic view of the parking rules.", "pragmatic"),
        ("Carers may be eligible for a council tax discount.", "eligible"),
        ("The population of the borough grew by 3%.", "population"),
        ("What do we mean by good care?", "mean"),
        ("The library hosted a coffee morning for carers.", "hosted"),
    ],
)
def test_the_everyday_use_gets_no_meaning(text, written):
    assert written not in _found(text)


@pytest.mark.parametrize(
    ("text", "written", "term"),
    [
        ("Haemophilia care moves to a multi-ICB footprint in April.", "multi-ICB footprint", "Multi-ICB commissioning"),
        ("Two services stay as retained services for now.", "retained services", "Retained services"),
        ("The review excluded non-comparative studies.", "non-comparative studies", "Comparative study"),
        (
            "The policy sets starting criteria and stopping criteria.",
            "starting criteria",
            "Starting and stopping criteria",
        ),
        ("Results were below the MCID for pain.", "MCID", "Minimal clinically important difference"),
        ("The cost per QALY is above the NICE threshold.", "NICE threshold", "Cost-effectiveness threshold"),
        ("Loss to follow-up was 9% at month 6.", "Loss to follow-up", "Loss to follow-up"),
        ("The hospital is at alarm level for hip fracture deaths.", "alarm level", "Alert level"),
        ("Nine studies are in set-up.", "in set-up", "Study set-up"),
        ("The draft topic guide was shared with the panel.", "topic guide", "Topic guide"),
        ("The minutes were agreed as an accurate record.", "accurate record", "True record"),
        ("The ICB commissions the service.", "commissions", "Commissioner"),
    ],
)
def test_words_of_specialised_commissioning_evidence_reviews_and_trials_are_explained(text, written, term):
    assert _found(text)[written][0] == term


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Checks cover DBS, references and the right to work.", "Disclosure and Barring Service"),
        ("DBS is offered to a few people with severe tremor.", "Deep brain stimulation"),
    ],
)
def test_dbs_is_the_criminal_record_check_unless_the_brain_is_meant(text, term):
    assert _found(text)["DBS"][0] == term
