"""Tax-year summaries, chart series and the involvement record, from a small hand-made history."""

import datetime as dt

import pytest

from coprep.core.meetings import meetings
from coprep.core.money import activities, claims, payments
from coprep.core.money.involvement_record import involvement_record, involvement_record_markdown
from coprep.core.money.involvement_summary import monthly_hours, owed_over_time, tax_year_summary, tax_years

TODAY = dt.date(2026, 3, 12)


@pytest.fixture
def history(ws):
    icb = meetings.add_committee(ws, "Quality Committee", organisation="Riverside ICB", role_title="PPV partner")
    crg = meetings.add_committee(ws, "CF *CRG*", organisation="NHS England", expenses_days=42)
    april_5 = meetings.add_meeting(ws, icb, "2025-04-05", start_time="10:00", end_time="12:00")
    april_6 = meetings.add_meeting(ws, icb, "2025-04-06", start_time="10:00", end_time="12:00")
    crg_meeting = meetings.add_meeting(ws, crg, "2026-01-20", start_time="13:30", end_time="16:00")
    activities.log_meeting_time(ws, april_5, minutes_preparing="1")
    activities.log_meeting_time(ws, april_6, minutes_preparing="1:30", minutes_travelling="45m")
    activities.log_meeting_time(ws, crg_meeting, minutes_preparing="3", capacity="carer")
    activities.add_activity(ws, "2026-04-05", kind="survey", organisation="Healthwatch", minutes_taking_part="30m")
    activities.add_activity(ws, "2026-04-06", kind="survey", organisation="Healthwatch", minutes_taking_part="20m")
    payments.add_payment(ws, "2025-03-20", committee_id=icb, amount_pence="£75", status="paid", paid_date="2025-04-05")
    payments.add_payment(ws, "2025-04-06", committee_id=icb, amount_pence="£75", status="paid", paid_date="2025-04-25")
    payments.add_payment(ws, "2026-02-01", committee_id=icb, amount_pence="£75", status="claimed")
    payments.add_payment(ws, "2026-02-02", committee_id=icb, amount_pence="£1,000", status="declined")
    repaid = claims.add_claim(ws, meeting_id=april_6)
    claims.add_item(ws, repaid, "train", amount_pence="12.30")
    claims.add_item(ws, repaid, "mileage", miles="3")  # £1.35
    claims.set_claim_status(ws, repaid, "paid", submitted_date="2025-04-07", paid_date="2025-05-17")
    waiting = claims.add_claim(ws, meeting_id=crg_meeting)
    claims.add_item(ws, waiting, "train", amount_pence="£23.40")
    claims.set_claim_status(ws, waiting, "submitted", submitted_date="2026-01-21")
    return {"icb": icb, "crg": crg, "repaid": repaid, "waiting": waiting}


def test_the_summary_puts_each_figure_in_the_tax_year_of_its_own_date(ws, history):
    summary = tax_year_summary(ws.db, 2025, today=TODAY)
    assert summary.label == "6 April 2025 to 5 April 2026"
    by_name = {org.organisation: org for org in summary.organisations}
    assert list(by_name) == ["NHS England", "Riverside ICB", "Healthwatch"]  # most time first
    icb = by_name["Riverside ICB"]
    assert (icb.activities, icb.minutes_preparing, icb.minutes_travelling, icb.minutes_taking_part) == (1, 90, 45, 120)
    assert icb.payments_received_pence == 7500  # paid 25 April 2025; the one paid 5 April falls in 2024
    assert icb.payments_awaited_pence == 7500
    assert icb.expenses_repaid_pence == 1365
    assert by_name["Healthwatch"].minutes_taking_part == 30  # 5 April 2026 in, 6 April 2026 out
    crg = by_name["NHS England"]
    assert (crg.expenses_owed_pence, crg.longest_wait_days, crg.overdue_pence) == (2340, 50, 2340)
    assert summary.total.total_minutes == 255 + 330 + 30
    assert summary.total.payments_received_pence == 7500 and summary.total.expenses_owed_pence == 2340


