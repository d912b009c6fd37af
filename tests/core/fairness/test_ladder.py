"""Placing a meeting on the Ladder of Co-production, and the person's own rung beside it."""

import pytest

from coprep.core.fairness import conditions, ladder
from coprep.core.meetings import meetings
from coprep.core.storage.validate import InputError

GROUPS = {
    "educating": ["induction", "jargon_explained", "briefing_before"],
    "informing": ["papers_on_time", "papers_plain"],
    "consultation": ["asked_for_items", "chair_invited_view"],
    "engagement": ["role_in_writing", "named_contact", "contribution_minuted"],
    "co_design": ["my_item_on_agenda", "told_what_changed"],
    "co_production": ["paid_fairly", "expenses_on_time", "accessible", "equal_vote", "two_lay_members"],
}
EVERY_KEY = [key for keys in GROUPS.values() for key in keys]


@pytest.fixture
def shown(ws):
    return conditions.list_conditions(ws.db)


def answers(shown, **by_key):
    """condition id -> rating, from key=rating pairs."""
    ids = {c.key: c.id for c in shown}
    return {ids[key]: rating for key, rating in by_key.items()}


def all_met(shown, **changes):
    return answers(shown, **({key: "met" for key in EVERY_KEY} | changes))


def test_groups_in_this_test_match_the_shipped_list(shown):
    assert {c.key: c.ladder_group for c in shown} == {k: g for g, keys in GROUPS.items() for k in keys}


@pytest.mark.parametrize("rating", [None, "na", "unknown"])
def test_no_rung_without_a_real_answer(shown, rating):
    rated = {} if rating is None else answers(shown, **{key: rating for key in EVERY_KEY})
    placement = ladder.place(shown, rated)
    assert placement.rung is None and placement.name == "No rung yet"


def test_something_not_met_with_nothing_else_is_coercion(shown):
    placement = ladder.place(shown, answers(shown, papers_on_time="not_met"))
    assert placement.rung == 1
    assert "did not reach Educating" in placement.reason
    assert "needs one of: I was given an induction;" in placement.reason


def test_everything_met_is_co_production(shown):
    assert ladder.place(shown, all_met(shown)).rung == 7


def test_a_meeting_stops_at_the_first_rung_it_misses(shown):
    placement = ladder.place(shown, all_met(shown, papers_on_time="not_met"))
    assert placement.rung == 2
    assert placement.reason == "It did not reach Informing, which needs all of: The papers came in good time."


def test_one_of_the_educating_conditions_is_enough(shown):
    rated = all_met(shown, induction="not_met", briefing_before="unknown")
    assert ladder.place(shown, rated).rung == 7


def test_partly_lifts_up_to_engagement_but_not_beyond(shown):
    partly_low = all_met(shown, papers_on_time="partly", named_contact="partly")
    assert ladder.place(shown, partly_low).rung == 7
    assert ladder.place(shown, all_met(shown, told_what_changed="partly")).rung == 5
    assert ladder.place(shown, all_met(shown, equal_vote="partly")).rung == 6


def test_dont_know_does_not_lift(shown):
    assert ladder.place(shown, all_met(shown, contribution_minuted="unknown")).rung == 4


def test_does_not_apply_is_left_out_and_an_empty_rung_is_passed(shown):
    rated = all_met(shown, equal_vote="na", my_item_on_agenda="na", told_what_changed="na")
    assert ladder.place(shown, rated).rung == 7


def test_hidden_conditions_are_left_out(ws):
    vote = next(c for c in conditions.list_conditions(ws.db) if c.key == "equal_vote")
    conditions.set_hidden(ws, vote.id, True)
    shown = conditions.list_conditions(ws.db)
    rated = all_met(conditions.list_conditions(ws.db, include_hidden=True), equal_vote="not_met")
    assert ladder.place(shown, rated).rung == 7


def test_own_conditions_do_not_move_the_rung(ws):
    own = conditions.add_condition(ws, "Lunch was provided")
    shown = conditions.list_conditions(ws.db)
    assert ladder.place(shown, {own: "not_met"}).rung is None
    assert ladder.place(shown, {**all_met(shown), own: "not_met"}).rung == 7


