"""The worked example shows briefing packs and the record after meetings with realistic content."""

import datetime as dt

from coprep.core.briefing.pack import briefing_markdown
from coprep.core.briefing.raised_list import raised_markdown
from coprep.core.demo import committees as demo
from coprep.core.demo.worked_example import load_demo
from coprep.core.meetings import meetings

TODAY = dt.date(2026, 11, 30)


def _committee(ws, name):
    return next(c.id for c in meetings.list_committees(ws.db) if c.name == name)


def test_the_next_icb_meeting_has_a_full_pack(ws):
    load_demo(ws, today=TODAY)
    icb = _committee(ws, demo.ICB_QUALITY.name)
    upcoming = min((m for m in meetings.list_meetings(ws.db, icb) if m.date >= TODAY.isoformat()), key=lambda m: m.date)
    pack = briefing_markdown(ws.db, upcoming.id)
    assert "### 4. Elective recovery: RTT waiting list and 65-week waits" in pack
    assert "**Referral to treatment** (written “RTT”)" in pack
    assert "### Still to be done from earlier meetings" in pack
    assert "Send Aisha my own A&E story, in writing" in pack and "— late" in pack
    assert "Check that children's waits are in the next performance report" in pack


def test_every_committee_has_something_in_what_i_raised(ws):
    load_demo(ws, today=TODAY)
    for committee in demo.COMMITTEES:
        listed = raised_markdown(ws.db, _committee(ws, committee.name))
        assert "**What I raised:**" in listed and "**What happened:**" in listed and "☐" in listed
    icb = raised_markdown(ws.db, _committee(ws, demo.ICB_QUALITY.name))
    assert icb.index("I asked again about children's waits") < icb.index("I asked how long children wait")
    assert "☑ Tom Ashby to find out how long children wait" in icb
