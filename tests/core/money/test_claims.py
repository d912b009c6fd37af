"""Expense claims: sent, paid or refused, how long each has waited, and when it is overdue."""

import datetime as dt

import pytest

from coprep.core.meetings import meetings
from coprep.core.money import claims, receipts
from coprep.core.storage.paths import files_folder
from coprep.core.storage.validate import InputError

SENT = dt.date(2025, 9, 15)


@pytest.fixture
def train_claim(ws):
    """A £23.40 train fare for a CRG meeting, not sent yet."""
    committee = meetings.add_committee(ws, "CF CRG", organisation="NHS England", expenses_days=28)
    meeting = meetings.add_meeting(ws, committee, "2025-09-11")
    claim = claims.add_claim(ws, meeting_id=meeting)
    claims.add_item(ws, claim, "train", amount_pence="£23.40", description="Return to London")
    return claim


def test_a_claim_takes_its_committee_organisation_and_promised_days_from_the_meeting(ws, train_claim):
    claim = claims.get_claim(ws.db, train_claim)
    assert (claim.organisation, claim.expected_days, claim.claimed_pence) == ("NHS England", 28, 2340)
    assert claim.status == "draft" and claims.owed_pence(claim) == 0
    assert claim.what == "CF CRG, 11 September 2025"


def test_a_sent_claim_ages_and_becomes_overdue_after_the_promised_days(ws, train_claim):
    claims.set_claim_status(ws, train_claim, "submitted", submitted_date=SENT.isoformat())
    claim = claims.get_claim(ws.db, train_claim)
    on_time = SENT + dt.timedelta(days=28)
    assert claims.days_waited(claim, on_time) == 28 and not claims.is_overdue(claim, on_time)
    late = SENT + dt.timedelta(days=41)
    assert claims.days_waited(claim, late) == 41 and claims.is_overdue(claim, late)
    assert claims.owed_pence(claim) == 2340
    assert claims.overdue_words(claim, late) == "£23.40 owed to you for 41 days by NHS England (they said 28 days)"
    assert [c.id for c in claims.overdue_claims(ws.db, late)] == [train_claim]
    assert claims.overdue_claims(ws.db, on_time) == []


def test_paying_in_full_stops_the_clock_and_clears_what_is_owed(ws, train_claim):
    claims.set_claim_status(ws, train_claim, "submitted", submitted_date="2025-09-15")
    claims.set_claim_status(ws, train_claim, "paid", paid_date="2025-10-25")
    claim = claims.get_claim(ws.db, train_claim)
    assert (claim.status, claim.paid_pence, claim.submitted_date) == ("paid", 2340, "2025-09-15")
    assert claims.days_waited(claim, dt.date(2026, 3, 1)) == 40
    assert claims.owed_pence(claim) == 0 and not claims.is_overdue(claim, dt.date(2026, 3, 1))


def test_paying_less_than_claimed_leaves_the_rest_owed(ws, train_claim):
    claims.add_item(ws, train_claim, "mileage", miles="10")  # 10 miles at 45p
    claims.set_claim_status(
        ws, train_claim, "paid", submitted_date="2025-09-15", paid_date="2025-09-30", paid_amount="23.40"
    )
    claim = claims.get_claim(ws.db, train_claim)
    assert (claim.status, claim.claimed_pence, claims.owed_pence(claim)) == ("part_paid", 2790, 450)
    assert claims.days_waited(claim, dt.date(2025, 10, 31)) == 46 and claims.is_overdue(claim, dt.date(2025, 10, 31))


def test_mileage_is_worked_out_from_miles_and_rate(ws, train_claim):
    item = claims.add_item(ws, train_claim, "mileage", miles="12.5", amount_pence="999")
    assert ws.row("claim_items", item)["amount_pence"] == 563
    claims.update_item(ws, item, pence_per_mile="25")
    assert ws.row("claim_items", item)["amount_pence"] == 313


@pytest.mark.parametrize(
    "status, dates, message",
    [
        ("submitted", {}, "date you sent"),
        ("paid", {"submitted_date": "2025-09-15"}, "date you were paid"),
        ("paid", {"submitted_date": "2025-09-15", "paid_date": "2025-09-14"}, r"paid \(14 September 2025\) is before"),
        ("paid", {"submitted_date": "2025-09-15", "paid_date": "2025-09-20", "paid_amount": "-3"}, "less than nothing"),
        ("paid", {"submitted_date": "2025-09-15", "paid_date": "2025-09-20", "paid_amount": "0"}, "choose Refused"),
        ("lost", {}, "from the list"),
    ],
)
def test_impossible_status_changes_are_refused_and_nothing_changes(ws, train_claim, status, dates, message):
    before = ws.row("claims", train_claim)
    with pytest.raises(InputError, match=message):
        claims.set_claim_status(ws, train_claim, status, **dates)
    assert ws.row("claims", train_claim) == before


def test_an_empty_claim_cannot_be_sent(ws):
    claim = claims.add_claim(ws, organisation="Healthwatch")
    with pytest.raises(InputError, match="Add at least one thing you spent"):
        claims.set_claim_status(ws, claim, "submitted", submitted_date="2025-09-15")


