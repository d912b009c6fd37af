"""Shared test set-up: a fresh real database per test, and Qt drawn offscreen."""

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

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
