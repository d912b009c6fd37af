"""Backups, moving to a new computer and busy or refused files, from the command line."""

import hashlib
import json
import sqlite3

from coprep.cli import main
from coprep.core.meetings import meetings
from coprep.core.papers.leftovers import LEFT_BEHIND_AFTER_SECONDS
from coprep.core.papers.papers import papers_folder
from coprep.core.storage.database import open_database
from coprep.core.storage.workspace import Workspace


def _run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_make_list_and_restore(db_path, capsys):
    ws = Workspace(open_database(db_path), db_path)
    meetings.add_committee(ws, "Board")
    ws.db.close()
    code, out, _err = _run(capsys, "--db", str(db_path), "backup", "make")
    assert code == 0
    name = json.loads(out)["name"]
    ws = Workspace(open_database(db_path), db_path)
    meetings.add_committee(ws, "Later")
    ws.db.close()
    code, out, _err = _run(capsys, "--db", str(db_path), "backup", "list")
    listed = json.loads(out)
    assert name in [b["name"] for b in listed]
    assert any(b["meetings"] == 0 for b in listed)
    code, out, _err = _run(capsys, "--db", str(db_path), "backup", "restore", name)
    assert code == 0 and json.loads(out)["kept_before"]
    db = open_database(db_path, backup=False)
    assert db.execute("select name from committees").fetchall() == [("Board",)]
    db.close()


def test_a_backup_that_does_not_exist_gets_a_plain_message(db_path, capsys):
    open_database(db_path).close()
    code, _out, err = _run(capsys, "--db", str(db_path), "backup", "restore", "yesterday")
    assert code == 1 and "no backup called yesterday" in err and "Traceback" not in err


def test_export_then_import_on_a_new_computer(db_path, tmp_path, capsys):
    ws = Workspace(open_database(db_path), db_path)
    meeting = meetings.add_meeting(ws, meetings.add_committee(ws, "Board"), "2026-03-12")
    ws.db.close()
    paper = tmp_path / "minutes.txt"
    paper.write_text("The board agreed the plan for winter.\n", encoding="utf-8")
    assert _run(capsys, "--db", str(db_path), "papers", "add", str(meeting), str(paper))[0] == 0
    assert oct(papers_folder(db_path).stat().st_mode & 0o777) == "0o700"
    assert {oct(f.stat().st_mode & 0o777) for f in papers_folder(db_path).iterdir()} == {"0o600"}
    archive = tmp_path / "all.zip"
    code, out, _err = _run(capsys, "--db", str(db_path), "export", str(archive))
    assert code == 0 and json.loads(out)["papers_and_receipts"] == 1
    new = tmp_path / "new" / "coprep.db"
    code, out, _err = _run(capsys, "--db", str(new), "import", str(archive))
    assert code == 0
    [copy] = list(papers_folder(new).iterdir())
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == hashlib.sha256(paper.read_bytes()).hexdigest()
    code, _out, err = _run(capsys, "--db", str(new), "import", str(archive))
    assert code == 1 and "already a coprep file" in err


def test_a_busy_database_gets_a_plain_message_not_a_traceback(db_path, tmp_path, capsys, monkeypatch):
    from coprep.core.storage import connection

    ws = Workspace(open_database(db_path), db_path)
    meeting = meetings.add_meeting(ws, meetings.add_committee(ws, "Board"), "2026-03-12")
    ws.db.close()
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_SECONDS", 0.05)
    blocker = sqlite3.connect(db_path)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        paper = tmp_path / "minutes.txt"
        paper.write_text("The board agreed the plan for winter.\n", encoding="utf-8")
        code, _out, err = _run(capsys, "--db", str(db_path), "papers", "add", str(meeting), str(paper))
    finally:
        blocker.rollback()
        blocker.close()
    assert code == 1 and "busy" in err and "Traceback" not in err


def test_the_command_line_tidies_unfinished_imports(db_path, capsys):
    import os
    import time

    open_database(db_path).close()
    leftover = papers_folder(db_path) / ".importing-0123"
    leftover.mkdir(parents=True)
    (leftover / "half.pdf").write_bytes(b"%PDF-1.4 half")
    stale = time.time() - 2 * LEFT_BEHIND_AFTER_SECONDS  # an import that stopped long ago
    os.utime(leftover, (stale, stale))
    assert _run(capsys, "--db", str(db_path), "meetings")[0] == 0
    assert not leftover.exists()
