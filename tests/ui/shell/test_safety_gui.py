"""The window's side of keeping things safe: restore, read-only files, one window, outside changes, the log."""

import logging
import sqlite3
import sys

from modal_dialogs import when_dialog_opens
from PySide6.QtWidgets import QMessageBox

from coprep.core.meetings import meetings
from coprep.core.storage.backups import list_backups, make_backup
from coprep.core.storage.database import open_database
from coprep.core.storage.workspace import Workspace
from coprep.ui.shell.outside_changes import OutsideChanges
from coprep.ui.shell.single_window import SingleWindow


def _press(box, text) -> None:
    next(b for b in box.buttons() if b.text().replace("&", "") == text).click()


def test_restoring_a_backup_from_the_file_menu(window, ws, db_path, qtbot):
    meetings.add_committee(ws, "Health scrutiny")
    make_backup(ws.conn, db_path)
    meetings.add_committee(ws, "Added by mistake")
    page = window.show_section("Committees")
    assert page.list.count() == 2

    def choose(dialog) -> None:
        assert "1 meeting" not in dialog.list.item(0).text() and "0 meetings" in dialog.list.item(0).text()
        when_dialog_opens(lambda box: box.accept())  # the "Backup restored" note
        dialog.restore_button.click()

    when_dialog_opens(choose)
    window.restore_backup()
    assert [c.name for c in meetings.list_committees(ws.db)] == ["Health scrutiny"]
    qtbot.waitUntil(lambda: page.list.count() == 1)
    assert ws.undo_label is None  # the old steps no longer match what is stored
    assert any(backup.reason == "before restore" for backup in list_backups(db_path))


def test_a_read_only_file_opens_read_only_and_says_so(db_path, qtbot):
    from coprep.core.storage.settings import set_setting
    from coprep.ui.shell.main_window import MainWindow

    db = open_database(db_path, backup=False)
    set_setting(db, "welcomed", "yes")
    db.close()
    db_path.chmod(0o444)
    try:
        ws = Workspace(open_database(db_path), db_path)
        win = MainWindow(ws)
        qtbot.addWidget(win)
        assert ws.read_only
        assert "read only" in win.windowTitle()
        ws.db.close()
    finally:
        db_path.chmod(0o600)
    assert oct(db_path.stat().st_mode & 0o777) == "0o600"


def test_a_second_window_on_the_same_file_brings_the_first_forward(window, db_path, qtbot):
    first = SingleWindow(db_path)
    assert first.acquire()
    first.listen(window)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    second = SingleWindow(db_path)
    assert not second.acquire()
    assert second.ask_first_to_come_forward()
    qtbot.waitUntil(lambda: not window.isMinimized())
    first.release()
    third = SingleWindow(db_path)
    assert third.acquire()
    third.release()


def test_a_change_made_by_a_command_shows_in_the_window(window, ws, db_path, qtbot):
    page = window.show_section("Committees")
    watcher = OutsideChanges(ws, window)
    other = sqlite3.connect(db_path)
    other.execute("insert into committees (name) values ('Added from the command line')")
    other.commit()
    other.close()
    qtbot.waitUntil(lambda: page.list.count() == 1)
    assert not watcher.check()  # seen once, not again
    ws.db.close()
    assert not watcher.check() and not watcher._timer.isActive()  # a closed database stops the checks


def test_an_unexpected_error_is_logged_without_its_words_and_explained(qtbot, tmp_path, monkeypatch):
    from coprep.core.storage import log as coprep_log
    from coprep.ui.shell.app import explain_unexpected_errors

    monkeypatch.setattr(coprep_log, "data_folder", lambda: tmp_path)
    path = coprep_log.start_logging(tmp_path)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, title, text: shown.append(text))
    explain_unexpected_errors()
    try:
        raise RuntimeError("Notes about Mrs Patel's operation")
    except RuntimeError as error:
        sys.excepthook(type(error), error, error.__traceback__)
    for handler in list(logging.getLogger("coprep").handlers):
        handler.flush()
        logging.getLogger("coprep").removeHandler(handler)
        handler.close()
    written = path.read_text(encoding="utf-8")
    assert "RuntimeError" in written and "test_safety_gui.py" in written
    assert "Patel" not in written
    assert str(path) in shown[0] and "Patel" not in shown[0]
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    sys.excepthook = sys.__excepthook__


def test_the_second_coprep_says_the_file_is_open_and_offers_the_first_window(window, db_path, qtbot):
    from coprep.ui.shell.single_window import explain_already_open

    first = SingleWindow(db_path)
    assert first.acquire()
    first.listen(window)
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    second = SingleWindow(db_path)
    assert not second.acquire()
    seen = []

    def answer(box) -> None:
        seen.append(box.text())
        _press(box, "Show the open window")

    when_dialog_opens(answer)
    explain_already_open(second, db_path)
    assert "already open" in seen[0] and str(db_path) in seen[0]
    qtbot.waitUntil(lambda: not window.isMinimized())
    first.release()
