"""The jargon finder: whole words, acronyms by case, endings, overlaps, and unexplained words."""

import socket

import pytest
import textstat

from coprep.core.words.glossary import Entry, shipped_entries
from coprep.core.words.jargon import find_terms, jargon_report

GLOSSARY = [
    Entry("Integrated care board", "The NHS body that plans care.", ["ICB", "ICBs", "integrated care boards"]),
    Entry("Integrated care system", "A local team-up.", ["ICS"]),
    Entry("Waiting list", "People waiting for planned care.", ["waiting lists"]),
    Entry("List", "A made-up short entry to test overlaps."),
    Entry("Co-production", "Working as equal partners.", ["coproduction"]),
    Entry("Policy", "A written rule."),
    Entry("A&E 4-hour standard", "Seen within four hours.", ["A&E"]),
    Entry("Coercion (ladder of co-production)", "The bottom step of the ladder."),
]


def _found(text, entries=GLOSSARY):
    return {term.term: term for term in find_terms(text, entries)}


def _spans(text, term):
    return [text[start:end] for start, end in term.positions]


def test_acronyms_match_only_in_capitals():
    found = _found("The ICS met. The ics folder and icb files were not meant.")
    assert found["Integrated care system"].count == 1
    assert "Integrated care board" not in found


def test_other_terms_ignore_case():
    text = "INTEGRATED CARE BOARD, integrated care board and Integrated Care Board"
    assert _found(text)["Integrated care board"].count == 3


def test_plurals_and_possessives():
    text = "The ICB's plan. Two ICBs met. The ICBs' chairs. All policies and the policy's aims."
    found = _found(text)
    assert _spans(text, found["Integrated care board"]) == ["ICB's", "ICBs", "ICBs"]
    assert found["Integrated care board"].matched == "ICB's"
    assert _spans(text, found["Policy"]) == ["policies", "policy's"]


def test_curly_apostrophe_possessive():
    text = "The ICB’s plan"
    assert _spans(text, _found(text)["Integrated care board"]) == ["ICB’s"]


def test_whole_words_only():
    found = _found("Blisters, listen, enlisted and policyholders are not glossary words.")
    assert found == {}


def test_longer_term_wins_on_overlap():
    text = "The waiting list grew, and the list of actions grew."
    found = _found(text)
    assert _spans(text, found["Waiting list"]) == ["waiting list"]
    assert _spans(text, found["List"]) == ["list"]


def test_hyphens_line_breaks_and_spaces_inside_terms():
    text = "Our waiting-\nlist, the waiting\n  list, the waiting   lists and co\u2011production, co production."
    found = _found(text)
    assert _spans(text, found["Waiting list"]) == ["waiting-\nlist", "waiting\n  list", "waiting   lists"]
    assert found["Waiting list"].matched == "waiting- list"
    assert found["Co-production"].count == 2
    assert "List" not in found


def test_positions_after_many_collapsed_runs_point_at_the_original_text():
    text = "a  \n\n  b -\n c " * 50 + "the ICB and the waiting\n\nlist"
    found = _found(text)
    assert _spans(text, found["Integrated care board"]) == ["ICB"]
    assert _spans(text, found["Waiting list"]) == ["waiting\n\nlist"]


def test_terms_with_signs_and_notes_in_brackets():
    text = "A&E was busy; the A&E 4-hour standard was missed. Coercion is the bottom rung."
    found = _found(text)
    assert _spans(text, found["A&E 4-hour standard"]) == ["A&E", "A&E 4-hour standard"]
    assert found["Coercion (ladder of co-production)"].count == 1


def test_terms_with_a_full_stop_or_brackets_inside_match_the_text_written_the_same_way():
    entries = [Entry("C. diff", "A germ."), Entry("Care (Education) and Treatment Review", "A check.", ["CTR"])]
    text = "After norovirus. C. diff cases rose. Care (Education) and Treatment Reviews took place."
    found = _found(text, entries)
    assert _spans(text, found["C. diff"]) == ["C. diff"]
    assert _spans(text, found["Care (Education) and Treatment Review"]) == ["Care (Education) and Treatment Reviews"]


def test_no_shipped_form_starts_with_the_so_longer_names_are_not_cut_short():
    # "the NHS" as a form of NHS would swallow the start of "the NHS Wales Executive".
    assert not [form for entry in shipped_entries() for form in entry.forms if form.lower().startswith("the ")]
    found = {term.term for term in find_terms("It was reported to the NHS Wales Executive.", shipped_entries())}
    assert "NHS Wales Executive" in found


def test_terms_inside_web_links_are_not_counted():
    assert _found("See https://example.org/ICB-waiting-list for more.") == {}


def test_results_follow_first_use_and_carry_meanings():
    terms = find_terms("Co-production matters to the ICB.", GLOSSARY)
    assert [(t.term, t.meaning) for t in terms] == [
        ("Co-production", "Working as equal partners."),
        ("Integrated care board", "The NHS body that plans care."),
    ]


