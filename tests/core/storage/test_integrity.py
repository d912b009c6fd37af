"""The check of every page: after the window's first paint, before any command, and before each daily backup.

A damaged file must never push a good backup out of the ones kept: no daily backup is made from
it, and a restore over it keeps the damaged file apart from the backups.
"""

import datetime as dt

import pytest

from coprep.cli import main
from coprep.core.storage.backups import list_backups, make_backup, restore_backup
from coprep.core.storage.database import StorageError, open_database
from coprep.core.storage.integrity import check_then_back_up, damage_found
from coprep.core.storage.paths import backups_folder


def _good_backups(db_path, days: int = 10) -> list[str]:
    """A backup on each of the last `days` days (the rotation keeps them all), made from a sound file."""
    db = open_database(db_path, backup=False)
    db["committees"].insert({"name": "Quality committee"})
    now = dt.datetime.now()
    for day in range(days, 0, -1):
        make_backup(db.conn, db_path, reason="daily", made=now - dt.timedelta(days=day))
    db.close()
    return [backup.name for backup in list_backups(db_path)]


def test_a_sound_file_passes_even_while_it_is_open(ws) -> None:
    ws.db["committees"].insert({"name": "Board"})
    assert damage_found(ws.path) is None


def test_a_damaged_file_gets_a_plain_warning_and_is_left_unchanged(db_path, damaged_db) -> None:
    damaged = damaged_db()
    message = damage_found(db_path)
    assert message is not None
    assert "is damaged" in message and "File › Restore a backup…" in message
    assert db_path.read_bytes() == damaged


def test_the_window_opens_a_damaged_file_without_reading_every_page_and_commands_refuse_it(db_path, damaged_db) -> None:
    damaged = damaged_db()
    db = open_database(db_path, whole_file=False)
    assert db["committees"].exists()
    db.close()
    with pytest.raises(StorageError, match="damaged"):
        open_database(db_path)
    assert db_path.read_bytes() == damaged


@pytest.mark.parametrize("command", [["meetings"], ["backup", "make"]])
def test_commands_refuse_a_damaged_file_and_make_no_backup(db_path, damaged_db, capsys, command) -> None:
    good = _good_backups(db_path)
    damaged = damaged_db()
    assert main(["--db", str(db_path), *command]) == 1
    assert "damaged" in capsys.readouterr().err
    assert db_path.read_bytes() == damaged
    assert [backup.name for backup in list_backups(db_path)] == good


def test_the_daily_backup_waits_for_a_sound_check(db_path) -> None:
    good = _good_backups(db_path)
    assert check_then_back_up(db_path) is None
    backups = list_backups(db_path)
    assert backups[0].made.date() == dt.date.today() and backups[0].reason == "daily"
    assert [backup.name for backup in backups[1:]] == good


def test_a_damaged_file_is_never_backed_up_so_the_good_backups_stay(db_path, damaged_db) -> None:
    good = _good_backups(db_path)
    damaged_db()
    assert check_then_back_up(db_path) is not None
    assert [backup.name for backup in list_backups(db_path)] == good


def test_restoring_over_a_damaged_open_file_keeps_it_apart_from_the_backups(db_path, damaged_db) -> None:
    good = _good_backups(db_path)
    damaged = damaged_db()
    db = open_database(db_path, whole_file=False)  # as the window holds it
    restore_backup(db_path, list_backups(db_path)[0], conn=db.conn)
    assert db["committees"].count == 1
    db.close()
    assert damage_found(db_path) is None
    assert [backup.name for backup in list_backups(db_path)] == good
    [aside] = backups_folder(db_path).glob("*-damaged-before-restore")
    assert (aside / db_path.name).stat().st_size == len(damaged)
