"""Small helpers every command uses: open the database, read input, print JSON."""

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from coprep.core.storage.database import open_database
from coprep.core.storage.paths import default_database_path
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _


class CommandError(Exception):
    """A command cannot go on; the message is shown to the person as it is."""


def open_workspace(args: argparse.Namespace) -> Workspace:
    """The database named by --db (else the usual one), with what unfinished imports left tidied away."""
    from coprep.core.papers.leftovers import tidy_from_command

    path = args.db or default_database_path()
    ws = Workspace(open_database(path), path)
    if not ws.read_only:
        tidy_from_command(ws.conn, path)
    return ws


def read_text_input(name: str) -> str:
    """The text of a file, or of standard input when name is '-'."""
    if name == "-":
        return sys.stdin.read()
    path = Path(name)
    if not path.is_file():
        raise CommandError(_("There is no file called {name}.").format(name=name))
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise CommandError(
            _("{name} is not plain text that coprep can read (it should be saved as UTF-8).").format(name=name)
        ) from None


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
