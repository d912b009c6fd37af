"""The real hourly rate: what an organisation or committee pays, divided by all the time given to
it (preparing, travelling and taking part), beside the National Living Wage on that date.

The Living Wage table ships in resources/living_wage.csv with its source; the person can add or
correct a rate (living_wage_own), and their entry wins for the same start date. Payments count
when paid or asked for (not offered-only, not declined), on the day of the involvement, so the
money and the time it paid for fall in the same period.
"""

import csv
import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from sqlite_utils import Database

from coprep.core.money.activities import format_minutes, list_activities
from coprep.core.money.payments import list_payments
from coprep.core.money.pennies import format_money, parse_money
from coprep.core.storage.resources import resource_path
from coprep.core.storage.validate import parse_date
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _, ngettext

COUNTED = ("paid", "claimed")


@dataclass
class WageRate:
    start_date: str
    pence_per_hour: int
    source: str
    own: bool = False


@dataclass
class HourlyRate:
    """One organisation's or committee's pay for the time given to it."""

    organisation: str
    committee: str  # "" for the organisation as a whole
    paid_pence: int
    minutes: int
    payments: int
    living_wage_pence: int | None
    latest_day: str

    @property
    def pence_per_hour(self) -> int | None:
        """Pence an hour, to the nearest penny; None when no time was recorded."""
        if not self.minutes:
            return None
        return int((Decimal(self.paid_pence) * 60 / self.minutes).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    @property
    def below_living_wage(self) -> bool:
        rate = self.pence_per_hour
        return (
            bool(self.paid_pence)
            and rate is not None
            and self.living_wage_pence is not None
            and rate < self.living_wage_pence
        )

    @property
    def name(self) -> str:
        return self.committee or self.organisation

    def words(self) -> str:
        """E.g. "£75.00 a meeting is £9.38 an hour once your 8 h are counted"."""
        rate = self.pence_per_hour
        if rate is None:
            return _("No time recorded yet, so there is no hourly rate.")
        if not self.paid_pence:
            return _("Unpaid: {time} given.").format(time=format_minutes(self.minutes))
        each = self.paid_pence // max(1, self.payments)
        time_each = self.minutes // max(1, self.payments)
        return ngettext(
            "{each} a time is {rate} an hour once your {time} are counted",
            "{each} each time is {rate} an hour once your {time} each time are counted",
            self.payments,
        ).format(each=format_money(each), rate=format_money(rate), time=format_minutes(time_each))


def living_wage_table(db: Database) -> list[WageRate]:
    """The shipped rates with the person's own on top, oldest first."""
    rates: dict[str, WageRate] = {}
    with resource_path("living_wage.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            rates[row["start_date"]] = WageRate(
                row["start_date"], int(row["pence_per_hour"]), f"{row['source']}; {row['who']}"
            )
    for row in db.query("select start_date, pence_per_hour, note from living_wage_own"):
        rates[row["start_date"]] = WageRate(
            row["start_date"], row["pence_per_hour"], row["note"] or _("Corrected by you"), own=True
        )
    return [rates[day] for day in sorted(rates)]


def living_wage_on(db: Database, day: dt.date | str) -> int | None:
    """The National Living Wage in pence an hour on that day, if the table reaches back that far."""
    iso = day if isinstance(day, str) else day.isoformat()
    found = [rate for rate in living_wage_table(db) if rate.start_date <= iso]
    return found[-1].pence_per_hour if found else None


def set_own_living_wage(ws: Workspace, start_date: str, amount: str | int, note: str = "") -> None:
    """Add or correct a Living Wage rate from a date; one undo step."""
    day = parse_date(start_date, _("date the rate starts")).isoformat()
    pence = amount if isinstance(amount, int) else parse_money(amount, _("Living Wage an hour"))
    row = {"start_date": day, "pence_per_hour": pence, "note": note.strip()}
    before = ws.db.execute("select id from living_wage_own where start_date = ?", [day]).fetchone()
    if before:
        ws.update("living_wage_own", before[0], row, label=_("Correct the Living Wage"))
    else:
        ws.insert("living_wage_own", row, label=_("Correct the Living Wage"))


def hourly_rates(db: Database, first: dt.date | None = None, last: dt.date | None = None) -> list[HourlyRate]:
    """Each organisation (committee "") and each of its committees, organisations by name."""
    low, high = (first or dt.date.min).isoformat(), (last or dt.date.max).isoformat()
    found: dict[tuple[str, str], HourlyRate] = {}

    def add(organisation: str, committee: str, day: str, minutes: int = 0, pence: int = 0, paid: int = 0) -> None:
        for key in {(organisation, ""), (organisation, committee)}:
            rate = found.setdefault(key, HourlyRate(key[0], key[1], 0, 0, 0, None, day))
            rate.minutes += minutes
            rate.paid_pence += pence
            rate.payments += paid
            rate.latest_day = max(rate.latest_day, day)

    for activity in list_activities(db, first, last):
        add(activity.organisation, activity.committee_name, activity.date, minutes=activity.total_minutes)
    for payment in list_payments(db):
        if payment.status in COUNTED and low <= payment.date <= high:
            add(payment.organisation, payment.committee_name, payment.date, pence=payment.amount_pence, paid=1)
    for rate in found.values():
        rate.living_wage_pence = living_wage_on(db, rate.latest_day)
    return sorted(found.values(), key=lambda r: (r.organisation.casefold(), r.committee != "", r.committee))
