"""Expense claims: what a person spent to take part, whether it has been repaid, and how long they have waited.

A claim goes from draft (not sent yet) to submitted (sent, with a date), then paid, part paid or
refused. It is owed from the day it was sent until it is paid in full, and overdue once it has
waited longer than the organisation said it would take (28 days unless the committee says otherwise).
"""

import datetime as dt
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from coprep.core.meetings.meetings import get_meeting
from coprep.core.money import claim_words
from coprep.core.money.involvement import fill_organisation, with_changes
from coprep.core.money.pennies import DEFAULT_PENCE_PER_MILE, format_money, mileage_pence, parse_miles, parse_money
from coprep.core.money.receipts import store_receipt
from coprep.core.storage import clock
from coprep.core.storage.validate import InputError, parse_date, whole_number
from coprep.core.storage.workspace import Workspace
from coprep.core.text.dates import day_words
from coprep.i18n import N_, Words, _, ngettext

ITEM_WORDS = Words(
    {
        "train": N_("Train"),
        "bus": N_("Bus or tram"),
        "taxi": N_("Taxi"),
        "mileage": N_("Car (by the mile)"),
        "parking": N_("Parking"),
        "meals": N_("Food and drink"),
        "carer_cover": N_("Carer cover"),
        "other": N_("Other"),
    }
)
STATUS_WORDS = Words(
    {
        "draft": N_("Not sent yet"),
        "submitted": N_("Sent, waiting"),
        "paid": N_("Paid"),
        "part_paid": N_("Part paid"),
        "refused": N_("Refused"),
    }
)
DEFAULT_EXPECTED_DAYS = 28
WAITING = ("submitted", "part_paid")


@dataclass
class ClaimItem:
    id: int
    claim_id: int
    kind: str = "other"
    description: str = ""
    amount_pence: int = 0
    miles: float | None = None
    pence_per_mile: int | None = None
    receipt_name: str = ""
    receipt_file: str = ""

    @property
    def what(self) -> str:
        return self.description or ITEM_WORDS.get(self.kind, self.kind)


@dataclass
class Claim:
    id: int
    committee_id: int | None = None
    meeting_id: int | None = None
    organisation: str = ""
    status: str = "draft"
    submitted_date: str | None = None
    paid_date: str | None = None
    paid_pence: int | None = None
    expected_days: int = DEFAULT_EXPECTED_DAYS
    note: str = ""
    committee_name: str = ""
    meeting_date: str | None = None
    claimed_pence: int = 0

    @property
    def what(self) -> str:
        """A short name: the committee and meeting date, else the note."""
        name = self.committee_name or self.organisation or self.note or _("Claim {number}").format(number=self.id)
        return f"{name}, {day_words(self.meeting_date)}" if self.meeting_date else name

    @property
    def who(self) -> str:
        """Who owes the money, in words."""
        return self.organisation or self.committee_name or _("the organisation")


# -- waiting and owing ---------------------------------------------------------------------


def owed_pence(claim: Claim) -> int:
    """What is still owed on a sent claim: all of it while waiting, the rest when part paid."""
    if claim.status == "submitted":
        return claim.claimed_pence
    if claim.status == "part_paid":
        return max(0, claim.claimed_pence - (claim.paid_pence or 0))
    return 0


def _days_between(first: str, last: str) -> int:
    return (dt.date.fromisoformat(last) - dt.date.fromisoformat(first)).days


def days_waited(claim: Claim, today: dt.date) -> int | None:
    """Days from sending the claim until it was paid in full (or until today while money is owed)."""
    if not claim.submitted_date or claim.status in ("draft", "refused"):
        return None
    end = today.isoformat() if claim.status in WAITING else claim.paid_date or today.isoformat()
    return _days_between(claim.submitted_date, end)


def is_overdue(claim: Claim, today: dt.date) -> bool:
    """Money is still owed and it has waited longer than the organisation said it would."""
    waited = days_waited(claim, today)
    return claim.status in WAITING and waited is not None and waited > claim.expected_days


def overdue_words(claim: Claim, today: dt.date) -> str:
    """E.g. "£23.40 owed to you for 41 days by NHS England (they said 28 days)"."""
    waited = days_waited(claim, today) or 0
    return claim_words.overdue(format_money(owed_pence(claim)), waited, claim.who, claim.expected_days)


