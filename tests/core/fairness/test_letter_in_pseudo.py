"""The letter to the chair built in the pseudo-language: its own words change, the person's notes do not."""

import datetime as dt

from coprep.core.fairness import conditions
from coprep.core.fairness.chair_letter import build_letter, letter_markdown
from coprep.core.fairness.chair_summary import build_summary
from coprep.core.meetings import meetings
from coprep.i18n import PSEUDO, pseudo, set_language


def test_the_letter_to_the_chair_is_written_in_the_persons_language(ws):
    committee = meetings.add_committee(ws, "Quality Committee")
    ids = {c.key: c.id for c in conditions.list_conditions(ws.db)}
    for day in ("2026-05-07", "2026-06-04"):
        meeting = meetings.add_meeting(ws, committee, day)
        conditions.rate(ws, meeting, ids["equal_vote"], "not_met", "Listed as in attendance.")
        conditions.rate(ws, meeting, ids["chair_invited_view"], "met")
    set_language(PSEUDO)
    try:
        letter = letter_markdown(
            build_letter(ws.db, build_summary(ws.db, committee), dt.date(2026, 7, 1), with_ladder=True)
        )
    finally:
        set_language("en")
    assert "## " + pseudo("What is still happening") in letter
    assert "## " + pseudo("The Ladder of Co-production") in letter
    assert pseudo("I would be glad to talk about this with you.") in letter
    assert "I would be glad to talk about this with you." not in letter
    assert "Listed as in attendance" in letter  # the person's note, as written
