"""Look at a file before coprep writes anything to it, and refuse what is not coprep's own.

Every check reads through a read-only SQLite connection (never a plain `open()`, which would drop
the locks another connection of this process holds on the file) and that connection is closed
before coprep writes. A refused file is left exactly as it was: no header, journal mode or
permission is changed.
"""

import os
import sqlite3
import stat
from dataclasses import dataclass
from pathlib import Path

from coprep.core.storage.migrations import known_migration_names, migrations
from coprep.i18n import _

# PRAGMA application_id marks a SQLite file as coprep's own: "CoPr" as a 32-bit number.
COPREP_APPLICATION_ID = int.from_bytes(b"CoPr", "big")
MIGRATIONS_TABLE = "_sqlite_migrations"


class StorageError(Exception):
    """A problem with the database file, explained in plain words for the person."""


class EmptyFile(StorageError):
    """The chosen file exists but holds nothing: coprep offers to start a new database there."""


@dataclass
class FileState:
    """What the checks found: whether the file is new, can be written, and needs its tables updated."""

    exists: bool
    writable: bool
    pending: int  # migrations this version would apply
    marked: bool  # application_id already says coprep


def _damaged(path: Path) -> StorageError:
    return StorageError(
        _(
            "The file {path} is damaged, so coprep has not opened it and has not changed it. "
            "You can open one of its backups instead (File › Restore a backup…)."
        ).format(path=path)
    )


def not_ours(path: Path) -> StorageError:
    return StorageError(
        _(
            "The file {path} is not a coprep file, so coprep has not opened it and has not changed it. "
            "Choose another file, or move this one away."
        ).format(path=path)
    )


def read_only_uri(path: Path) -> str:
    """A URI opening the file read-only, so nothing in it can be changed by mistake."""
    quoted = str(Path(path).absolute()).replace("?", "%3f").replace("#", "%23")
    return f"file:{quoted}?mode=ro"


def _is_writable(path: Path) -> bool:
    """Whether the person may change the file: its owner-write bit counts even for an administrator,
    who could write anyway. WAL needs its -wal and -shm files, so the folder must be writable too."""
    return (
        bool(path.stat().st_mode & stat.S_IWUSR)
        and os.access(path, os.W_OK)
        and os.access(path.parent, os.W_OK | os.X_OK)
    )


def check_file(path: Path, whole_file: bool = True) -> FileState:
    """Run every check that may refuse the file, read-only; raise StorageError with a plain message.

    whole_file=False leaves out SQLite's check of every page (integrity.py), whose cost grows with
    the file: the window runs it after its first paint instead. It still runs when the file's
    tables need updating, so a damaged file is never changed by an update.
    """
    if path.is_dir():
        raise StorageError(_("{path} is a folder, not a coprep file.").format(path=path))
    if not path.exists():
        return FileState(exists=False, writable=True, pending=len(known_migration_names()), marked=False)
    if path.stat().st_size == 0:
        raise EmptyFile(
            _(
                "The file {path} is empty: there is nothing in it, so coprep has not used it. "
                "You can start a new coprep file there, or choose another file."
            ).format(path=path)
        )
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=5)
    except sqlite3.Error as error:
        raise StorageError(_("coprep cannot open {path}: {why}.").format(path=path, why=error)) from error
    try:
        return _check_open_file(conn, path, whole_file)
    except sqlite3.DatabaseError as error:
        text = str(error).lower()
        if "not a database" in text:
            raise not_ours(path) from error
        if "locked" in text or "busy" in text:
            raise StorageError(
                _("The file {path} is busy: another program is saving to it. Wait a moment and try again.").format(
                    path=path
                )
            ) from error
        raise _damaged(path) from error
    finally:
        conn.close()


def _check_open_file(conn: sqlite3.Connection, path: Path, whole_file: bool) -> FileState:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = {row[0] for row in conn.execute("select name from sqlite_master where type = 'table'")}
    applied: set[str] = set()
    if MIGRATIONS_TABLE in tables:
        applied = {
            row[0]
            for row in conn.execute(f"select name from {MIGRATIONS_TABLE} where migration_set = ?", [migrations.name])
        }
    if app_id != COPREP_APPLICATION_ID and not (app_id == 0 and (applied or not tables)):
        raise not_ours(path)
    if applied - known_migration_names():
        raise StorageError(
            _(
                "The file {path} was made by a newer version of coprep. "
                "Update coprep to open it; this version has left it unchanged."
            ).format(path=path)
        )
    pending = len(known_migration_names() - applied)
    if (whole_file or pending) and conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
        raise _damaged(path)
    return FileState(
        exists=True,
        writable=_is_writable(path),
        pending=pending,
        marked=app_id == COPREP_APPLICATION_ID,
    )
