"""Working days before a meeting: weekends and each nation's bank holidays are not counted."""

import datetime as dt

import pytest

from coprep.core.papers.working_days import arrival_status, person_nation, working_days_between
from coprep.core.storage.settings import set_setting

THU_2_APRIL_2026 = dt.date(2026, 4, 2)  # the day before Good Friday
THU_9_APRIL_2026 = dt.date(2026, 4, 9)  # the week after Easter


def test_weekend_is_not_counted() -> None:
    friday, next_friday = dt.date(2026, 3, 6), dt.date(2026, 3, 13)
    assert working_days_between(friday, next_friday) == 5  # Fri, Mon, Tue, Wed, Thu
    saturday = dt.date(2026, 3, 7)
    assert working_days_between(saturday, next_friday) == 4


def test_easter_monday_counts_in_scotland_only() -> None:
    # Thu 2, (Good Friday), (Easter Monday in England and Wales), Tue 7, Wed 8
    assert working_days_between(THU_2_APRIL_2026, THU_9_APRIL_2026, "england") == 3
    assert working_days_between(THU_2_APRIL_2026, THU_9_APRIL_2026, "wales") == 3
    assert working_days_between(THU_2_APRIL_2026, THU_9_APRIL_2026, "scotland") == 4


def test_saint_patricks_day_in_northern_ireland() -> None:
    monday, thursday = dt.date(2026, 3, 16), dt.date(2026, 3, 19)
    assert working_days_between(monday, thursday, "northern_ireland") == 2
    assert working_days_between(monday, thursday, "england") == 3


def test_christmas_and_new_year() -> None:
    # Mon 21 Dec 2026 to Mon 4 Jan 2027: 25 and 28 Dec (Boxing Day moved) and 1 Jan are holidays.
    assert working_days_between(dt.date(2026, 12, 21), dt.date(2027, 1, 4)) == 7


def test_on_time_and_late_depend_on_the_bank_holidays() -> None:
    england = arrival_status(THU_2_APRIL_2026, THU_9_APRIL_2026, 4, "email", "england")
    scotland = arrival_status(THU_2_APRIL_2026, THU_9_APRIL_2026, 4, "email", "scotland")
    assert (england.kind, england.text) == ("late", "late (3 working days before)")
    assert (scotland.kind, scotland.text) == ("on_time", "on time (4 working days before)")


@pytest.mark.parametrize(
    ("received", "how", "kind", "text"),
    [
        ("2026-03-02", "email", "on_time", "on time (7 working days before)"),
        ("2026-03-10", "post", "late", "late (1 working day before)"),
        ("2026-03-11", "email", "late", "late (on the day of the meeting)"),
        ("2026-03-11", "at_meeting", "at_meeting", "handed out at the meeting"),
        ("2026-03-12", "email", "after", "came after the meeting"),
        (None, "email", "unknown", "date it came not known"),
    ],
)
def test_plain_words_for_each_case(received, how, kind, text) -> None:
    status = arrival_status(received, "2026-03-11", 5, how)
    assert (status.kind, status.text) == (kind, text)


def test_no_promised_notice_just_counts() -> None:
    status = arrival_status("2026-03-09", "2026-03-11", None)
    assert (status.kind, status.working_days_before, status.text) == ("unknown", 2, "came 2 working days before")


def test_nation_comes_from_settings(ws) -> None:
    assert person_nation(ws.db) == "england"
    set_setting(ws.db, "nation", "scotland")
    assert person_nation(ws.db) == "scotland"
