"""sqlite-utils' Database over coprep's own connection (connection.py), for writes and most readers.

Opening, checking and the transactions live in connection.py, which needs only the standard
library; this module adds sqlite-utils' tables, upserts and introspection on the same connection,
so the window builds it only when first needed, and commands get it straight from open_database.
"""

import sqlite3
from collections.abc import Generator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from coprep.core.storage.connection import (
    Connection,
    EmptyFile,
    StorageError,
    open_connection,
    plain_storage_error,
)

__all__ = ["CoprepDatabase", "EmptyFile", "StorageError", "open_database", "plain_storage_error"]


class CoprepDatabase(Database):
    """sqlite-utils' Database, with write transactions that wait for other writers.

    `atomic()` is the connection's (BEGIN IMMEDIATE, so the busy timeout applies to the whole
    write), and `executescript()` runs inside the open transaction instead of committing it first,
    so a migration is saved whole or not at all even when two processes open a new file together.
    """

    conn: Connection

    def __init__(self, conn: Connection) -> None:
        # No sqlite-utils plugins: coprep uses none, another package's must not change coprep's
        # connection, and looking for them reads every installed package's metadata at start.
        super().__init__(conn, execute_plugins=False)

    @property
    def read_only(self) -> bool:
        return self.conn.read_only

    @contextmanager
    def atomic(self) -> Generator["CoprepDatabase", None, None]:
        with self.conn.atomic():
            yield self

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


def open_database(
    path: Path, *, backup: bool = True, start_new: bool = False, whole_file: bool = True
) -> CoprepDatabase:
    """open_connection (see there), as sqlite-utils' Database."""
    return CoprepDatabase(open_connection(path, backup=backup, start_new=start_new, whole_file=whole_file))
