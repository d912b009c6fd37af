"""The worked example shows time and money working: a quick repayment, an overdue train fare, a draft."""

import datetime as dt

import pytest

from coprep.core.demo.worked_example import load_demo
from coprep.core.money import activities, claims, payments
from coprep.core.money.involvement_summary import tax_year_summary

TODAY = dt.date(2026, 3, 12)


@pytest.fixture
def demo(ws):
    load_demo(ws, today=TODAY)
    return ws


def test_each_past_meeting_has_its_time_logged(demo):
    held = demo.db.execute("select count(*) from meetings where status = 'held'").fetchone()[0]
    logged = [a for a in activities.list_activities(demo.db) if a.kind == "meeting"]
    assert len(logged) == held > 0
    assert {a.kind for a in activities.list_activities(demo.db)} >= {"training", "survey", "phone_call", "event"}


def test_payments_follow_each_organisations_rules(demo):
    by_basis = {}
    for payment in payments.list_payments(demo.db):
        by_basis.setdefault((payment.committee_name, payment.basis), set()).add(payment.amount_pence)
    assert by_basis[("Quality and Performance Committee", "half_day")] == {7500}
    assert ("BREATHE-Home Trial Steering Committee", "hour") in by_basis
    assert not any(name.startswith("Cystic Fibrosis") for name, _ in by_basis)


def test_one_claim_repaid_quickly_one_overdue_by_weeks_one_refused_and_one_draft(demo):
    found = claims.list_claims(demo.db)
    quick = [c for c in found if c.status == "paid" and claims.days_waited(c, TODAY) <= 7]
    overdue = claims.overdue_claims(demo.db, TODAY)
    drafts = [c for c in found if c.status == "draft"]
    refused = [c for c in found if c.status == "refused"]
    assert len(quick) == 1 and len(drafts) == 1 and len(overdue) == 1 and len(refused) == 1
    assert claims.owed_pence(refused[0]) == 0 and "training" in refused[0].note
    assert [item.kind for item in claims.claim_items(demo.db, overdue[0].id)] == ["train"]
    assert claims.days_waited(overdue[0], TODAY) - overdue[0].expected_days >= 7
    assert claims.claims_repaid_in_time(demo.db, overdue[0].meeting_id, TODAY)[0] == "not_met"
    assert claims.claims_repaid_in_time(demo.db, quick[0].meeting_id, TODAY)[0] == "met"


def test_the_example_would_pass_the_checks_a_person_gets(demo):
    for activity in activities.list_activities(demo.db):
        activities.update_activity(demo, activity.id, note=activity.note + " ")
    summary = tax_year_summary(demo.db, 2025, today=TODAY)
    assert summary.total.payments_received_pence > 0 and summary.total.expenses_owed_pence == 2340


def test_a_long_history_for_speed_tests_still_loads(ws):
    load_demo(ws, years=2, today=TODAY)
    assert ws.db["activities"].count > 50 and len(claims.overdue_claims(ws.db, TODAY)) == 1


def test_the_demo_shows_money_without_fear(tmp_path):
    """A benefit with a typed weekly limit, one declined payment, a committee below the Living Wage
    once reading is counted, and an overdue claim that was chased."""
    import datetime as _dt

    from coprep.core.demo.worked_example import load_demo
    from coprep.core.money import benefits, chaser, claims, hourly_rate, payments
    from coprep.core.storage.database import open_database
    from coprep.core.storage.workspace import Workspace

    today = _dt.date(2026, 12, 7)
    path = tmp_path / "demo.db"
    ws = Workspace(open_database(path), path)
    load_demo(ws, today=today)
    assert benefits.weekly_limit_on(ws.db, today) == 19550
    declined = [p for p in payments.list_payments(ws.db) if p.status == "declined"]
    assert len(declined) == 1 and declined[0].declined_reason
    below = [r for r in hourly_rate.hourly_rates(ws.db) if r.committee and r.below_living_wage]
    assert [r.committee for r in below] == ["Quality and Performance Committee"]
    late = claims.overdue_claims(ws.db, today)
    assert late and chaser.chases_for(ws.db, late[0].id)
    ws.db.close()
