"""Open a person's database safely: refuse what is not ours, migrate, back up.

A database that is not SQLite, is damaged, or was written by a newer coprep is refused and
left exactly as it was; coprep never replaces a person's file with an empty one.
"""

import datetime as dt
import os
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from coprep.core.storage.paths import backups_folder, data_folder, files_folder
from coprep.core.storage.migrations import known_migration_names, migrations
from coprep.core.storage import clock

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUPS_KEPT = 7


class StorageError(Exception):
    """A problem with the database file, explained in plain words for the person."""


def _check_file_is_ours(path: Path) -> None:
    if not path.exists() or path.stat().st_size == 0:
        return
    if path.is_dir():
        raise StorageError(f"{path} is a folder, not a coprep file.")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise StorageError(
            f"The file {path} is not a coprep file, so coprep has not opened it "
            "and has not changed it. Choose another file, or move this one away."
        )


def _make_private_folder(folder: Path, ours: bool = True) -> None:
    """Make the folder if needed, readable by its owner only.

    A folder coprep did not make and does not own (say /tmp, or Documents chosen with --db) keeps
    its permissions: the database file itself is still made private.
    """
    try:
        existed = folder.exists()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if ours or not existed:
            os.chmod(folder, 0o700)
    except OSError as error:
        raise StorageError(
            f"coprep cannot keep its files in {folder}: {error.strerror or error}. "
            "Choose a folder you are allowed to write to."
        ) from error


def _connect(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(str(path), timeout=5, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = FULL")
    except sqlite3.DatabaseError as error:
        raise plain_storage_error(path, error) from error
    if mode != "wal":
        conn.close()
        raise StorageError(f"coprep could not prepare {path} for safe saving.")
    return conn


def plain_storage_error(path: Path | None, error: sqlite3.Error) -> StorageError:
    """Explain a SQLite failure in words a person can act on."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return StorageError(
            f"The file {path} is in use by another program (perhaps coprep is already open). "
            "Close the other program and try again."
        )
    if "unable to open" in text or "readonly" in text or "read-only" in text:
        return StorageError(
            f"coprep cannot write to {path}. Check that the folder exists and that you may save there."
        )
    if "disk is full" in text or "full" in text:
        return StorageError("Your disk is full, so coprep could not save. Free some space and try again.")
    return StorageError(
        f"The file {path} is damaged, so coprep has not opened it and has not changed it. "
        "You can open one of its backups instead."
    )


def _check_health(db: Database, path: Path) -> None:
    try:
        result = db.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.DatabaseError as error:
        raise plain_storage_error(path, error) from error
    if result != "ok":
        raise StorageError(
            f"The file {path} is damaged, so coprep has not opened it and has not changed it. "
            "You can open one of its backups instead."
        )


def _check_not_newer(db: Database, path: Path) -> None:
    applied = {migration.name for migration in migrations.applied(db)}
    unknown = applied - known_migration_names()
    if unknown:
        raise StorageError(
            f"The file {path} was made by a newer version of coprep. "
            "Update coprep to open it; this version has left it unchanged."
        )


def open_database(path: Path, *, backup: bool = True) -> Database:
    """Open (or create) the database at path, bring its tables up to date and back it up daily."""
    path = Path(path)
    _check_file_is_ours(path)
    _make_private_folder(path.parent, ours=path.parent == data_folder())
    conn = _connect(path)
    db = Database(conn)
    try:
        _check_health(db, path)
        _check_not_newer(db, path)
        migrations.apply(db)
    except sqlite3.Error as error:
        conn.close()
        raise plain_storage_error(path, error) from error
    except StorageError:
        conn.close()
        raise
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if name.exists():
            os.chmod(name, 0o600)
    _make_private_folder(files_folder(path))
    if backup:
        back_up_daily(db, path)
    return db


def back_up_daily(db: Database, path: Path, today: dt.date | None = None) -> Path | None:
    """Copy the database to today's backup (once a day) with SQLite's backup API; keep the last 7."""
    folder = backups_folder(path)
    _make_private_folder(folder)
    today = today or clock.today()
    target = folder / f"{path.stem}-{today.isoformat()}.db"
    if target.exists():
        return None
    partial = target.with_suffix(".partial")
    try:
        with sqlite3.connect(str(partial)) as copy:
            db.conn.backup(copy)
        copy.close()
        os.chmod(partial, 0o600)
        partial.replace(target)
    except (OSError, sqlite3.Error):
        partial.unlink(missing_ok=True)
        return None
    for old in sorted(folder.glob(f"{path.stem}-*.db"))[:-BACKUPS_KEPT]:
        old.unlink()
    return target
