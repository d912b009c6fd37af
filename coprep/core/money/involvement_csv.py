"""Time and money as a spreadsheet (CSV) for an accountant or benefits adviser.

One table, one row per thing, told apart by the Type column: "time" (an activity), "payment",
"expense claim" and "expense item" (one thing on a claim, with the claim's number). Choices:
- Files are UTF-8 with a byte-order mark, so Excel shows "£" and accented names correctly;
  LibreOffice, Numbers and Python (encoding="utf-8-sig") read them too. Standard output gets no
  mark, as other programs reading it do not expect one.
- Money is pounds as plain numbers with two places (no £ sign, no thousands commas), so a
  spreadsheet can add them. Claims and their items use different money columns, so adding up a
  whole column never counts the same pound twice.
- Dates are YYYY-MM-DD, which spreadsheets read as dates. Time is exact whole minutes for each
  part, plus hours with two places for reading.
- Text starting with = + - or @ gets an apostrophe in front, so a spreadsheet shows it rather
  than running it as a formula.
- With a tax year, each row falls in one year by one date: the activity's date, the day a
  payment or claim was paid (else the day of the payment; for a claim, the day it was sent,
  else its meeting's day, else today).
"""

import csv
import datetime as dt
from pathlib import Path
from typing import Any, TextIO

from sqlite_utils import Database

from coprep.core.money.activities import CAPACITY_WORDS, KIND_WORDS, hours_text, list_activities
from coprep.core.money.claims import ITEM_WORDS, ClaimItem, claim_date, claim_items, days_waited, list_claims
from coprep.core.money.claims import STATUS_WORDS as CLAIM_STATUS_WORDS
from coprep.core.money.payments import BASIS_WORDS, list_payments
from coprep.core.money.payments import STATUS_WORDS as PAYMENT_STATUS_WORDS
from coprep.core.money.pennies import pounds_text
from coprep.core.money.tax_year import tax_year_of
from coprep.core.storage import clock
from coprep.core.text.spreadsheet import safe_cell
from coprep.i18n import N_, _

# The column names are written in the person's language; rows are keyed by these untranslated names.
COLUMNS = (
    N_("Type"),
    N_("Number"),
    N_("Date"),
    N_("Organisation"),
    N_("Committee"),
    N_("What"),
    N_("Taking part as"),
    N_("Minutes preparing"),
    N_("Minutes travelling"),
    N_("Minutes taking part"),
    N_("Hours in all"),
    N_("Status"),
    N_("Basis"),
    N_("Paid by"),
    N_("Amount (£)"),
    N_("Item amount (£)"),
    N_("Date sent"),
    N_("Date paid"),
    N_("Amount paid (£)"),
    N_("Days waited"),
    N_("Receipt"),
    N_("Note"),
)


def _in_year(day: str, year: int | None) -> bool:
    return year is None or tax_year_of(dt.date.fromisoformat(day)) == year


def _item_words(item: ClaimItem) -> str:
    """E.g. "Train: return to London" or "Car (by the mile): 12.5 miles at 45p"."""
    details = [item.description] if item.description else []
    if item.miles is not None:
        details.append(_("{miles} miles at {pence}p").format(miles=f"{item.miles:g}", pence=item.pence_per_mile))
    return ": ".join([ITEM_WORDS[item.kind], "; ".join(details)] if details else [ITEM_WORDS[item.kind]])


def involvement_rows(db: Database, year: int | None = None, today: dt.date | None = None) -> list[dict[str, Any]]:
    """The rows of the export as dicts keyed by COLUMNS (blank where a column does not apply)."""
    today = today or clock.today()
    rows: list[dict[str, Any]] = []
    for a in sorted(list_activities(db), key=lambda a: (a.date, a.id)):
        if _in_year(a.date, year):
            rows.append(
                {
                    "Type": _("time"),
                    "Number": a.id,
                    "Date": a.date,
                    "Organisation": a.organisation,
                    "Committee": a.committee_name,
                    "What": a.meeting_title or KIND_WORDS.get(a.kind, a.kind),
                    "Taking part as": CAPACITY_WORDS[a.capacity],
                    "Minutes preparing": a.minutes_preparing,
                    "Minutes travelling": a.minutes_travelling,
                    "Minutes taking part": a.minutes_taking_part,
                    "Hours in all": hours_text(a.total_minutes),
                    "Note": a.note,
                }
            )
    for p in sorted(list_payments(db), key=lambda p: (p.date, p.id)):
        if _in_year(p.paid_date or p.date, year):
            rows.append(
                {
                    "Type": _("payment"),
                    "Number": p.id,
                    "Date": p.date,
                    "Organisation": p.organisation,
                    "Committee": p.committee_name,
                    "What": _("Involvement payment"),
                    "Status": PAYMENT_STATUS_WORDS[p.status],
                    "Basis": BASIS_WORDS[p.basis],
                    "Paid by": p.payer,
                    "Amount (£)": pounds_text(p.amount_pence),
                    "Date paid": p.paid_date or "",
                    "Amount paid (£)": pounds_text(p.amount_pence) if p.paid_date else "",
                    "Note": p.note,
                }
            )
    for c in sorted(list_claims(db), key=lambda c: (c.submitted_date or c.meeting_date or "", c.id)):
        if not _in_year(claim_date(c, today), year):
            continue
        waited = days_waited(c, today)
        rows.append(
            {
                "Type": _("expense claim"),
                "Number": c.id,
                "Date": c.meeting_date or "",
                "Organisation": c.organisation,
                "Committee": c.committee_name,
                "What": _("Expense claim"),
                "Status": CLAIM_STATUS_WORDS[c.status],
                "Amount (£)": pounds_text(c.claimed_pence),
                "Date sent": c.submitted_date or "",
                "Date paid": c.paid_date or "",
                "Amount paid (£)": pounds_text(c.paid_pence) if c.paid_pence else "",
                "Days waited": "" if waited is None else waited,
                "Note": c.note,
            }
        )
        for item in claim_items(db, c.id):
            rows.append(
                {
                    "Type": _("expense item"),
                    "Number": c.id,
                    "Date": c.meeting_date or "",
                    "Organisation": c.organisation,
                    "Committee": c.committee_name,
                    "What": _item_words(item),
                    "Item amount (£)": pounds_text(item.amount_pence),
                    "Receipt": item.receipt_name,
                }
            )
    return rows


def write_involvement_csv(
    db: Database, out: TextIO, year: int | None = None, today: dt.date | None = None, line_end: str = "\r\n"
) -> int:
    """Write the export to an open text stream (opened with newline=""); returns the number of rows.
    Lines end in CR LF as spreadsheets expect; standard output, which turns LF into the system's own
    line ending, should be given line_end="\n"."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS, restval="", lineterminator=line_end)
    writer.writerow({column: _(column) for column in COLUMNS})
    rows = involvement_rows(db, year, today)
    for row in rows:
        writer.writerow({key: safe_cell(value) if isinstance(value, str) else value for key, value in row.items()})
    return len(rows)


def save_involvement_csv(db: Database, path: Path, year: int | None = None, today: dt.date | None = None) -> int:
    """Save the export as a CSV file that spreadsheets open correctly (UTF-8 with a byte-order mark)."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as out:
        return write_involvement_csv(db, out, year, today)
