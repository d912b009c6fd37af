"""Open a person's database safely: check it read-only, then migrate, back up and save in WAL mode.

A database that is not SQLite, is not coprep's, is damaged, or was written by a newer coprep is
refused and left exactly as it was (see checks.py); coprep never replaces a person's file with an
empty one. A file the person may not write to opens read-only and stays as it is.

Several coprep processes may share one database (the window and a command, say): writes start
with BEGIN IMMEDIATE so a busy database is waited for rather than failing at once, and nothing
here opens the database file except through SQLite.
"""

import contextlib
import os
import secrets
import sqlite3
from collections.abc import Generator
from pathlib import Path

from sqlite_utils import Database

from coprep.core.storage.checks import (
    COPREP_APPLICATION_ID,
    EmptyFile,
    FileState,
    StorageError,
    check_file,
    read_only_uri,
)
from coprep.core.storage.log import get_log
from coprep.core.storage.migrations import migrations
from coprep.core.storage.paths import data_folder, files_folder
from coprep.i18n import _

__all__ = ["CoprepDatabase", "EmptyFile", "StorageError", "open_database", "plain_storage_error"]

BUSY_TIMEOUT_SECONDS = 30
log = get_log(__name__)


class CoprepDatabase(Database):
    """sqlite-utils' Database, with write transactions that wait for other writers.

    `atomic()` starts with BEGIN IMMEDIATE (so the busy timeout applies to the whole write), and
    `executescript()` runs inside the open transaction instead of committing it first, so a
    migration is saved whole or not at all even when two processes open a new file together.
    """

    read_only = False

    @contextlib.contextmanager
    def atomic(self) -> Generator["CoprepDatabase", None, None]:
        if self.conn.in_transaction:
            savepoint = f"coprep_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
            self.conn.execute("COMMIT")
        except BaseException:
            self.rollback()
            raise

    def executescript(self, sql: str) -> sqlite3.Cursor:
        cursor = self.conn.cursor()
        statement = ""
        for part in sql.split(";"):
            statement += part + ";"
            if sqlite3.complete_statement(statement):
                if statement.strip(" \n\t;"):
                    cursor.execute(statement)
                statement = ""
        return cursor


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
            _("coprep cannot keep its files in {folder}: {why}. Choose a folder you are allowed to write to.").format(
                folder=folder, why=error.strerror or error
            )
        ) from error


def plain_storage_error(path: Path | None, error: sqlite3.Error) -> StorageError:
    """Explain a SQLite failure in words a person can act on."""
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return StorageError(
            _(
                "The file {path} is busy: another coprep window or command is saving to it. "
                "Wait a moment and try again."
            ).format(path=path)
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            _(
                "coprep can only read {path}, not change it, so this was not saved. "
                "To make changes, ask for the file to be made writable, or open a copy."
            ).format(path=path)
        )
    if "unable to open" in text:
        return StorageError(
            _("coprep cannot write to {path}. Check that the folder exists and that you may save there.").format(
                path=path
            )
        )
    if "full" in text:
        return StorageError(_("Your disk is full, so coprep could not save. Free some space and try again."))
    return StorageError(
        _(
            "The file {path} is damaged, so coprep has not opened it and has not changed it. "
            "You can open one of its backups instead."
        ).format(path=path)
    )


def _connect(target: str, uri: bool = False) -> CoprepDatabase:
    conn = sqlite3.connect(
        target, uri=uri, timeout=BUSY_TIMEOUT_SECONDS, check_same_thread=False, isolation_level="IMMEDIATE"
    )
    conn.execute("PRAGMA foreign_keys = ON")
    # No sqlite-utils plugins: coprep uses none, another package's must not change coprep's
    # connection, and looking for them reads every installed package's metadata at start.
    return CoprepDatabase(conn, execute_plugins=False)


def _open_read_only(path: Path, state: FileState) -> CoprepDatabase:
    if state.pending:
        raise StorageError(
            _(
                "coprep can only read {path}, and it was made by an older version that coprep must update "
                "before it can show it. Ask for the file to be made writable, or open a copy of it."
            ).format(path=path)
        )
    db = _connect(read_only_uri(path), uri=True)
    db.read_only = True
    log.info("opened a database read-only")
    return db


def _back_up_on_opening(db: CoprepDatabase, path: Path, state: FileState, whole_file_checked: bool) -> None:
    """Before an update, always (check_file has read every page of a file it updates); else the
    daily backup, only from a file whose every page was checked, so a damaged copy never pushes a
    good backup out of the ones kept."""
    if not (state.pending or whole_file_checked):
        return  # the window backs up after its check of every page (integrity.py)
    from coprep.core.storage.backups import back_up_daily, inside_a_backup, make_backup

    if inside_a_backup(path):
        return  # a backup opened with --db: backing it up into itself would only fill the disk
    if state.pending:
        make_backup(db, path, reason="before update")
    else:
        back_up_daily(db, path)


def _prepare(db: CoprepDatabase, path: Path, state: FileState, backup: bool, whole_file_checked: bool) -> None:
    """Everything that writes, run only after every check has passed."""
    if db.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":
        raise StorageError(_("coprep could not prepare {path} for safe saving.").format(path=path))
    db.execute("PRAGMA synchronous = FULL")
    if backup and state.exists:  # before migrating, so the backup holds the file as it was
        _back_up_on_opening(db, path, state, whole_file_checked)
    if state.pending or not state.marked:
        with db.atomic():
            migrations.ensure_migrations_table(db)
            migrations.apply(db)
            db.execute(f"PRAGMA application_id = {COPREP_APPLICATION_ID}")
        log.info("database brought up to date (%d changes)", state.pending)


def open_database(
    path: Path, *, backup: bool = True, start_new: bool = False, whole_file: bool = True
) -> CoprepDatabase:
    """Open (or create) the database at path, bring its tables up to date and back it up daily.

    With start_new=True an empty (zero-byte) file is taken as a new database; otherwise it is
    refused with EmptyFile, so the window can ask first. With whole_file=False the check of every
    page and the daily backup that waits for it are left to the caller (integrity.py): the window
    runs them after its first paint.
    """
    path = Path(path)
    if start_new and path.is_file() and path.stat().st_size == 0:
        path.unlink()
    state = check_file(path, whole_file)
    if state.exists and not state.writable:
        return _open_read_only(path, state)
    _make_private_folder(path.parent, ours=path.parent == data_folder())
    try:
        db = _connect(str(path))
    except sqlite3.Error as error:
        raise plain_storage_error(path, error) from error
    try:
        if not state.exists:
            os.chmod(path, 0o600)
        _prepare(db, path, state, backup, whole_file)
    except sqlite3.Error as error:
        db.close()
        raise plain_storage_error(path, error) from error
    except BaseException:
        db.close()
        raise
    _make_private_folder(files_folder(path))
    return db
