"""General rules added after the thirteenth held-back batch (h13) of tests/data/papers: each carries
over to papers the finder was never tuned to, not only to the words of that batch."""

import pytest

from coprep.core.words.glossary import Entry, shipped_entries
from coprep.core.words.jargon import find_terms

PLACE = Entry("PLACE assessment", "A yearly check led by patients of how clean a hospital is.", forms=["PLACE"])
PLACE_BASED = Entry("Place-based partnership", "Health and care bodies of one town or area working together.")


def _found(text: str, entries: list[Entry]) -> dict[str, tuple[str, str]]:
    return {term.term: (term.matched, term.sense) for term in find_terms(text, entries)}


def test_a_word_written_in_an_acronyms_capitals_is_that_acronym_though_the_word_has_senses():
    found = _found("We scored above average in PLACE this year.", [PLACE])
    assert found == {"PLACE assessment": ("PLACE", "")}


def test_the_same_word_in_small_letters_still_has_its_senses_chosen():
    found = _found("Each place has a partnership board. We scored well in PLACE.", [PLACE, PLACE_BASED])
    assert found == {"Place-based partnership": ("place", "place:ics"), "PLACE assessment": ("PLACE", "")}


SENSED = [
    (
        "In November, 63.4% of patients attending our Emergency Departments were seen within 4 hours.",
        "Emergency Departments",
        "ed:place",
    ),
    ("PROMs are now collected in 17 pathways, including hip and knee replacement.", "pathways", "pathway:care"),
    ("Eleven breaches attracted a fine, four of them of the 13-hour maximum shift length.", "breaches", "breach:rules"),
    (
        "Ambulance patient handovers over 1 hour totalled 5,218 hours lost.",
        "Ambulance patient handovers",
        "handover:ambulance",
    ),
    (
        "Reablement capacity has grown, but 30% of its hours go to people waiting. The Care Act assessment backlog is 640.",
        "capacity",
        "capacity:service",
    ),
]


@pytest.mark.parametrize(("text", "written", "sense"), SENSED)
def test_a_word_with_senses_is_given_the_one_its_kind_of_paper_means(text, written, sense):
    found = {term.matched: term for term in find_terms(text, shipped_entries())}
    assert found[written].sense == sense
    assert not found[written].unsure


def test_a_care_package_named_with_its_kind_is_explained_as_a_care_package():
    found = {
        term.matched: term.term
        for term in find_terms("Three people wait for a community care package.", shipped_entries())
    }
    assert found == {"community care package": "Care package"}


def test_laws_of_the_northern_ireland_and_welsh_assemblies_are_listed_whole():
    from coprep.core.words.jargon import jargon_report

    text = (
        "The Adoption and Children Act (Northern Ireland) 2022 applies. So does the Mental Health (Wales) Measure 2010."
    )
    found = {word.word: word.kind for word in jargon_report(text, []).unknown}
    assert found.get("Adoption and Children Act (Northern Ireland) 2022") == "name"
    assert found.get("Mental Health (Wales) Measure 2010") == "name"


def test_a_senses_category_written_as_its_file_name_favours_it_in_papers_of_that_category():
    from coprep.core.words.senses import choose, load_senses

    senses = load_senses()
    text = "The threshold was met in most of them."  # no cue either way: the paper's kind decides
    assert [sense.id for sense in choose(senses.senses_of("threshold"), text, 4, 13, "social care").senses] == [
        "threshold:need"
    ]


def test_an_estates_backlog_is_overdue_repairs_not_people_waiting():
    text = "This year £9.8m goes to backlog, most of it on the roofs, lifts and electrical plant."
    found = {term.matched: term for term in find_terms(text, shipped_entries())}
    assert found["backlog"].term == "Backlog maintenance"
    assert found["backlog"].sense == "backlog:buildings"


def test_a_count_in_words_of_any_size_is_not_a_jargon_phrase():
    from coprep.core.words.phrase_finder import unusual_pairs

    words = "thirteen wards and seventeen clinics now have eighty beds".split()
    assert unusual_pairs(words, {word: word for word in words}, set()) == []


def test_the_welsh_half_of_a_two_language_heading_is_not_listed_nor_its_english_label_as_a_name():
    from coprep.core.words.jargon import jargon_report

    text = (
        "Dyddiad y Cyfarfod / Date of Meeting: 14 January 2027\n"
        "Cefndir / Background\n"
        "The service sees tachycardia / fast heart rate and uses Datix / Ulysses to log incidents."
    )
    found = {word.word: word.kind for word in jargon_report(text, []).unknown}
    assert not {"Dyddiad", "Cyfarfod", "Cefndir", "Date of Meeting"} & set(found)
    assert found.get("tachycardia") == "rare"  # English before a slash stays
    from coprep.core.words.bilingual import without_translations

    sentence = text.splitlines()[-1]
    assert without_translations(sentence) == sentence  # "uses Datix / Ulysses": a name in a sentence


def test_blanking_a_translation_keeps_every_other_word_in_its_place():
    from coprep.core.words.bilingual import without_translations

    line = "Teitl yr Adroddiad / Title of Report: Winter plan"
    kept = without_translations(line)
    assert len(kept) == len(line)
    assert kept.strip() == "Title of Report: Winter plan"
    assert kept.index("Title") == line.index("Title")
    assert without_translations("Red / amber / green") == "Red / amber / green"


def test_a_name_does_not_start_with_a_joining_word():
    from coprep.core.words.phrase_finder import names_in

    names = dict(names_in("Health and Care Standard(s): Effective", set()))
    assert not any(name.split()[0] in ("and", "of", "for") for name in names)
