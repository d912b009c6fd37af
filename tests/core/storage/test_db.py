"""Opening, migrating, refusing and backing up the database."""

import datetime as dt
import sqlite3
import stat

import pytest
from sqlite_utils import Database

from coprep.core.storage.backups import back_up_daily, list_backups
from coprep.core.storage.database import StorageError, open_database
from coprep.core.storage.migrations import known_migration_names, migrations


def test_new_database_has_every_table_and_is_private(db_path):
    db = open_database(db_path)
    for table in ("committees", "meetings", "agenda_items", "papers", "conditions", "claims", "activities"):
        assert db[table].exists()
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(db_path.parent.stat().st_mode) == 0o700
    db.close()


def test_migrations_run_twice_safely(db_path):
    db = open_database(db_path)
    db["committees"].insert({"name": "Board"})
    db.close()
    again = open_database(db_path)
    applied = again.execute("select count(*) from _sqlite_migrations").fetchone()[0]
    assert applied == len(known_migration_names())
    assert again.execute("select name from committees").fetchall() == [("Board",)]
    again.close()


def test_a_file_that_is_not_sqlite_is_refused_and_unchanged(db_path):
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(b"My shopping list: eggs, milk\n")
    with pytest.raises(StorageError, match="not a coprep file"):
        open_database(db_path)
    assert db_path.read_bytes() == b"My shopping list: eggs, milk\n"


def test_a_damaged_file_is_refused_and_unchanged(db_path):
    db = open_database(db_path, backup=False)
    db["committees"].insert_all({"name": f"Committee {n}" * 50} for n in range(500))
    db.close()
    data = bytearray(db_path.read_bytes())
    data[4096 : 4096 * 3] = b"\xff" * 8192
    db_path.write_bytes(bytes(data))
    with pytest.raises(StorageError, match="damaged"):
        open_database(db_path)
    assert db_path.read_bytes() == bytes(data)


def test_a_file_from_a_newer_coprep_is_refused_and_unchanged(db_path):
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(
        "insert into _sqlite_migrations (migration_set, name, applied_at) values ('coprep', 'm999_future', 'x')"
    )
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(StorageError, match="newer version"):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_an_unwritable_place_gets_a_plain_message(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(StorageError, match="cannot keep its files"):
        open_database(blocker / "coprep.db")


def test_daily_backups_are_made_once_a_day_and_hold_the_database(db_path):
    db = open_database(db_path, backup=False)
    db["committees"].insert({"name": "Research panel"})
    day = dt.date(2026, 1, 1)
    assert back_up_daily(db.conn, db_path, today=day) is not None
    assert back_up_daily(db.conn, db_path, today=day) is None
    backups = list_backups(db_path)
    assert len(backups) == 1 and backups[0].made.date() == day
    copy = sqlite3.connect(backups[0].database())
    assert copy.execute("select name from committees").fetchall() == [("Research panel",)]
    copy.close()
    db.close()


def test_a_shared_folder_chosen_with_db_keeps_its_permissions(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o777)
    shared.chmod(0o1777)
    db = open_database(shared / "coprep.db")
    db.close()
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777
    assert stat.S_IMODE((shared / "coprep.db").stat().st_mode) == 0o600


def test_the_default_folder_is_made_private(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("COPREP_DB", raising=False)
    from coprep.core.storage.paths import data_folder, default_database_path

    data_folder().mkdir(parents=True, mode=0o755)
    open_database(default_database_path()).close()
    assert default_database_path().parent == data_folder()
    assert stat.S_IMODE(data_folder().stat().st_mode) == 0o700


def test_an_older_database_is_brought_up_to_date_keeping_what_it_holds(db_path):
    db_path.parent.mkdir(parents=True)
    older = Database(db_path)
    migrations.apply(older, stop_before="m002_search")
    committee = older["committees"].insert({"name": "Board"}).last_pk
    meeting = older["meetings"].insert({"committee_id": committee, "date": "2026-03-12"}).last_pk
    older["agenda_items"].insert({"meeting_id": meeting, "position": 0, "title": "Winter pressures"})
    assert not older["agenda_items_fts"].exists()
    older.close()
    db = open_database(db_path)
    assert [row["title"] for row in db["agenda_items"].search("winter")] == ["Winter pressures"]
    assert db.execute("select name from committees").fetchall() == [("Board",)]
    db.close()
