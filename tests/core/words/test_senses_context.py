"""Senses chosen from context for words found wrong on the labelled papers: the word just before
("our capacity", "on site"), research words that are plain elsewhere, and forms that fold alike."""

import pytest

from coprep.core.words.glossary import shipped_entries
from coprep.core.words.jargon import find_terms
from coprep.core.words.senses import load_senses


def _uses(text: str) -> dict[str, tuple[str, str, bool]]:
    """What each word as written was taken to be: (term, sense, unsure)."""
    return {
        term.matched.casefold(): (term.term, term.sense, term.unsure) for term in find_terms(text, shipped_entries())
    }


@pytest.mark.parametrize(
    ("text", "written", "sense"),
    [
        # the word just before settles it, even with "assess" and "Best Interests" nearby
        (
            "DoLS applications exceed our capacity to assess them, with 1,300 waiting for a Best Interests Assessor.",
            "capacity",
            "capacity:service",
        ),
        ("A best interests decision was made, as she has fluctuating capacity.", "capacity", "capacity:mental"),
        ("The trial has randomised 188 of 420 participants across 14 sites.", "participants", "participant:research"),
        ("The trial has randomised 188 of 420 participants across 14 sites.", "sites", "site:research"),
        ("Retention in the trial at 6-month follow-up is 91% of participants.", "follow-up", "follow-up:research"),
        ("Pharmacy First consultations rose to 9,400 in the quarter.", "consultations", "consultation:appointment"),
        ("Vacancy rate is 7.8% and turnover has fallen to 10.2%.", "turnover", "turnover:staff"),
        ("Three providers handed back packages of home care in the east.", "packages", "package:care"),
        ("Inpatient flow: out of area placements rose to 1,240 bed days.", "flow", "flow:patients"),
        ("Detentions under section 136 of the Mental Health Act rose.", "detentions", "detained:mha"),
        ("There were fewer admissions for home IV antibiotics.", "iv", "iv:vein"),
        # a cue of several words may hold the form itself
        ("Members resolved to respond to the consultation in writing.", "resolved", "resolved:decision"),
        ("The panel must weigh the impact on access, the estate and the practice.", "estate", "estate:buildings"),
    ],
)
def test_the_words_around_choose_the_sense(text, written, sense):
    assert _uses(text)[written][1:] == (sense, False)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("A Hospital Ambulance Liaison Officer will be on site; SDEC will open until 10pm.", "site"),
        ("Participants at the workshop enjoyed the session.", "participants"),
        ("The company's turnover was £2bn last year.", "turnover"),
        ("The council agreed a package of measures on housing.", "package"),
        ("The flow of the meeting was good.", "flow"),
        ("He was detained by the police overnight.", "detained"),
        ("See Appendix IV for the full figures.", "iv"),
        ("I spoke in my capacity as a carer.", "capacity"),
        ("The issue was resolved quickly.", "resolved"),
        ("She left her estate to the hospital charity.", "estate"),
    ],
)
def test_the_everyday_use_gets_no_meaning(text, written):
    assert written not in _uses(text)


def test_forms_that_fold_alike_do_not_make_a_sense_look_unsure():
    senses = load_senses().senses_of("follow-up")
    assert len({sense.id for sense in senses}) == len(senses)
