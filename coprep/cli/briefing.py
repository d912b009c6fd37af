"""Commands for briefing packs and for after the meeting: brief, calendar, raised.

PDFs are drawn by Qt. Without a screen (a server, a script over ssh) Qt is told to draw offscreen,
so `coprep brief 12 --out pack.pdf` works anywhere.
"""

import argparse
import os
from pathlib import Path

from coprep.cli.common import CommandError, open_workspace
from coprep.core.briefing.pack import BriefingOptions, build_briefing
from coprep.core.briefing.raised_list import raised_list
from coprep.core.meetings.calendar_file import meeting_ics
from coprep.core.text.print_html import LARGE_PRINT_SIZES, SAVE_ENDINGS, Printable
from coprep.i18n import _, ngettext

_application = None  # Qt's application object must outlive the PDF it draws


def register(subparsers: argparse._SubParsersAction) -> None:
    brief = subparsers.add_parser("brief", help=_("make a meeting's briefing pack as a PDF, web page or Markdown file"))
    brief.add_argument(
        "meeting_id", type=int, metavar="MEETING_ID", help=_("the meeting's number (see: coprep meetings)")
    )
    brief.add_argument("--out", type=Path, required=True, metavar="FILE", help=_("FILE.pdf, FILE.html or FILE.md"))
    brief.add_argument(
        "--large-print",
        type=int,
        choices=LARGE_PRINT_SIZES,
        metavar="16|20",
        help=_("print the text 16 or 20 point high instead of 12"),
    )
    brief.add_argument(
        "--no-private",
        action="store_true",
        help=_(
            "leave out your notes, questions, follow-ups, money, your ratings, private role notes "
            "and confidential papers, to share the pack"
        ),
    )
    brief.add_argument(
        "--all-words", action="store_true", help=_("in Words to know, also explain words nearly everyone knows")
    )
    brief.add_argument("--letter", action="store_true", help=_("use US Letter paper instead of A4"))
    brief.set_defaults(run=run_brief)

    calendar = subparsers.add_parser("calendar", help=_("save a meeting as a calendar file (.ics)"))
    calendar.add_argument("meeting_id", type=int, metavar="MEETING_ID")
    calendar.add_argument("--out", type=Path, required=True, metavar="FILE.ics")
    calendar.set_defaults(run=run_calendar)

    raised = subparsers.add_parser(
        "raised", help=_("save what you raised at a committee's meetings, and what happened")
    )
    raised.add_argument("committee_id", type=int, metavar="COMMITTEE_ID")
    raised.add_argument("--out", type=Path, required=True, metavar="FILE", help=_("FILE.md, FILE.html or FILE.pdf"))
    raised.add_argument("--large-print", type=int, choices=LARGE_PRINT_SIZES, metavar="16|20")
    raised.set_defaults(run=run_raised)


def run_brief(args: argparse.Namespace) -> int:
    check_ending(args.out)
    options = BriefingOptions(
        include_private=not args.no_private,
        large_print=args.large_print,
        page_size="Letter" if args.letter else "A4",
        all_words=args.all_words,
    )
    pages = save(build_briefing(open_workspace(args).db, args.meeting_id, options), args.out, options.page_size)
    if pages:
        said = ngettext(
            "Saved the briefing pack to {path} ({count} page).",
            "Saved the briefing pack to {path} ({count} pages).",
            pages,
        )
    else:
        said = _("Saved the briefing pack to {path}.")
    print(said.format(path=args.out, count=pages))
    return 0


def run_calendar(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() != ".ics":
        raise CommandError(_("The calendar file's name must end in .ics, like meeting.ics."))
    _write(args.out, meeting_ics(open_workspace(args).db, args.meeting_id))
    print(_("Saved the meeting to {path}. Open that file to add it to your calendar.").format(path=args.out))
    return 0


def run_raised(args: argparse.Namespace) -> int:
    check_ending(args.out)
    save(raised_list(open_workspace(args).db, args.committee_id, args.large_print), args.out, "A4")
    print(_("Saved the list to {path}.").format(path=args.out))
    return 0


def check_ending(path: Path) -> None:
    if path.suffix.lower() not in SAVE_ENDINGS:
        raise CommandError(_("The file's name must end in .pdf, .html or .md, like pack.pdf."))


def _could_not_save(path: Path, error: OSError) -> CommandError:
    reason = (error.strerror or str(error)).rstrip(".")
    return CommandError(
        _("coprep could not save {path}: {reason}. Check that the folder exists and that you may save there.").format(
            path=path, reason=reason
        )
    )


def _write(path: Path, data: bytes) -> None:
    try:
        path.write_bytes(data)
    except OSError as error:
        raise _could_not_save(path, error) from None


def save(document: Printable, path: Path, page_size: str) -> int | None:
    """Write the document by the file's ending; a PDF is drawn by Qt, offscreen when there is no screen."""
    global _application
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from coprep.ui.shell.print_pdf import save_printable

    if path.suffix.lower() == ".pdf":
        _application = QGuiApplication.instance() or QGuiApplication([])
    try:
        return save_printable(document, path, page_size)
    except OSError as error:
        raise _could_not_save(path, error) from None
