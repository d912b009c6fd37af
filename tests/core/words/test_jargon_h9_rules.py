"""General rules added after the ninth held-back batch (h9) of tests/data/papers: each carries over
to papers the finder was never tuned to, not only to the words of that batch."""

from coprep.core.words.glossary import Entry, shipped_entries
from coprep.core.words.jargon import find_terms, jargon_report
from coprep.core.words.paper_definitions import paper_definitions


def _terms(text: str, entries: list[Entry]) -> dict[str, str]:
    return {term.term: term.matched for term in find_terms(text, entries)}


def _unknown(text: str, entries: list[Entry] | None = None) -> dict[str, str]:
    return {word.word: word.kind for word in jargon_report(text, entries or []).unknown}


def test_a_greek_plural_in_sis_matches_its_entry():
    entries = [Entry("Root cause analysis", "Looking for the deepest reason a thing went wrong.")]
    assert _terms("Two root cause analyses were done.", entries) == {"Root cause analysis": "root cause analyses"}
    assert _terms("One root cause analysis was done.", entries) == {"Root cause analysis": "root cause analysis"}


def test_a_system_written_with_a_capital_inside_is_listed_though_never_in_small_letters():
    found = _unknown("Units record care on BadgerNet. Dr Annie McDonald and Ms Carla DeVito spoke.")
    assert found.get("BadgerNet") == "rare"
    assert "McDonald" not in found and "DeVito" not in found


def test_a_law_or_rule_named_after_a_person_is_listed_whole_but_a_bodys_possessive_is_not():
    found = _unknown("The trust will plan for Jess's Rule. It met Owen's Law. The Trust's Board agreed it.")
    assert found.get("Jess's Rule") == "name"
    assert found.get("Owen's Law") == "name"
    assert not any("Trust's" in word for word in found)


def test_a_short_form_spelled_by_first_letters_is_defined_where_letters_inside_a_word_would_fool_it():
    found = {d.short: d.long for d in paper_definitions(["There are 96 specialty and specialist (SAS) doctors."])}
    assert found == {"SAS": "specialty and specialist"}
    plain = paper_definitions(["We keep a list of everyone (EVERY) who came."])
    assert not plain


def test_discharge_pathways_are_told_apart_from_waits_and_care_pathways():
    entries = shipped_entries()
    discharge = find_terms(
        "Discharges are grouped into pathways: pathway 0 (home with no new support) and pathway 1 (reablement).",
        entries,
    )
    assert {term.sense for term in discharge if "pathway" in term.matched.lower()} == {"pathway:discharge"}
    waits = find_terms("The waiting list holds 187,420 pathways, more than last month.", entries)
    assert {term.sense for term in waits if "pathway" in term.matched.lower()} == {"pathway:wait"}


def test_gold_and_silver_are_commanders_only_where_the_paper_is_about_command():
    entries = shipped_entries()
    command = {
        t.term for t in find_terms("The on-call rota has strategic (gold) and tactical (silver) staff.", entries)
    }
    assert {"Strategic command (gold)", "Tactical command (silver)"} <= command
    plain = {t.term for t in find_terms("The charity was given a gold award and a silver cup.", entries)}
    assert not plain & {"Strategic command (gold)", "Tactical command (silver)"}


def test_everyday_words_with_a_committee_sense_get_it_only_beside_its_cues():
    entries = shipped_entries()
    assert "Exclusion from work" in {t.term for t in find_terms("No doctor was excluded this year.", entries)}
    assert not find_terms("Two pupils were excluded from the school trip.", entries)
    assert "CTO revocation" in {t.term for t in find_terms("Four CTOs were revoked.", entries)}
    assert not find_terms("Members will recall the revoked licence.", entries)
    margin = [t for t in find_terms("Activity above a 2% tolerance is paid at a marginal rate.", entries)]
    assert any(t.sense == "tolerance:margin" for t in margin)
