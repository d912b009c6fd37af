"""The conditions list: shipped, reworded, reordered, hidden, own; and rating a meeting against it."""

import pytest

from coprep.core.fairness import conditions
from coprep.core.fairness.ladder import RUNGS
from coprep.core.meetings import meetings
from coprep.core.storage.validate import InputError


@pytest.fixture
def meeting(ws):
    committee = meetings.add_committee(ws, "Quality committee", lay_places=2)
    return meetings.add_meeting(ws, committee, "2026-03-12")


def by_key(db, key):
    return next(c for c in conditions.list_conditions(db, include_hidden=True) if c.key == key)


def test_shipped_list_is_complete_and_consistent():
    shipped = conditions.shipped_conditions()
    keys = [c.key for c in shipped]
    assert len(keys) == len(set(keys)) == 17
    assert {"papers_on_time", "my_item_on_agenda", "papers_plain", "expenses_on_time", "two_lay_members"} <= set(keys)
    rung_keys = {rung.key for rung in RUNGS}
    for condition in shipped:
        assert condition.text and condition.help and condition.recommended_by and condition.unmet_words
        assert condition.ask.startswith(("Could", "When")) and condition.ask.endswith("?")
        assert condition.ladder_group in rung_keys - {"coercion"}


def test_a_new_database_gets_the_shipped_list_in_order(ws):
    listed = conditions.list_conditions(ws.db)
    assert [c.key for c in listed] == [c.key for c in conditions.shipped_conditions()]
    assert ws.undo_label is None  # arriving conditions are not something the person did


def test_new_shipped_conditions_arrive_without_touching_the_persons_words(ws):
    induction = by_key(ws.db, "induction")
    conditions.reword_condition(ws, induction.id, text="Someone showed me the ropes")
    conditions.move_condition(ws, induction.id, 0)
    # As if this person's coprep were older and had never seen "two lay members".
    ws.db.execute("delete from conditions where key = 'two_lay_members'")
    conditions.ensure_shipped(ws.db)
    listed = conditions.list_conditions(ws.db)
    assert listed[0].text == "Someone showed me the ropes"
    assert listed[-1].key == "two_lay_members"
    assert ws.db["conditions"].count == 17


def test_rewording_changes_the_short_words_too_and_can_be_put_back(ws):
    papers = by_key(ws.db, "papers_on_time")
    assert papers.unmet_words == "Papers late"
    conditions.reword_condition(ws, papers.id, text="Papers a week ahead")
    assert by_key(ws.db, "papers_on_time").unmet_words == "“Papers a week ahead” not met"
    conditions.restore_wording(ws, papers.id)
    assert by_key(ws.db, "papers_on_time").text == "The papers came in good time"


def test_own_condition_added_at_the_end_and_can_be_removed_with_undo(ws, meeting):
    own = conditions.add_condition(ws, "  Tea and biscuits for everyone ")
    listed = conditions.list_conditions(ws.db)
    assert listed[-1].text == "Tea and biscuits for everyone" and listed[-1].own
    conditions.rate(ws, meeting, own, "met", "Custard creams")
    conditions.delete_condition(ws, own)
    assert ws.db["condition_ratings"].count == 0
    ws.undo()
    assert conditions.ratings(ws.db, meeting)[own] == ("met", "Custard creams")


def test_shipped_conditions_are_hidden_not_removed(ws):
    vote = by_key(ws.db, "equal_vote")
    with pytest.raises(InputError, match="hide"):
        conditions.delete_condition(ws, vote.id)
    conditions.set_hidden(ws, vote.id, True)
    assert "equal_vote" not in [c.key for c in conditions.list_conditions(ws.db)]
    ws.undo()
    assert "equal_vote" in [c.key for c in conditions.list_conditions(ws.db)]


def test_empty_wording_is_refused(ws):
    with pytest.raises(InputError, match="fill in"):
        conditions.add_condition(ws, "   ")
    with pytest.raises(InputError):
        conditions.reword_condition(ws, by_key(ws.db, "induction").id, text="")


def test_moving_a_condition_is_one_undo_step(ws):
    before = [c.key for c in conditions.list_conditions(ws.db)]
    conditions.move_condition(ws, by_key(ws.db, "two_lay_members").id, 0)
    assert conditions.list_conditions(ws.db)[0].key == "two_lay_members"
    ws.undo()
    assert [c.key for c in conditions.list_conditions(ws.db)] == before


def test_rating_changing_and_clearing_each_undo(ws, meeting):
    chair = by_key(ws.db, "chair_invited_view").id
    conditions.rate(ws, meeting, chair, "partly", "Asked me once, at the very end")
    conditions.rate(ws, meeting, chair, "met")
    assert conditions.ratings(ws.db, meeting)[chair] == ("met", "Asked me once, at the very end")
    conditions.rate(ws, meeting, chair, None)
    assert chair not in conditions.ratings(ws.db, meeting)
    ws.undo()
    ws.undo()
    assert conditions.ratings(ws.db, meeting)[chair] == ("partly", "Asked me once, at the very end")
    with pytest.raises(InputError):
        conditions.rate(ws, meeting, chair, "brilliant")


def test_a_burst_of_typing_in_a_note_undoes_as_one_step(ws, meeting):
    minutes = by_key(ws.db, "contribution_minuted").id
    for typed in ("M", "Mi", "Minutes", "Minutes say 'a member'"):
        conditions.set_note(ws, meeting, minutes, typed)
    assert conditions.ratings(ws.db, meeting)[minutes] == (None, "Minutes say 'a member'")  # a note never answers
    ws.undo()
    assert minutes not in conditions.ratings(ws.db, meeting)


def test_checklist_leaves_out_hidden_conditions_and_carries_ratings(ws, meeting):
    vote = by_key(ws.db, "equal_vote").id
    conditions.set_hidden(ws, vote, True)
    conditions.rate(ws, meeting, by_key(ws.db, "induction").id, "not_met", "Still waiting")
    rows = conditions.checklist(ws.db, meeting)
    assert vote not in [row.condition.id for row in rows]
    induction = next(row for row in rows if row.condition.key == "induction")
    assert (induction.rating, induction.note) == ("not_met", "Still waiting")


def test_accepting_a_proposal_keeps_its_reason_as_evidence(ws):
    committee = meetings.add_committee(ws, "Small panel", lay_places=1)
    meeting = meetings.add_meeting(ws, committee, "2026-03-12")
    lay = by_key(ws.db, "two_lay_members").id
    assert conditions.accept_proposal(ws, meeting, lay)
    rating, note = conditions.ratings(ws.db, meeting)[lay]
    assert rating == "not_met" and "only one lay place" in note
    assert not conditions.accept_proposal(ws, meeting, by_key(ws.db, "induction").id)
