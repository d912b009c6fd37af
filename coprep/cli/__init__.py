"""The command line: the same core functions the window uses, for scripts, tests and the curious.

Each part of coprep adds its commands in its own module here (see COMMAND_MODULES); a module has
register(subparsers) which adds sub-commands whose handler is stored as `run(args) -> int`.
"""

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from coprep import __version__
from coprep.cli import briefing as briefing_commands
from coprep.cli import conditions as condition_commands
from coprep.cli import glossary as glossary_commands
from coprep.cli import involvement as involvement_commands
from coprep.cli import meetings as meeting_commands
from coprep.cli import papers as paper_commands
from coprep.cli.common import CommandError
from coprep.core.storage.database import StorageError
from coprep.core.storage.validate import InputError

COMMAND_MODULES = [meeting_commands, paper_commands, involvement_commands, glossary_commands, condition_commands,
                   briefing_commands]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="coprep",
        description="Get ready for committee meetings. With no command, coprep opens its window.",
    )
    parser.add_argument("--version", action="version", version=f"coprep {__version__}")
    parser.add_argument(
        "--db", type=Path, metavar="PATH",
        help="use this database file instead of the usual one (or set COPREP_DB)",
    )
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command, or open the window when none is given."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not hasattr(args, "run"):
        from coprep.ui.shell.app import run_app

        return run_app(args.db)
    try:
        return args.run(args)
    except (CommandError, StorageError, InputError) as error:
        message = str(error)
        print(message if message.startswith("coprep") else f"coprep: {message}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
