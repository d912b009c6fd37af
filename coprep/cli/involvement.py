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
from coprep.core.money.involvement_csv import save_involvement_csv, write_involvement_csv
from coprep.core.money.involvement_summary import MONEY_NOTE, OrganisationSummary, tax_year_summary
from coprep.core.money.pennies import format_money
from coprep.core.money.tax_year import tax_year_of
from coprep.core.storage import clock
from coprep.core.text.dates import day_words
from coprep.i18n import _, ngettext


def register(subparsers: argparse._SubParsersAction) -> None:
    involvement = subparsers.add_parser("involvement", help=_("your time and money: totals and export"))
    actions = involvement.add_subparsers(metavar="ACTION", required=True)
    summary = actions.add_parser("summary", help=_("time given, money received and money owed in a tax year"))
    _tax_year_option(
        summary,
        _("the tax year starting in April of YEAR (2025 is 6 April 2025 to 5 April 2026); this tax year if left out"),
    )
    summary.add_argument("--json", action="store_true", help=_("print JSON (money in pence, time in minutes)"))
    summary.set_defaults(run=run_summary)
    export = actions.add_parser("export", help=_("save time and money as a spreadsheet (CSV) for an adviser"))
    export.add_argument("--csv", required=True, metavar="FILE|-", help=_("the file to save, or - to print it"))
    _tax_year_option(export, _("only this tax year (2025 is 6 April 2025 to 5 April 2026); everything if left out"))
    export.set_defaults(run=run_export)
    statement = actions.add_parser(
        "statement", help=_("a statement of payments for a benefits adviser or the Jobcentre")
    )
    statement.add_argument(
        "--from", dest="first", required=True, metavar="DATE", help=_("the first day, like 2026-11-01")
    )
    statement.add_argument("--to", dest="last", required=True, metavar="DATE", help=_("the last day, like 2026-11-30"))
    statement.add_argument("--out", type=Path, required=True, metavar="FILE", help=_("FILE.pdf or FILE.csv"))
    statement.set_defaults(run=run_statement)
    rates = actions.add_parser("rates", help=_("the real hourly rate of each organisation and committee"))
    _tax_year_option(rates, _("only this tax year (2025 is 6 April 2025 to 5 April 2026); everything if left out"))
    rates.add_argument("--json", action="store_true", help=_("print JSON (money in pence, time in minutes)"))
    rates.set_defaults(run=run_rates)

    claims = subparsers.add_parser("claims", help=_("expense claims: what is owed to you and for how long"))
    claims.add_argument("--overdue", action="store_true", help=_("only claims past the time the organisation promised"))
    claims.add_argument("--json", action="store_true", help=_("print JSON (money in pence)"))
    claims.set_defaults(run=run_claims)
    claim_actions = claims.add_subparsers(metavar="ACTION", required=False)
    chase = claim_actions.add_parser("chase", help=_("a polite email or letter about a late claim"))
    chase.add_argument("claim_id", type=int, metavar="CLAIM_ID", help=_("the claim's number (see coprep claims)"))
    chase.add_argument("--letter", action="store_true", help=_("a letter to post rather than an email"))
    chase.add_argument("--sent", action="store_true", help=_("note on the claim that you sent it today"))
    chase.set_defaults(run=run_chase)


def _tax_year_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--tax-year", type=int, metavar="YEAR", help=help_text)


def _checked_year(year: int | None) -> int | None:
    if year is not None and not 1990 <= year <= 2100:
        raise CommandError(_("Give the tax year as the year it starts in, like 2025 for April 2025 to April 2026."))
    return year


