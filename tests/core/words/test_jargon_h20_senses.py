"""Senses and entries added after the twentieth held-back batch (h20) of tests/data/papers (NHS
finance: an ICB's month 8 report, a trust board's month 10 report, finance committee minutes on
recovery, an ICB's plan and capital, a Welsh health board's IMTP, a Northern Ireland trust's
savings plan): each is tried on invented sentences, not on the batch's own words."""

import pytest
from first_use import first_use

from coprep.core.words.glossary import shipped_entries
from coprep.core.words.jargon import find_terms


def _meant(text: str, written: str) -> str:
    """The entry given to the first use of `written` ("" when it is not explained)."""
    return found.term if (found := first_use(text, written)) else ""


@pytest.mark.parametrize(
    ("text", "written", "entry"),
    [
        # agency staff in a money or staffing paper, but not a home care agency or a national body
        ("Spend on agency fell as bank shifts rose in ward 7.", "agency", "Agency spend"),
        ("The regulator inspects home care agencies every two years.", "agencies", ""),
        # a trust's clinical division, but not a division of labour
        ("Each division must find its CIP savings before the budget is set.", "division", "Clinical division"),
        ("There is a clear division between the two roles.", "division", ""),
        # the month-by-month profile of a plan, but not an age profile
        ("Spend is ahead of the profile needed to meet the control total.", "profile", "Phasing"),
        ("The age profile of our volunteers is older than the county's.", "profile", ""),
        # the parts of a committee's AAA report, only where the paper says it is one
        (
            "Items to escalate (AAA report)\nAlert: the forecast deficit.\nAssure: cash is stable.",
            "Alert",
            "Alert (AAA report)",
        ),
        (
            "Items to escalate (AAA report)\nAlert: the forecast deficit.\nAssure: cash is stable.",
            "Assure",
            "Assure (AAA report)",
        ),
        ("Staff will alert the nurse in charge if a patient falls.", "alert", ""),
        ("We can assure the panel that every letter was answered.", "assure", ""),
        # the emergency department as a place where shifts are worked, beside a target's percentages
        (
            "Agency spend is 3.9% against the cap of 3.2%, and shifts above the price cap in ED go on.",
            "ED",
            "Emergency department (ED)",
        ),
        ("ED performance against the 4-hour standard was 71% in March.", "ED", "A&E 4-hour standard"),
        # NHS providers in general, and NHS Providers the membership body
        ("Contracts with NHS providers are on fixed terms this year.", "NHS providers", "Provider"),
        ("NHS Providers, the membership body for trusts, ran a training day.", "NHS Providers", "NHS Providers"),
        # "DoH" is Northern Ireland's department in a Northern Ireland paper, else England's
        (
            "The DoH asked each HSC trust in Northern Ireland for a savings plan.",
            "DoH",
            "Department of Health (Northern Ireland)",
        ),
        ("DoH guidance on visiting applies to English hospitals.", "DoH", "Department of Health and Social Care"),
    ],
)
def test_a_finance_word_gets_the_meaning_the_sentence_needs(text, written, entry):
    assert _meant(text, written) == entry


@pytest.mark.parametrize(
    ("text", "written", "entry"),
    [
        ("£4m of schemes remain unidentified at month 6.", "remain unidentified", "Unidentified savings"),
        (
            "The deficit is after balance sheet flexibilities of £2m.",
            "balance sheet flexibilities",
            "Balance sheet flexibilities",
        ),
        (
            "The trust has asked for strategic cash assistance in March.",
            "strategic cash assistance",
            "Strategic cash support",
        ),
        (
            "The health board must break even over a rolling period of three financial years.",
            "rolling period of three financial years",
            "NHS Finance (Wales) Act 2014",
        ),
        ("The trust plans to be in balance by the year end.", "in balance", "Break-even"),
    ],
)
def test_finance_phrases_made_of_everyday_words_are_explained(text, written, entry):
    assert _meant(text, written) == entry


def test_everyday_words_near_new_finance_entries_stay_plain():
    text = "Lay members' contributions were minuted, and the plan is in the pipeline."
    found = {term.term for term in find_terms(text, shipped_entries())}
    assert not found & {"Contribution margin", "Savings pipeline"}
