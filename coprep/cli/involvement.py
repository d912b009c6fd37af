"""Commands for time and money: involvement summary, involvement export, claims."""

import argparse
import datetime as dt
import sys
from dataclasses import asdict
from pathlib import Path

from coprep.cli.common import CommandError, open_workspace, print_json
from coprep.core.money.activities import format_minutes
from coprep.core.money.claims import (
    STATUS_WORDS, Claim, days_waited, is_overdue, list_claims, overdue_claims, overdue_words, owed_pence,
)
from coprep.core.money.involvement import count_words
from coprep.core.money.involvement_csv import save_involvement_csv, write_involvement_csv
from coprep.core.money.involvement_summary import MONEY_NOTE, OrganisationSummary, tax_year_summary
from coprep.core.money.pennies import format_money
from coprep.core.text.dates import day_words
from coprep.core.money.tax_year import tax_year_of
from coprep.core.storage import clock


def register(subparsers: argparse._SubParsersAction) -> None:
    involvement = subparsers.add_parser("involvement", help="your time and money: totals and export")
    actions = involvement.add_subparsers(metavar="ACTION", required=True)
    summary = actions.add_parser("summary", help="time given, money received and money owed in a tax year")
    _tax_year_option(summary, "the tax year starting in April of YEAR (2025 is 6 April 2025 to 5 April 2026); "
                              "this tax year if left out")
    summary.add_argument("--json", action="store_true", help="print JSON (money in pence, time in minutes)")
    summary.set_defaults(run=run_summary)
    export = actions.add_parser("export", help="save time and money as a spreadsheet (CSV) for an adviser")
    export.add_argument("--csv", required=True, metavar="FILE|-", help="the file to save, or - to print it")
    _tax_year_option(export, "only this tax year (2025 is 6 April 2025 to 5 April 2026); everything if left out")
    export.set_defaults(run=run_export)

    claims = subparsers.add_parser("claims", help="expense claims: what is owed to you and for how long")
    claims.add_argument("--overdue", action="store_true", help="only claims past the time the organisation promised")
    claims.add_argument("--json", action="store_true", help="print JSON (money in pence)")
    claims.set_defaults(run=run_claims)


def _tax_year_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--tax-year", type=int, metavar="YEAR", help=help_text)


def _checked_year(year: int | None) -> int | None:
    if year is not None and not 1990 <= year <= 2100:
        raise CommandError("Give the tax year as the year it starts in, like 2025 for April 2025 to April 2026.")
    return year


def _organisation_lines(org: OrganisationSummary) -> list[str]:
    lines = [
        org.organisation,
        f"  Time given: {format_minutes(org.total_minutes)} "
        f"over {count_words(org.activities, 'activity', 'activities')} "
        f"(preparing {format_minutes(org.minutes_preparing)}, travelling {format_minutes(org.minutes_travelling)}, "
        f"taking part {format_minutes(org.minutes_taking_part)})",
        f"  Payments received: {format_money(org.payments_received_pence)}",
    ]
    if org.payments_awaited_pence:
        lines.append(f"  Payments asked for, not paid yet: {format_money(org.payments_awaited_pence)}")
    lines.append(f"  Expenses repaid: {format_money(org.expenses_repaid_pence)}")
    if org.expenses_owed_pence:
        overdue = f", {format_money(org.overdue_pence)} of it overdue" if org.overdue_pence else ""
        lines.append(f"  Expenses still owed to you: {format_money(org.expenses_owed_pence)}, "
                     f"the longest for {org.longest_wait_days} days{overdue}")
    return lines


def run_summary(args: argparse.Namespace) -> int:
    today = clock.today()
    year = _checked_year(args.tax_year) or tax_year_of(today)
    ws = open_workspace(args)
    summary = tax_year_summary(ws.db, year, today)
    overdue = [overdue_words(claim, today) for claim in overdue_claims(ws.db, today)]
    if args.json:
        def figures(org: OrganisationSummary) -> dict:
            return {**asdict(org), "total_minutes": org.total_minutes}

        print_json({
            "tax_year": year, "label": summary.label,
            "organisations": [figures(org) for org in summary.organisations], "total": figures(summary.total),
            "overdue_now": overdue, "note": MONEY_NOTE,
        })
        return 0
    print(f"Tax year {summary.label}\n")
    if not summary.organisations:
        print("Nothing recorded in this tax year yet.\n")
    for org in [*summary.organisations, *([summary.total] if len(summary.organisations) > 1 else [])]:
        print("\n".join(_organisation_lines(org)) + "\n")
    if overdue:
        print("Overdue now (any tax year):")
        print("\n".join(f"  {words}" for words in overdue) + "\n")
    print(MONEY_NOTE)
    return 0


def run_export(args: argparse.Namespace) -> int:
    year = _checked_year(args.tax_year)
    ws = open_workspace(args)
    if args.csv == "-":
        write_involvement_csv(ws.db, sys.stdout, year, line_end="\n")
        return 0
    path = Path(args.csv)
    if path.is_dir():
        raise CommandError(f"{path} is a folder. Give a file name, like {path / 'involvement.csv'}.")
    try:
        rows = save_involvement_csv(ws.db, path, year)
    except OSError as error:
        raise CommandError(f"coprep could not save {path}: {error.strerror or error}.") from error
    print(f"Saved {rows} rows to {path}.")
    return 0


def _claim_line(claim: Claim, today: dt.date) -> str:
    line = f"{claim.id:>5}  {STATUS_WORDS[claim.status]:<13} {format_money(claim.claimed_pence):>10}  {claim.what}"
    if claim.submitted_date:
        line += f"; sent {day_words(claim.submitted_date)}"
    waited = days_waited(claim, today)
    if waited is not None:
        line += f", waited {waited} days"
    if is_overdue(claim, today):
        line += f" - OVERDUE: {format_money(owed_pence(claim))} owed, they said {claim.expected_days} days"
    if claim.status == "refused":
        line += " - nothing owed, as it was refused"
    return line


def run_claims(args: argparse.Namespace) -> int:
    today = clock.today()
    ws = open_workspace(args)
    found = overdue_claims(ws.db, today) if args.overdue else list_claims(ws.db)
    if args.json:
        print_json([{**asdict(claim), "owed_pence": owed_pence(claim), "days_waited": days_waited(claim, today),
                     "overdue": is_overdue(claim, today)} for claim in found])
        return 0
    if not found:
        print("No claims are overdue." if args.overdue else "No expense claims yet.")
    for claim in found:
        print(_claim_line(claim, today))
    return 0
