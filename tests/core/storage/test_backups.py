"""Complete backups: papers included and shared, kept by day, week and month, restored safely."""

import datetime as dt
import hashlib
import os
import sqlite3
import subprocess
import sys
import time

from paper_files import make_pdf

from coprep.core.meetings import meetings
from coprep.core.papers.papers import import_paper, papers_folder
from coprep.core.storage.backups import (
    ABANDONED_AFTER_SECONDS,
    back_up_daily,
    list_backups,
    make_backup,
    prune,
    restore_backup,
)
from coprep.core.storage.database import open_database
from coprep.core.storage.paths import backups_folder
from coprep.core.storage.workspace import Workspace


def _with_a_paper(ws, db_path, tmp_path):
    committee = meetings.add_committee(ws, "Board")
    meeting = meetings.add_meeting(ws, committee, "2026-03-12")
    source = make_pdf(tmp_path / "pack.pdf", ["The board will discuss waiting times and staffing levels."])
    paper_id = import_paper(db_path, meeting, source)
    return meeting, paper_id


def test_a_backup_holds_the_papers_and_shares_their_files(ws, db_path, tmp_path):
    _meeting, paper_id = _with_a_paper(ws, db_path, tmp_path)
    first = make_backup(ws.conn, db_path)
    second = make_backup(ws.conn, db_path)
    stored = ws.db.execute("select stored_name from papers where id = ?", [paper_id]).fetchone()[0]
    copies = [folder / "coprep-files" / "papers" / stored for folder in (first, second)]
    assert all(copy.exists() for copy in copies)
    assert copies[0].stat().st_ino == copies[1].stat().st_ino == (papers_folder(db_path) / stored).stat().st_ino
    backup = list_backups(db_path)[0]
    assert (backup.meetings, backup.papers) == (1, 1)
    assert oct(first.stat().st_mode & 0o777) == "0o700"
    assert oct((first / "coprep.db").stat().st_mode & 0o777) == "0o600"


def test_backups_are_kept_daily_for_a_week_weekly_and_monthly(ws, db_path):
    start = dt.datetime(2025, 1, 1, 9)
    for day in range(400):
        made = start + dt.timedelta(days=day)
        make_backup(ws.conn, db_path, reason="daily", made=made)
    kept = [backup.made.date() for backup in list_backups(db_path)]
    last = (start + dt.timedelta(days=399)).date()
    assert [last - dt.timedelta(days=n) for n in range(7)] == kept[:7]
    assert len({(d.isocalendar()[0], d.isocalendar()[1]) for d in kept}) >= 8
    assert len({(d.year, d.month) for d in kept}) == 12
    assert len(kept) <= 7 + 8 + 12


def test_a_database_named_with_brackets_is_pruned_too(tmp_path):
    path = tmp_path / "my [work].db"
    db = open_database(path, backup=False)
    for day in range(13):
        make_backup(db.conn, path, made=dt.datetime(2026, 1, 1) + dt.timedelta(days=day))
    prune(path)
    assert len([b for b in list_backups(path) if b.made >= dt.datetime(2026, 1, 7)]) == 7
    db.close()


def test_the_backup_is_taken_before_migrating(db_path):
    from sqlite_utils import Database

    from coprep.core.storage.migrations import migrations

    db_path.parent.mkdir(parents=True)
    older = Database(db_path)
    migrations.apply(older, stop_before="m002_search")
    older["committees"].insert({"name": "Board"})
    older.close()
    open_database(db_path).close()
    backup = list_backups(db_path)[0]
    assert backup.reason == "before update"
    copy = sqlite3.connect(backup.database())
    assert [row[0] for row in copy.execute("select name from _sqlite_migrations")] == ["m001_tables"]
    copy.close()


def test_a_daily_backup_is_made_once_a_day(ws, db_path):
    assert back_up_daily(ws.conn, db_path, today=dt.date(2026, 5, 1)) is not None
    assert back_up_daily(ws.conn, db_path, today=dt.date(2026, 5, 1)) is None


CRASH_WHILE_WRITING = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = WAL")
conn.execute("insert into committees (name) values ('After the backup')")
os._exit(9)  # no close: the change lives only in the -wal file, as after a crash
"""


def test_restoring_after_a_crash_that_left_a_wal_file(ws, db_path, tmp_path):
    _meeting, paper_id = _with_a_paper(ws, db_path, tmp_path)
    backup_folder = make_backup(ws.conn, db_path)
    expected = hashlib.sha256(
        b"".join(str(row).encode() for row in ws.db.execute("select * from committees order by id"))
    ).hexdigest()
    ws.db.close()
    subprocess.run([sys.executable, "-c", CRASH_WHILE_WRITING, str(db_path)], check=False)
    assert os.path.getsize(f"{db_path}-wal") > 0
    for stored in papers_folder(db_path).iterdir():
        stored.unlink()  # the paper files went too
    backup = next(b for b in list_backups(db_path) if b.folder == backup_folder)
    kept = restore_backup(db_path, backup)
    db = open_database(db_path, backup=False)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    restored = hashlib.sha256(
        b"".join(str(row).encode() for row in db.execute("select * from committees order by id"))
    ).hexdigest()
    assert restored == expected
    stored = db.execute("select stored_name from papers where id = ?", [paper_id]).fetchone()[0]
    assert (papers_folder(db_path) / stored).exists()
    db.close()
    before = sqlite3.connect(next(kept.glob("*.db")))  # what was there, crash change included, kept first
    assert ("After the backup",) in before.execute("select name from committees").fetchall()
    before.close()


def test_restoring_through_the_open_workspace(ws, db_path):
    meetings.add_committee(ws, "Kept")
    folder = make_backup(ws.conn, db_path)
    meetings.add_committee(ws, "Added later")
    backup = next(b for b in list_backups(db_path) if b.folder == folder)
    restore_backup(db_path, backup, conn=ws.conn)
    assert [row[0] for row in ws.db.execute("select name from committees")] == ["Kept"]
    assert ws.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    reopened = Workspace(open_database(db_path, backup=False), db_path)
    assert [row[0] for row in reopened.db.execute("select name from committees")] == ["Kept"]
    reopened.db.close()
    assert backups_folder(db_path).is_dir()


def test_pruning_leaves_a_backup_another_coprep_is_still_making(tmp_path):
    path = tmp_path / "coprep.db"
    db = open_database(path, backup=False)
    folder = backups_folder(path)
    folder.mkdir(parents=True, exist_ok=True)
    in_the_making = folder / ".partial-fresh"
    in_the_making.mkdir()
    abandoned = folder / ".partial-old"
    abandoned.mkdir()
    long_ago = time.time() - 2 * ABANDONED_AFTER_SECONDS
    os.utime(abandoned, (long_ago, long_ago))
    gone_already = folder / ".partial-gone"
    gone_already.symlink_to(tmp_path / "finished and renamed")  # listed, but gone when looked at

    make_backup(db.conn, path, made=dt.datetime(2030, 1, 1))  # a pretended date must not age real files
    db.close()

    assert in_the_making.is_dir()
    assert not abandoned.exists()
    assert len(list_backups(path)) == 1