def test_rule_text_uses_the_persons_words_and_credits_tlap(ws):
    chair = next(c for c in conditions.list_conditions(ws.db) if c.key == "chair_invited_view")
    conditions.reword_condition(ws, chair.id, text="The chair turned to me")
    text = ladder.rule_text(conditions.list_conditions(ws.db))
    consultation = text.split("**Consultation**")[1].split("**Engagement**")[0]
    assert "at least one of these" in consultation and "- The chair turned to me" in consultation
    assert "fully met" in text.split("**Co-design**")[1]
    assert "Think Local Act Personal" in text and "National Co-production Advisory Group" in text


# -- meetings and committees -----------------------------------------------------------------


@pytest.fixture
def committee(ws):
    return meetings.add_committee(ws, "Clinical reference group", lay_places=2)


def rate_keys(ws, meeting, **by_key):
    ids = {c.key: c.id for c in conditions.list_conditions(ws.db)}
    for key, rating in by_key.items():
        conditions.rate(ws, meeting, ids[key], rating)


def test_own_rung_is_kept_beside_the_computed_one(ws, committee):
    meeting = meetings.add_meeting(ws, committee, "2026-03-12")
    rate_keys(ws, meeting, induction="met", papers_on_time="not_met")
    ladder.set_own_rung(ws, meeting, 1, "I was there to be seen, not heard")
    point = ladder.meeting_rung(ws.db, meeting)
    assert (point.computed.rung, point.own, point.own_reason) == (2, 1, "I was there to be seen, not heard")
    rate_keys(ws, meeting, papers_on_time="met", papers_plain="met")
    point = ladder.meeting_rung(ws.db, meeting)
    assert (point.computed.rung, point.own) == (3, 1)
    ws.undo()
    ws.undo()
    ws.undo()
    assert ladder.meeting_rung(ws.db, meeting).own is None


def test_own_rung_must_be_on_the_ladder(ws, committee):
    meeting = meetings.add_meeting(ws, committee, "2026-03-12")
    with pytest.raises(InputError, match="1 \\(Coercion\\) to 7"):
        ladder.set_own_rung(ws, meeting, 8, "")


def test_typing_the_reason_undoes_as_one_step(ws, committee):
    meeting = meetings.add_meeting(ws, committee, "2026-03-12")
    ladder.set_own_rung(ws, meeting, 4)
    for typed in ("T", "Tok", "Token"):
        ladder.set_own_rung_reason(ws, meeting, typed)
    ws.undo()
    point = ladder.meeting_rung(ws.db, meeting)
    assert (point.own, point.own_reason) == (4, "")


def test_history_runs_oldest_first_and_skips_meetings_without_a_rung(ws, committee):
    dates = ["2026-01-08", "2025-10-09", "2026-04-09", "2026-07-09"]
    ids = [meetings.add_meeting(ws, committee, date) for date in dates]
    rate_keys(ws, ids[0], induction="met", papers_on_time="met", papers_plain="met")
    rate_keys(ws, ids[1], induction="not_met")
    ladder.set_own_rung(ws, ids[2], 2, "Told, not asked")
    history = ladder.committee_history(ws.db, committee)
    assert [(p.meeting.date, p.computed.rung, p.own) for p in history] == [
        ("2025-10-09", 1, None),
        ("2026-01-08", 3, None),
        ("2026-04-09", None, 2),
    ]


def test_most_often_unmet_counts_the_last_rated_meetings(ws, committee):
    late = ["not_met", "not_met", "met", "not_met", "not_met", "not_met"]  # oldest first
    for month, papers in enumerate(late, start=1):
        meeting = meetings.add_meeting(ws, committee, f"2026-{month:02d}-10")
        rate_keys(ws, meeting, papers_on_time=papers, chair_invited_view="partly" if month == 6 else "met")
    meetings.add_meeting(ws, committee, "2026-09-10")  # not rated yet: not held against anyone
    found = ladder.most_often_unmet(ws.db, committee, last_n=5)
    assert [u.sentence for u in found] == [
        "Papers late at 4 of the last 5 meetings",
        "The chair did not ask for my view, in part, at 1 of the last 5 meetings",
    ]


def test_most_often_unmet_after_a_single_meeting(ws, committee):
    meeting = meetings.add_meeting(ws, committee, "2026-01-10")
    rate_keys(ws, meeting, induction="not_met")
    assert [u.sentence for u in ladder.most_often_unmet(ws.db, committee)] == ["No induction at the last meeting"]
