"""The worked example for time and money: hours for the demo's past meetings, payments and claims.

The ICB pays £75 a half day through payroll, which is below the Living Wage once the four hours
of reading are counted; the Clinical Reference Group pays nothing; the trial
committee pays by the hour. One train fare was repaid quickly, one has waited weeks past the
28 days promised (like the seed's three-month wait), one was refused, and one claim is not sent yet.
The person gets a benefit with a weekly earnings limit they typed in, said no to the conference's
payment to stay under it, and has chased the overdue fare. Everything is invented. Rows go straight in, like the rest of the example, so they are not undone.
"""

import datetime as dt
from typing import Any

from coprep.core.demo.committees import CF_CRG, ICB_QUALITY, TRIAL_TSC
from coprep.core.money.chaser import MY_NAME, write_chaser
from coprep.core.money.claims import overdue_claims
from coprep.core.money.tax_year import tax_year_bounds, tax_year_of
from coprep.core.storage.settings import set_setting
from coprep.core.storage.workspace import Workspace

HALF_DAY_PENCE = 7500
TRIAL_PENCE_PER_HOUR = 2750


def _time_given() -> dict[str, tuple[int, int, str]]:
    """Per committee: minutes preparing, minutes travelling, taking part as."""
    # The ICB's pack takes four hours to read: with travel, £75 for 8 hours falls below the Living Wage.
    return {
        ICB_QUALITY.name: (240, 90, "patient"),
        CF_CRG.name: (180, 0, "carer"),
        TRIAL_TSC.name: (90, 100, "patient"),
    }


def _other_involvement() -> tuple[tuple[int, str, str, int, int, str], ...]:
    """Days ago, kind, organisation, minutes taking part, minutes travelling, note."""
    return (
        (300, "training", ICB_QUALITY.organisation, 180, 60, "Induction for new patient and public voice partners"),
        (200, "survey", "Healthwatch Riverside", 30, 0, "Survey on GP appointments"),
        (150, "phone_call", TRIAL_TSC.organisation, 45, 0, "Call with the trial manager about the lay summary"),
        (40, "event", "Riverside Patient Voice Network", 360, 120, "Patient voice conference"),
    )


def _past_meetings(ws: Workspace, today: dt.date) -> list[dict[str, Any]]:
    return list(
        ws.db.query(
            "select meetings.id, meetings.date, meetings.start_time, meetings.end_time, meetings.committee_id, "
            "committees.name, committees.organisation, committees.expenses_days from meetings "
            "join committees on committees.id = meetings.committee_id "
            "where meetings.date < ? and meetings.status = 'held' order by meetings.date",
            [today.isoformat()],
        )
    )


def _length(meeting: dict[str, Any]) -> int:
    start, end = (dt.datetime.strptime(meeting[key], "%H:%M") for key in ("start_time", "end_time"))
    return int((end - start).total_seconds()) // 60


