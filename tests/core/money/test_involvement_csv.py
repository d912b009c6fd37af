"""The spreadsheet export reads back with the csv module and adds up to the same pennies and minutes."""

import csv
import datetime as dt
import io
from decimal import Decimal

from coprep.core.meetings import meetings
from coprep.core.money import activities, claims, payments
from coprep.core.money.involvement_csv import COLUMNS, save_involvement_csv, write_involvement_csv
from coprep.core.money.involvement_summary import tax_year_summary

TODAY = dt.date(2026, 3, 12)


def _fill(ws):
    icb = meetings.add_committee(ws, "Quality Committee", organisation="Riverside ICB")
    meeting = meetings.add_meeting(ws, icb, "2025-09-11", start_time="10:00", end_time="12:30")
    activities.log_meeting_time(ws, meeting, minutes_preparing="1:20", note="=SUM(A1) asked about waits")
    activities.add_activity(ws, "2025-04-05", kind="survey", organisation="Healthwatch", minutes_taking_part=20)
    activities.add_activity(
        ws, "2025-10-01", kind="event", organisation="Café Santé, Zoë's group", minutes_taking_part=95
    )
    payments.add_payment(
        ws,
        "2025-09-11",
        committee_id=icb,
        amount_pence="£1,075.05",
        status="paid",
        paid_date="2025-10-25",
        basis="day",
        payer="Payroll",
    )
    payments.add_payment(ws, "2025-10-11", committee_id=icb, amount_pence="75", status="offered")
    claim = claims.add_claim(ws, meeting_id=meeting)
    claims.add_item(ws, claim, "train", amount_pence="23.40")
    claims.add_item(ws, claim, "mileage", miles="12.5")
    claims.set_claim_status(ws, claim, "paid", submitted_date="2025-09-12", paid_date="2025-10-22", paid_amount="20")


def _read(path):
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _pence(rows, kind, column):
    return sum(int(Decimal(r[column]) * 100) for r in rows if r["Type"] == kind and r[column])


def test_the_file_reads_back_and_adds_up_to_the_summary(ws, tmp_path):
    _fill(ws)
    path = tmp_path / "involvement.csv"
    assert save_involvement_csv(ws.db, path, year=2025, today=TODAY) == 7
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # so Excel reads it as UTF-8
    rows = _read(path)
    assert list(rows[0]) == list(COLUMNS)
    summary = tax_year_summary(ws.db, 2025, today=TODAY).total
    time_rows = [r for r in rows if r["Type"] == "time"]
    assert sum(int(r["Minutes preparing"]) for r in time_rows) == summary.minutes_preparing == 80
    assert sum(int(r["Minutes taking part"]) for r in time_rows) == summary.minutes_taking_part == 150 + 95
    assert _pence(rows, "payment", "Amount paid (£)") == summary.payments_received_pence == 107505
    assert _pence(rows, "expense claim", "Amount paid (£)") == summary.expenses_repaid_pence == 2000
    items = _pence(rows, "expense item", "Item amount (£)")
    assert items == _pence(rows, "expense claim", "Amount (£)") == 2340 + 563


def test_rows_keep_accents_dates_and_say_what_each_thing_is(ws, tmp_path):
    _fill(ws)
    path = tmp_path / "all.csv"
    save_involvement_csv(ws.db, path, today=TODAY)
    rows = _read(path)
    assert [r["Type"] for r in rows].count("time") == 3  # no tax year: everything
    event = next(r for r in rows if r["What"] == "Event")
    assert event["Organisation"] == "Café Santé, Zoë's group" and event["Date"] == "2025-10-01"
    assert event["Hours in all"] == "1.58"
    claim = next(r for r in rows if r["Type"] == "expense claim")
    # Part paid: the rest is still owed, so the claim is still waiting.
    assert (claim["Status"], claim["Date sent"], claim["Days waited"]) == ("Part paid", "2025-09-12", "181")
    mileage = next(r for r in rows if r["Type"] == "expense item" and r["What"].startswith("Car"))
    assert mileage["What"] == "Car (by the mile): 12.5 miles at 45p" and mileage["Number"] == claim["Number"]


def test_text_that_looks_like_a_formula_is_shown_not_run(ws):
    _fill(ws)
    out = io.StringIO()
    write_involvement_csv(ws.db, out, today=TODAY)
    note = next(r for r in csv.DictReader(io.StringIO(out.getvalue())) if r["Note"])
    assert note["Note"] == "'=SUM(A1) asked about waits"
    assert not out.getvalue().startswith("\ufeff")
