"""The worked example's own glossary words: what a member adds after a few meetings."""

import datetime as dt

from coprep.core.glossary import add_entry, edit_entry, find_entry, load_glossary, set_known
from coprep.core.workspace import Workspace

OWN_WORDS = (
    ("Modulator therapy", "modulator;modulators;CFTR modulator",
     "Medicines that help the faulty protein in cystic fibrosis work better. They treat the cause, not just the signs.",
     "care", "Was asked about at the Cystic Fibrosis Clinical Reference Group."),
    ("Home IV antibiotics", "home IV;home IVs;IV antibiotics at home",
     "Antibiotics given through a drip at home instead of in hospital. A nurse visits or the family is trained to give them.",
     "care", "The draft specification cuts home IV visits."),
    ("Sitrep", "sitreps;situation report",
     "A short report on how busy a hospital is right now: beds, waits and staff. Often sent every day in winter.",
     "performance", ""),
)
CHANGED = ("Action log", "The list of jobs people agreed to do at earlier meetings. I check my own actions here "
                         "the week before each meeting.")
KNOWN = ("Agenda", "Apologies", "Chair", "Minutes", "Any other business")


def add_demo_glossary(ws: Workspace, today: dt.date) -> None:
    """Three words of the member's own, one shipped meaning put in their own words, and a few
    everyday meeting words marked "I know this"."""
    for term, forms, meaning, category, example in OWN_WORDS:
        add_entry(ws, term, meaning, forms=forms.split(";"), category=category,
                  example=example or f"The sitrep for {today:%B} showed every bed full.")
    entries = load_glossary(ws.db)
    shipped = find_entry(entries, CHANGED[0])
    if shipped is not None:
        edit_entry(ws, shipped, CHANGED[1], shipped.forms, shipped.category, shipped.see_also, shipped.example)
    for term in KNOWN:
        entry = find_entry(entries, term)
        if entry is not None:
            set_known(ws, entry.term)
