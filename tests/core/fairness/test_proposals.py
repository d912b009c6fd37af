"""coprep suggests answers only where its data shows them, and says why in plain words."""

import datetime as dt

import pytest

from coprep.core.fairness.proposals import propose
from coprep.core.meetings import meetings

MEETING_DAY = "2026-03-12"  # a Thursday
TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def committee(ws):
    return meetings.add_committee(ws, "Quality committee", lay_places=2, notice_working_days=5)


@pytest.fixture
def meeting(ws, committee):
    return meetings.add_meeting(ws, committee, MEETING_DAY)


def add_paper(ws, meeting, title, received, how="email", grade=None, smog=None, jargon=None):
    return ws.insert(
        "papers",
        {
            "meeting_id": meeting,
            "title": title,
            "received_date": received,
            "received_how": how,
            "reading_grade": grade,
            "smog_grade": smog,
            "jargon_percent": jargon,
        },
    )


def add_claim(ws, meeting, submitted, paid=None, status="submitted", expected_days=28):
    claim = ws.insert(
        "claims",
        {
            "meeting_id": meeting,
            "organisation": "NHS Riverside",
            "submitted_date": submitted,
            "paid_date": paid,
            "status": status,
            "expected_days": expected_days,
        },
    )
    ws.insert("claim_items", {"claim_id": claim, "kind": "train", "amount_pence": 2340})
    return claim


# -- papers on time ------------------------------------------------------------------------


def test_a_late_paper_proposes_not_met_and_names_it(ws, meeting):
    add_paper(ws, meeting, "Finance report", "2026-03-10")  # Tuesday before a Thursday meeting
    proposal = propose(ws.db, meeting, TODAY)["papers_on_time"]
    assert proposal.rating == "not_met"
    assert "Finance report came 2 working days before" in proposal.reason
    assert "5 working days" in proposal.reason


def test_papers_in_good_time_propose_met(ws, meeting):
    add_paper(ws, meeting, "Minutes", "2026-03-05")  # Thursday a week before: 5 working days
    add_paper(ws, meeting, "Risk register", "2026-03-02")
    proposal = propose(ws.db, meeting, TODAY)["papers_on_time"]
    assert proposal.rating == "met"
    assert proposal.reason == "Both papers came at least 5 working days before the meeting."


def test_a_few_late_papers_propose_partly_and_tabled_papers_are_late(ws, meeting):
    add_paper(ws, meeting, "Minutes", "2026-03-02")
    add_paper(ws, meeting, "Action log", "2026-03-02")
    add_paper(ws, meeting, "Winter plan", None, how="at_meeting")
    proposal = propose(ws.db, meeting, TODAY)["papers_on_time"]
    assert proposal.rating == "partly"
    assert proposal.reason.startswith("1 of 3 papers came late: Winter plan was handed out at the meeting")


def test_papers_with_no_arrival_date_are_left_out_and_said_so(ws, meeting):
    add_paper(ws, meeting, "Minutes", "2026-03-02")
    add_paper(ws, meeting, "Mystery paper", None)
    proposal = propose(ws.db, meeting, TODAY)["papers_on_time"]
    assert proposal.rating == "met"
    assert "1 paper with no date it came is left out" in proposal.reason


def test_no_papers_means_no_proposal(ws, meeting):
    add_paper(ws, meeting, "Undated", None)
    assert "papers_on_time" not in propose(ws.db, meeting, TODAY)


def test_the_committees_own_notice_is_used(ws):
    slow = meetings.add_committee(ws, "Trial steering committee", notice_working_days=10)
    meeting = meetings.add_meeting(ws, slow, MEETING_DAY)
    add_paper(ws, meeting, "Recruitment report", "2026-03-05")
    assert propose(ws.db, meeting, TODAY)["papers_on_time"].rating == "not_met"


def test_bank_holidays_are_not_working_days(ws):
    committee = meetings.add_committee(ws, "Board", notice_working_days=5)
    meeting = meetings.add_meeting(ws, committee, "2026-04-09")  # Thursday after Easter Monday
    add_paper(ws, meeting, "Minutes", "2026-04-02")  # a week before, but Good Friday and Easter Monday intervene
    proposal = propose(ws.db, meeting, TODAY)["papers_on_time"]
    assert proposal.rating == "not_met" and "Minutes came 3 working days before" in proposal.reason


