"""A statement for a benefits adviser or the Jobcentre: for a period, each involvement payment,
and apart from them the expenses repaid (not earnings), payments declined and the time given,
with the person's name and a line to sign. Printed (Markdown to HTML) or saved as CSV.

The facts behind it are cited to their source, with the date they were checked; the wording is coprep's own.
"""

import csv
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from sqlite_utils import Database

from coprep.core.money.activities import format_minutes, hours_text, list_activities
from coprep.core.money.chaser import my_name
from coprep.core.money.claims import list_claims
from coprep.core.money.payments import list_payments
from coprep.core.money.pennies import format_money, pounds_text
from coprep.core.storage import clock
from coprep.core.storage.validate import InputError
from coprep.core.text.dates import day_words
from coprep.core.text.print_html import Printable, file_stem, md_escape, print_html
from coprep.i18n import N_, _, ngettext

TITLE = N_("Statement of involvement payments")
SOURCES = (
    N_(
        "Money repaid for expenses, such as fares, is not earnings, and a person may say no to a payment. "
        "Source: NIHR, Payment guidance for researchers and professionals (rates updated 16 December 2025; "
        "checked December 2026)."
    ),
    N_(
        "People who receive benefits can be paid for involvement, and some benefits have a weekly "
        "earnings limit. Source: SCIE, Paying people who receive benefits (checked December 2026)."
    ),
)
CSV_COLUMNS = (
    N_("Part"),
    N_("Date"),
    N_("Organisation"),
    N_("What"),
    N_("Amount (£)"),
    N_("Minutes"),
    N_("Hours"),
    N_("Reason"),
)


@dataclass
class Line:
    date: str
    organisation: str
    what: str
    pence: int = 0
    minutes: int = 0
    reason: str = ""


@dataclass
class Statement:
    first: dt.date
    last: dt.date
    name: str
    payments: list[Line] = field(default_factory=list)
    expenses: list[Line] = field(default_factory=list)
    declined: list[Line] = field(default_factory=list)
    time: list[Line] = field(default_factory=list)

    @property
    def payments_pence(self) -> int:
        return sum(line.pence for line in self.payments)

    @property
    def expenses_pence(self) -> int:
        return sum(line.pence for line in self.expenses)

    @property
    def declined_pence(self) -> int:
        return sum(line.pence for line in self.declined)

    @property
    def minutes(self) -> int:
        return sum(line.minutes for line in self.time)


def build_statement(db: Database, first: dt.date, last: dt.date) -> Statement:
    """Payments paid in the period (by the day paid), expenses repaid in it, payments declined
    (by the day of the involvement) and time given, each list oldest first."""
    if last < first:
        raise InputError(_("The end of the period is before its start. Check both dates."))
    low, high = first.isoformat(), last.isoformat()
    result = Statement(first, last, my_name(db))
    for payment in sorted(list_payments(db), key=lambda p: (p.counted_day, p.id)):
        what = payment.committee_name or payment.note.split("\n")[0] or _("Involvement")
        if payment.status == "paid" and low <= payment.counted_day <= high:
            result.payments.append(Line(payment.counted_day, payment.organisation, what, payment.amount_pence))
        elif payment.status == "declined" and low <= payment.date <= high:
            result.declined.append(
                Line(payment.date, payment.organisation, what, payment.amount_pence, reason=payment.declined_reason)
            )
    for claim in list_claims(db, "claims.paid_date between ? and ?", [low, high]):
        result.expenses.append(Line(claim.paid_date or "", claim.organisation, claim.what, claim.paid_pence or 0))
    result.expenses.sort(key=lambda line: line.date)
    for activity in sorted(list_activities(db, first, last), key=lambda a: (a.date, a.id)):
        result.time.append(Line(activity.date, activity.organisation, activity.what, minutes=activity.total_minutes))
    return result


def _money_table(lines: list[Line], total: int, with_reason: bool = False) -> list[str]:
    if not lines:
        return [_("None in this period."), ""]
    head = [_("Date"), _("Organisation"), _("What it was for"), _("Amount")] + ([_("Why")] if with_reason else [])
    rows = ["| " + " | ".join(head) + " |", "|:--|:--|:--|--:|" + (":--|" if with_reason else "")]
    for line in lines:
        cells = [day_words(line.date), md_escape(line.organisation), md_escape(line.what), format_money(line.pence)]
        rows.append("| " + " | ".join(cells + ([md_escape(line.reason)] if with_reason else [])) + " |")
    rows.append(
        "| "
        + " | ".join([f"**{_('Total')}**", "", "", f"**{format_money(total)}**"] + ([""] if with_reason else []))
        + " |"
    )
    return [*rows, ""]


