"""Commands for papers: papers add, readability, search."""

import argparse
import sys
from dataclasses import asdict
from pathlib import Path

from coprep.cli.common import CommandError, open_workspace, print_json
from coprep.core.meetings.meetings import get_meeting
from coprep.core.papers.extract import PaperError, PasswordNeeded, read_document_text
from coprep.core.papers.papers import RECEIVED_HOW, DuplicatePaper, import_paper
from coprep.core.papers.search import plain_snippet, search_everything
from coprep.core.words.glossary import load_glossary
from coprep.core.words.readability import readability
from coprep.i18n import N_, _


def register(subparsers: argparse._SubParsersAction) -> None:
    papers = subparsers.add_parser("papers", help=_("add papers to a meeting"))
    actions = papers.add_subparsers(metavar="ACTION", required=True)
    add = actions.add_parser("add", help=_("add papers (PDF, Word, OpenDocument, text) and print their numbers"))
    add.add_argument("meeting", type=int, metavar="MEETING_ID", help=_("the meeting's number (see: coprep meetings)"))
    add.add_argument("files", nargs="+", type=Path, metavar="FILE")
    add.add_argument("--item", type=int, metavar="ITEM_ID", help=_("the agenda item the papers belong to"))
    add.add_argument("--received", metavar="YYYY-MM-DD", help=_("the day they came (today if not given)"))
    add.add_argument(
        "--how", choices=sorted(RECEIVED_HOW), default="email", help=_("how they came (email if not given)")
    )
    add.add_argument("--confidential", action="store_true", help=_("mark them confidential"))
    add.add_argument("--password", help=_("the password of a locked PDF"))
    add.add_argument("--again", action="store_true", help=_("add a paper even if the meeting already has it"))
    add.set_defaults(run=run_papers_add)

    scores = subparsers.add_parser("readability", help=_("how hard a paper is to read, as JSON"))
    scores.add_argument("file", metavar="FILE|-", help=_("a paper, or - to read text that is typed or piped in"))
    scores.set_defaults(run=run_readability)

    search = subparsers.add_parser(
        "search",
        help=_("search meetings, agenda items, notes and papers"),
        description=_(
            "Best matches first. An agenda item that is the same at many meetings is shown once, "
            "as '(Committee, N meetings, latest DATE)'; in --json, 'meetings' says how many."
        ),
    )
    search.add_argument("query", nargs="+", metavar="QUERY")
    search.add_argument("--json", action="store_true", help=_("print JSON"))
    search.set_defaults(run=run_search)


# What to type to get past the question the window would ask.
_HOW_TO_GO_ON = {
    DuplicatePaper: N_("To add it again anyway, add --again to the command."),
    PasswordNeeded: N_("Give it with --password."),
}


def run_papers_add(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    if get_meeting(ws.db, args.meeting) is None:
        raise CommandError(
            _("There is no meeting number {meeting}. See the numbers with: coprep meetings").format(
                meeting=args.meeting
            )
        )
    failed = 0
    for path in args.files:
        try:
            paper_id = import_paper(
                ws.path,
                args.meeting,
                path,
                item_id=args.item,
                received=args.received,
                received_how=args.how,
                confidential=args.confidential,
                password=args.password,
                allow_duplicate=args.again,
            )
        except PaperError as error:
            how = _HOW_TO_GO_ON.get(type(error))
            print(f"coprep: {error}" + (f" {_(how)}" if how else ""), file=sys.stderr)
            failed += 1
            continue
        print(paper_id)
    return 1 if failed else 0


def paper_text_input(name: str) -> str:
    """The words of a paper (PDF, Word, OpenDocument, text or Markdown), or of standard input for '-'."""
    if name == "-":
        return sys.stdin.read()
    try:
        return read_document_text(Path(name))
    except PaperError as error:
        raise CommandError(str(error)) from None


def run_readability(args: argparse.Namespace) -> int:
    text = paper_text_input(args.file)
    glossary = load_glossary(open_workspace(args).db, include_hidden=False)
    print_json(asdict(readability(text, glossary)))
    return 0


def run_search(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    hits = search_everything(ws.db, " ".join(args.query))
    if args.json:
        print_json([{**asdict(hit), "snippet": plain_snippet(hit.snippet)} for hit in hits])
        return 0
    if not hits:
        print(_("Nothing found."))
    for hit in hits:
        page = f", {hit.page_label}" if hit.page_label else ""
        print(f"{hit.kind:<8} {hit.title}{page} ({hit.where})")
        print(f"         {' '.join(plain_snippet(hit.snippet).split())}")
    return 0
