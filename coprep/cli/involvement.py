"""Commands for time and money: involvement summary, involvement export, claims."""

import argparse
import datetime as dt
import sys
from dataclasses import asdict
from pathlib import Path

from coprep.cli.common import CommandError, open_workspace, print_json
from coprep.core.money.activities import format_minutes
from coprep.core.money.claims import (
    STATUS_WORDS,
    Claim,
    days_waited,
    is_overdue,
    list_claims,
    overdue_claims,
    overdue_words,
    owed_pence,
)
from coprep.core.money.involvement import count_words
from coprep.core.money.involvement_csv import save_involvement_csv, write_involvement_csv
from coprep.core.money.involvement_summary import MONEY_NOTE, OrganisationSummary, tax_year_summary
from coprep.core.money.pennies import format_money
from coprep.core.money.tax_year import tax_year_of
from coprep.core.storage import clock
from coprep.core.text.dates import day_words
from coprep.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    involvement = subparsers.add_parser("involvement", help="your time and money: totals and export")
    actions = involvement.add_subparsers(metavar="ACTION", required=True)
    summary = actions.add_parser("summary", help="time given, money received and money owed in a tax year")
    _tax_year_option(
        summary,
        "the tax year starting in April of YEAR (2025 is 6 April 2025 to 5 April 2026); this tax year if left out",
    )
    summary.add_argument("--json", action="store_true", help="print JSON (money in pence, time in minutes)")
    summary.set_defaults(run=run_summary)
    export = actions.add_parser("export", help="save time and money as a spreadsheet (CSV) for an adviser")
    export.add_argument("--csv", required=True, metavar="FILE|-", help="the file to save, or - to print it")
    _tax_year_option(export, "only this tax year (2025 is 6 April 2025 to 5 April 2026); everything if left out")
    export.set_defaults(run=run_export)
    statement = actions.add_parser("statement", help="a statement of payments for a benefits adviser or the Jobcentre")
    statement.add_argument("--from", dest="first", required=True, metavar="DATE", help="the first day, like 2026-11-01")
    statement.add_argument("--to", dest="last", required=True, metavar="DATE", help="the last day, like 2026-11-30")
    statement.add_argument("--out", type=Path, required=True, metavar="FILE", help="FILE.pdf or FILE.csv")
    statement.set_defaults(run=run_statement)
    rates = actions.add_parser("rates", help="the real hourly rate of each organisation and committee")
    _tax_year_option(rates, "only this tax year (2025 is 6 April 2025 to 5 April 2026); everything if left out")
    rates.add_argument("--json", action="store_true", help="print JSON (money in pence, time in minutes)")
    rates.set_defaults(run=run_rates)

    claims = subparsers.add_parser("claims", help="expense claims: what is owed to you and for how long")
    claims.add_argument("--overdue", action="store_true", help="only claims past the time the organisation promised")
    claims.add_argument("--json", action="store_true", help="print JSON (money in pence)")
    claims.set_defaults(run=run_claims)
    claim_actions = claims.add_subparsers(metavar="ACTION", required=False)
    chase = claim_actions.add_parser("chase", help="a polite email or letter about a late claim")
    chase.add_argument("claim_id", type=int, metavar="CLAIM_ID", help="the claim's number (see coprep claims)")
    chase.add_argument("--letter", action="store_true", help="a letter to post rather than an email")
    chase.add_argument("--sent", action="store_true", help="note on the claim that you sent it today")
    chase.set_defaults(run=run_chase)


def _tax_year_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--tax-year", type=int, metavar="YEAR", help=help_text)


