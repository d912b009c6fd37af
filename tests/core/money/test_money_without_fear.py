"""Money without fear: the weekly limit warning, declined payments kept apart, the statement, the
real hourly rate and the chaser for late money."""

import datetime as dt
import io

import pytest

from coprep.core.fairness.proposals import propose
from coprep.core.meetings import meetings
from coprep.core.money import benefits, chaser, claims, hourly_rate, payments, statement
from coprep.core.money.activities import add_activity
from coprep.core.money.involvement_record import involvement_record_markdown
from coprep.core.money.involvement_summary import tax_year_summary
from coprep.core.storage.settings import set_setting
from coprep.core.storage.validate import InputError

MONDAY = dt.date(2026, 6, 1)


@pytest.fixture
def icb(ws):
    return meetings.add_committee(ws, "Quality Committee", organisation="Riverside ICB", expenses_days=28)


def test_a_payment_over_the_weekly_limit_warns_and_one_under_it_does_not(ws, icb):
    benefits.add_benefit(ws, "Employment and Support Allowance", "2026-04-06", "£195.50")
    payments.add_payment(ws, "2026-06-02", committee_id=icb, amount_pence=15000, status="paid", paid_date="2026-06-03")
    under = benefits.check_payment(ws.db, "2026-06-05", "£45.50")
    assert not under.passes and under.total_pence == 19550
    over = benefits.check_payment(ws.db, "2026-06-07", "£75")
    assert over.passes and over.room_pence == 4550 and over.week.first == MONDAY
    assert "£225.00" in over.words() and "£29.50" in over.words()
    next_week = benefits.check_payment(ws.db, "2026-06-08", "£75")
    assert not next_week.passes


def test_no_limit_means_no_warning_and_a_limit_only_counts_from_its_start(ws, icb):
    assert not benefits.check_payment(ws.db, "2026-03-02", "£500").passes
    benefits.add_benefit(ws, "ESA", "2026-04-06", "£195.50")
    assert not benefits.check_payment(ws.db, "2026-03-30", "£500").passes
    assert benefits.check_payment(ws.db, "2026-04-06", "£500").passes
    benefits.add_benefit(ws, "ESA", "2027-04-05", "£200")
    assert benefits.weekly_limit_on(ws.db, dt.date(2027, 4, 5)) == 20000


def test_accepting_part_declines_the_rest_with_the_reason_and_the_rest_is_kept_apart(ws, icb):
    benefits.add_benefit(ws, "ESA", "2026-04-06", "£50")
    kept, declined = payments.add_payment_in_part(
        ws,
        "2026-06-02",
        "£50",
        "To protect my benefits",
        committee_id=icb,
        amount_pence="£75",
        status="paid",
        paid_date="2026-06-02",
    )
    assert payments.get_payment(ws.db, kept).amount_pence == 5000
    rest = payments.get_payment(ws.db, declined)
    assert (rest.status, rest.amount_pence, rest.declined_reason) == ("declined", 2500, "To protect my benefits")
    assert benefits.weeks(ws.db, MONDAY, MONDAY)[0].received_pence == 5000
    summary = tax_year_summary(ws.db, 2026, MONDAY).total
    assert (summary.payments_received_pence, summary.payments_declined_pence) == (5000, 2500)
    assert benefits.period_total(ws.db, MONDAY, MONDAY + dt.timedelta(days=6)) == 5000
    record = involvement_record_markdown(ws.db)
    assert "Payments I said no to" in record and "To protect my benefits" in record and "£" not in record
    ws.undo()
    assert payments.list_payments(ws.db) == []
    with pytest.raises(InputError):
        payments.add_payment_in_part(ws, "2026-06-02", "£80", "", amount_pence="£75")


