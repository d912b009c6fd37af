"""Commands to move coprep to a new computer: export FILE, import FILE."""

import argparse
from pathlib import Path

from coprep.cli.common import open_workspace, print_json
from coprep.core.storage.archive import export_archive, import_archive
from coprep.core.storage.paths import default_database_path
from coprep.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    export = subparsers.add_parser("export", help=_("save everything (database, papers, receipts) to one file"))
    export.add_argument("file", type=Path, metavar="FILE")
    export.set_defaults(run=run_export)
    load = subparsers.add_parser(
        "import", help=_("make a new coprep file from one saved with export (never over an existing one)")
    )
    load.add_argument("file", type=Path, metavar="FILE")
    load.set_defaults(run=run_import)


def run_export(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    summary = export_archive(ws.db, ws.path, args.file)
    ws.db.close()
    print_json({"file": str(args.file), "papers_and_receipts": summary.files})
    return 0


def run_import(args: argparse.Namespace) -> int:
    path = args.db or default_database_path()
    summary = import_archive(args.file, path)
    print_json({"database": str(path), "papers_and_receipts": summary.files})
    return 0