def _checked_year(year: int | None) -> int | None:
    if year is not None and not 1990 <= year <= 2100:
        raise CommandError(_("Give the tax year as the year it starts in, like 2025 for April 2025 to April 2026."))
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
    if org.payments_declined_pence:
        lines.append(f"  Payments you said no to (not counted above): {format_money(org.payments_declined_pence)}")
    lines.append(f"  Expenses repaid: {format_money(org.expenses_repaid_pence)}")
    if org.expenses_owed_pence:
        overdue = f", {format_money(org.overdue_pence)} of it overdue" if org.overdue_pence else ""
        lines.append(
            f"  Expenses still owed to you: {format_money(org.expenses_owed_pence)}, "
            f"the longest for {org.longest_wait_days} days{overdue}"
        )
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

        print_json(
            {
                "tax_year": year,
                "label": summary.label,
                "organisations": [figures(org) for org in summary.organisations],
                "total": figures(summary.total),
                "overdue_now": overdue,
                "note": MONEY_NOTE,
            }
        )
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
        raise CommandError(
            _("{path} is a folder. Give a file name, like {value}.").format(path=path, value=path / "involvement.csv")
        )
    try:
        rows = save_involvement_csv(ws.db, path, year)
    except OSError as error:
        raise CommandError(
            _("coprep could not save {path}: {value}.").format(path=path, value=error.strerror or error)
        ) from error
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
        print_json(
            [
                {
                    **asdict(claim),
                    "owed_pence": owed_pence(claim),
                    "days_waited": days_waited(claim, today),
                    "overdue": is_overdue(claim, today),
                }
                for claim in found
            ]
        )
        return 0
    if not found:
        print("No claims are overdue." if args.overdue else "No expense claims yet.")
    for claim in found:
        print(_claim_line(claim, today))
    return 0


def run_statement(args: argparse.Namespace) -> int:
    from coprep.core.money.statement import build_statement, save_statement_csv, statement_printable
    from coprep.core.storage.validate import parse_date

    first, last = parse_date(args.first, "first day"), parse_date(args.last, "last day")
    ending = args.out.suffix.lower()
    if ending not in (".pdf", ".csv"):
        raise CommandError(_("The file's name must end in .pdf or .csv, like statement.pdf."))
    ws = open_workspace(args)
    made = build_statement(ws.db, first, last)
    if ending == ".csv":
        try:
            rows = save_statement_csv(made, args.out)
        except OSError as error:
            raise CommandError(
                _("coprep could not save {out}: {value}.").format(out=args.out, value=error.strerror or error)
            ) from error
        print(f"Saved {rows} rows to {args.out}.")
        return 0
    from coprep.cli.briefing import save

    pages = save(statement_printable(made), args.out, "A4")
    print(f"Saved the statement ({pages} pages) to {args.out}.")
    return 0


def run_rates(args: argparse.Namespace) -> int:
    from coprep.core.money.hourly_rate import hourly_rates
    from coprep.core.money.tax_year import tax_year_bounds

    year = _checked_year(args.tax_year)
    ws = open_workspace(args)
    first, last = tax_year_bounds(year) if year is not None else (None, None)
    found = hourly_rates(ws.db, first, last)
    if args.json:
        print_json(
            [
                {
                    **asdict(rate),
                    "pence_per_hour": rate.pence_per_hour,
                    "below_living_wage": rate.below_living_wage,
                    "words": rate.words(),
                }
                for rate in found
            ]
        )
        return 0
    if not found:
        print("No time or payments recorded yet.")
    for rate in found:
        name = f"  {rate.committee}" if rate.committee else rate.organisation or "No organisation given"
        wage = f"; Living Wage {format_money(rate.living_wage_pence)}" if rate.living_wage_pence else ""
        below = " - BELOW THE LIVING WAGE" if rate.below_living_wage else ""
        print(f"{name}: {rate.words()}{wage}{below}")
    return 0


def run_chase(args: argparse.Namespace) -> int:
    from coprep.core.money.chaser import log_chase, write_chaser

    ws = open_workspace(args)
    chaser = write_chaser(ws.db, args.claim_id, "letter" if args.letter else "email", clock.today())
    print(f"Subject: {chaser.subject}\n\n{chaser.body}")
    if args.sent:
        log_chase(ws, chaser)
        print("\nNoted on the claim that you chased it today.")
    return 0
