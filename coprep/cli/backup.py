"""Commands for backups: backup list, backup make, backup restore NAME."""

import argparse

from coprep.cli.common import open_workspace, print_json
from coprep.core.storage.backups import find_backup, list_backups, make_backup, reason_words, restore_backup
from coprep.core.storage.paths import default_database_path
from coprep.i18n import _


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser("backup", help=_("list, make and restore complete backups"))
    actions = backup.add_subparsers(metavar="ACTION", required=True)
    actions.add_parser("list", help=_("the backups, newest first, with what each holds")).set_defaults(run=run_list)
    actions.add_parser("make", help=_("make a backup now")).set_defaults(run=run_make)
    restore = actions.add_parser("restore", help=_("put a backup back (what is there now is kept as a backup first)"))
    restore.add_argument("name", metavar="NAME", help=_("the backup's name, as `coprep backup list` shows it"))
    restore.set_defaults(run=run_restore)


def run_list(args: argparse.Namespace) -> int:
    path = args.db or default_database_path()
    print_json(
        [
            {
                "name": b.name,
                "made": b.made.isoformat(timespec="minutes"),
                "why": reason_words(b.reason),
                "meetings": b.meetings,
                "papers": b.papers,
                "last_change": b.last_change,
            }
            for b in list_backups(path)
        ]
    )
    return 0


def run_make(args: argparse.Namespace) -> int:
    ws = open_workspace(args)
    folder = make_backup(ws.conn, ws.path, reason="by hand")
    ws.db.close()
    print_json({"name": folder.name, "folder": str(folder)})
    return 0


def run_restore(args: argparse.Namespace) -> int:
    path = args.db or default_database_path()
    backup = find_backup(path, args.name)
    kept = restore_backup(path, backup)
    print_json(
        {
            "restored": backup.name,
            "kept_before": kept.name if kept else None,
            "note": _("What was there before is kept as a backup; restore it the same way to go back."),
        }
    )
    return 0