def test_the_year_before_holds_only_what_happened_up_to_5_april(ws, history):
    summary = tax_year_summary(ws.db, 2024, today=TODAY)
    assert [org.organisation for org in summary.organisations] == ["Riverside ICB"]
    assert summary.total.minutes_taking_part == 120 and summary.total.payments_received_pence == 7500
    assert summary.total.expenses_repaid_pence == 0


def test_a_claim_not_yet_overdue_is_owed_but_not_overdue(ws, history):
    crg = tax_year_summary(ws.db, 2025, today=dt.date(2026, 2, 15)).organisations[0]
    assert (crg.expenses_owed_pence, crg.overdue_pence, crg.longest_wait_days) == (2340, 0, 25)


def test_monthly_hours_run_from_april_to_april(ws, history):
    months = monthly_hours(ws.db, 2025)
    assert [m.month.isoformat() for m in (months[0], months[9], months[12])] == [
        "2025-04-01",
        "2026-01-01",
        "2026-04-01",
    ]
    assert (months[0].minutes_preparing, months[0].minutes_taking_part) == (90, 120)  # 5 April is not in it
    assert months[9].minutes_preparing == 180 and months[12].minutes_taking_part == 30


def test_money_owed_over_time_steps_up_when_sent_and_down_when_paid(ws, history):
    steps = owed_over_time(ws.db, dt.date(2025, 4, 6), TODAY)
    assert steps == [
        (dt.date(2025, 4, 6), 0),
        (dt.date(2025, 4, 7), 1365),
        (dt.date(2025, 5, 17), 0),
        (dt.date(2026, 1, 21), 2340),
        (TODAY, 2340),
    ]
    assert owed_over_time(ws.db, dt.date(2025, 5, 1), dt.date(2025, 5, 31))[0] == (dt.date(2025, 5, 1), 1365)


def test_the_record_lists_committees_roles_dates_and_hours_most_recent_first(ws, history):
    text = involvement_record_markdown(ws.db, dt.date(2025, 4, 6), dt.date(2026, 4, 5))
    assert "From 6 April 2025 to 5 April 2026." in text
    assert "In all: 10 h 15 min over 3 activities with 3 organisations." in text
    assert text.index("## CF \\*CRG\\*") < text.index("## Quality Committee")
    assert "Role: PPV partner" in text
    assert "| 6 April 2025 | Meeting, as a patient | 4 h 15 min |" in text
    assert "| 20 January 2026 | Meeting, as a carer | 5 h 30 min |" in text
    assert "Survey: Healthwatch, as a patient" in text and "5 April 2025" not in text
    assert "£" not in text  # the record is for sharing: no money


def test_the_record_as_html_shows_names_exactly_and_runs_nothing(ws, history):
    meetings.add_committee(ws, "<script>alert(1)</script>")
    activities.add_activity(ws, "2025-06-01", kind="event", organisation="<b>Trust</b>", minutes_taking_part=60)
    record = involvement_record(ws.db, today=TODAY)
    page = record.html
    assert page.startswith("<!DOCTYPE html>") and '<table border="1"' in page
    assert record.file_stem == "involvement-record-all-years"
    assert "<h2>CF *CRG*</h2>" in page
    assert "<script" not in page and "&lt;b&gt;Trust&lt;/b&gt;" in page


def test_an_empty_record_says_so(ws):
    assert "No time has been recorded" in involvement_record_markdown(ws.db, today=TODAY)


def test_tax_years_to_choose_run_from_this_one_back_to_the_first_recorded(ws, history):
    assert tax_years(ws.db, TODAY) == [2025, 2024]
    assert tax_years(ws.db, dt.date(2027, 5, 1)) == [2027, 2026, 2025, 2024]


def test_with_nothing_recorded_only_this_tax_year_is_offered(ws):
    assert tax_years(ws.db, dt.date(2026, 4, 5)) == [2025]
