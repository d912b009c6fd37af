"""The merged glossary: shipped entries, the person's own words, changes, marks and search."""

import pytest

from coprep.core.storage.validate import InputError
from coprep.core.words import glossary
from coprep.core.words.glossary import (
    add_entry,
    edit_entry,
    find_entry,
    load_glossary,
    remove_own_entry,
    search_glossary,
    set_hidden,
    set_known,
    shipped_entries,
)

SHIPPED = """term,forms,meaning,category,see_also,example
Quorum,quorate;quoracy,The least number of members needed to decide.,meetings,Chair,The meeting was quorate.
Chair,chairs;chairperson,The person who leads a meeting.,meetings,Quorum,
Commissioner,commissioners,Someone who plans and pays for services.,organisations,,
"""


@pytest.fixture(autouse=True)
def small_glossary(tmp_path, monkeypatch):
    folder = tmp_path / "shipped"
    folder.mkdir()
    (folder / "meetings.csv").write_text(SHIPPED, encoding="utf-8")
    monkeypatch.setattr(glossary, "shipped_folder", lambda: folder)
    return folder


def _by_term(ws):
    return {entry.term: entry for entry in load_glossary(ws.db)}


def test_shipped_entries_load_with_lists(ws):
    quorum = _by_term(ws)["Quorum"]
    assert quorum.forms == ["quorate", "quoracy"]
    assert quorum.see_also == ["Chair"] and quorum.source == "shipped" and quorum.category == "meetings"


def test_a_file_still_being_written_is_skipped(small_glossary):
    (small_glossary / "money.csv").write_bytes(b"term,meaning\n\xff\xfe broken")
    (small_glossary / "care.csv").write_text("term,forms,meaning\nRespite,,A short break for a carer.\nEmpty,,\n")
    terms = [entry.term for entry in shipped_entries(small_glossary)]
    assert "Respite" in terms and "Empty" not in terms and "Quorum" in terms


def test_add_own_word_is_undoable(ws):
    add_entry(ws, "  Virement ", "Moving money from one budget to another.", forms=["virements"])
    mine = _by_term(ws)["Virement"]
    assert mine.source == "mine" and mine.category == "my words" and mine.forms == ["virements"]
    assert ws.undo() == "Add 'Virement' to my glossary"
    assert "Virement" not in _by_term(ws)


def test_adding_a_word_the_glossary_has_is_refused(ws):
    with pytest.raises(InputError, match="already has 'Quorum'"):
        add_entry(ws, "quorate", "Something else.")
    with pytest.raises(InputError, match="meaning"):
        add_entry(ws, "Virement", "  ")


def test_editing_a_shipped_entry_keeps_a_changed_copy_and_later_updates_to_others(ws, small_glossary):
    quorum = _by_term(ws)["Quorum"]
    edit_entry(ws, quorum, "Enough members to make decisions.", quorum.forms, "meetings", ["Chair"], "")
    changed = _by_term(ws)["Quorum"]
    assert changed.source == "changed" and changed.meaning == "Enough members to make decisions."
    (small_glossary / "meetings.csv").write_text(
        SHIPPED.replace("The person who leads a meeting.", "The person who runs the meeting."), encoding="utf-8"
    )
    entries = _by_term(ws)
    assert entries["Chair"].meaning == "The person who runs the meeting."
    assert entries["Quorum"].meaning == "Enough members to make decisions."
    remove_own_entry(ws, entries["Quorum"])
    assert _by_term(ws)["Quorum"].meaning == "The least number of members needed to decide."


def test_own_word_can_be_renamed_but_not_onto_another(ws):
    add_entry(ws, "Virment", "Moving money.")
    edit_entry(ws, _by_term(ws)["Virment"], "Moving money.", [], "money", [], "", term="Virement")
    assert "Virement" in _by_term(ws) and "Virment" not in _by_term(ws)
    with pytest.raises(InputError, match="already has 'Chair'"):
        edit_entry(ws, _by_term(ws)["Virement"], "Moving money.", [], "money", [], "", term="chairperson")


def test_marks_known_and_hidden_and_undo(ws):
    set_known(ws, "Quorum")
    set_hidden(ws, "chair")
    entries = _by_term(ws)
    assert entries["Quorum"].known and entries["Chair"].hidden
    assert "Chair" not in {entry.term for entry in load_glossary(ws.db, include_hidden=False)}
    set_hidden(ws, "Chair", False)
    assert not _by_term(ws)["Chair"].hidden
    ws.undo()
    ws.undo()
    assert not _by_term(ws)["Chair"].hidden
    ws.undo()
    assert not _by_term(ws)["Quorum"].known


def test_shipped_entries_cannot_be_deleted_only_hidden(ws):
    with pytest.raises(InputError, match="hide it"):
        remove_own_entry(ws, _by_term(ws)["Chair"])


def test_find_entry_by_term_or_form(ws):
    entries = load_glossary(ws.db)
    assert find_entry(entries, "CHAIRPERSON").term == "Chair"
    assert find_entry(entries, "nothing") is None


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("quorum", "Quorum"),
        ("QUORATE", "Quorum"),
        ("quoracy", "Quorum"),
        ("qourum", "Quorum"),
        ("comissioner", "Commissioner"),
        ("comissi", "Commissioner"),
        ("chairp", "Chair"),
        ("plans and pays", "Commissioner"),
    ],
)
def test_search_finds_terms_forms_meanings_and_small_typos(ws, typed, expected):
    assert search_glossary(load_glossary(ws.db), typed)[0].term == expected


def test_search_puts_whole_names_before_meanings_and_finds_nothing_for_nonsense(ws):
    add_entry(ws, "Meeting", "A time when people get together to talk.")
    entries = load_glossary(ws.db)
    assert [e.term for e in search_glossary(entries, "meeting")] == ["Meeting", "Chair"]  # Chair by its meaning
    assert search_glossary(entries, "xyzzy") == []
    assert len(search_glossary(entries, "  ")) == len(entries)


def test_search_quality_on_the_shipped_glossary():
    entries = shipped_entries(glossary.resource_path("glossary"))
    for typed, expected in [("comissioner", "commissioner"), ("safegaurding", "safeguarding"), ("quoracy", "quorum")]:
        assert search_glossary(entries, typed)[0].key == expected


def test_the_a_to_z_list_sorts_and_capitalises_consistently(ws, small_glossary):
    add_entry(ws, "absolute risk", "Your own chance.")
    (small_glossary / "more.csv").write_text("term,meaning\nAbstain,Not vote.\naction log,A list.\n", encoding="utf-8")
    assert [entry.term for entry in load_glossary(ws.db)][:4] == ["absolute risk", "Abstain", "action log", "Chair"]


def test_shipped_words_start_with_a_capital_like_the_rest_of_the_list():
    """A mix of 'absolute risk' and 'Abstain' looks untidy; only words like 'p-value' stay small."""
    from coprep.core.storage.resources import resource_path

    small = [
        entry.term
        for entry in shipped_entries(resource_path("glossary"))
        if entry.term[:1].islower() and entry.term[1:2].isalpha()
    ]
    assert small == []


def test_the_shipped_files_are_read_once_and_kept():
    """The window loads the glossary on its own thread (each paper shown, each screen that needs the
    words): with more files than the cache kept, every load read all of them again (70 ms)."""
    from coprep.core.storage.resources import resource_path

    folder = resource_path("glossary")  # the real shipped folder, with all its files
    shipped_entries(folder)
    read = glossary._parse_shipped_file.cache_info().misses
    assert len(shipped_entries(folder)) > 1000
    assert glossary._parse_shipped_file.cache_info().misses == read
