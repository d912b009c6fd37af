"""A paper's own definitions of its short forms, with the page they are on."""

from coprep.core.words.glossary import shipped_entries
from coprep.core.words.jargon import jargon_report
from coprep.core.words.paper_definitions import Definition, best_long_form, definitions_in, paper_definitions


def test_long_form_then_short_form_in_brackets():
    pages = [
        "Our first page has no definitions.",
        "We moved to the Patient Safety Incident Response Framework (PSIRF) in 2024. Staff use\n"
        "Making Every Contact Count (MECC). Six primary care networks (PCNs) took part.",
    ]
    assert paper_definitions(pages) == [
        Definition("PSIRF", "Patient Safety Incident Response Framework", 2),
        Definition("MECC", "Making Every Contact Count", 2),
        Definition("PCN", "primary care networks", 2),
    ]


def test_short_form_then_long_form_in_brackets_and_signs_inside():
    text = "Our OPEL (Operational Pressures Escalation Level) rose. The Learning Disability and Autism (LD&A) team met."
    assert paper_definitions([text]) == [
        Definition("OPEL", "Operational Pressures Escalation Level", 1),
        Definition("LD&A", "Learning Disability and Autism", 1),
    ]


def test_brackets_that_are_not_definitions_are_left_alone():
    text = "Costs (see page 4) rose. We met (ICB) today. The figure (12%) fell. Wards (A and B) closed."
    assert paper_definitions([text]) == []


def test_first_page_that_defines_a_word_is_kept():
    pages = ["The Board Assurance Framework (BAF) is attached.", "Again, the Board Assurance Framework (BAF)."]
    assert [d.page for d in paper_definitions(pages)] == [1]


def test_best_long_form_needs_the_letters_in_order_from_word_starts():
    assert (
        best_long_form("HALO", "helped by the Hospital Ambulance Liaison Officer")
        == "Hospital Ambulance Liaison Officer"
    )
    assert best_long_form("XYZ", "nothing like it here") is None


def test_an_ampersand_in_a_short_form_stands_for_and_between_two_words():
    assert best_long_form("A&G", "expansion of PIFU and Advice and Guidance") == "Advice and Guidance"
    assert best_long_form("LD&A", "people with a learning disability and autism") == "learning disability and autism"
    assert best_long_form("R&D", "money for research & development") == "research & development"


def test_a_report_lists_what_the_paper_says_and_no_longer_calls_it_unexplained():
    pages = ["Intro.", "The Hospital Ambulance Liaison Officer (HALO) model is used. HALO staff help crews."]
    report = jargon_report(pages, shipped_entries())
    assert [(d.short, d.long, d.page) for d in report.defined_in_text] == [
        ("HALO", "Hospital Ambulance Liaison Officer", 2)
    ]
    assert "HALO" not in {word.word for word in report.unknown}


def test_a_long_form_whose_words_start_with_the_letters_is_preferred_to_a_letter_inside_a_word():
    text = (
        "The Board must break even against its Revenue Resource Limit (RRL) each year. "
        "Data go to the Specialised Services Quality Dashboard (SSQD) monthly."
    )
    assert [(d.short, d.long) for d in definitions_in(text)] == [
        ("RRL", "Revenue Resource Limit"),
        ("SSQD", "Specialised Services Quality Dashboard"),
    ]
