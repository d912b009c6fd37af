"""Bad input about time and money is refused in plain words that say how to fix it, and nothing changes."""

import pytest

from coprep.core.meetings import meetings
from coprep.core.money import activities, claims, payments
from coprep.core.storage.validate import InputError

TABLES = ("activities", "payments", "claims", "claim_items")


def _snapshot(ws):
    return {table: list(ws.db[table].rows_where(order_by="id")) for table in TABLES}


@pytest.fixture
def setup(ws):
    committee = meetings.add_committee(ws, "Quality Committee", organisation="Riverside ICB")
    meeting = meetings.add_meeting(ws, committee, "2025-09-11", start_time="10:00", end_time="12:30")
    activity = activities.log_meeting_time(ws, meeting, minutes_preparing="2")
    payment = payments.add_payment(ws, "2025-09-11", committee_id=committee, amount_pence="£75", basis="half_day")
    claim = claims.add_claim(ws, meeting_id=meeting)
    item = claims.add_item(ws, claim, "train", amount_pence="23.40")
    claims.set_claim_status(ws, claim, "submitted", submitted_date="2025-09-15")
    return {
        "committee": committee,
        "meeting": meeting,
        "activity": activity,
        "payment": payment,
        "claim": claim,
        "item": item,
    }


BAD = {
    "negative train fare": (
        lambda ws, ids: claims.add_item(ws, ids["claim"], "train", amount_pence="-23.40"),
        "without a minus sign",
    ),
    "negative payment": (
        lambda ws, ids: payments.update_payment(ws, ids["payment"], amount_pence="-75"),
        "without a minus sign",
    ),
    "amount that is not money": (
        lambda ws, ids: claims.add_item(ws, ids["claim"], "taxi", amount_pence="twelve quid"),
        "Write it like 12.50",
    ),
    "more than two pence places": (
        lambda ws, ids: payments.add_payment(ws, "2025-09-11", amount_pence="75.005"),
        "more than two numbers",
    ),
    "paid before it was sent": (
        lambda ws, ids: claims.set_claim_status(ws, ids["claim"], "paid", paid_date="2025-09-01"),
        "before the date you sent the claim",
    ),
    "payment paid before its date": (
        lambda ws, ids: payments.update_payment(ws, ids["payment"], status="paid", paid_date="2025-09-01"),
        "cannot be before",
    ),
    "30 hours in one activity": (
        lambda ws, ids: activities.add_activity(ws, "2025-10-02", kind="event", minutes_taking_part="30"),
        "a day has only 24 hours",
    ),
    "a day overfilled by a second activity": (
        lambda ws, ids: activities.add_activity(ws, "2025-09-11", kind="reading", minutes_preparing="20"),
        "already on that day",
    ),
    "time that is not a time": (
        lambda ws, ids: activities.update_activity(ws, ids["activity"], minutes_travelling="a while"),
        "Write hours like 1.5",
    ),
    "date that is not a date": (
        lambda ws, ids: activities.add_activity(ws, "31/02/2026", kind="survey"),
        "Write it like 12/03/2026",
    ),
    "mileage without miles": (lambda ws, ids: claims.add_item(ws, ids["claim"], "mileage"), "how many miles"),
    "paid without a date": (
        lambda ws, ids: payments.update_payment(ws, ids["payment"], status="paid"),
        "date you were paid",
    ),
}


@pytest.mark.parametrize("name", BAD)
def test_bad_input_is_refused_plainly_and_nothing_changes(ws, setup, name):
    change, message = BAD[name]
    before = _snapshot(ws)
    undo_label = ws.undo_label
    with pytest.raises(InputError, match=message):
        change(ws, setup)
    assert _snapshot(ws) == before
    assert ws.undo_label == undo_label


def test_payments_take_the_organisation_from_the_committee_and_stay_in_pence(ws, setup):
    payment = payments.get_payment(ws.db, setup["payment"])
    assert (payment.organisation, payment.amount_pence, payment.status) == ("Riverside ICB", 7500, "offered")
    payments.update_payment(ws, setup["payment"], status="paid", paid_date="30/09/2025")
    assert payments.get_payment(ws.db, setup["payment"]).paid_date == "2025-09-30"
    payments.update_payment(ws, setup["payment"], status="declined")
    assert payments.get_payment(ws.db, setup["payment"]).paid_date is None
