"""My benefits, privately: what the person says they receive and any weekly earnings limit they
typed in, and involvement payments week by week against that limit.

coprep ships no benefit rule: limits change each April and depend on the person, so the person
types their own with the date it starts, and coprep points to where to check. It never advises.
A week here runs Monday to Sunday; a payment counts in the week it reached the person (or, if it
has not arrived yet, the week of the involvement). Declined payments never count.
"""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from coprep.core.money.payments import Payment, list_payments
from coprep.core.money.pennies import format_money, parse_money
from coprep.core.storage.validate import InputError, parse_date, require_text
from coprep.core.storage.workspace import Workspace
from coprep.core.text.dates import day_words
from coprep.i18n import N_, _

WHERE_TO_CHECK = N_(
    "coprep does not know the rules for your benefits and cannot give advice. Check the limit that "
    "applies to you, and what to do about a payment, with your benefits adviser, your Jobcentre work "
    "coach, or the involvement lead of the organisation that pays you. Limits often change in April."
)


@dataclass
class Benefit:
    id: int
    name: str
    weekly_limit_pence: int | None
    start_date: str
    note: str = ""


@dataclass
class Week:
    """One Monday-to-Sunday week: payments counted in it and the limit that applied."""

    first: dt.date
    received_pence: int
    limit_pence: int | None

    @property
    def over_pence(self) -> int:
        return max(0, self.received_pence - self.limit_pence) if self.limit_pence is not None else 0


@dataclass
class LimitCheck:
    """What a new payment would do to its week, worked out before it is saved."""

    week: Week
    amount_pence: int

    @property
    def total_pence(self) -> int:
        return self.week.received_pence + self.amount_pence

    @property
    def passes(self) -> bool:
        return self.week.limit_pence is not None and self.total_pence > self.week.limit_pence

    @property
    def room_pence(self) -> int:
        """How much could be accepted in that week without passing the limit."""
        if self.week.limit_pence is None:
            return self.amount_pence
        return max(0, self.week.limit_pence - self.week.received_pence)

    def words(self) -> str:
        return _(
            "This payment of {amount} would make {total} in the week starting {day}. The weekly "
            "earnings limit you entered is {limit}, so it would go over by {over}."
        ).format(
            amount=format_money(self.amount_pence),
            total=format_money(self.total_pence),
            day=day_words(self.week.first),
            limit=format_money(self.week.limit_pence or 0),
            over=format_money(self.total_pence - (self.week.limit_pence or 0)),
        )


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    clean = dict(values)
    clean["name"] = require_text(clean.get("name"), _("name of the benefit"))
    clean["start_date"] = parse_date(str(clean.get("start_date") or ""), _("date the limit starts")).isoformat()
    limit = clean.get("weekly_limit_pence")
    if isinstance(limit, str):
        limit = parse_money(limit, _("weekly earnings limit")) if limit.strip() else None
    if limit is not None and limit < 0:
        raise InputError(_("The weekly limit cannot be less than nothing."))
    clean["weekly_limit_pence"] = limit
    clean["note"] = (clean.get("note") or "").strip()
    return clean


def add_benefit(
    ws: Workspace, name: str, start_date: str, weekly_limit: str | int | None = None, note: str = ""
) -> int:
    """Note a benefit; the weekly limit (pence, or text like "£195.50") is left out if none applies."""
    values = {"name": name, "start_date": start_date, "weekly_limit_pence": weekly_limit, "note": note}
    return ws.insert("benefits", _clean(values), label=_("Add benefit"))


def update_benefit(ws: Workspace, benefit_id: int, **values: Any) -> None:
    current = ws.row("benefits", benefit_id)
    if current is None:
        raise InputError(_("That benefit is no longer there."))
    merged = {key: value for key, value in current.items() if key != "id"} | values
    ws.update("benefits", benefit_id, _clean(merged), label=_("Change benefit"))


def delete_benefit(ws: Workspace, benefit_id: int) -> None:
    ws.delete("benefits", benefit_id, label=_("Delete benefit"))


def list_benefits(db: Database) -> list[Benefit]:
    return [Benefit(**row) for row in db.query("select * from benefits order by start_date desc, id desc")]


def weekly_limit_on(db: Database, day: dt.date) -> int | None:
    """The lowest weekly limit in force on that day (each benefit's latest entry starting by then)."""
    latest: dict[str, Benefit] = {}
    for benefit in sorted(list_benefits(db), key=lambda b: b.start_date):
        if benefit.start_date <= day.isoformat():
            latest[benefit.name.casefold()] = benefit
    limits = [b.weekly_limit_pence for b in latest.values() if b.weekly_limit_pence is not None]
    return min(limits) if limits else None


def _counted(db: Database, skip_id: int | None = None) -> list[Payment]:
    return [p for p in list_payments(db) if p.status != "declined" and p.id != skip_id]


def weeks(db: Database, first: dt.date, last: dt.date, skip_id: int | None = None) -> list[Week]:
    """Every week touching the period, oldest first, with payments counted and the limit then."""
    counted = _counted(db, skip_id)
    found: list[Week] = []
    start = week_start(first)
    while start <= last:
        end = start + dt.timedelta(days=6)
        received = sum(p.amount_pence for p in counted if start.isoformat() <= p.counted_day <= end.isoformat())
        found.append(Week(start, received, weekly_limit_on(db, start)))
        start += dt.timedelta(days=7)
    return found


def period_total(db: Database, first: dt.date, last: dt.date) -> int:
    """Payments (not declined) counted between two days, both included."""
    return sum(p.amount_pence for p in _counted(db) if first.isoformat() <= p.counted_day <= last.isoformat())


def check_payment(db: Database, day: str, amount: str | int, skip_id: int | None = None) -> LimitCheck:
    """What a payment counted on this day would do to its week (skip_id: the payment being changed)."""
    counted_day = parse_date(str(day), _("date of the payment"))
    pence = amount if isinstance(amount, int) else parse_money(amount, _("payment amount"))
    return LimitCheck(weeks(db, counted_day, counted_day, skip_id)[0], pence)
