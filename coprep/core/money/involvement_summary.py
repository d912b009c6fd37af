"""A tax year of involvement at a glance: time given, money received, money still owed.

Each figure falls in the tax year of its own date: time by the day of the activity, payments and
repaid expenses by the day the money came, money owed by the day the claim was sent.
"""

import datetime as dt
from dataclasses import dataclass, field

from sqlite_utils import Database

from coprep.core.money.claims import days_waited, is_overdue, list_claims, owed_pence
from coprep.core.money.tax_year import tax_year_bounds, tax_year_label, tax_year_of
from coprep.core.storage import clock
from coprep.i18n import N_, _

NO_ORGANISATION = N_("No organisation given")

MONEY_NOTE = N_(
    "Money paid to you for your time may count as income. It can change the tax you pay "
    "and the benefits you get. coprep only keeps a record: it cannot tell you what the money "
    "means for you. Before you say yes to being paid, or if you are not sure, ask for advice — "
    "for example from Citizens Advice, a welfare rights service, or the advice line of the "
    "organisation that pays you."
)

REFUSED_NOTE = N_("Claims that were refused are not counted here: that money is not owed to you.")


@dataclass
class OrganisationSummary:
    """One organisation's figures for a tax year (or the whole year's totals)."""

    organisation: str
    activities: int = 0
    minutes_preparing: int = 0
    minutes_travelling: int = 0
    minutes_taking_part: int = 0
    payments_received_pence: int = 0
    payments_awaited_pence: int = 0
    payments_declined_pence: int = 0  # said no to: never counted with payments
    expenses_repaid_pence: int = 0
    expenses_owed_pence: int = 0
    overdue_pence: int = 0
    longest_wait_days: int | None = None

    @property
    def total_minutes(self) -> int:
        return self.minutes_preparing + self.minutes_travelling + self.minutes_taking_part


@dataclass
class TaxYearSummary:
    year: int
    label: str
    organisations: list[OrganisationSummary] = field(default_factory=list)
    total: OrganisationSummary = field(default_factory=lambda: OrganisationSummary(_("All organisations")))


@dataclass
class MonthHours:
    month: dt.date  # the first of the month
    minutes_preparing: int = 0
    minutes_travelling: int = 0
    minutes_taking_part: int = 0


_SUMS = (
    "activities",
    "minutes_preparing",
    "minutes_travelling",
    "minutes_taking_part",
    "payments_received_pence",
    "payments_awaited_pence",
    "payments_declined_pence",
    "expenses_repaid_pence",
    "expenses_owed_pence",
    "overdue_pence",
)


def tax_years(db: Database, today: dt.date) -> list[int]:
    """Tax years to choose from, newest first: this one back to the earliest with anything recorded."""
    earliest = db.execute(
        "select min(day) from (select min(date) as day from activities union all select min(date) from payments "
        "union all select min(submitted_date) from claims)"
    ).fetchone()[0]
    first = tax_year_of(dt.date.fromisoformat(earliest)) if earliest else tax_year_of(today)
    return list(range(max(tax_year_of(today), first), first - 1, -1))