def statement_markdown(statement: Statement) -> str:
    s = statement
    period = _("From {first} to {last}").format(first=day_words(s.first), last=day_words(s.last))
    lines = [
        f"# {_(TITLE)}",
        "",
        f"**{_('Name')}:** {md_escape(s.name) or '_' * 30}",
        "",
        f"{period}.",
        "",
        _(
            "This statement lists the money I was paid for taking part in health and care committees, "
            "kept apart from money repaid for expenses and from payments I said no to."
        ),
        "",
        f"## {_('Payments for my time')}",
        "",
        *_money_table(s.payments, s.payments_pence),
        f"## {_('Expenses repaid (not earnings)')}",
        "",
        *_money_table(s.expenses, s.expenses_pence),
        f"## {_('Payments I said no to (not received)')}",
        "",
        *_money_table(s.declined, s.declined_pence, with_reason=True),
        f"## {_('Time given')}",
        "",
    ]
    if s.time:
        lines += [
            ngettext(
                "{time} over {count} activity, counting time preparing, travelling and taking part.",
                "{time} over {count} activities, counting time preparing, travelling and taking part.",
                len(s.time),
            ).format(time=format_minutes(s.minutes), count=len(s.time)),
            "",
            "| " + " | ".join([_("Date"), _("Organisation"), _("What"), _("Time")]) + " |",
            "|:--|:--|:--|--:|",
        ]
        lines += [
            f"| {day_words(t.date)} | {md_escape(t.organisation)} | {md_escape(t.what)} | {format_minutes(t.minutes)} |"
            for t in s.time
        ]
        lines.append("")
    else:
        lines += [_("None in this period."), ""]
    lines += [
        f"## {_('Where these facts come from')}",
        "",
        *[f"- {_(source)}" for source in SOURCES],
        "",
        _("I confirm this statement is true to the best of my knowledge."),
        "",
        f"{_('Signed')}: ______________________________   {_('Date')}: ______________",
        "",
    ]
    return "\n".join(lines)


def statement_printable(statement: Statement, large_print: int | None = None) -> Printable:
    markdown = statement_markdown(statement)
    html = print_html(markdown, _(TITLE), large_print, new_page_per_part=False)
    stem = file_stem("statement", statement.first.isoformat(), "to", statement.last.isoformat())
    return Printable(_(TITLE), stem, markdown, html, large_print or 12)


def write_statement_csv(statement: Statement, out: TextIO) -> int:
    """One row per line, the Part column telling payments, expenses, declined and time apart; returns rows."""
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_(column) for column in CSV_COLUMNS])
    parts = (
        (_("payment"), statement.payments),
        (_("expenses repaid"), statement.expenses),
        (_("declined"), statement.declined),
        (_("time given"), statement.time),
    )
    rows = 0
    for part, lines in parts:
        for line in lines:
            money = pounds_text(line.pence) if part != _("time given") else ""
            time = (str(line.minutes), hours_text(line.minutes)) if line.minutes else ("", "")
            writer.writerow(
                [part, line.date, _safe(line.organisation), _safe(line.what), money, *time, _safe(line.reason)]
            )
            rows += 1
    return rows


def _safe(text: str) -> str:
    """Text a spreadsheet shows rather than runs as a formula."""
    return f"'{text}" if text.startswith(("=", "+", "-", "@")) else text


def save_statement_csv(statement: Statement, path: Path) -> int:
    """Save as UTF-8 with a byte-order mark (so Excel shows "£"); written whole or not at all."""
    partial = path.with_name(path.name + ".partial")
    with partial.open("w", encoding="utf-8-sig", newline="") as handle:
        rows = write_statement_csv(statement, handle)
    partial.replace(path)
    return rows


def default_period(today: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The last four weeks up to today: a common period for a benefits review."""
    today = today or clock.today()
    return today - dt.timedelta(days=27), today
