"""Commands for meeting packs: pack split (see how coprep would split one) and pack add (keep it)."""

import argparse
from pathlib import Path

from coprep.cli.common import CommandError, open_workspace, print_json
from coprep.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    pack = subparsers.add_parser("pack", help=_("split a whole meeting pack (one big PDF) into its items' papers"))
    actions = pack.add_subparsers(metavar="ACTION", required=True)
    split = actions.add_parser("split", help=_("print how coprep would split a pack, as JSON, storing nothing"))
    split.add_argument("file", type=Path, metavar="FILE.pdf")
    split.add_argument("--password", help=_("the password of a locked PDF"))
    split.set_defaults(run=run_split)

    add = actions.add_parser("add", help=_("add a pack to a meeting (or to a new meeting) and print what was kept"))
    add.add_argument(
        "meeting",
        metavar="MEETING_ID|new",
        help=_("the meeting's number (see: coprep meetings), or 'new' for a new meeting from the pack"),
    )
    add.add_argument("file", type=Path, metavar="FILE.pdf")
    add.add_argument("--received", metavar="YYYY-MM-DD", help=_("the day it came (today if not given)"))
    add.add_argument("--how", default="email", help=_("how it came: email, post, portal, at_meeting or other"))
    add.add_argument("--password", help=_("the password of a locked PDF"))
    add.set_defaults(run=run_add)


def _split(path: Path, password: str | None):  # noqa: ANN202 (core is imported only when a command runs)
    from coprep.core.papers.extract import PaperError
    from coprep.core.papers.pack_store import read_and_split

    try:
        return read_and_split(path, password=password)
    except PaperError as error:
        raise CommandError(str(error)) from None


def run_split(args: argparse.Namespace) -> int:
    print_json(_split(args.file, args.password).to_json())
    return 0


def run_add(args: argparse.Namespace) -> int:
    from coprep.core.meetings.meetings import get_meeting
    from coprep.core.papers.extract import PaperError
    from coprep.core.papers.pack_store import meeting_from_split, store_pack

    ws = open_workspace(args)
    new = args.meeting.strip().lower() == "new"
    if not new and (not args.meeting.isdigit() or get_meeting(ws.db, int(args.meeting)) is None):
        raise CommandError(
            _("There is no meeting number {number}. See the numbers with: coprep meetings, or use 'new'.").format(
                number=args.meeting
            )
        )
    split = _split(args.file, args.password)
    meeting_id = meeting_from_split(ws, split) if new else int(args.meeting)
    try:
        stored = store_pack(ws.path, meeting_id, args.file, split, received=args.received, received_how=args.how)
    except PaperError as error:
        if new:
            ws.undo()
        raise CommandError(str(error)) from None
    print_json(
        {
            "meeting_id": meeting_id,
            "pack_id": stored.pack_id,
            "supplementary": stored.supplementary,
            "received": stored.received_date,
            "parts": [
                {
                    "number": part.number,
                    "title": part.title,
                    "paper_id": part.paper_id,
                    "item_id": part.item_id,
                    "change": part.change,
                }
                for part in stored.parts
            ],
        }
    )
    return 0