def test_report_lists_unexplained_acronyms_and_rare_words():
    text = (
        "The ICB asked the SDEC team about triage and acuity. Dr Priya Nair said the "
        "virement was agreed. Tom Oduya from Riverford agreed. The UK and section II are fine. "
        "The SDEC plan and the ICB plan."
    )
    report = jargon_report(text, GLOSSARY)
    unknown = {word.word: word for word in report.unknown}
    assert unknown["SDEC"].kind == "acronym" and unknown["SDEC"].count == 2
    assert {"triage", "acuity", "virement"} <= {w for w, u in unknown.items() if u.kind == "rare"}
    assert not {"Nair", "Oduya", "Riverford", "UK", "II", "ICB", "agreed"} & set(unknown)
    assert report.known[0].term == "Integrated care board" and report.known[0].count == 2
    assert report.words == 37
    assert 0 < report.jargon_percent < 100


def test_short_forms_with_small_letters_inside_are_acronyms_but_names_are_not():
    report = jargon_report("Both were reported on StEIS. Mr McDonald asked about the ZoQs and the ZoQ's aim.", [])
    acronyms = {word.word: word.count for word in report.unknown if word.kind == "acronym"}
    assert acronyms == {"StEIS": 1, "ZoQ": 2}


def test_glossary_words_are_not_unexplained():
    report = jargon_report(
        "Co-production and coproduction need quoracy.", GLOSSARY + [Entry("Quorum", "m", ["quoracy"])]
    )
    assert report.unknown == []


def test_capitals_in_headings_are_not_acronyms():
    report = jargon_report("AGENDA\n\nREPORT OF THE BOARD\n\nThe board met.", GLOSSARY)
    assert [word.word for word in report.unknown if word.kind == "acronym"] == []


def test_jargon_share_is_low_for_plain_text_and_high_for_jargon():
    plain = jargon_report("We sat down and talked about how long people wait to see a doctor.", [])
    heavy = jargon_report("Virement of capitation underspend ringfenced for reablement and domiciliary acuity.", [])
    assert plain.jargon_percent < 5 < 50 < heavy.jargon_percent


def test_shipped_glossary_finds_real_agenda_words():
    text = "Elective recovery: RTT waiting list and 65-week waits. The ICS and the ICB's board."
    found = {term.term for term in find_terms(text, shipped_entries())}
    assert {"Waiting list", "Integrated care system", "Integrated care board"} <= found


def test_finder_and_readability_work_with_the_network_cut(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("no network in this test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    with pytest.raises(OSError):
        socket.create_connection(("example.org", 80))
    text = "The integrated care board discussed sepsis, triage and the waiting list with the public."
    report = jargon_report(text, shipped_entries())
    assert report.words == 14 and any(term.term == "Waiting list" for term in report.known)
    assert textstat.flesch_kincaid_grade(text) > 0
    assert textstat.smog_index("One. Two. Three. " + text) >= 0


def test_a_word_every_reader_knows_written_as_its_harder_form_is_still_explained():
    plain = jargon_report(
        "Performance was poor at both councils, the NHS said; A&E was busy.", shipped_entries(), everyday=False
    )
    assert plain.known == []
    harder = jargon_report("The IPR shows that performance was poor. The DPH spoke.", shipped_entries(), everyday=False)
    assert {term.term for term in harder.known} == {"Performance", "Director of public health"}


def test_a_name_ending_in_a_bracket_is_underlined_with_its_bracket():
    entries = [Entry("Section 5(2)", "A doctor may keep a patient in hospital for up to 3 days.")]
    text = "She was held under section 5(2). (See Section 5(2))"
    [term] = find_terms(text, entries)
    assert _spans(text, term) == ["section 5(2)", "Section 5(2)"]  # not the bracket that closes "(See"
    assert term.matched == "section 5(2)"
    wales = _found("The duty of candour (Wales) applies.", shipped_entries())
    assert [term.matched for term in wales.values()] == ["duty of candour (Wales)"]
    assert find_terms("The actions are set out in section 5 of this report.", entries) == []  # a part of a paper


def test_every_use_is_found_where_names_overlap_at_both_ends():
    entries = [
        Entry("Domiciliary care", "Care in a person's home."),
        Entry("Care package", "The care and support a person gets.", ["care packages", "packages"]),
        Entry("Home care", "Care at home."),
    ]
    text = "Domiciliary care packages, home care packages and care packages."
    found = {term.term: _spans(text, term) for term in find_terms(text, entries)}
    # "care packages" overlaps the longer match before it, so only its last word is used there
    assert found == {
        "Domiciliary care": ["Domiciliary care"],
        "Care package": ["packages", "packages", "care packages"],
        "Home care": ["home care"],
    }


def test_the_finder_leaves_the_cycle_collector_as_it_found_it():
    import gc

    find_terms("The ICB met.", GLOSSARY)
    assert gc.isenabled()
    gc.disable()
    try:
        find_terms("The ICB met.", GLOSSARY)
        assert not gc.isenabled()
    finally:
        gc.enable()
