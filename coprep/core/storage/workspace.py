"""The open database with undo and redo for every change a person makes.

Every write goes through a Workspace. It records each changed row as it was before and after,
so an undo step can put rows back exactly, including rows removed along with a parent (the items
of a deleted meeting). Each step is one SQLite transaction: it is saved whole or not at all.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coprep.core.storage.connection import Connection, plain_storage_error
from coprep.core.storage.settings import set_setting
from coprep.core.storage.validate import InputError
from coprep.i18n import _

if TYPE_CHECKING:
    from coprep.core.storage.database import CoprepDatabase

Listener = Callable[[set[str]], None]

# Typing in one field saves every moment; saves of the same field this close together undo as one.
MERGE_SECONDS = 4.0
# Undo reaches back this many steps; older ones are let go, so memory stays small over a long day.
UNDO_LIMIT = 1000
_IDS_PER_QUERY = 500  # under SQLite's limit on values in one statement


@dataclass
class RowChange:
    """One row as it was before and after a change (None where it did not exist)."""

    table: str
    row_id: int
    before: dict[str, Any] | None
    after: dict[str, Any] | None


@dataclass
class Step:
    """What one undo or redo puts back: a labelled group of row changes."""

    label: str
    changes: list[RowChange] = field(default_factory=list)
    merge_key: tuple[object, ...] | None = None
    at: float = 0.0

    @property
    def tables(self) -> set[str]:
        return {change.table for change in self.changes}


class Workspace:
    """A person's database, with undo and redo, telling listeners which tables changed."""

    def __init__(self, db: CoprepDatabase | Connection, path: Path | None = None) -> None:
        """db: a plain Connection (the window's, so its first screen needs no sqlite-utils) or
        sqlite-utils' Database over one; either way `conn` and `db` share one connection."""
        self.conn: Connection = db if isinstance(db, Connection) else db.conn
        if not isinstance(db, Connection):
            self.db = db
        self.path = Path(path).resolve() if path is not None else None  # absolute, for file links
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        self._open: Step | None = None
        self._listeners: list[Listener] = []

    @cached_property
    def db(self) -> CoprepDatabase:
        """sqlite-utils' Database over the same connection, made when first needed (a write, most readers)."""
        from coprep.core.storage.database import CoprepDatabase

        return CoprepDatabase(self.conn)

    # -- listening -------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Call listener(tables) after every saved change, undo and redo."""
        self._listeners.append(listener)

    def _announce(self, tables: set[str]) -> None:
        for listener in list(self._listeners):
            listener(tables)

    @property
    def read_only(self) -> bool:
        """True when the file may only be read (it opened read-only, so nothing can be saved)."""
        return self.conn.read_only

    def outside_version(self) -> int:
        """A number that changes whenever another connection (a command, an import) saves."""
        version: int = self.conn.execute("PRAGMA data_version").fetchone()[0]
        return version

    def changed_elsewhere(self) -> None:
        """Tell listeners that everything may have changed (another process saved, or a backup was restored)."""
        self._announce({table for table in self.db.table_names() if not table.startswith("_")})

    def forget_history(self) -> None:
        """Drop undo and redo, e.g. after a restore, when the steps no longer match what is stored."""
        self._undo.clear()
        self._redo.clear()

    # -- writing ---------------------------------------------------------------------------

    @contextmanager
    def action(self, label: str, merge_key: tuple[object, ...] | None = None) -> Iterator[Workspace]:
        """Group the writes inside the block into one transaction and one undo step."""
        if self._open is not None:
            yield self
            return
        step = Step(label, merge_key=merge_key, at=time.monotonic())
        self._open = step
        try:
            with self.db.atomic():
                yield self
        except sqlite3.Error as error:
            raise plain_storage_error(self.path, error) from error
        finally:
            self._open = None
        if step.changes:
            self._push(step)
            self._announce(step.tables)

    def _push(self, step: Step) -> None:
        self._redo.clear()
        last = self._undo[-1] if self._undo else None
        if (
            last is not None
            and step.merge_key is not None
            and last.merge_key == step.merge_key
            and step.at - last.at < MERGE_SECONDS
        ):
            for change in step.changes:
                self._merge_into(last, change)
            last.at = step.at
            return
        self._undo.append(step)
        del self._undo[:-UNDO_LIMIT]

    def choose(self, key: str, value: str) -> None:
        """Keep one of the person's choices (e.g. their UK nation) and tell the screens that show it.

        Choices are not undone with Ctrl+Z (the person changes them back where they made them).
        """
        set_setting(self.db, key, value)
        self._announce({"settings"})

    @staticmethod
    def _merge_into(step: Step, change: RowChange) -> None:
        for earlier in step.changes:
            if earlier.table == change.table and earlier.row_id == change.row_id:
                earlier.after = change.after
                return
        step.changes.append(change)

    def _record(self, change: RowChange) -> None:
        if self._open is None:
            raise RuntimeError("Writes must happen inside Workspace.action().")
        self._open.changes.append(change)

    def row(self, table: str, row_id: int) -> dict[str, Any] | None:
        """The row with this id as a dict, or None."""
        rows = list(self.db[table].rows_where("id = ?", [row_id]))
        return rows[0] if rows else None

    def insert(self, table: str, values: dict[str, Any], label: str | None = None) -> int:
        """Add a row and return its id."""
        with self.action(label or _("Add to {table}").format(table=table)):
            row_id: int | None = self.db.table(table).insert(values).last_pk
            if row_id is None:
                raise InputError(_("coprep could not add that to {table}.").format(table=table))
            self._record(RowChange(table, row_id, None, self.row(table, row_id)))
        return row_id

    def update(
        self, table: str, row_id: int, values: dict[str, Any], label: str | None = None, merge: bool = False
    ) -> None:
        """Change some columns of a row. With merge=True, quick repeats on the same fields undo as one."""
        before = self.row(table, row_id)
        if before is None:
            raise KeyError(f"{table} {row_id} no longer exists")
        if all(before.get(key) == value for key, value in values.items()):
            return
        key = (table, row_id, tuple(sorted(values))) if merge else None
        with self.action(label or _("Change {table}").format(table=table), merge_key=key):
            self.db.table(table).update(row_id, values)
            self._record(RowChange(table, row_id, before, self.row(table, row_id)))

    def move(self, table: str, order: list[int], row_id: int, new_index: int, label: str) -> None:
        """Move row_id to new_index (0 is first) among `order`, the ids in their current order.

        Renumbers the rows' `position` column as one undo step; a move to where it already is does nothing.
        """
        if row_id not in order:
            return
        new_index = max(0, min(new_index, len(order) - 1))
        if order.index(row_id) == new_index:
            return
        order = [other for other in order if other != row_id]
        order.insert(new_index, row_id)
        with self.action(label):
            for position, other_id in enumerate(order):
                self.update(table, other_id, {"position": position})

    def delete(self, table: str, row_id: int, label: str | None = None) -> None:
        """Remove a row; rows that cannot live without it go too, others just lose the link."""
        with self.action(label or _("Remove from {table}").format(table=table)):
            self._delete_with_children(table, row_id)

    def rows_deleted_with(self, table: str, row_id: int) -> dict[str, int]:
        """How many rows of each table `delete(table, row_id)` would remove, the row itself included.

        So the window can say what will go before the person agrees ("its 10 agenda items").
        """
        counts: dict[str, int] = {table: 1}
        for child, column, required in self._children.get(table, []):
            if not required:
                continue
            for child_row in self.db[child].rows_where(f"[{column}] = ?", [row_id], select="id"):
                for name, count in self.rows_deleted_with(child, child_row["id"]).items():
                    counts[name] = counts.get(name, 0) + count
        return counts

    def _delete_with_children(self, table: str, row_id: int) -> None:
        for child, column, required in self._children.get(table, []):
            ids = [r["id"] for r in self.db[child].rows_where(f"[{column}] = ?", [row_id], select="id")]
            for child_id in ids:
                if required:
                    self._delete_with_children(child, child_id)
                else:
                    before = self.row(child, child_id)
                    self.db.table(child).update(child_id, {column: None})
                    self._record(RowChange(child, child_id, before, self.row(child, child_id)))
        before = self.row(table, row_id)
        if before is None:
            return
        self.db.table(table).delete(row_id)
        self._record(RowChange(table, row_id, before, None))

    def note_inserted(self, label: str, table: str, row_id: int) -> None:
        """Make undoable a row (and its children) that another connection added, e.g. an imported paper."""
        self.note_inserted_rows(label, [(table, row_id)])

    def note_inserted_rows(self, label: str, rows: list[tuple[str, int]]) -> None:
        """Make undoable, as one step, rows (and their children) another connection added together."""
        changes: list[RowChange] = []
        for table, row_id in rows:
            self._collect_tree(table, row_id, changes)
        if changes:
            step = Step(label, changes, at=time.monotonic())
            self._push(step)
            self._announce(step.tables)

    def _collect_tree(self, table: str, row_id: int, changes: list[RowChange]) -> None:
        row = self.row(table, row_id)
        if row is not None:
            self._collect_rows(table, [row], changes)

    def _collect_rows(self, table: str, rows: list[dict[str, Any]], changes: list[RowChange]) -> None:
        """These rows, then the rows that cannot live without them, whole: one query per table and
        level, not one per row, as the window does this for an imported paper's hundreds of pages."""
        changes += [RowChange(table, row["id"], None, row) for row in rows]
        ids = [row["id"] for row in rows]
        for child, column, required in self._children.get(table, []):
            if not required or not ids:
                continue
            found: list[dict[str, Any]] = []
            for start in range(0, len(ids), _IDS_PER_QUERY):
                chunk = ids[start : start + _IDS_PER_QUERY]
                marks = ", ".join("?" * len(chunk))
                cursor = self.conn.execute(f"select * from [{child}] where [{column}] in ({marks}) order by id", chunk)
                names = [description[0] for description in cursor.description]
                found += [dict(zip(names, values, strict=True)) for values in cursor]
            self._collect_rows(child, found, changes)

    # -- undo and redo ---------------------------------------------------------------------

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def undo(self) -> str | None:
        """Put back what the last step changed; returns its label, or None if nothing to undo."""
        if not self._undo:
            return None
        step = self._undo[-1]
        self._apply(step, backwards=True)
        self._redo.append(self._undo.pop())
        return step.label

    def redo(self) -> str | None:
        """Do again what the last undo put back."""
        if not self._redo:
            return None
        step = self._redo[-1]
        self._apply(step, backwards=False)
        self._undo.append(self._redo.pop())
        return step.label

    def _apply(self, step: Step, backwards: bool) -> None:
        changes = reversed(step.changes) if backwards else step.changes
        try:
            with self.db.atomic():
                for change in changes:
                    target = change.before if backwards else change.after
                    if target is None:
                        self.db.table(change.table).delete(change.row_id)
                    elif self.row(change.table, change.row_id) is None:
                        self.db.table(change.table).insert(target)
                    else:
                        self.db.table(change.table).update(change.row_id, target)
        except sqlite3.Error as error:
            raise plain_storage_error(self.path, error) from error
        self._announce(step.tables)

    # -- structure ---------------------------------------------------------------------------

    @cached_property
    def _children(self) -> dict[str, list[tuple[str, str | None, bool]]]:
        """For each table, the tables that point at it: (child table, column, link required?)."""
        children: dict[str, list[tuple[str, str | None, bool]]] = {}
        for table in self.db.tables:
            if table.name.startswith("_") or "_fts" in table.name:
                continue
            not_null = {column.name for column in table.columns if column.notnull}
            for key in table.foreign_keys:
                children.setdefault(key.other_table, []).append((table.name, key.column, key.column in not_null))
        return children
