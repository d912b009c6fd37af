"""Commands for fair treatment: a meeting's conditions checklist, and the summary for the chair.

`coprep conditions 12` shows meeting 12; `coprep conditions summary 3` writes the summary for
committee 3. One positional that is either a meeting number or the word "summary" lets both
forms live under one command.
"""

import argparse
import sys
from pathlib import Path
from typing import Any

from coprep.cli.common import CommandError, open_workspace, print_json
from coprep.core.fairness.chair_summary import FORMATS, build_summary, render_summary
from coprep.core.fairness.conditions import RATING_WORDS, ConditionRow, checklist
from coprep.core.fairness.ladder import RUNG_BY_NUMBER, meeting_rung
from coprep.core.meetings.meetings import get_committee, list_committees
from coprep.core.storage.validate import InputError
from coprep.core.text.dates import day_words
from coprep.core.text.print_html import LARGE_PRINT_SIZES
from coprep.i18n import _

USAGE = """coprep conditions MEETING [--json]
       coprep conditions summary COMMITTEE [--from DATE] [--to DATE] [--format md|html|json] [--ladder]
                                           [--out FILE.pdf|.html|.md] [--large-print 16|20]"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "conditions",
        usage=USAGE,
        help=_("how fairly a meeting treated you, or a summary to send to the chair"),
        description=_(
            "Show one meeting's conditions checklist with its rung on the Ladder of Co-production, "
            "or write a summary of a committee's meetings for the chair."
        ),
    )
    parser.add_argument(
        "target", metavar="MEETING|summary", help=_("a meeting number (see 'coprep meetings'), or the word summary")
    )
    parser.add_argument("committee", nargs="?", metavar="COMMITTEE", help=_("with summary: the committee's number"))
    parser.add_argument("--json", action="store_true", help=_("print JSON (for one meeting)"))
    parser.add_argument("--from", dest="start", metavar="DATE", help=_("with summary: first date to include"))
    parser.add_argument("--to", dest="end", metavar="DATE", help=_("with summary: last date to include"))
    parser.add_argument(
        "--format", choices=FORMATS, default="md", help=_("with summary: md (the default), html or json")
    )
    parser.add_argument(
        "--ladder", action="store_true", help=_("with summary: explain the Ladder of Co-production too")
    )
    parser.add_argument(
        "--out", type=Path, metavar="FILE", help=_("with summary: save the letter as .pdf, .html or .md")
    )
    parser.add_argument(
        "--large-print",
        type=int,
        choices=LARGE_PRINT_SIZES,
        metavar="16|20",
        help=_("with --out: print the letter 16 or 20 point high"),
    )
    parser.set_defaults(run=run_conditions)


def _number(text: str | None) -> int | None:
    try:
        return int(text or "")
    except ValueError:
        return None


def _committee_choices(args: argparse.Namespace) -> str:
    found = list_committees(open_workspace(args).db)
    if not found:
        return _("There are no committees yet.")
    return _("Your committees are:") + "\n" + "\n".join(f"  {c.id:>3}  {c.name}" for c in found)


def run_conditions(args: argparse.Namespace) -> int:
    if args.target == "summary":
        if args.json:
            raise CommandError(_("For a summary, use --format json instead of --json."))
        committee_id = _number(args.committee)
        if committee_id is None or get_committee(open_workspace(args).db, committee_id) is None:
            raise CommandError(
                _("Give the committee's number after 'summary'. {committee_choices}").format(
                    committee_choices=_committee_choices(args)
                )
            )
        return _run_summary(args, committee_id)
    if args.committee is not None:
        raise CommandError(_("Did you mean 'coprep conditions summary {committee}'?").format(committee=args.committee))
    if args.start or args.end or args.format != "md" or args.ladder or args.out or args.large_print:
        raise CommandError(
            _(
                "--from, --to, --format, --ladder, --out and --large-print go with "
                "'coprep conditions summary COMMITTEE'."
            )
        )
    meeting_id = _number(args.target)
    if meeting_id is None:
        raise CommandError(
            _("Give a meeting's number, like 12, or the word summary. 'coprep meetings' lists the meetings.")
        )
    return _run_meeting(args, meeting_id)


def _run_summary(args: argparse.Namespace, committee_id: int) -> int:
    ws = open_workspace(args)
    summary = build_summary(ws.db, committee_id, args.start, args.end)
    if args.out is None:
        sys.stdout.write(render_summary(ws.db, summary, args.format, args.ladder))
        return 0
    from coprep.cli.briefing import check_ending, save
    from coprep.core.fairness.chair_letter import build_letter, letter_markdown, letter_printable

    check_ending(args.out)
    letter = build_letter(ws.db, summary, with_ladder=args.ladder)
    save(letter_printable(summary, letter_markdown(letter), args.large_print, letter.sender), args.out, "A4")
    print(_("Saved the letter to the chair to {path}.").format(path=args.out))
    return 0


def _row_data(row: ConditionRow) -> dict[str, Any]:
    proposal = row.proposal
    return {
        "id": row.condition.id,
        "key": row.condition.key,
        "text": row.condition.text,
        "rating": row.rating,
        "note": row.note,
        "proposal": {"rating": proposal.rating, "reason": proposal.reason} if proposal else None,
    }


def _run_meeting(args: argparse.Namespace, meeting_id: int) -> int:
    ws = open_workspace(args)
    try:
        point = meeting_rung(ws.db, meeting_id)
    except InputError:
        raise CommandError(
            _("There is no meeting number {meeting_id}. 'coprep meetings' lists them.").format(meeting_id=meeting_id)
        ) from None
    rows = checklist(ws.db, meeting_id)
    own = (
        {"number": point.own, "name": RUNG_BY_NUMBER[point.own].name, "reason": point.own_reason} if point.own else None
    )
    if args.json:
        print_json(
            {
                "meeting": {"id": point.meeting.id, "date": point.meeting.date, "name": point.meeting.name},
                "conditions": [_row_data(row) for row in rows],
                "rung": {"number": point.computed.rung, "name": point.computed.name, "reason": point.computed.reason},
                "own_rung": own,
            }
        )
        return 0
    print(f"{point.meeting.name}, {day_words(point.meeting.date)}\n")
    for row in rows:
        print(f"  {RATING_WORDS[row.rating] if row.rating else _('Not rated'):<15} {row.condition.text}")
        if row.note:
            print(f"  {'':<15}   " + _("Note: {note}").format(note=row.note))
        if row.proposal and row.proposal.rating != row.rating:
            suggests = _("coprep suggests {rating}: {reason}").format(
                rating=RATING_WORDS[row.proposal.rating].lower(), reason=row.proposal.reason
            )
            print(f"  {'':<15}   {suggests}")
    print("\n" + _("Rung: {rung}. {reason}").format(rung=point.computed.name, reason=point.computed.reason))
    if own:
        print(_("Your own rung: {rung}.").format(rung=own["name"]) + (f" {own['reason']}" if own["reason"] else ""))
    return 0
