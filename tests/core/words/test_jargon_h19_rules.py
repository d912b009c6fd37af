"""Rules, senses and entries added after the nineteenth held-back batch (h19) of tests/data/papers
(council care fees, a council's CQC self-assessment, a carers strategy, a Welsh plan and escalation
paper, an IJB's money report, a Northern Ireland trust board): each is tried on invented sentences,
not on the batch's own words."""

import pytest
from first_use import first_use

from coprep.core.words.glossary import shipped_entries
from coprep.core.words.jargon import find_terms, jargon_report


def _found(text: str) -> dict[str, tuple[str, str]]:
    return {term.matched: (term.term, term.sense) for term in find_terms(text, shipped_entries())}


def _meant(text: str, written: str) -> tuple[str, str]:
    """The entry and sense given to the first use of `written`, even where it shares an entry with
    an earlier word ("Red" and "Green" are both the RAG rating)."""
    return (found.term, found.sense) if (found := first_use(text, written)) else ("", "")


def _unknown(text: str) -> dict[str, int]:
    return {word.word: word.count for word in jargon_report(text, shipped_entries()).unknown}


def test_capitals_that_only_start_a_reference_number_are_not_explained():
    found = _found("The board discussed paper TB/26/112 on homecare, with the Director of Nursing.")
    assert "Tuberculosis" not in {term for term, _ in found.values()}
    assert _found("TB cases rose in the prison this winter.")["TB"][0] == "Tuberculosis"


def test_an_acronym_used_only_in_a_reference_is_not_listed_but_one_used_alone_too_counts_once():
    assert "KD" not in _unknown("Forward Plan reference KD/2027/004. Wards affected: all.")
    assert _unknown("The QZ panel met. Its decision is QZ/2026/12.")["QZ"] == 1


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The board agreed an annual plan will be sent in its place.", "place"),
        ("The board heard that triage places patients in three groups by need.", "places"),
        ("Care provision, integration and continuity are rated amber.", "provision"),
        ("Carers get a leaflet in the discharge packs from the ward.", "packs"),
        ("The council meets its duties under Part 1 of the Care Act 2014.", "Part 1"),
        ("There are 40 outstanding actions on the board's action log.", "outstanding"),
        ("Population growth in the north of the county is slow.", "growth"),
        ("Staff will be paid on the bank holiday as usual.", "bank"),
        ("The health visiting service's annual performance report is attached.", "annual performance report"),
        ("Travel times to the new stroke unit rise by ten minutes.", "Travel times"),
        ("The meeting was brought forward to 9am.", "brought forward"),
        ("Lay members are paid at an hourly rate of £25.", "hourly rate"),
    ],
)
def test_an_everyday_use_is_not_given_a_meaning_that_does_not_fit(text, written):
    assert written not in _found(text)


@pytest.mark.parametrize(
    ("text", "written", "sense"),
    [
        ("Workforce risk: green. Finance risk: amber.", "green", "green:rag"),
        ("A provision of £2m for the legal claims is in the accounts.", "provision", "provision:accounts"),
        ("The packs for the board went out two days late.", "packs", "pack:meeting"),
        ("Papers for Part 1 of the board meeting are on the website.", "Part 1", "part1:meeting"),
        ("204 people are overdue an annual review of their care and support.", "annual review", "annualreview:care"),
        (
            "The health board stays at enhanced monitoring under the Welsh escalation rules.",
            "enhanced monitoring",
            "enhancedmonitoring:wales",
        ),
        ("The CQC found the home outstanding in every area.", "outstanding", "outstanding:cqc"),
        ("Inspectors from the CQC judged the service inadequate.", "inadequate", "inadequate:cqc"),
        ("The plan includes £3m of growth in the base budget.", "growth", "growth:money"),
        ("Placements for older people in care homes cost £900 a week.", "Placements", "placement:care"),
        ("Student nurses had placements on the ward through the university.", "placements", "placement:training"),
        ("Shifts were filled from the bank and by agency staff.", "bank", "bank:staff"),
        ("There is a backlog of 880 applications awaiting assessment.", "backlog", "backlog:waits"),
        ("The IJB must publish its annual performance report by July.", "annual performance report", "apr:ijb"),
        ("The full figures are at Appendix 2 of this paper.", "Appendix", "appendix:paper"),
        ("The boy needed surgery after his appendix burst.", "appendix", "appendix:body"),
        ("The underlying deficit brought forward is £62m.", "brought forward", "broughtforward:money"),
        ("Homecare providers want the hourly rate raised by 6%.", "hourly rate", "hourlyrate:care"),
    ],
)
def test_a_word_with_two_meanings_gets_the_one_its_neighbours_select(text, written, sense):
    assert _meant(text, written)[1] == sense


@pytest.mark.parametrize(
    ("text", "written", "term"),
    [
        ("Homecare is bought through a framework, and purchased care costs £90m.", "purchased care", "Bought-in care"),
        ("The in-house reablement team picked up the calls.", "in-house", "In-house service"),
        ("The standard hourly rate will rise by 6%.", "standard hourly rate", "Hourly rate (care)"),
        (
            "Electronic call monitoring shows many visits are cut short.",
            "Electronic call monitoring",
            "Electronic call monitoring",
        ),
        ("Carers' champions now work on every ward.", "Carers' champions", "Carers' champion"),
        ("We take a whole family approach with young carers.", "whole family approach", "Whole family approach"),
        ("The draft plan is not financially balanced.", "financially balanced", "Financially balanced"),
        ("The IJB reports a projected overspend of £2m.", "projected overspend", "Overspend"),
        ("Unplanned bed days fell by 4% this year.", "Unplanned bed days", "Unscheduled bed days"),
        ("Spend on variable pay fell by £2m.", "variable pay", "Variable pay"),
        ("Therapy waits over 14 weeks have halved.", "Therapy waits", "Therapy waiting times"),
        ("One new Level 2 SAI was reported.", "Level 2 SAI", "SAI review levels"),
        (
            "Targets are set in the Commissioning Plan Direction.",
            "Commissioning Plan Direction",
            "Commissioning Plan Direction",
        ),
        ("She needs hoisting from bed to chair.", "hoisting", "Hoist"),
        (
            "Most vacancies are in the allied health professions.",
            "allied health professions",
            "Allied health professional",
        ),
    ],
)
def test_words_of_care_market_carers_and_devolved_plan_papers_are_explained(text, written, term):
    assert _found(text)[written][0] == term
