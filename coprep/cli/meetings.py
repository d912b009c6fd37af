"""Commands for meetings and agendas: demo, meetings, agenda parse."""

import argparse
from dataclasses import asdict

from coprep.cli.common import CommandError, open_workspace, print_json, read_text_input
from coprep.core.demo.worked_example import load_demo
from coprep.core.meetings import meetings
from coprep.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    demo = subparsers.add_parser("demo", help=_("fill the database with the worked example"))
    demo.add_argument("--years", type=int, metavar="N", help=_("make a long history of N years (for speed tests)"))
    demo.set_defaults(run=run_demo)

    listing = subparsers.add_parser("meetings", help=_("list meetings with their numbers"))
    listing.add_argument("--json", action="store_true", help=_("print JSON"))
    listing.set_defaults(run=run_meetings)

    agenda = subparsers.add_parser("agenda", help=_("work with agenda text"))
    agenda_commands = agenda.add_subparsers(metavar="ACTION", required=True)
    parse = agenda_commands.add_parser("parse", help=_("show how coprep reads an agenda (nothing is stored)"))
    parse.add_argument(
        "file",
        metavar="FILE|-",
        help=_("an agenda file (PDF, Word, OpenDocument, web page or text), or - to read typed or piped text"),
    )
    parse.set_defaults(run=run_agenda_parse)


def run_demo(args: argparse.Namespace) -> int:
    if args.years is not None and not 1 <= args.years <= 50:
        raise CommandError(_("--years must be between 1 and 50."))
    ws = open_workspace(args)
    if ws.db["meetings"].count:
        raise CommandError(_("This database already has meetings. Use --db to make the example in a new file."))
    load_demo(ws, years=args.years)
    said = _("Added the worked example: {meetings} meetings, {items} agenda items.")
    print(said.format(meetings=ws.db["meetings"].count, items=ws.db["agenda_items"].count))
    return 0


def run_meetings(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    found = meetings.list_meetings(ws.db)
    if args.json:
        print_json([asdict(m) for m in found])
        return 0
    if not found:
        print(_("No meetings yet."))
    for meeting in found:
        time = f" {meeting.start_time}" if meeting.start_time else ""
        print(f"{meeting.id:>5}  {meeting.date}{time}  {meeting.name}  ({meeting.status})")
    return 0


def run_agenda_parse(args: argparse.Namespace) -> int:
    from pathlib import Path

    from coprep.core.meetings.agenda_files import read_agenda_file
    from coprep.core.meetings.agenda_lines import read_agenda

    parsed = read_agenda(read_text_input("-")) if args.file == "-" else read_agenda_file(Path(args.file))
    print_json(parsed.to_dict())
    return 0