def _payday(day: dt.date) -> dt.date:
    """Payroll pays on the 25th of the month after the meeting."""
    return dt.date(day.year + day.month // 12, day.month % 12 + 1, 25)


def _claim(ws: Workspace, meeting: dict[str, Any], items: list[dict[str, Any]], **values: Any) -> None:
    claim_id = (
        ws.db.table("claims")
        .insert(
            {
                "committee_id": meeting["committee_id"],
                "meeting_id": meeting["id"],
                "organisation": meeting["organisation"],
                "expected_days": meeting["expenses_days"],
                **values,
            }
        )
        .last_pk
    )
    ws.db.table("claim_items").insert_all({"claim_id": claim_id, **item} for item in items)


def add_demo_involvement(ws: Workspace, today: dt.date) -> None:
    """Add time, payments and claims for the example's past meetings, and some other involvement."""
    db = ws.db
    meetings = _past_meetings(ws, today)
    time_given = _time_given()
    with db.atomic():
        for meeting in meetings:
            preparing, travelling, capacity = time_given[meeting["name"]]
            day = dt.date.fromisoformat(meeting["date"])
            activity_id = (
                db.table("activities")
                .insert(
                    {
                        "date": meeting["date"],
                        "kind": "meeting",
                        "meeting_id": meeting["id"],
                        "committee_id": meeting["committee_id"],
                        "organisation": meeting["organisation"],
                        "minutes_preparing": preparing,
                        "minutes_travelling": travelling,
                        "minutes_taking_part": _length(meeting),
                        "capacity": capacity,
                    }
                )
                .last_pk
            )
            payment = {
                "activity_id": activity_id,
                "committee_id": meeting["committee_id"],
                "organisation": meeting["organisation"],
                "date": meeting["date"],
            }
            if meeting["name"] == ICB_QUALITY.name:
                paid = _payday(day)
                db.table("payments").insert(
                    {
                        **payment,
                        "basis": "half_day",
                        "amount_pence": HALF_DAY_PENCE,
                        "payer": "ICB payroll (tax and National Insurance taken off)",
                        "status": "paid" if paid < today else "claimed",
                        "paid_date": paid.isoformat() if paid < today else None,
                    }
                )
            elif meeting["name"] == TRIAL_TSC.name:
                minutes = preparing + _length(meeting)
                paid = day + dt.timedelta(days=21)
                db.table("payments").insert(
                    {
                        **payment,
                        "basis": "hour",
                        "amount_pence": TRIAL_PENCE_PER_HOUR * minutes // 60,
                        "payer": "Northfield University finance office, by bank transfer",
                        "status": "paid" if paid < today else "claimed",
                        "paid_date": paid.isoformat() if paid < today else None,
                    }
                )
        for days_ago, kind, organisation, taking_part, travelling, note in _other_involvement():
            db.table("activities").insert(
                {
                    "date": (today - dt.timedelta(days=days_ago)).isoformat(),
                    "kind": kind,
                    "organisation": organisation,
                    "minutes_taking_part": taking_part,
                    "minutes_travelling": travelling,
                    "note": note,
                }
            )
        _add_claims(ws, meetings, today)
        _add_benefit_and_decline(ws, today)
        _add_chase(ws, today)


def _add_claims(ws: Workspace, meetings: list[dict[str, Any]], today: dt.date) -> None:
    """Bus fares for older ICB meetings (repaid in 9 to 37 days), a quick trial mileage claim,
    an overdue train fare for the ICB meeting six to ten weeks ago, and a draft for the latest."""
    icb = [m for m in meetings if m["name"] == ICB_QUALITY.name]
    overdue = next((m for m in reversed(icb) if (today - dt.date.fromisoformat(m["date"])).days >= 42), None)
    bus = [{"kind": "bus", "description": "Day ticket, Riverford", "amount_pence": 540}]
    for number, meeting in enumerate(m for m in icb if overdue and m["date"] < overdue["date"]):
        sent = dt.date.fromisoformat(meeting["date"]) + dt.timedelta(days=2)
        paid = sent + dt.timedelta(days=9 + (number * 11) % 29)
        _claim(
            ws, meeting, bus, status="paid", submitted_date=sent.isoformat(), paid_date=paid.isoformat(), paid_pence=540
        )
    if overdue:
        sent = dt.date.fromisoformat(overdue["date"]) + dt.timedelta(days=3)
        _claim(
            ws,
            overdue,
            [{"kind": "train", "description": "Return, Riverford to Mill Lane", "amount_pence": 2340}],
            status="submitted",
            submitted_date=sent.isoformat(),
            note="Sent by email to the PPV team",
        )
    trial = [m for m in meetings if m["name"] == TRIAL_TSC.name]
    if trial:
        sent = dt.date.fromisoformat(trial[-1]["date"]) + dt.timedelta(days=1)
        mileage = [
            {
                "kind": "mileage",
                "description": "Home to Northfield University and back",
                "miles": 36.0,
                "pence_per_mile": 45,
                "amount_pence": 1620,
            },
            {"kind": "parking", "description": "University car park", "amount_pence": 450},
        ]
        paid = min(sent + dt.timedelta(days=6), today)
        _claim(
            ws,
            trial[-1],
            mileage,
            status="paid",
            submitted_date=sent.isoformat(),
            paid_date=paid.isoformat(),
            paid_pence=2070,
        )
    _add_refused_claim(ws, today)
    if icb and icb[-1] is not overdue:
        _claim(
            ws,
            icb[-1],
            [
                {"kind": "parking", "description": "Mill Lane car park", "amount_pence": 380},
                {"kind": "meals", "description": "Lunch", "amount_pence": 645},
            ],
            note="Find the parking ticket before sending",
        )


def _add_refused_claim(ws: Workspace, today: dt.date) -> None:
    """The bus fare to the ICB's induction training (300 days ago), refused: training is not covered."""
    sent = today - dt.timedelta(days=298)
    claim_id = (
        ws.db.table("claims")
        .insert(
            {
                "organisation": ICB_QUALITY.organisation,
                "status": "refused",
                "submitted_date": sent.isoformat(),
                "note": "Induction training: they said their expenses policy does not cover training days",
            }
        )
        .last_pk
    )
    ws.db.table("claim_items").insert(
        {"claim_id": claim_id, "kind": "bus", "description": "Day ticket, Riverford", "amount_pence": 540}
    )


def _add_benefit_and_decline(ws: Workspace, today: dt.date) -> None:
    """A benefit with the weekly limit the person typed (from this tax year's start), and the
    conference's £60 said no to, as it would have passed the limit in a week with ICB pay."""
    start = tax_year_bounds(tax_year_of(today))[0]
    ws.db.table("benefits").insert(
        {
            "name": "Employment and Support Allowance",
            "weekly_limit_pence": 19550,
            "start_date": start.isoformat(),
            "note": "Limit checked with my adviser at the Citizens Advice drop-in",
        }
    )
    set_setting(ws.db, MY_NAME, "Jane Ahmed")
    ws.db.table("payments").insert(
        {
            "date": (today - dt.timedelta(days=40)).isoformat(),
            "status": "declined",
            "organisation": "Riverside Patient Voice Network",
            "amount_pence": 6000,
            "basis": "day",
            "declined_reason": "To protect my benefits",
            "note": "Patient voice conference",
        }
    )


def _add_chase(ws: Workspace, today: dt.date) -> None:
    """The overdue train fare was chased by email a week after the promised time."""
    for claim in overdue_claims(ws.db, today):
        chased = dt.date.fromisoformat(claim.submitted_date or "") + dt.timedelta(days=claim.expected_days + 7)
        letter = write_chaser(ws.db, claim.id, "email", min(chased, today))
        ws.db.table("claim_chases").insert(
            {
                "claim_id": claim.id,
                "date": min(chased, today).isoformat(),
                "how": "email",
                "text": f"{letter.subject}\n\n{letter.body}",
            }
        )
