"""The worked example shows the person's own words, a changed meaning and words marked known."""

import datetime as dt

from coprep.core.demo.words import add_demo_glossary
from coprep.core.words.glossary import load_glossary
from coprep.core.words.jargon import find_terms


def test_demo_glossary_has_own_changed_and_known_words(ws):
    add_demo_glossary(ws, dt.date(2026, 3, 2))
    entries = load_glossary(ws.db)
    by_source = {source: {e.term for e in entries if e.source == source} for source in ("mine", "changed")}
    assert by_source == {"mine": {"Modulator therapy", "Home IV antibiotics", "Sitrep"}, "changed": {"Action log"}}
    assert {"Agenda", "Chair", "Minutes"} <= {e.term for e in entries if e.known}
    found = find_terms("Modulator therapy access and home IV antibiotics", entries)
    assert [term.term for term in found] == ["Modulator therapy", "Home IV antibiotics"]
