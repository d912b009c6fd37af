"""The worked example shows fair treatment: one committee getting better, one stuck, one fair."""

import datetime as dt

import pytest

from coprep.core.demo import committees as demo
from coprep.core.demo.worked_example import load_demo
from coprep.core.fairness import ladder
from coprep.core.meetings import contacts, meetings

TODAY = dt.date(2026, 6, 1)


@pytest.fixture
def example(ws):
    load_demo(ws, today=TODAY)
    return {c.name: c.id for c in meetings.list_committees(ws.db)}


def test_the_icb_committee_climbs_the_ladder(ws, example):
    rungs = [p.computed.rung for p in ladder.committee_history(ws.db, example[demo.ICB_QUALITY.name])]
    assert len(rungs) >= 8
    assert rungs[0] == 1 and rungs[-1] >= 5
    assert rungs == sorted(rungs)


def test_the_reference_group_stays_near_the_bottom(ws, example):
    committee = example[demo.CF_CRG.name]
    rungs = [p.computed.rung for p in ladder.committee_history(ws.db, committee)]
    assert rungs and max(rungs) <= 2
    sentences = [u.sentence for u in ladder.most_often_unmet(ws.db, committee)]
    assert any(s.startswith("Papers late at") for s in sentences)


def test_one_meeting_has_the_persons_own_rung_with_a_reason(ws, example):
    own = [p for p in ladder.committee_history(ws.db, example[demo.ICB_QUALITY.name]) if p.own]
    assert len(own) == 1 and own[0].own != own[0].computed.rung and own[0].own_reason


def test_the_latest_icb_meeting_is_left_to_rate(ws, example):
    _, past = meetings.upcoming_and_past(ws.db, TODAY)
    latest = next(m for m in past if m.committee_id == example[demo.ICB_QUALITY.name])
    assert ladder.meeting_rung(ws.db, latest.id).computed.rung is None


def test_every_committee_has_contacts_and_the_icb_role_notes_are_filled(ws, example):
    for committee_id in example.values():
        found = contacts.list_contacts(ws.db, committee_id)
        assert found and all(c.email.endswith("@example.org") for c in found if c.email)
    notes = meetings.get_committee(ws.db, example[demo.ICB_QUALITY.name]).role_notes
    assert "Aisha Rahman" in notes and "## Who is my contact or buddy?" in notes