def claim_date(claim: Claim, today: dt.date) -> str:
    """The day a claim is filed under when looking at a tax year: paid, else sent, else its meeting, else today."""
    return claim.paid_date or claim.submitted_date or claim.meeting_date or today.isoformat()


# -- claims --------------------------------------------------------------------------------


def _claim_values(ws: Workspace, values: dict[str, Any]) -> dict[str, Any]:
    clean = dict(values)
    if clean.get("meeting_id"):
        meeting = get_meeting(ws.db, clean["meeting_id"])
        if meeting is None:
            raise InputError(_("That meeting no longer exists. Choose another one."))
        clean["committee_id"] = meeting.committee_id
    committee = fill_organisation(ws.db, clean)
    if clean.get("expected_days") in (None, ""):
        clean["expected_days"] = committee.expenses_days if committee else DEFAULT_EXPECTED_DAYS
    else:
        clean["expected_days"] = whole_number(clean["expected_days"], _("number of days they said repaying takes"))
    return clean


def add_claim(ws: Workspace, **values: Any) -> int:
    """Start a claim (not sent yet) for a meeting, a committee or an organisation."""
    return ws.insert("claims", _claim_values(ws, values), label=_("Start expense claim"))


def update_claim(ws: Workspace, claim_id: int, **values: Any) -> None:
    """Change who the claim is for, its note or the days repaying should take (not its status)."""
    merged = with_changes(ws, "claims", claim_id, values, "claim")
    ws.update("claims", claim_id, _claim_values(ws, merged), label=_("Change expense claim"))


def delete_claim(ws: Workspace, claim_id: int) -> None:
    ws.delete("claims", claim_id, label=_("Delete expense claim"))


_JOINED = ("committee_name", "meeting_date", "claimed_pence")
_COLUMNS = ", ".join(f"claims.{f.name}" for f in fields(Claim) if f.name not in _JOINED)
_QUERY = f"""
select {_COLUMNS}, coalesce(committees.name, '') as committee_name, meetings.date as meeting_date,
       (select coalesce(sum(amount_pence), 0) from claim_items where claim_id = claims.id) as claimed_pence
from claims
left join committees on committees.id = claims.committee_id
left join meetings on meetings.id = claims.meeting_id
"""


def list_claims(db: Database, where: str = "1", params: list[Any] | None = None) -> list[Claim]:
    """Claims (all, or those matching a condition on `claims`), newest first."""
    sql = f"{_QUERY} where {where} order by coalesce(claims.submitted_date, meetings.date, '9999') desc, claims.id desc"
    return [Claim(**row) for row in db.query(sql, params or [])]


def claims_for_meeting(db: Database, meeting_id: int) -> list[Claim]:
    return list_claims(db, "claims.meeting_id = ?", [meeting_id])


def get_claim(db: Database, claim_id: int) -> Claim | None:
    found = list_claims(db, "claims.id = ?", [claim_id])
    return found[0] if found else None


def overdue_claims(db: Database, today: dt.date) -> list[Claim]:
    """Claims past their promised time with money still owed, longest wait first."""
    waiting = list_claims(db, "claims.status in ('submitted', 'part_paid')")
    found = [claim for claim in waiting if is_overdue(claim, today)]
    return sorted(found, key=lambda claim: claim.submitted_date or "")


# -- status --------------------------------------------------------------------------------


