"""Shared test set-up: a fresh real database per test, and Qt drawn offscreen."""

import os
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
    db.close()
