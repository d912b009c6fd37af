"""Words with several senses get the one the paper means, or none that does not fit."""

import pytest

from coprep.core.words.glossary import shipped_entries
from coprep.core.words.jargon import find_terms, jargon_report
from coprep.core.words.senses import load_senses


def _uses(text: str) -> dict[str, tuple[str, str, bool]]:
    """What each glossary word as written in the text was taken to be: (term, sense, unsure)."""
    return {
        term.matched.casefold(): (term.term, term.sense, term.unsure) for term in find_terms(text, shipped_entries())
    }


@pytest.mark.parametrize(
    ("text", "written", "sense", "term"),
    [
        (
            "There were 48,210 outpatient attendances in October.",
            "attendances",
            "attendance:visit",
            "Attendance (a visit)",
        ),
        ("The waiting list stands at 187,420 pathways, up 1.2%.", "pathways", "pathway:wait", "Pathway (one wait)"),
        ("A text message reminder pilot cut missed appointments.", "pilot", "pilot:trial-run", "Pilot (a try-out)"),
        (
            "The draft specification is out for consultation until 14 March.",
            "consultation",
            "consultation:public",
            "Consultation (public)",
        ),
        (
            "Pressure in the emergency department stayed high all week.",
            "emergency department",
            "ed:place",
            "Emergency department (ED)",
        ),
        (
            "Only 71% were seen within 4 hours in A&E, against the 78% standard.",
            "a&e",
            "a&e:target",
            "A&E 4-hour standard",
        ),
        ("Also in attendance: the Director of Nursing.", "in attendance", "attendance:meeting", "In attendance"),
        (
            "The pilot study will recruit 60 participants before the full trial.",
            "pilot study",
            "pilot:study",
            "Pilot study",
        ),
    ],
)
def test_each_wrong_sense_case_of_the_issue_is_chosen_right(text, written, sense, term):
    assert _uses(text)[written] == (term, sense, False)


def test_a_department_is_not_explained_as_the_target_measured_there():
    uses = _uses("Crews waited outside A&E for hours on Monday.")
    assert uses["a&e"][1] == "a&e:place"
    assert "4 hours" not in next(t.meaning for t in find_terms("Crews waited outside A&E.", shipped_entries()))


@pytest.mark.parametrize(
    ("text", "written", "fitting"),
    [
        ("The chair will step down at the annual meeting.", "step down", {None}),
        ("The minutes of the meeting held on 2 May were agreed.", "minutes", {"minutes:record"}),
        ("GP consultations rose by 6% on last year.", "consultations", {"consultation:appointment"}),
        ("Two data breaches were reported to the ICO.", "data breaches", {"breach:rules"}),
        ("All services tested their business continuity plans.", "business continuity plans", {"continuity:business"}),
        ("Health and social care in NI is delivered by five trusts.", "ni", {"ni:northern ireland"}),
        ("There is £2m CF from last year in the theatre scheme.", "cf", {"cf:carried forward"}),
        ("Handovers took over 60 minutes for 40 ambulances.", "handovers", {"handover:ambulance", ""}),
        ("Patients waited 45 minutes on average.", "minutes", {None}),
    ],
)
def test_everyday_phrases_get_no_meaning_that_does_not_fit(text, written, fitting):
    """Issue 19's phrases: a fitting sense, or nothing at all."""
    found = _uses(text).get(written)
    assert (None if found is None else found[1]) in fitting, found


def test_ladder_rungs_only_where_the_text_is_about_the_ladder():
    about_ladder = _uses("On the Ladder of Co-production most of our work sat at informing and consultation.")
    assert about_ladder["informing"][1] == "informing:ladder"
    assert about_ladder["consultation"][1] == "consultation:ladder"
    everyday = _uses("We are informing patients by letter. Staff are educating new managers.")
    assert "informing" not in everyday and "educating" not in everyday


def test_where_coprep_cannot_tell_it_shows_both_senses_and_says_so():
    [term] = [t for t in find_terms("The handover went well.", shipped_entries())]
    assert term.unsure and term.sense == "handover:ambulance|handover:staff"
    assert "cannot tell" in term.meaning
    assert "ambulance crew" in term.meaning and "one team or shift passes on" in term.meaning


def test_a_hidden_entry_is_not_brought_back_by_its_sense():
    entries = [entry for entry in shipped_entries() if entry.term != "Minutes"]
    assert "minutes" not in {t.matched.casefold() for t in find_terms("The minutes were agreed.", entries)}


def test_every_sense_points_at_a_real_entry_or_has_a_meaning():
    entries = {entry.key for entry in shipped_entries()}
    for senses in load_senses().by_form.values():
        for sense in senses:
            assert sense.when_unsure in {"choose", "show", "hide"}, sense.id
            assert not sense.entry or sense.entry.casefold() in entries, sense.id
            assert not sense.meaning or sense.headword, sense.id


@pytest.mark.parametrize(
    ("text", "acronym", "term"),
    [
        ("Six PCNs took part.", "PCNs", "Primary care network"),
        ("All CQUINs were paid.", "CQUINs", "Commissioning for Quality and Innovation"),
        ("The two ICSs' boards met.", "ICSs", "Integrated care system"),
        ("The ICB's plan was agreed.", "ICB's", "Integrated care board"),
    ],
)
def test_plural_and_possessive_acronyms_match_their_singular(text, acronym, term):
    assert _uses(text)[acronym.casefold()][0] == term


def test_unknown_plural_acronyms_are_listed_as_their_singular():
    report = jargon_report("The QZRs met. Each QZR's chair spoke.", [])
    assert [(word.word, word.count, word.kind) for word in report.unknown if word.kind == "acronym"] == [
        ("QZR", 2, "acronym")
    ]


def test_jargon_phrases_of_everyday_words_are_explained():
    uses = _uses("The plan moves money by a left shift, asks for mutual aid and gives care closer to home.")
    assert {"left shift", "mutual aid", "care closer to home"} <= set(uses)


def test_words_every_reader_knows_come_last_or_are_left_out():
    text = "The NHS target for the ICB is clear."
    known = [term.term for term in jargon_report(text, shipped_entries()).known]
    assert known[0] == "Integrated care board" and set(known[1:]) >= {"NHS", "Target"}
    assert [t.term for t in jargon_report(text, shipped_entries(), everyday=False).known] == ["Integrated care board"]
