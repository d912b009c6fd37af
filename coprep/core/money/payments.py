"""Involvement payments: money offered for a person's time (not expenses), and what became of it.

A payment counts in the tax year it was paid, because that is when it may count as income.
"""

import datetime as dt
from dataclasses import dataclass, fields
from typing import Any

from sqlite_utils import Database

from coprep.core.money.involvement import fill_organisation, with_changes
from coprep.core.money.pennies import format_money, parse_money
from coprep.core.storage.validate import InputError, parse_date
from coprep.core.storage.workspace import Workspace
from coprep.i18n import N_, Words, _

STATUS_WORDS = Words(
    {
        "offered": N_("Offered"),
        "declined": N_("I said no"),
        "claimed": N_("Asked for, not paid yet"),
        "paid": N_("Paid"),
    }
)
BASIS_WORDS = Words(
    {
        "hour": N_("By the hour"),
        "half_day": N_("Half a day"),
        "day": N_("A day"),
        "fixed": N_("A set amount"),
    }
)


@dataclass
class Payment:
    id: int
    date: str
    activity_id: int | None = None
    committee_id: int | None = None
    organisation: str = ""
    status: str = "offered"
    amount_pence: int = 0
    basis: str = "fixed"
    payer: str = ""
    paid_date: str | None = None
    note: str = ""
    declined_reason: str = ""
    committee_name: str = ""

    @property
    def counted_day(self) -> str:
        """The day the money counts: when it reached the person, else the day of the involvement."""
        return self.paid_date or self.date


def _clean(db: Database, values: dict[str, Any]) -> dict[str, Any]:
    clean = dict(values)
    day = parse_date(str(clean.get("date") or ""), _("date of the payment"))
    clean["date"] = day.isoformat()
    if clean.get("status", "offered") not in STATUS_WORDS:
        raise InputError(_("Choose what happened to the payment from the list."))
    if clean.get("basis", "fixed") not in BASIS_WORDS:
        raise InputError(_("Choose how the payment is worked out from the list."))
    if isinstance(clean.get("amount_pence"), str):
        clean["amount_pence"] = parse_money(clean["amount_pence"], _("payment amount"))
    if clean.get("amount_pence", 0) < 0:
        raise InputError(_("The payment amount cannot be less than nothing."))
    _check_paid_date(clean, day)
    fill_organisation(db, clean)
    clean["declined_reason"] = (clean.get("declined_reason") or "").strip() if clean.get("status") == "declined" else ""
    clean["payer"] = (clean.get("payer") or "").strip()
    return clean


def _check_paid_date(clean: dict[str, Any], day: dt.date) -> None:
    if clean.get("status") != "paid":
        clean["paid_date"] = None
        return
    if not clean.get("paid_date"):
        raise InputError(_("Please fill in the date you were paid."))
    paid = parse_date(str(clean["paid_date"]), _("date you were paid"))
    if paid < day:
        raise InputError(_("The date you were paid cannot be before the date of the payment. Check both dates."))
    clean["paid_date"] = paid.isoformat()


def add_payment(ws: Workspace, date: str, **values: Any) -> int:
    """Add a payment; amount_pence may be pence (int) or text like "£75"."""
    return ws.insert("payments", _clean(ws.db, {"date": date, **values}), label=_("Add payment"))


def update_payment(ws: Workspace, payment_id: int, **values: Any) -> None:
    merged = with_changes(ws, "payments", payment_id, values, "payment")
    ws.update("payments", payment_id, _clean(ws.db, merged), label=_("Change payment"))


def add_payment_in_part(ws: Workspace, date: str, accepted: str | int, reason: str, **values: Any) -> tuple[int, int]:
    """Accept part of an offered payment and decline the rest, as one undo step: two payments,
    the part kept (with the status given) and the rest declined with the reason. Returns both ids."""
    whole = _clean(ws.db, {"date": date, **values})
    part = accepted if isinstance(accepted, int) else parse_money(accepted, _("part you accept"))
    if not 0 < part < whole["amount_pence"]:
        raise InputError(
            _("The part you accept must be more than nothing and less than the whole payment of {amount}.").format(
                amount=format_money(whole["amount_pence"])
            )
        )
    declined = {
        **whole,
        "status": "declined",
        "paid_date": None,
        "amount_pence": whole["amount_pence"] - part,
        "declined_reason": reason.strip() or _("To protect my benefits"),
    }
    with ws.action(_("Accept part of a payment")):
        kept_id = ws.insert("payments", {**whole, "amount_pence": part}, label=_("Accept part of a payment"))
        declined_id = ws.insert("payments", _clean(ws.db, declined), label=_("Decline the rest of a payment"))
    return kept_id, declined_id


def delete_payment(ws: Workspace, payment_id: int) -> None:
    ws.delete("payments", payment_id, label=_("Delete payment"))


_COLUMNS = ", ".join(f"payments.{f.name}" for f in fields(Payment) if f.name != "committee_name")
_QUERY = f"""
select {_COLUMNS}, coalesce(committees.name, '') as committee_name
from payments left join committees on committees.id = payments.committee_id
"""


def list_payments(db: Database) -> list[Payment]:
    """Every payment, latest first."""
    return [Payment(**row) for row in db.query(f"{_QUERY} order by payments.date desc, payments.id desc")]


def get_payment(db: Database, payment_id: int) -> Payment | None:
    rows = list(db.query(f"{_QUERY} where payments.id = ?", [payment_id]))
    return Payment(**rows[0]) if rows else None
