"""Commands for words: jargon (find glossary and hard words in a text), glossary export, import and check."""

import argparse
import sys
from pathlib import Path

from coprep.cli.common import CommandError, open_workspace, print_json
from coprep.cli.papers import paper_text_input
from coprep.core.papers.extract import PaperError, extract_pages
from coprep.core.words.glossary import load_glossary
from coprep.core.words.glossary_check import check_entries
from coprep.core.words.glossary_csv import check_import, export_entries, import_rows, same_note, write_csv
from coprep.core.words.jargon import jargon_report
from coprep.i18n import _, ngettext


def register(subparsers: argparse._SubParsersAction) -> None:
    jargon = subparsers.add_parser("jargon", help=_("list the glossary words and hard words in a text"))
    jargon.add_argument(
        "file",
        metavar="FILE|-",
        help=_("a paper (PDF, Word, OpenDocument, text or Markdown), or - to read what is piped in"),
    )
    jargon.set_defaults(run=run_jargon)

    words = subparsers.add_parser("glossary", help=_("share glossary words as CSV files, and check their facts"))
    actions = words.add_subparsers(metavar="ACTION", required=True)
    export = actions.add_parser("export", help=_("write your own and changed words (or --all) as CSV"))
    export.add_argument("--csv", required=True, metavar="FILE|-", help=_("the file to write, or - to print"))
    export.add_argument("--all", action="store_true", help=_("write the whole glossary, not just your words"))
    export.set_defaults(run=run_export)
    load = actions.add_parser("import", help=_("add words from a CSV file (columns: term, meaning, forms, …)"))
    load.add_argument("file", metavar="FILE")
    load.add_argument(
        "--good-rows", action="store_true", help=_("if some lines have problems, still add the lines that are fine")
    )
    load.set_defaults(run=run_import)
    check = actions.add_parser(
        "check",
        help=_(
            "list meanings whose facts were not checked for over a year, "
            "or that have no source; exits with 1 if there are any"
        ),
    )
    check.add_argument(
        "--older-than-months",
        type=_whole_months,
        default=12,
        metavar="N",
        help=_("list facts last checked more than N months ago (12 unless given)"),
    )
    check.add_argument("--json", action="store_true", help=_("print JSON"))
    check.set_defaults(run=run_check)


def _whole_months(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(_("give a whole number of months, like 12"))
    return int(text)


def _pages(name: str) -> list[str]:
    """The paper's pages (a form feed starts a new page in text that is piped in)."""
    if name == "-":
        return paper_text_input(name).split("\f")
    try:
        return extract_pages(Path(name)).pages
    except PaperError as error:
        raise CommandError(str(error)) from None


def run_jargon(args: argparse.Namespace) -> int:
    pages = _pages(args.file)
    entries = load_glossary(open_workspace(args).db, include_hidden=False)
    report = jargon_report(pages, entries)
    print_json(
        {
            "words": report.words,
            "jargon_percent": report.jargon_percent,
            "known": [
                {
                    "term": t.term,
                    "matched": t.matched,
                    "count": t.count,
                    "meaning": t.meaning,
                    "sense": t.sense or None,
                    "unsure": t.unsure,
                    "everyday": t.everyday,
                }
                for t in report.known
            ],
            "unknown": [{"word": u.word, "count": u.count, "kind": u.kind} for u in report.unknown],
            "defined_in_text": [{"short": d.short, "long": d.long, "page": d.page} for d in report.defined_in_text],
        }
    )
    return 0


def run_export(args: argparse.Namespace) -> int:
    entries = export_entries(load_glossary(open_workspace(args).db), everything=args.all)
    if args.csv == "-":
        write_csv(entries, sys.stdout)
        return 0
    try:
        with open(args.csv, "w", encoding="utf-8", newline="") as handle:
            count = write_csv(entries, handle)
    except OSError as error:
        raise CommandError(
            _("coprep could not write {csv}: {value}.").format(csv=args.csv, value=error.strerror or error)
        ) from None
    print(
        ngettext("Wrote {count} word to {csv}.", "Wrote {count} words to {csv}.", count).format(
            count=count, csv=args.csv
        )
    )
    return 0


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise CommandError(_("There is no file called {file}.").format(file=args.file))
    ws = open_workspace(args)
    check = check_import(ws, path.read_bytes())
    for problem in check.problems:
        print(problem, file=sys.stderr)
    if check.same:
        print(same_note(check.same))
    if check.problems and not args.good_rows:
        said = _("Nothing was added, because some lines have problems.")
        if check.good:
            good = len(check.good)
            said += " " + ngettext(
                "The other {count} line can be added: use --good-rows to add just those.",
                "The other {count} lines can be added: use --good-rows to add just those.",
                good,
            ).format(count=good)
        raise CommandError(said)
    added = import_rows(ws, check.good)
    print(
        ngettext("Added {count} word to your glossary.", "Added {count} words to your glossary.", added).format(
            count=added
        )
        if added
        else _("There were no new words to add.")
    )
    return 0 if added or not check.problems else 1


def run_check(args: argparse.Namespace) -> int:
    findings = check_entries(load_glossary(open_workspace(args).db), args.older_than_months)
    if args.json:
        print_json(
            [
                {"term": f.term, "reason": f.reason, "message": f.message, "source": f.source, "checked": f.checked}
                for f in findings
            ]
        )
    elif findings:
        print(
            ngettext("{count} meaning needs checking:", "{count} meanings need checking:", len(findings)).format(
                count=len(findings)
            )
        )
        for finding in findings:
            print(f"- {finding.term}: {finding.message}" + (f" ({finding.source})" if finding.source else ""))
    else:
        print(
            _("Every fact in the glossary was checked in the last {months} months and names its source.").format(
                months=args.older_than_months
            )
        )
    return 1 if findings else 0
