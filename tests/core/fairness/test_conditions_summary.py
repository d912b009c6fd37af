"""The summary for the chair names the right meetings, counts, dates and evidence."""

import json

import pytest

from coprep.core.fairness import conditions
from coprep.core.fairness import ladder
from coprep.core.meetings import meetings
from coprep.core.fairness.chair_summary import build_summary, render_summary, summary_data, summary_markdown
from coprep.core.storage.validate import InputError


@pytest.fixture
def committee(ws):
    """Four rated meetings (one before the period), one not rated."""
    committee = meetings.add_committee(ws, "Quality & Performance <Committee>", lay_places=2)
    ids = {c.key: c.id for c in conditions.list_conditions(ws.db)}
    rated = {
        "2025-12-04": {"papers_on_time": ("not_met", "Pack came on the Monday.")},
        "2026-01-08": {"papers_on_time": ("not_met", "Finance report came 2 working days before."),
                       "chair_invited_view": ("met", ""), "equal_vote": ("na", "")},
        "2026-02-05": {"papers_on_time": ("met", ""), "chair_invited_view": ("met", ""),
                       "contribution_minuted": ("partly", "Minuted, but as 'a lay member'.")},
        "2026-03-05": {"papers_on_time": ("not_met", "Finance report came 2 working days before."),
                       "chair_invited_view": ("met", "Asked first on item 4."),
                       "jargon_explained": ("unknown", "")},
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


def test_the_markdown_thanks_first_then_names_dates_and_evidence(ws, committee):
    text = summary_markdown(build_summary(ws.db, committee, "2026-01-01", "2026-04-30"))
    assert text.index("Thank you for what went well") < text.index("What would help")
    assert "- The chair asked for my view." in text.split("What would help")[0]
    assert "### Papers late at 2 of the 3 meetings" in text
    assert "- 8 January 2026 and 5 March 2026 – not met: Finance report came 2 working days before." in text
    assert "### What I said was left out of the minutes, in part, at 1 of the 3 meetings" in text
    assert "Could the papers reach me in the time the committee promises" in text
    assert "Pack came on the Monday" not in text  # before the period
    assert "from 1 January 2026 to 30 April 2026" in text


def test_the_ladder_section_shows_the_persons_own_rung_beside_coprep_s(ws, committee):
    text = summary_markdown(build_summary(ws.db, committee))
    assert "- 5 February 2026: Coercion. I would put it at Informing: Told, not asked." in text
    assert "Think Local Act Personal" in text


def test_html_is_a_clean_page(ws, committee):
    meeting = meetings.list_meetings(ws.db, committee)[1]  # 5 March 2026
    chair = next(c.id for c in conditions.list_conditions(ws.db) if c.key == "chair_invited_view")
    conditions.rate(ws, meeting.id, chair, "not_met", "<script>alert(1)</script><img src=http://x.example/p.png>Cut short")
    page = render_summary(build_summary(ws.db, committee), "html")
    assert page.startswith("<!DOCTYPE html>")
    assert "<title>Taking part in the Quality &amp; Performance &lt;Committee&gt;</title>" in page
    assert "<script" not in page and "<img" not in page and 'src="http' not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the person's words are shown as they typed them
    assert "Cut short" in page


def test_json_carries_meetings_rungs_and_counts(ws, committee):
    data = json.loads(render_summary(build_summary(ws.db, committee, end="2026-03-31"), "json"))
    assert [m["date"] for m in data["meetings"]] == ["2025-12-04", "2026-01-08", "2026-02-05", "2026-03-05"]
    assert data["meetings"][2]["own_rung"] == 3
    papers = next(c for c in data["conditions"] if c["key"] == "papers_on_time")
    assert (papers["not_met"], papers["met"]) == (3, 1)
    assert summary_data(build_summary(ws.db, committee))["to"] is None


def test_a_period_with_nothing_rated_says_so(ws, committee):
    text = summary_markdown(build_summary(ws.db, committee, "2026-04-01"))
    assert "I have not rated any meetings" in text and "since 1 April 2026" in text
    fresh = meetings.add_committee(ws, "Patient panel")
    assert "I have not rated any meetings of the Patient panel yet." in summary_markdown(build_summary(ws.db, fresh))


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


def test_many_meetings_with_the_same_answer_are_given_as_a_span(ws):
    committee = meetings.add_committee(ws, "Reference group")
    vote = next(c.id for c in conditions.list_conditions(ws.db) if c.key == "equal_vote")
    for month in range(1, 7):
        meeting = meetings.add_meeting(ws, committee, f"2026-{month:02d}-05")
        conditions.rate(ws, meeting, vote, "not_met", "Lay members cannot vote.")
    text = summary_markdown(build_summary(ws.db, committee))
    assert "- 6 meetings from 5 January 2026 to 5 June 2026 – not met: Lay members cannot vote." in text


def test_json_keeps_the_persons_note_as_typed_and_markdown_shows_it_as_typed(ws, committee):
    meeting = meetings.list_meetings(ws.db, committee)[-1]
    minutes = next(c.id for c in conditions.list_conditions(ws.db) if c.key == "contribution_minuted")
    conditions.rate(ws, meeting.id, minutes, "not_met", "Minuted as *a lay member*")
    summary = build_summary(ws.db, committee)
    answers = next(c for c in summary_data(summary)["conditions"] if c["key"] == "contribution_minuted")["answers"]
    assert answers[0]["note"] == "Minuted as *a lay member*"
    assert "Minuted as \\*a lay member\\*" in summary_markdown(summary)
