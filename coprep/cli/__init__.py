"""The command line: the same core functions the window uses, for scripts, tests and the curious.

Each part of coprep declares its commands in its own module here, with `register(subparsers)`
adding sub-commands whose handler is stored as `run(args) -> int`. COMMANDS says which module
declares which command, so `coprep papers add …` imports only the papers module, and `coprep`
on its own (the window) imports none of them: starting the window stays quick.
"""

import argparse
import importlib
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from coprep import __version__
from coprep.i18n import _

# command word -> the module in coprep.cli that declares and runs it
COMMANDS = {
    "demo": "meetings",
    "meetings": "meetings",
    "agenda": "meetings",
    "papers": "papers",
    "readability": "papers",
    "search": "papers",
    "pack": "packs",
    "involvement": "involvement",
    "claims": "involvement",
    "jargon": "glossary",
    "glossary": "glossary",
    "conditions": "conditions",
    "brief": "briefing",
    "calendar": "briefing",
    "raised": "briefing",
    "backup": "backup",
    "export": "archive",
    "import": "archive",
}


def _command_word(argv: Sequence[str]) -> str | None:
    """The command asked for (the first word that is not an option), if any."""
    first = argparse.ArgumentParser(add_help=False)
    first.add_argument("--db")
    _known, rest = first.parse_known_args(argv)
    return next((word for word in rest if not word.startswith("-")), None)


def build_parser(modules: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser with the commands of these modules (all of them when None)."""
    parser = argparse.ArgumentParser(
        prog="coprep",
        description=_("Get ready for committee meetings. With no command, coprep opens its window."),
    )
    parser.add_argument("--version", action="version", version=f"coprep {__version__}")
    parser.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        help=_("use this database file instead of the usual one (or set COPREP_DB)"),
    )
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for name in dict.fromkeys(COMMANDS.values()) if modules is None else modules:
        importlib.import_module(f"coprep.cli.{name}").register(subparsers)
    return parser


def _modules_needed(argv: Sequence[str]) -> list[str] | None:
    """Only the module of the command asked for; none to open the window; all for help or a typo."""
    word = _command_word(argv)
    if word in COMMANDS:
        return [COMMANDS[word]]
    if word is None and not {"-h", "--help"} & set(argv):
        return []
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command, or open the window when none is given."""
    argv = sys.argv[1:] if argv is None else list(argv)
    args = build_parser(_modules_needed(argv)).parse_args(argv)
    if not hasattr(args, "run"):
        from coprep.ui.shell.app import run_app

        return run_app(args.db)
    from coprep.cli.common import CommandError
    from coprep.core.storage.database import StorageError, plain_storage_error
    from coprep.core.storage.log import log_error, start_logging, where_to_get_help
    from coprep.core.storage.validate import InputError
    from coprep.i18n import _

    try:
        return args.run(args)
    except (CommandError, StorageError, InputError) as error:
        message = str(error)
        print(message if message.startswith("coprep") else f"coprep: {message}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except sqlite3.Error as error:
        print(f"coprep: {plain_storage_error(getattr(args, 'db', None), error)}", file=sys.stderr)
        return 1
    except Exception as error:  # anything unexpected: logged, and explained without a traceback
        start_logging()
        log_error(f"the command {argv_name(args)}", error)
        print(
            _(
                "coprep: something went wrong inside coprep, so that command did not finish. "
                "Nothing half-done was saved."
            )
            + "\n"
            + where_to_get_help(),
            file=sys.stderr,
        )
        return 2


def argv_name(args: argparse.Namespace) -> str:
    """The command's name for the log (never its arguments, which may hold names or note text)."""
    return getattr(args.run, "__name__", "command")