def test_a_receipt_is_copied_under_its_content_and_keeps_its_name(ws, train_claim, tmp_path):
    scan = tmp_path / "Ticket scan.PDF"
    scan.write_bytes(b"%PDF-1.4 ticket")
    item = claims.add_item(ws, train_claim, "parking", amount_pence="4", receipt=scan)
    again = claims.add_item(ws, train_claim, "parking", amount_pence="4", receipt=scan)
    stored = [claims.claim_items(ws.db, train_claim)[i] for i in (1, 2)]
    assert {s.id for s in stored} == {item, again}
    assert stored[0].receipt_name == "Ticket scan.PDF"
    assert stored[0].receipt_file == stored[1].receipt_file and stored[0].receipt_file.endswith(".pdf")
    copy = receipts.receipt_path(ws, stored[0])
    assert copy.parent == files_folder(ws.path) / "receipts" and copy.read_bytes() == b"%PDF-1.4 ticket"
    assert len(list(copy.parent.iterdir())) == 1


def test_a_missing_receipt_file_is_refused(ws, train_claim, tmp_path):
    with pytest.raises(InputError, match="cannot find the receipt"):
        claims.add_item(ws, train_claim, "taxi", amount_pence="12", receipt=tmp_path / "gone.jpg")
    assert len(claims.claim_items(ws.db, train_claim)) == 1


def test_deleting_a_claim_removes_its_items_and_undo_brings_them_back(ws, train_claim):
    claims.delete_claim(ws, train_claim)
    assert ws.db["claim_items"].count == 0
    ws.undo()
    assert claims.get_claim(ws.db, train_claim).claimed_pence == 2340


# -- the condition "expenses repaid within the promised time" -----------------------------------


def _meeting_id(ws, claim_id):
    return claims.get_claim(ws.db, claim_id).meeting_id


def test_repaid_in_time_when_paid_in_full_within_the_promised_days(ws, train_claim):
    claims.set_claim_status(ws, train_claim, "paid", submitted_date="2025-09-15", paid_date="2025-10-10")
    rating, reason = claims.claims_repaid_in_time(ws.db, _meeting_id(ws, train_claim))
    assert rating == "met" and "25 days" in reason


def test_not_repaid_in_time_when_paid_40_days_after_sending(ws, train_claim):
    claims.set_claim_status(ws, train_claim, "paid", submitted_date="2025-09-15", paid_date="2025-10-25")
    rating, reason = claims.claims_repaid_in_time(ws.db, _meeting_id(ws, train_claim))
    assert rating == "not_met" and reason == "Repaying took 40 days; NHS England said 28 days."


def test_nothing_to_judge_before_sending_or_while_within_the_promised_days(ws, train_claim):
    meeting = _meeting_id(ws, train_claim)
    assert claims.claims_repaid_in_time(ws.db, meeting)[0] is None
    claims.set_claim_status(ws, train_claim, "submitted", submitted_date="2025-09-15")
    assert claims.claims_repaid_in_time(ws.db, meeting, today=dt.date(2025, 10, 1))[0] is None
    rating, reason = claims.claims_repaid_in_time(ws.db, meeting, today=dt.date(2025, 11, 1))
    # Said as the person would say it to the chair, since it can become the note in the summary.
    assert rating == "not_met" and reason == "£23.40 still not repaid after 47 days; NHS England said 28 days."


def test_partly_repaid_in_time_when_one_claim_was_on_time_and_another_refused(ws, train_claim):
    meeting = _meeting_id(ws, train_claim)
    taxi = claims.add_claim(ws, meeting_id=meeting)
    claims.add_item(ws, taxi, "taxi", amount_pence="15")
    claims.set_claim_status(ws, train_claim, "paid", submitted_date="2025-09-15", paid_date="2025-09-20")
    claims.set_claim_status(ws, taxi, "refused", submitted_date="2025-09-15")
    rating, reason = claims.claims_repaid_in_time(ws.db, meeting)
    assert rating == "partly" and "My claim to NHS England was refused." in reason and "you" not in reason.lower()


# -- a whole claim saved at once, as the claim window does ------------------------------------


def test_a_whole_claim_is_saved_as_one_undo_step(ws):
    committee = meetings.add_committee(ws, "CRG", organisation="NHS England")
    items = [{"kind": "train", "amount_pence": "23.40"}, {"kind": "mileage", "miles": "10"}]
    claim = claims.save_claim(ws, None, {"committee_id": committee}, items, "submitted", submitted_date="2025-09-15")
    saved = claims.get_claim(ws.db, claim)
    assert (saved.status, saved.claimed_pence, ws.undo_label) == ("submitted", 2790, "Add expense claim")

    train, mileage = claims.claim_items(ws.db, claim)
    claims.save_claim(
        ws,
        claim,
        {"note": "Chased by phone"},
        [{"id": train.id, "kind": "train", "amount_pence": "25"}],
        "paid",
        paid_date="2025-10-25",
    )
    saved = claims.get_claim(ws.db, claim)
    assert (saved.status, saved.claimed_pence, saved.paid_pence, saved.note) == ("paid", 2500, 2500, "Chased by phone")
    ws.undo()
    assert claims.get_claim(ws.db, claim).status == "submitted"
    assert [i.id for i in claims.claim_items(ws.db, claim)] == [train.id, mileage.id]


def test_a_claim_with_one_bad_part_saves_nothing(ws):
    items = [{"kind": "train", "amount_pence": "23.40"}, {"kind": "taxi", "amount_pence": "lots"}]
    with pytest.raises(InputError, match="not an amount"):
        claims.save_claim(ws, None, {"organisation": "Healthwatch"}, items)
    assert ws.db["claims"].count == 0 and ws.db["claim_items"].count == 0 and ws.undo_label is None
    good = [{"kind": "train", "amount_pence": "23.40"}]
    with pytest.raises(InputError, match="before the date you sent"):
        claims.save_claim(ws, None, {}, good, "paid", submitted_date="2025-09-15", paid_date="2025-09-01")
    assert ws.db["claims"].count == 0 and ws.db["claim_items"].count == 0
