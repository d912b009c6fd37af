"""The worked example's own glossary words: what a member adds after a few meetings."""

import datetime as dt

from coprep.core.meetings import meetings
from coprep.core.papers.meeting_words import next_meeting_id
from coprep.core.storage.workspace import Workspace
from coprep.core.words.glossary import add_entry, edit_entry, find_entry, load_glossary, set_known

OWN_WORDS = (
    (
        "Modulator therapy",
        "modulator;modulators;CFTR modulator",
        "Medicines that help the faulty protein in cystic fibrosis work better. They treat the cause, not just the signs.",
        "care",
        "Was asked about at the Cystic Fibrosis Clinical Reference Group.",
    ),
    (
        "Home IV antibiotics",
        "home IV;home IVs;IV antibiotics at home",
        "Antibiotics given through a drip at home instead of in hospital. A nurse visits or the family is trained to give them.",
        "care",
        "The draft specification cuts home IV visits.",
    ),
    (
        "Sitrep",
        "sitreps;situation report",
        "A short report on how busy a hospital is right now: beds, waits and staff. Often sent every day in winter.",
        "performance",
        "",
    ),
)
CHANGED = (
    "Action log",
    "The list of jobs people agreed to do at earlier meetings. I check my own actions here "
    "the week before each meeting.",
)
KNOWN = ("Agenda", "Apologies", "Chair", "Minutes", "Any other business")
# Words the glossary does not explain, so "Words to know" has something to add or ask about.
UNEXPLAINED_NOTE = (
    "Urgent and emergency care",
    "The paper says OPEL 4 was declared twice in October, "
    "and the HALO role has ended. Ambulance handover delays are up.",
)


def add_demo_glossary(ws: Workspace, today: dt.date) -> None:
    """Three words of the member's own, one shipped meaning put in their own words, a few everyday
    meeting words marked "I know this", and a note in the next meeting with words nothing explains."""
    for term, forms, meaning, category, example in OWN_WORDS:
        add_entry(
            ws,
            term,
            meaning,
            forms=forms.split(";"),
            category=category,
            example=example or f"The sitrep for {today:%B} showed every bed full.",
        )
    entries = load_glossary(ws.db)
    shipped = find_entry(entries, CHANGED[0])
    if shipped is not None:
        edit_entry(ws, shipped, CHANGED[1], shipped.forms, shipped.category, shipped.see_also, shipped.example)
    for term in KNOWN:
        entry = find_entry(entries, term)
        if entry is not None:
            set_known(ws, entry.term)
    meeting_id = next_meeting_id(ws.db, today)
    item = (
        next((item for item in meetings.agenda(ws.db, meeting_id) if item.title.startswith(UNEXPLAINED_NOTE[0])), None)
        if meeting_id
        else None
    )
    if item is not None:
        notes = f"{item.notes}\n\n{UNEXPLAINED_NOTE[1]}" if item.notes else UNEXPLAINED_NOTE[1]
        meetings.update_item(ws, item.id, notes=notes)