def set_claim_status(
    ws: Workspace,
    claim_id: int,
    status: str,
    submitted_date: str | None = None,
    paid_date: str | None = None,
    paid_amount: str | int | None = None,
) -> None:
    """Move a claim along: draft, submitted (date sent), paid (date and amount) or refused.

    Dates left out keep what is stored. A payment below the amount claimed makes the claim part paid;
    a paid amount left out means the whole claim was paid.
    """
    claim = get_claim(ws.db, claim_id)
    if claim is None:
        raise InputError(_("That claim no longer exists."))
    if status not in STATUS_WORDS:
        raise InputError(_("Choose where the claim has got to from the list."))
    values: dict[str, Any] = {"status": status, "submitted_date": None, "paid_date": None, "paid_pence": None}
    if status != "draft":
        if not claim_items(ws.db, claim_id):
            raise InputError(_("Add at least one thing you spent, like a train fare, before you send the claim."))
        sent = submitted_date or claim.submitted_date
        if not sent:
            raise InputError(_("Please fill in the date you sent the claim."))
        values["submitted_date"] = parse_date(str(sent), _("date you sent the claim")).isoformat()
    if status in ("paid", "part_paid"):
        values.update(_payment_values(claim, values["submitted_date"], paid_date or claim.paid_date, paid_amount))
    ws.update(
        "claims", claim_id, values, label=_("Claim: {status}").format(status=STATUS_WORDS[values["status"]].lower())
    )


def _payment_values(claim: Claim, sent: str, paid_date: str | None, amount: str | int | None) -> dict[str, Any]:
    if not paid_date:
        raise InputError(_("Please fill in the date you were paid."))
    paid = parse_date(str(paid_date), _("date you were paid")).isoformat()
    if paid < sent:
        raise InputError(
            _(
                "The date you were paid ({day_words}) is before the date you sent the claim ({day_words2}). Check both dates."
            ).format(day_words=day_words(paid), day_words2=day_words(sent))
        )
    if amount is None or (isinstance(amount, str) and not amount.strip()):
        pence = claim.claimed_pence
    else:
        pence = amount if isinstance(amount, int) else parse_money(amount, _("amount you were paid"))
    if pence < 0:
        raise InputError(_("The amount you were paid cannot be less than nothing."))
    if pence == 0:
        raise InputError(_("If nothing was paid, leave the claim as sent, or choose Refused."))
    status = "part_paid" if pence < claim.claimed_pence else "paid"
    return {"status": status, "paid_date": paid, "paid_pence": pence}


def save_claim(
    ws: Workspace,
    claim_id: int | None,
    values: dict[str, Any],
    items: list[dict[str, Any]],
    status: str = "draft",
    submitted_date: str | None = None,
    paid_date: str | None = None,
    paid_amount: str | int | None = None,
) -> int:
    """Add or change a claim, its items and where it has got to, as one undo step; if any part is
    wrong nothing is saved. Items are add_item's values, with "id" for one already saved; saved
    items left out are removed. Returns the claim's id."""
    with ws.action(_("Change expense claim") if claim_id else _("Add expense claim")):
        if claim_id is None:
            claim_id = add_claim(ws, **values)
        else:
            update_claim(ws, claim_id, **values)
        kept = {item["id"] for item in items if item.get("id")}
        for old in claim_items(ws.db, claim_id):
            if old.id not in kept:
                delete_item(ws, old.id)
        for item in items:
            changes = {key: value for key, value in item.items() if key != "id"}
            if item.get("id"):
                update_item(ws, item["id"], **changes)
            else:
                add_item(ws, claim_id, **changes)
        set_claim_status(ws, claim_id, status, submitted_date, paid_date, paid_amount)
    return claim_id


# -- items and receipts ----------------------------------------------------------------------


def clean_item(values: dict[str, Any]) -> dict[str, Any]:
    """An item's values checked, with a mileage amount worked out from miles and rate."""
    clean = dict(values)
    kind = clean.get("kind", "other")
    if kind not in ITEM_WORDS:
        raise InputError(_("Choose what the money was for from the list."))
    if kind == "mileage":
        if clean.get("miles") in (None, ""):
            raise InputError(_("Please fill in how many miles you drove, like 12.5."))
        rate = clean.get("pence_per_mile")
        rate = DEFAULT_PENCE_PER_MILE if rate in (None, "") else whole_number(rate, _("pence per mile"), minimum=1)
        if rate is None:
            raise InputError(_("Please fill in the pence per mile, like 45."))
        clean.update(miles=float(parse_miles(clean["miles"])), pence_per_mile=rate)
        clean["amount_pence"] = mileage_pence(str(clean["miles"]), rate)
    else:
        clean.update(miles=None, pence_per_mile=None)
        amount = clean.get("amount_pence")
        clean["amount_pence"] = amount if isinstance(amount, int) else parse_money(amount or "", _("amount you spent"))
        if clean["amount_pence"] < 0:
            raise InputError(_("The amount you spent cannot be less than nothing."))
    clean["description"] = (clean.get("description") or "").strip()
    return clean


