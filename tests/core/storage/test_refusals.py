"""A file coprep refuses is left byte for byte as it was, whichever journal mode it uses."""

import hashlib
import os
import sqlite3
import stat

import pytest

from coprep.core.storage.checks import COPREP_APPLICATION_ID, EmptyFile
from coprep.core.storage.database import StorageError, open_database

MODES = ["wal", "delete"]


def _digest(path):
    """Hash through a fresh process-free read: no SQLite connection is open in the test at this point."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _coprep_file(db_path, mode):
    db = open_database(db_path, backup=False)
    db["committees"].insert_all({"name": f"Committee {n}" * 40} for n in range(400))
    db.close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA journal_mode = {mode}")
    conn.close()
    return db_path


def assert_refused_untouched(db_path, match, exception=StorageError):
    before = _digest(db_path)
    mode = stat.S_IMODE(db_path.stat().st_mode)
    with pytest.raises(exception, match=match):
        open_database(db_path)
    assert _digest(db_path) == before
    assert stat.S_IMODE(db_path.stat().st_mode) == mode
    assert not os.path.exists(f"{db_path}-wal") or os.path.getsize(f"{db_path}-wal") == 0


@pytest.mark.parametrize("mode", MODES)
def test_a_damaged_file_is_refused_untouched(db_path, mode):
    _coprep_file(db_path, mode)
    data = bytearray(db_path.read_bytes())
    data[4096 * 2 : 4096 * 4] = b"\xff" * 8192
    db_path.write_bytes(bytes(data))
    assert_refused_untouched(db_path, "damaged")


@pytest.mark.parametrize("mode", MODES)
def test_a_file_from_a_newer_coprep_is_refused_untouched(db_path, mode):
    _coprep_file(db_path, mode)
    conn = sqlite3.connect(db_path)
    conn.execute("insert into _sqlite_migrations (migration_set, name, applied_at) values ('coprep', 'm999', 'x')")
    conn.commit()
    conn.close()
    assert_refused_untouched(db_path, "newer version")


@pytest.mark.parametrize("mode", MODES)
def test_another_programs_sqlite_file_is_refused_untouched(db_path, mode):
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA journal_mode = {mode}")
    conn.execute("create table moz_places (id integer primary key, url text)")
    conn.execute("insert into moz_places (url) values ('https://example.org')")
    conn.commit()
    conn.close()
    assert_refused_untouched(db_path, "not a coprep file")
    conn = sqlite3.connect(db_path)
    assert [row[0] for row in conn.execute("select name from sqlite_master where type='table'")] == ["moz_places"]
    conn.close()


@pytest.mark.parametrize("mode", MODES)
def test_a_file_marked_by_another_program_is_refused_untouched(db_path, mode):
    db_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA journal_mode = {mode}")
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("create table settings (key text)")
    conn.commit()
    conn.close()
    assert_refused_untouched(db_path, "not a coprep file")


def test_a_text_file_is_refused_untouched(db_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"My shopping list: eggs, milk\n" * 200)
    assert_refused_untouched(db_path, "not a coprep file")


def test_an_empty_file_is_refused_with_an_offer_to_start_there(db_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"")
    with pytest.raises(EmptyFile, match="start a new coprep file there"):
        open_database(db_path)
    assert db_path.read_bytes() == b""
    db = open_database(db_path, start_new=True)
    assert db["meetings"].exists()
    db.close()


def test_new_files_are_marked_as_coprep_s_own(db_path):
    db = open_database(db_path)
    assert db.execute("PRAGMA application_id").fetchone()[0] == COPREP_APPLICATION_ID
    db.close()


@pytest.mark.parametrize("mode", MODES)
def test_a_read_only_file_opens_read_only_and_keeps_its_mode(db_path, mode):
    _coprep_file(db_path, mode)
    if mode == "wal":  # a read-only WAL file needs its -shm beside it, as it would be after use
        sqlite3.connect(db_path).execute("select 1").fetchone()
    db_path.chmod(0o444)
    before = _digest(db_path)
    try:
        db = open_database(db_path)
        assert db.read_only
        assert db.execute("select count(*) from committees").fetchone()[0] == 400
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            db.execute("insert into committees (name) values ('x')")
        db.close()
        assert stat.S_IMODE(db_path.stat().st_mode) == 0o444
        assert _digest(db_path) == before
    finally:
        db_path.chmod(0o600)
