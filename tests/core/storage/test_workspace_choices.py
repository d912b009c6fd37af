"""The workspace's loose ends: choices announced like changes, a bounded undo history, one clock."""

import datetime as dt

from coprep.core.storage import clock
from coprep.core.storage.settings import get_setting
from coprep.core.storage.workspace import UNDO_LIMIT


def test_a_choice_is_kept_and_announced_to_the_screens(ws):
    heard = []
    ws.subscribe(heard.append)
    ws.choose("nation", "scotland")
    assert get_setting(ws.db, "nation") == "scotland"
    assert heard == [{"settings"}]
    assert ws.undo_label is None  # a choice is changed back where it was made, not by Ctrl+Z


def test_undo_reaches_back_a_thousand_steps_and_no_further(ws):
    for number in range(UNDO_LIMIT + 5):
        ws.insert("committees", {"name": f"Committee {number}", "organisation": "Trust"}, label="Add")
    undone = 0
    while ws.undo():
        undone += 1
    assert undone == UNDO_LIMIT
    assert ws.db["committees"].count == 5  # the five oldest steps can no longer be undone


def test_the_clock_can_be_set_for_a_test_and_given_back(today):
    today(dt.date(2026, 4, 5))
    assert clock.today() == dt.date(2026, 4, 5)
    today(None)
    assert clock.today() == dt.date.today()