def test_the_statement_totals_equal_its_rows_with_expenses_and_declined_apart(ws, icb, tmp_path):
    set_setting(ws.db, chaser.MY_NAME, "Jane Ahmed")
    meeting = meetings.add_meeting(ws, icb, "2026-06-02")
    payments.add_payment(ws, "2026-06-02", committee_id=icb, amount_pence=7500, status="paid", paid_date="2026-06-20")
    payments.add_payment(ws, "2026-06-09", committee_id=icb, amount_pence=2750, status="paid", paid_date="2026-06-25")
    payments.add_payment(
        ws,
        "2026-06-10",
        committee_id=icb,
        amount_pence=4000,
        status="declined",
        declined_reason="To protect my benefits",
    )
    payments.add_payment(ws, "2026-05-01", committee_id=icb, amount_pence=9900, status="paid", paid_date="2026-05-02")
    claim = claims.add_claim(ws, meeting_id=meeting)
    claims.add_item(ws, claim, "train", amount_pence="£23.40")
    claims.set_claim_status(ws, claim, "paid", "2026-06-03", "2026-06-15")
    add_activity(ws, "2026-06-02", committee_id=icb, minutes_preparing=120, minutes_taking_part=180)
    made = statement.build_statement(ws.db, dt.date(2026, 6, 1), dt.date(2026, 6, 30))
    assert made.payments_pence == sum(line.pence for line in made.payments) == 10250
    assert made.expenses_pence == 2340 and made.declined_pence == 4000 and made.minutes == 300
    text = statement.statement_markdown(made)
    assert "Jane Ahmed" in text and "Signed" in text and "NIHR" in text and "SCIE" in text
    assert "£99.00" not in text
    out = io.StringIO()
    assert statement.write_statement_csv(made, out) == 5
    rows = out.getvalue().splitlines()
    assert rows[1].startswith("payment,2026-06-20") and any(r.startswith("declined,2026-06-10") for r in rows)
    with pytest.raises(InputError):
        statement.build_statement(ws.db, dt.date(2026, 6, 30), dt.date(2026, 6, 1))


def test_the_real_hourly_rate_counts_all_time_and_handles_no_time_and_unpaid_roles(ws, icb):
    add_activity(
        ws, "2026-06-02", committee_id=icb, minutes_preparing=240, minutes_travelling=60, minutes_taking_part=180
    )
    payments.add_payment(ws, "2026-06-02", committee_id=icb, amount_pence=7500, status="paid", paid_date="2026-06-25")
    crg = meetings.add_committee(ws, "CF CRG", organisation="NHS England")
    add_activity(ws, "2026-06-03", committee_id=crg, minutes_taking_part=120)
    payments.add_payment(
        ws, "2026-06-04", organisation="Healthwatch", amount_pence=2000, status="paid", paid_date="2026-06-04"
    )
    found = {rate.name: rate for rate in hourly_rate.hourly_rates(ws.db)}
    quality = found["Quality Committee"]
    assert quality.pence_per_hour == 938 and quality.living_wage_pence == 1271 and quality.below_living_wage
    assert quality.words() == "£75.00 a time is £9.38 an hour once your 8 h are counted"
    assert found["CF CRG"].pence_per_hour == 0 and not found["CF CRG"].below_living_wage
    assert found["CF CRG"].words().startswith("Unpaid")
    assert found["Healthwatch"].pence_per_hour is None and "No time" in found["Healthwatch"].words()
    hourly_rate.set_own_living_wage(ws, "2026-04-01", "£9.00", "My correction")
    assert hourly_rate.living_wage_on(ws.db, "2026-06-02") == 900
    assert not {r.name: r for r in hourly_rate.hourly_rates(ws.db)}["Quality Committee"].below_living_wage


def test_the_chaser_names_the_claim_dates_amount_and_wait_and_is_logged_and_cited(ws, icb):
    set_setting(ws.db, chaser.MY_NAME, "Jane Ahmed")
    meeting = meetings.add_meeting(ws, icb, "2026-09-10")
    claim = claims.add_claim(ws, meeting_id=meeting)
    claims.add_item(ws, claim, "train", amount_pence="£23.40")
    claims.set_claim_status(ws, claim, "submitted", "2026-09-13")
    today = dt.date(2026, 11, 2)
    letter = chaser.write_chaser(ws.db, claim, "email", today)
    assert "13 September 2026" in letter.subject
    for words in (
        "13 September 2026",
        "£23.40",
        "28 days",
        "50 days",
        "Quality Committee, 10 September 2026",
        "Jane Ahmed",
    ):
        assert words in letter.body
    assert letter.mailto("ppv@example.org").startswith("mailto:ppv%40example.org?subject=Expense%20claim")
    chaser.log_chase(ws, letter, "2026-11-02")
    assert "2 November 2026" in chaser.write_chaser(ws.db, claim, "letter", today).body
    proposal = propose(ws.db, meeting, today)["expenses_on_time"]
    assert proposal.rating == "not_met" and "I chased it on 2 November 2026." in proposal.reason
    claims.set_claim_status(ws, claim, "paid", paid_date="2026-11-05")
    with pytest.raises(InputError):
        chaser.write_chaser(ws.db, claim, "email", today)
