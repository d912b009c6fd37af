"""The facts behind the summary for the chair: the right meetings, counts and dates (the letter is tested in test_chair_letter)."""

import json

import pytest

from coprep.core.fairness import conditions, ladder
from coprep.core.fairness.chair_summary import build_summary, render_summary, summary_data
from coprep.core.meetings import meetings
from coprep.core.storage.validate import InputError


@pytest.fixture
def committee(ws):
    """Four rated meetings (one before the period), one not rated."""
    committee = meetings.add_committee(ws, "Quality & Performance <Committee>", lay_places=2)
    ids = {c.key: c.id for c in conditions.list_conditions(ws.db)}
    rated = {
        "2025-12-04": {"papers_on_time": ("not_met", "Pack came on the Monday.")},
        "2026-01-08": {
            "papers_on_time": ("not_met", "Finance report came 2 working days before."),
            "chair_invited_view": ("met", ""),
            "equal_vote": ("na", ""),
        },
        "2026-02-05": {
            "papers_on_time": ("met", ""),
            "chair_invited_view": ("met", ""),
            "contribution_minuted": ("partly", "Minuted, but as 'a lay member'."),
        },
        "2026-03-05": {
            "papers_on_time": ("not_met", "Finance report came 2 working days before."),
            "chair_invited_view": ("met", "Asked first on item 4."),
            "jargon_explained": ("unknown", ""),
        },
    }
    for date, answers in rated.items():
        meeting = meetings.add_meeting(ws, committee, date)
        for key, (rating, note) in answers.items():
            conditions.rate(ws, meeting, ids[key], rating, note)
        if date == "2026-02-05":
            ladder.set_own_rung(ws, meeting, 3, "Told, not asked.")
    meetings.add_meeting(ws, committee, "2026-04-02")
    return committee


def test_the_summary_covers_the_rated_meetings_in_the_period(ws, committee):
    summary = build_summary(ws.db, committee, "01/01/2026", "2026-04-30")
    assert [p.meeting.date for p in summary.meetings] == ["2026-01-08", "2026-02-05", "2026-03-05"]
    papers = next(t for t in summary.to_improve if t.condition.key == "papers_on_time")
    assert (papers.count("not_met"), papers.count("met")) == (2, 1)


def test_json_carries_meetings_rungs_and_counts(ws, committee):
    data = json.loads(render_summary(ws.db, build_summary(ws.db, committee, end="2026-03-31"), "json"))
    assert [m["date"] for m in data["meetings"]] == ["2025-12-04", "2026-01-08", "2026-02-05", "2026-03-05"]
    assert data["meetings"][2]["own_rung"] == 3
    papers = next(c for c in data["conditions"] if c["key"] == "papers_on_time")
    assert (papers["not_met"], papers["met"]) == (3, 1)
    assert summary_data(build_summary(ws.db, committee))["to"] is None


@pytest.mark.parametrize(
    "start, end, message",
    [("2026-05-01", "2026-01-01", "before the first date"), ("soon", None, "not a date")],
)
def test_impossible_periods_are_explained(ws, committee, start, end, message):
    with pytest.raises(InputError, match=message):
        build_summary(ws.db, committee, start, end)


def test_an_unknown_committee_is_explained(ws):
    with pytest.raises(InputError, match="no committee number 99"):
        build_summary(ws.db, 99)