# -- readable papers -----------------------------------------------------------------------


def test_hard_papers_propose_not_met_with_reading_ages(ws, meeting):
    add_paper(ws, meeting, "Board assurance framework", "2026-03-02", grade=14.2)
    add_paper(ws, meeting, "Finance report", "2026-03-02", grade=12.0)
    proposal = propose(ws.db, meeting, TODAY)["papers_plain"]
    assert proposal.rating == "not_met"
    assert "Board assurance framework needs a reading age over 18, like a university text" in proposal.reason
    assert "Finance report needs a reading age of about 17" in proposal.reason


def test_plain_and_hard_papers_together_propose_partly(ws, meeting):
    add_paper(ws, meeting, "Patient stories", "2026-03-02", grade=6.5)
    add_paper(ws, meeting, "Finance report", "2026-03-02", grade=12.0)
    add_paper(ws, meeting, "Ungraded scan", "2026-03-02")
    proposal = propose(ws.db, meeting, TODAY)["papers_plain"]
    assert proposal.rating == "partly" and proposal.reason.startswith("1 of 2 papers is hard to read")


def test_a_paper_full_of_jargon_is_hard_even_with_short_sentences(ws, meeting):
    add_paper(ws, meeting, "Dashboard", "2026-03-02", grade=6.0, smog=7.0, jargon=8.0)
    proposal = propose(ws.db, meeting, TODAY)["papers_plain"]
    assert proposal.rating == "not_met" and "Dashboard has a lot of jargon (1 word in 12)" in proposal.reason


def test_plain_papers_propose_met(ws, meeting):
    add_paper(ws, meeting, "Patient stories", "2026-03-02", grade=6.5)
    assert propose(ws.db, meeting, TODAY)["papers_plain"].rating == "met"


# -- the agenda ----------------------------------------------------------------------------


def test_an_item_asked_for_proposes_met(ws, meeting):
    meetings.add_item(ws, meeting, "Welcome")
    meetings.add_item(ws, meeting, "Home IV antibiotics", asked_for=True)
    proposal = propose(ws.db, meeting, TODAY)["my_item_on_agenda"]
    assert proposal.rating == "met" and "“Home IV antibiotics”" in proposal.reason


def test_no_item_asked_for_proposes_nothing(ws, meeting):
    meetings.add_item(ws, meeting, "Welcome")
    assert "my_item_on_agenda" not in propose(ws.db, meeting, TODAY)


# -- expenses ------------------------------------------------------------------------------


def test_expenses_paid_late_propose_not_met(ws, meeting):
    add_claim(ws, meeting, "2026-03-13", paid="2026-06-12", status="paid")
    proposal = propose(ws.db, meeting, TODAY)["expenses_on_time"]
    assert proposal.rating == "not_met"
    assert proposal.reason == "Repaying took 91 days; NHS Riverside said 28 days."


def test_expenses_paid_in_time_propose_met(ws, meeting):
    add_claim(ws, meeting, "2026-03-13", paid="2026-04-01", status="paid")
    assert propose(ws.db, meeting, TODAY)["expenses_on_time"].rating == "met"


def test_unpaid_claims_count_only_once_overdue(ws, meeting):
    add_claim(ws, meeting, "2026-03-13")
    assert "expenses_on_time" not in propose(ws.db, meeting, dt.date(2026, 3, 30))
    proposal = propose(ws.db, meeting, dt.date(2026, 4, 23))["expenses_on_time"]
    assert proposal.rating == "not_met" and "still not repaid after 41 days" in proposal.reason


def test_draft_claims_are_not_judged(ws, meeting):
    add_claim(ws, meeting, "2026-01-01", status="draft")
    assert "expenses_on_time" not in propose(ws.db, meeting, TODAY)


# -- lay places ----------------------------------------------------------------------------


def test_one_lay_place_proposes_not_met_but_two_places_prove_nothing(ws, meeting):
    assert "two_lay_members" not in propose(ws.db, meeting, TODAY)
    lonely = meetings.add_committee(ws, "Panel", lay_places=1)
    proposal = propose(ws.db, meetings.add_meeting(ws, lonely, MEETING_DAY), TODAY)["two_lay_members"]
    assert proposal.rating == "not_met"


def test_a_meeting_that_is_gone_has_no_proposals(ws):
    assert propose(ws.db, 999, TODAY) == {}
