"""Open a person's database safely: check it read-only, then migrate, back up and save in WAL mode.

A database that is not SQLite, is not coprep's, is damaged, or was written by a newer coprep is
refused and left exactly as it was (see checks.py); coprep never replaces a person's file with an
empty one. A file the person may not write to opens read-only and stays as it is.

Several coprep processes may share one database (the window and a command, say): writes start
with BEGIN IMMEDIATE so a busy database is waited for rather than failing at once, and nothing
here opens the database file except through SQLite.

This module uses only the standard library's sqlite3, so the window can open its file and read
its first screen without importing sqlite-utils; database.py wraps the same connection in
sqlite-utils' Database when something needs it (a migration, a write, most readers).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Protocol

from coprep.core.storage.checks import (
    COPREP_APPLICATION_ID,
    EmptyFile,
    FileState,
    StorageError,
    check_file,
    read_only_uri,
)
from coprep.core.storage.log import get_log
from coprep.core.storage.paths import data_folder, files_folder
from coprep.i18n import _

__all__ = ["Connection", "EmptyFile", "Reader", "StorageError", "open_connection", "plain_storage_error", "rows"]

BUSY_TIMEOUT_SECONDS = 30
log = get_log(__name__)


class Connection(sqlite3.Connection):
    """A connection to a coprep file, which knows whether it opened read-only."""

    read_only = False

    @contextlib.contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction, started with BEGIN IMMEDIATE so the busy timeout covers the whole write;
        inside another, a savepoint, so an inner failure undoes only its own part."""
        if self.in_transaction:
            savepoint = f"coprep_{os.urandom(8).hex()}"  # as secrets.token_hex, without loading OpenSSL
            self.execute(f"SAVEPOINT {savepoint}")
            try:
                yield
            except BaseException:
                if self.in_transaction:
                    self.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            self.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.execute("COMMIT")
        except BaseException:
            if self.in_transaction:
                self.rollback()
            raise


class Reader(Protocol):
    """What a reader needs: a plain Connection, or sqlite-utils' Database over one."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> sqlite3.Cursor: ...


def rows(db: Reader, sql: str, parameters: Sequence[Any] = ()) -> list[dict[str, Any]]:
    """The rows a query finds, each as a dict by column name (as sqlite-utils' query gives them)."""
    cursor = db.execute(sql, parameters)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


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


def connect(target: str, uri: bool = False) -> Connection:
    conn = sqlite3.connect(
        target,
        uri=uri,
        timeout=BUSY_TIMEOUT_SECONDS,
        check_same_thread=False,
        isolation_level="IMMEDIATE",
        factory=Connection,
    )
    conn.execute("PRAGMA foreign_keys = ON")
    # As sqlite-utils' Database sets it (so FTS triggers see rows a REPLACE removes): the connection
    # behaves the same before and after the window first needs that Database.
    conn.execute("PRAGMA recursive_triggers = ON")
    return conn


def _open_read_only(path: Path, state: FileState) -> Connection:
    if state.pending:
        raise StorageError(
            _(
                "coprep can only read {path}, and it was made by an older version that coprep must update "
                "before it can show it. Ask for the file to be made writable, or open a copy of it."
            ).format(path=path)
        )
    conn = connect(read_only_uri(path), uri=True)
    conn.read_only = True
    log.info("opened a database read-only")
    return conn


def _back_up_on_opening(conn: Connection, path: Path, state: FileState, whole_file_checked: bool) -> None:
    """Before an update, always (check_file has read every page of a file it updates); else the
    daily backup, only from a file whose every page was checked, so a damaged copy never pushes a
    good backup out of the ones kept."""
    if not (state.pending or whole_file_checked):
        return  # the window backs up after its check of every page (integrity.py)
    from coprep.core.storage.backups import back_up_daily, inside_a_backup, make_backup

    if inside_a_backup(path):
        return  # a backup opened with --db: backing it up into itself would only fill the disk
    if state.pending:
        make_backup(conn, path, reason="before update")
    else:
        back_up_daily(conn, path)


def _prepare(conn: Connection, path: Path, state: FileState, backup: bool, whole_file_checked: bool) -> None:
    """Everything that writes, run only after every check has passed."""
    if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":
        raise StorageError(_("coprep could not prepare {path} for safe saving.").format(path=path))
    conn.execute("PRAGMA synchronous = FULL")
    if backup and state.exists:  # before migrating, so the backup holds the file as it was
        _back_up_on_opening(conn, path, state, whole_file_checked)
    if state.pending or not state.marked:
        from coprep.core.storage.database import CoprepDatabase  # sqlite-utils runs migrations: rare
        from coprep.core.storage.migrations import migrations

        with conn.atomic():
            migrations.apply(CoprepDatabase(conn))
            conn.execute(f"PRAGMA application_id = {COPREP_APPLICATION_ID}")
        log.info("database brought up to date (%d changes)", state.pending)


def open_connection(path: Path, *, backup: bool = True, start_new: bool = False, whole_file: bool = True) -> Connection:
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
        conn = connect(str(path))
    except sqlite3.Error as error:
        raise plain_storage_error(path, error) from error
    try:
        if not state.exists:
            os.chmod(path, 0o600)
        _prepare(conn, path, state, backup, whole_file)
    except sqlite3.Error as error:
        conn.close()
        raise plain_storage_error(path, error) from error
    except BaseException:
        conn.close()
        raise
    _make_private_folder(files_folder(path))
    return conn