def add_item(ws: Workspace, claim_id: int, kind: str, receipt: Path | None = None, **values: Any) -> int:
    """Add something spent to a claim. amount_pence is pence (int) or text like "£23.40";
    for mileage give miles (and pence_per_mile, 45 unless said) and the amount is worked out."""
    if ws.row("claims", claim_id) is None:
        raise InputError(_("That claim no longer exists."))
    clean = clean_item({"kind": kind, **values})
    if receipt is not None:
        clean.update(store_receipt(ws, receipt))
    return ws.insert(
        "claim_items",
        {"claim_id": claim_id, **clean},
        label=_("Add {item} to claim").format(item=ITEM_WORDS[kind].lower()),
    )


def update_item(ws: Workspace, item_id: int, receipt: Path | None = None, **values: Any) -> None:
    merged = with_changes(ws, "claim_items", item_id, values, "item")
    clean = clean_item(merged)
    if receipt is not None:
        clean.update(store_receipt(ws, receipt))
    ws.update("claim_items", item_id, clean, label=_("Change claim item"))


def delete_item(ws: Workspace, item_id: int) -> None:
    ws.delete("claim_items", item_id, label=_("Remove claim item"))


def claim_items(db: Database, claim_id: int) -> list[ClaimItem]:
    return [ClaimItem(**row) for row in db["claim_items"].rows_where("claim_id = ?", [claim_id], order_by="id")]


# -- for the conditions checklist ------------------------------------------------------------


def claims_repaid_in_time(db: Database, meeting_id: int, today: dt.date | None = None) -> tuple[str | None, str]:
    """Were the expenses claimed for this meeting repaid within the time the organisation promised?

    For the condition "expenses repaid within the promised time". Looks at the claims linked to
    the meeting that have been sent, and returns (rating, reason in plain words). The rating is
    "met" when every claim was paid in full in time, "not_met" when none was (paid late, refused,
    or still owed past the promised time), "partly" for a mix or a claim part paid in time, and
    None when there is nothing to judge yet: no claim sent, or all still within the promised time.
    """
    today = today or clock.today()
    made = claims_for_meeting(db, meeting_id)
    sent = [claim for claim in made if claim.status != "draft"]
    verdicts = [_verdict(claim, today) for claim in sent]
    if not made:
        return None, _("No expenses were claimed for this meeting.")
    if not verdicts:  # shown under the claims themselves: never say there are none
        return None, ngettext(
            "You have not sent this claim yet.", "You have not sent these {count} claims yet.", len(made)
        ).format(count=len(made))
    judged = [verdict for verdict in verdicts if verdict[0] is not None]
    if not judged:
        return None, verdicts[0][1]
    ratings = {rating for rating, _ in judged}
    if len(ratings) > 1:
        return "partly", " ".join(reason for _, reason in judged)
    return judged[0][0], " ".join(reason for _, reason in judged)


def _verdict(claim: Claim, today: dt.date) -> tuple[str | None, str]:
    """One sent claim's rating for the condition, with the reason."""
    # Written as the person would put it to the chair: the reason may become the evidence note.
    who, expected = claim.who, claim.expected_days
    if claim.status == "refused":
        return "not_met", claim_words.refused(who)
    if claim.status == "submitted":
        if is_overdue(claim, today):
            owed = format_money(owed_pence(claim))
            return "not_met", claim_words.still_owed(owed, days_waited(claim, today) or 0, who, expected)
        return None, claim_words.within_time(who, expected)
    waited = _days_between(claim.submitted_date or "", claim.paid_date or "")
    if waited > expected:
        return "not_met", claim_words.repaid_late(waited, who, expected)
    if claim.status == "part_paid":
        paid, claimed = format_money(claim.paid_pence or 0), format_money(claim.claimed_pence)
        return "partly", claim_words.part_repaid(paid, claimed, waited, who, expected)
    return "met", claim_words.repaid_in_full(waited, who, expected)
