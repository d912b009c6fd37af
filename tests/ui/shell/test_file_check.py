"""A damaged file still opens and the window paints; then the check of every page warns plainly, off
the window's thread, and the good backups are all still there."""

import datetime as dt

from modal_dialogs import when_dialog_opens
from PySide6.QtWidgets import QApplication, QMessageBox

from coprep.core.meetings import meetings
from coprep.core.storage.backups import list_backups, make_backup
from coprep.core.storage.database import open_database
from coprep.core.storage.workspace import Workspace
from coprep.ui.shell.app import _open_workspace, check_file, open_window


def _file_with_good_backups(db_path) -> list[str]:
    db = open_database(db_path, backup=False)
    ws = Workspace(db, db_path)
    committee = meetings.add_committee(ws, "Quality committee")
    meetings.add_meeting(ws, committee, (dt.date.today() + dt.timedelta(days=7)).isoformat())
    now = dt.datetime.now()
    for day in range(9, 0, -1):
        make_backup(db.conn, db_path, reason="daily", made=now - dt.timedelta(days=day))
    db.close()
    return [backup.name for backup in list_backups(db_path)]


def _paint_then_check(qtbot, ws: Workspace):
    window = open_window(ws)
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    page = window.page(0)
    assert page.tree.topLevelItem(0).childCount() == 1  # the meetings list is there, before any check
    # The chosen meeting, built now while the file is open: left to just after the list's paint, it
    # could come after the test has closed the file.
    assert page.view.heading.text()
    return check_file(window, ws)


def test_a_damaged_file_opens_then_a_plain_warning_says_what_to_do(qtbot, db_path, damaged_db) -> None:
    good = _file_with_good_backups(db_path)
    damaged = damaged_db()
    ws = _open_workspace(db_path)  # no refusal: the window opens on it
    assert ws is not None
    told: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        told.append(box.text())
        box.accept()

    when_dialog_opens(read_and_close)
    check = _paint_then_check(qtbot, ws)
    qtbot.waitUntil(lambda: bool(told) and not check.running())
    assert "is damaged" in told[0] and "File › Restore a backup…" in told[0] and "Traceback" not in told[0]
    assert [backup.name for backup in list_backups(db_path)] == good  # none pushed out, none added
    ws.db.close()
    assert db_path.read_bytes() == damaged


def test_a_sound_file_says_nothing_and_gets_its_daily_backup(qtbot, db_path) -> None:
    good = _file_with_good_backups(db_path)
    ws = _open_workspace(db_path)
    assert [backup.name for backup in list_backups(db_path)] == good  # not before the first paint
    check = _paint_then_check(qtbot, ws)
    qtbot.waitUntil(lambda: not check.running())
    assert QApplication.activeModalWidget() is None
    backups = list_backups(db_path)
    assert backups[0].made.date() == dt.date.today() and [b.name for b in backups[1:]] == good
    ws.db.close()
