"""Shared test set-up: a fresh real database per test, and Qt drawn offscreen."""

import contextlib
import os
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Hypothesis fails an example that takes longer than 200 ms by default: a timing threshold, which a
# busy CI machine crosses whenever it leaves the test waiting for a turn. Speed belongs in benchmarks/.
settings.register_profile("no_deadline", deadline=None)
settings.load_profile("no_deadline")

from coprep.core.storage.database import open_database  # noqa: E402
from coprep.core.storage.workspace import Workspace  # noqa: E402


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "coprep.db"


@pytest.fixture
def ws(db_path: Path) -> Workspace:
    """A workspace on a new, empty database file."""
    db = open_database(db_path)
    workspace = Workspace(db, db_path)
    yield workspace
    _delete_screens()
    db.close()


@pytest.fixture
def damaged_db(db_path: Path) -> Callable[[], bytes]:
    """Call it to damage the coprep file at db_path (made first if needed), as a failing disk might:
    two pages of a table the first screen never reads are overwritten, so the file still opens and
    only the check of every page finds it. Returns the damaged file's bytes."""

    def damage() -> bytes:
        db = open_database(db_path, backup=False)
        db["benefits"].insert_all(
            {"name": f"Benefit {n}", "start_date": "2026-01-01", "note": "x" * 400} for n in range(200)
        )
        db.close()  # the last connection: the WAL is written back into the file
        with contextlib.closing(sqlite3.connect(db_path)) as conn:
            pages = [
                row[0]
                for row in conn.execute("select pageno from dbstat where name = 'benefits' and pagetype = 'leaf'")
            ]
            page_size = conn.execute("pragma page_size").fetchone()[0]
        data = bytearray(db_path.read_bytes())
        for page in pages[3:5]:
            data[(page - 1) * page_size : page * page_size] = b"\xff" * page_size
        db_path.write_bytes(bytes(data))
        return bytes(data)

    return damage


def _delete_screens() -> None:
    """Delete every window a GUI test left, with its timers, before its database closes.

    A screen's timer (an autosave, a recount of words) would otherwise fire during a later test
    and find its database closed.
    """
    widgets = sys.modules.get("PySide6.QtWidgets")
    if widgets is None or widgets.QApplication.instance() is None:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    for screen in widgets.QApplication.topLevelWidgets():
        screen.close()
        screen.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def today():
    """Set the day coprep takes as today, for the test only: `today(dt.date(2026, 4, 5))`."""
    from coprep.core.storage import clock

    yield clock.set_today
    clock.set_today(None)


@pytest.fixture(scope="session")
def pack_corpus(tmp_path_factory) -> dict[str, tuple[Path, dict]]:
    """The labelled meeting packs of tests/data/packs (all but the 300-page one), by name: (PDF, label)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_packs", Path(__file__).parent / "data/packs/make_packs.py")
    make_packs = importlib.util.module_from_spec(spec)
    sys.modules["make_packs"] = make_packs  # its dataclasses look themselves up there
    spec.loader.exec_module(make_packs)
    names = {layout.name for layout in make_packs.layouts()} - {"big_300"}
    folder = tmp_path_factory.mktemp("packs")
    return {path.stem: (path, label) for path, label in make_packs.make_corpus(folder, names)}