def tax_year_summary(db: Database, year: int, today: dt.date | None = None) -> TaxYearSummary:
    """The tax year's figures per organisation (busiest first) and in total."""
    today = today or clock.today()
    first, last = (day.isoformat() for day in tax_year_bounds(year))
    found: dict[str, OrganisationSummary] = {}

    def row_for(name: str) -> OrganisationSummary:
        name = name or _(NO_ORGANISATION)
        return found.setdefault(name, OrganisationSummary(name))

    for row in db.query(
        "select organisation, count(*) as activities, sum(minutes_preparing) as minutes_preparing, "
        "sum(minutes_travelling) as minutes_travelling, sum(minutes_taking_part) as minutes_taking_part "
        "from activities where date between ? and ? group by organisation",
        [first, last],
    ):
        summary = row_for(row.pop("organisation"))
        for key, value in row.items():
            setattr(summary, key, value)
    for row in db.query(
        "select organisation, status, amount_pence, paid_date, date from payments "
        "where status in ('paid', 'claimed', 'declined')"
    ):
        if row["status"] == "paid" and first <= row["paid_date"] <= last:
            row_for(row["organisation"]).payments_received_pence += row["amount_pence"]
        elif row["status"] == "claimed" and first <= row["date"] <= last:
            row_for(row["organisation"]).payments_awaited_pence += row["amount_pence"]
        elif row["status"] == "declined" and first <= row["date"] <= last:
            row_for(row["organisation"]).payments_declined_pence += row["amount_pence"]
    for claim in list_claims(db, "claims.status in ('paid', 'part_paid', 'submitted')"):
        if claim.paid_date and first <= claim.paid_date <= last:
            row_for(claim.organisation).expenses_repaid_pence += claim.paid_pence or 0
        if claim.submitted_date and first <= claim.submitted_date <= last and owed_pence(claim):
            summary = row_for(claim.organisation)
            summary.expenses_owed_pence += owed_pence(claim)
            summary.overdue_pence += owed_pence(claim) if is_overdue(claim, today) else 0
            summary.longest_wait_days = max(summary.longest_wait_days or 0, days_waited(claim, today) or 0)
    result = TaxYearSummary(year, tax_year_label(year))
    result.organisations = sorted(found.values(), key=lambda s: (-s.total_minutes, s.organisation.lower()))
    for summary in result.organisations:
        for key in _SUMS:
            setattr(result.total, key, getattr(result.total, key) + getattr(summary, key))
        if summary.longest_wait_days is not None:
            result.total.longest_wait_days = max(result.total.longest_wait_days or 0, summary.longest_wait_days)
    return result


def monthly_hours(db: Database, year: int) -> list[MonthHours]:
    """Time given in each month of the tax year: April (from the 6th) to April (to the 5th), 13 bars."""
    first, last = tax_year_bounds(year)
    months = [MonthHours(dt.date(year + (4 + n - 1) // 12, (4 + n - 1) % 12 + 1, 1)) for n in range(13)]
    by_month = {month.month.isoformat()[:7]: month for month in months}
    for row in db.query(
        "select substr(date, 1, 7) as month, sum(minutes_preparing) as p, sum(minutes_travelling) as t, "
        "sum(minutes_taking_part) as k from activities where date between ? and ? group by month",
        [first.isoformat(), last.isoformat()],
    ):
        month = by_month[row["month"]]
        month.minutes_preparing, month.minutes_travelling, month.minutes_taking_part = row["p"], row["t"], row["k"]
    return months


def owed_over_time(db: Database, first: dt.date, last: dt.date) -> list[tuple[dt.date, int]]:
    """Expenses owed to the person from day to day, as steps: (day, pence owed from that day on).

    A claim is owed from the day it was sent until the day it was paid (what was paid comes off).
    Refused claims are left out altogether: money refused is not owed, and coprep does not keep the
    day a claim was refused, so it cannot show the time it was waiting either (REFUSED_NOTE says so).
    """
    changes: dict[dt.date, int] = {}
    for claim in list_claims(
        db, "claims.status in ('submitted', 'paid', 'part_paid') and claims.submitted_date <= ?", [last.isoformat()]
    ):
        sent = dt.date.fromisoformat(claim.submitted_date or "")
        changes[sent] = changes.get(sent, 0) + claim.claimed_pence
        if claim.paid_date:
            paid = dt.date.fromisoformat(claim.paid_date)
            changes[paid] = changes.get(paid, 0) - min(claim.paid_pence or 0, claim.claimed_pence)
    owed = sum(change for day, change in changes.items() if day < first)
    steps = [(first, owed)]
    for day in sorted(day for day in changes if first <= day <= last):
        owed += changes[day]
        steps.append((day, owed))
    if steps[-1][0] != last:
        steps.append((last, owed))
    return steps