def _organisation_lines(org: OrganisationSummary) -> list[str]:
    time_given = ngettext(
        "Time given: {time} over {count} activity (preparing {preparing}, travelling {travelling}, taking part {taking_part})",
        "Time given: {time} over {count} activities (preparing {preparing}, travelling {travelling}, taking part {taking_part})",
        org.activities,
    ).format(
        time=format_minutes(org.total_minutes),
        count=org.activities,
        preparing=format_minutes(org.minutes_preparing),
        travelling=format_minutes(org.minutes_travelling),
        taking_part=format_minutes(org.minutes_taking_part),
    )
    lines = [time_given, _("Payments received: {money}").format(money=format_money(org.payments_received_pence))]
    if org.payments_awaited_pence:
        lines.append(
            _("Payments asked for, not paid yet: {money}").format(money=format_money(org.payments_awaited_pence))
        )
    if org.payments_declined_pence:
        said = _("Payments you said no to (not counted above): {money}")
        lines.append(said.format(money=format_money(org.payments_declined_pence)))
    lines.append(_("Expenses repaid: {money}").format(money=format_money(org.expenses_repaid_pence)))
    if org.expenses_owed_pence:
        owed = (
            ngettext(
                "Expenses still owed to you: {money}, the longest for {days} day, {overdue} of it overdue",
                "Expenses still owed to you: {money}, the longest for {days} days, {overdue} of it overdue",
                org.longest_wait_days or 0,
            )
            if org.overdue_pence
            else ngettext(
                "Expenses still owed to you: {money}, the longest for {days} day",
                "Expenses still owed to you: {money}, the longest for {days} days",
                org.longest_wait_days or 0,
            )
        )
        lines.append(
            owed.format(
                money=format_money(org.expenses_owed_pence),
                days=org.longest_wait_days,
                overdue=format_money(org.overdue_pence),
            )
        )
    return [org.organisation, *(f"  {line}" for line in lines)]


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
                "note": _(MONEY_NOTE),
            }
        )
        return 0
    print(_("Tax year {label}").format(label=summary.label) + "\n")
    if not summary.organisations:
        print(_("Nothing recorded in this tax year yet.") + "\n")
    for org in [*summary.organisations, *([summary.total] if len(summary.organisations) > 1 else [])]:
        print("\n".join(_organisation_lines(org)) + "\n")
    if overdue:
        print(_("Overdue now (any tax year):"))
        print("\n".join(f"  {words}" for words in overdue) + "\n")
    print(_(MONEY_NOTE))
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
    print(_saved_rows(rows, path))
    return 0


def _claim_line(claim: Claim, today: dt.date) -> str:
    line = f"{claim.id:>5}  {STATUS_WORDS[claim.status]:<13} {format_money(claim.claimed_pence):>10}  {claim.what}"
    if claim.submitted_date:
        line += "; " + _("sent {day}").format(day=day_words(claim.submitted_date))
    waited = days_waited(claim, today)
    if waited is not None:
        line += ", " + ngettext("waited {count} day", "waited {count} days", waited).format(count=waited)
    if is_overdue(claim, today):
        overdue = _("OVERDUE: {money} owed, they said {days} days")
        line += " - " + overdue.format(money=format_money(owed_pence(claim)), days=claim.expected_days)
    if claim.status == "refused":
        line += " - " + _("nothing owed, as it was refused")
    return line


def _saved_rows(rows: int, path: Path) -> str:
    return ngettext("Saved {count} row to {path}.", "Saved {count} rows to {path}.", rows).format(count=rows, path=path)


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
        print(_("No claims are overdue.") if args.overdue else _("No expense claims yet."))
    for claim in found:
        print(_claim_line(claim, today))
    return 0


def run_statement(args: argparse.Namespace) -> int:
    from coprep.core.money.statement import build_statement, save_statement_csv, statement_printable
    from coprep.core.storage.validate import parse_date

    first, last = parse_date(args.first, _("first day")), parse_date(args.last, _("last day"))
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
        print(_saved_rows(rows, args.out))
        return 0
    from coprep.cli.briefing import save

    pages = save(statement_printable(made), args.out, "A4")
    saved = ngettext(
        "Saved the statement ({count} page) to {path}.", "Saved the statement ({count} pages) to {path}.", pages
    )
    print(saved.format(count=pages, path=args.out))
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
        print(_("No time or payments recorded yet."))
    for rate in found:
        name = f"  {rate.committee}" if rate.committee else rate.organisation or _("No organisation given")
        wage = "; " + _("Living Wage {money}").format(money=format_money(rate.living_wage_pence))
        wage = wage if rate.living_wage_pence else ""
        below = " - " + _("BELOW THE LIVING WAGE") if rate.below_living_wage else ""
        print(f"{name}: {rate.words()}{wage}{below}")
    return 0


def run_chase(args: argparse.Namespace) -> int:
    from coprep.core.money.chaser import log_chase, write_chaser

    ws = open_workspace(args)
    chaser = write_chaser(ws.db, args.claim_id, "letter" if args.letter else "email", clock.today())
    print(_("Subject: {subject}").format(subject=chaser.subject) + f"\n\n{chaser.body}")
    if args.sent:
        log_chase(ws, chaser)
        print("\n" + _("Noted on the claim that you chased it today."))
    return 0
