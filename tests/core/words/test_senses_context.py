"""Senses chosen from context for words found wrong on the labelled papers: the word just before
("our capacity", "on site"), research words that are plain elsewhere, and forms that fold alike."""

import re

import pytest
import textstat

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
        ("Partners will have regard to the strategy of each place.", "place", "place:ics"),
        ("The hub received 9,800 contacts, of which 31% became referrals.", "contacts", "contact:social-care"),
        ("Thresholds for children's social care are understood by schools.", "thresholds", "threshold:need"),
        ("The EAG found the comparator in the company's model was not used in England.", "model", "model:economic"),
        ("Waits for extractions under general anaesthetic in children remain long.", "extractions", "extraction:tooth"),
        ("Members may ask the Secretary of State to call it in under the new powers.", "call it in", "callin:minister"),
        ("The draft specification is out for consultation.", "specification", "specification:service"),
        ("The backlog of patients waiting over 62 days fell.", "backlog", "backlog:waits"),
        ("Three providers handed back packages of home care.", "handed back", "handback:care"),
        (
            "Calls from 111 to ambulance dispositions were clinically validated.",
            "clinically validated",
            "validation:calls",
        ),
        ("The PNA finds no gaps in essential services in pharmacies.", "essential services", "essential:pharmacy"),
        ("The Encompass go-live for our Trust is in May.", "encompass", "encompass:record"),
        # the fourth held-back batch: NI's record is written in small letters; SDS options; RAG ratings
        ("The Trust is rolling out electronic observations through encompass.", "encompass", "encompass:record"),
        ("Reviews of Option 1 and Option 2 packages under self-directed support.", "option 1", "sds:option"),
        ("Self-directed support: Option 1 and Option 2 packages were reviewed.", "packages", "package:care"),
        ("The medicine was given a RAG rating of Amber on the formulary.", "rag rating", "amber:rag"),
        # a cue of several words may hold the form itself
        ("Members resolved to respond to the consultation in writing.", "resolved", "resolved:decision"),
        ("The panel must weigh the impact on access, the estate and the practice.", "estate", "estate:buildings"),
        # patients' feedback on the department, not its 4-hour standard, though a % is near
        ("The FFT positive score was 94%, but the ED response rate remains low at 8%.", "ed", "ed:place"),
        ("Survey comments on A&E were 81% positive this quarter.", "a&e", "a&e:place"),
        ("ED performance against the 4-hour standard was 74.1%.", "ed", "a&e:target"),
        # money lent to a health board, not the team that finds care; a health visitor's check, not any review
        (
            "Welsh Government brokerage of £14m will be repaid when the deficit is cleared.",
            "brokerage",
            "brokerage:money",
        ),
        ("Brokerage found home care packages for 40 people awaiting discharge.", "brokerage", "brokerage:care"),
        ("Health visitors completed 79% of 12-month reviews for babies on time.", "12-month reviews", "review:hv"),
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
        ("The meeting took place in March.", "place"),
        ("We will expand the virtual ward to 120 places under the escalation levels.", "places"),
        ("Members want all papers of a meeting in one place, with big print.", "place"),
        ("The wordfreq package offers word frequencies.", "package"),
        ("The C4CC co-production model names seven steps, and NICE uses it.", "model"),
        ("Please keep your contacts up to date.", "contacts"),
        ("C. diff cases are above the annual threshold.", "threshold"),
        ("The HALO model will be used this winter.", "model"),
        ("The chair called in to the meeting by phone.", "called in"),
        ("The job specification was agreed.", "specification"),
        ("The plan will encompass all services.", "encompass"),
        ("Option 1: do nothing. Option 2: build a new ward.", "option 1"),
        ("The director will decide in consultation with the Cabinet Member.", "consultation"),
        ("The amber light was on when the crew arrived.", "amber"),
        ("The chair handed back to the clerk.", "handed back"),
        ("The issue was resolved quickly.", "resolved"),
        ("She left her estate to the hospital charity.", "estate"),
        ("A 12-month review of the new policy will come to the board.", "12-month review"),
    ],
)
def test_the_everyday_use_gets_no_meaning(text, written):
    assert written not in _uses(text)


@pytest.mark.parametrize(
    ("text", "written", "term"),
    [
        ("The ICB must have regard to the joint strategy.", "must have regard to", "Have regard to"),
        ("The screening found no major adverse impact.", "adverse impact", "Adverse impact"),
        ("The Trust reports a deficit of £6.3m, £1.1m adverse to plan.", "adverse to plan", "Variance"),
    ],
)
def test_phrases_of_everyday_words_are_explained(text, written, term):
    assert _uses(text)[written][0] == term


def test_forms_that_fold_alike_do_not_make_a_sense_look_unsure():
    senses = load_senses().senses_of("follow-up")
    assert len({sense.id for sense in senses}) == len(senses)


def _plain(word: str, names: set[str]) -> bool:
    """Common English (Zipf 3 or more, judged by its stem too) or a glossary name."""
    from wordfreq import zipf_frequency

    lower = word.casefold()
    stems = {
        lower,
        lower.removesuffix("s"),
        lower.removesuffix("es"),
        lower.removesuffix("ed"),
        lower.removesuffix("d"),
    }
    return lower in names or any(zipf_frequency(stem, "en") >= 3.0 for stem in stems if stem)


def test_meanings_of_senses_are_plain_like_the_glossary_s():
    """A sense's own meaning is shown like an entry's, so it is held to the same plain words."""
    names = {name.casefold() for entry in shipped_entries() for name in entry.names}
    hard = {}
    for senses in load_senses().by_form.values():
        for sense in senses:
            if not sense.meaning:
                continue
            own = {form.casefold() for form in sense.forms}  # "IV is short for intravenous"
            words = [
                part
                for word in re.findall(r"[A-Za-z][A-Za-z'’]*(?:-[A-Za-z]+)*", sense.meaning)
                for part in re.sub(r"['’]s?$", "", word).split("-")
                if part.casefold() not in own and not _plain(part, names)
            ]
            if words or textstat.flesch_kincaid_grade(sense.meaning) > 9:
                hard[sense.id] = words
    assert not hard
