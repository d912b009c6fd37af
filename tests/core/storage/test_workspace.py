"""Undo and redo put rows back exactly, including rows removed along with a parent."""

from coprep.core.meetings import meetings


def _snapshot(ws):
    tables = ("committees", "meetings", "agenda_items")
    return {t: list(ws.db[t].rows_where(order_by="id")) for t in tables}


def test_undo_and_redo_a_deleted_meeting_with_its_agenda(ws):
    committee = meetings.add_committee(ws, "Quality committee", organisation="Riverside ICB")
    meeting = meetings.add_meeting(ws, committee, "2026-03-12", start_time="10:00")
    for title in ("Welcome", "Minutes", "Quality report"):
        meetings.add_item(ws, meeting, title)
    before = _snapshot(ws)
    meetings.delete_meeting(ws, meeting)
    assert ws.db["agenda_items"].count == 0
    assert ws.undo() == "Delete meeting"
    assert _snapshot(ws) == before
    ws.redo()
    assert ws.db["meetings"].count == 0 and ws.db["agenda_items"].count == 0


def test_quick_edits_to_one_field_undo_together(ws):
    committee = meetings.add_committee(ws, "Board")
    meeting = meetings.add_meeting(ws, committee, "2026-03-12")
    item = meetings.add_item(ws, meeting, "Finance")
    for text in ("A", "As", "Ask about"):
        meetings.update_item(ws, item, merge=True, notes=text)
    ws.undo()
    assert meetings.get_item(ws.db, item).notes == ""
    ws.redo()
    assert meetings.get_item(ws.db, item).notes == "Ask about"


def test_a_new_change_clears_redo(ws):
    meetings.add_committee(ws, "Board")
    ws.undo()
    assert ws.redo_label == "Add committee Board"
    meetings.add_committee(ws, "Panel")
    assert ws.redo_label is None


def test_listeners_hear_which_tables_changed(ws):
    heard = []
    ws.subscribe(heard.append)
    committee = meetings.add_committee(ws, "Board")
    ws.undo()
    assert heard == [{"committees"}, {"committees"}]
    assert ws.db["committees"].count == 0
    assert committee


def test_a_locked_database_gets_a_plain_message_and_nothing_is_lost(ws, db_path):
    import sqlite3

    import pytest

    from coprep.core.storage.database import StorageError

    committee = meetings.add_committee(ws, "Board")
    ws.db.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(db_path)
    other.execute("BEGIN EXCLUSIVE")
    with pytest.raises(StorageError, match="is busy"):
        meetings.add_meeting(ws, committee, "2026-05-01")
    with pytest.raises(StorageError, match="is busy"):
        ws.undo()
    other.rollback()
    other.close()
    assert ws.undo_label == "Add committee Board"
    assert ws.db["meetings"].count == 0
    meetings.add_meeting(ws, committee, "2026-05-01")
    assert ws.db["meetings"].count == 1


def test_the_workspace_knows_its_file_by_its_full_path(tmp_path, monkeypatch):
    from coprep.core.storage.database import open_database
    from coprep.core.storage.workspace import Workspace

    monkeypatch.chdir(tmp_path)
    workspace = Workspace(open_database(tmp_path / "mine.db"), "mine.db")
    assert workspace.path == tmp_path / "mine.db"
    assert workspace.path.is_absolute()
    workspace.db.close()


def test_the_windows_plain_connection_reads_and_writes_through_one_connection(ws, db_path):
    import sqlite3

    import pytest

    from coprep.core.storage.connection import StorageError, open_connection
    from coprep.core.storage.workspace import Workspace

    committee = meetings.add_committee(ws, "Board")
    meetings.add_meeting(ws, committee, "2026-03-12", title="Spring board")
    window = Workspace(open_connection(db_path, whole_file=False), db_path)
    assert "db" not in vars(window)  # sqlite-utils' Database waits for its first use
    assert [m.name for m in meetings.list_meetings(window.conn)] == ["Spring board"]
    assert meetings.has_committees(window.conn) and not window.read_only
    added = meetings.add_meeting(window, committee, "2026-04-09", title="April board")
    assert window.db.conn is window.conn  # one connection: its locks and transactions are the window's
    assert meetings.get_meeting(window.conn, added).name == "April board"
    assert meetings.get_meeting(ws.db, added).name == "April board"  # saved for other connections too
    window.conn.execute("PRAGMA busy_timeout = 50")
    other = sqlite3.connect(db_path)
    other.execute("BEGIN EXCLUSIVE")
    with pytest.raises(StorageError, match="is busy"):
        window.undo()
    other.rollback()
    other.close()
    assert window.undo() == "Add meeting"
    assert [m.name for m in meetings.list_meetings(ws.db)] == ["Spring board"]
    window.conn.close()


def test_the_plain_connection_is_set_up_as_sqlite_utils_would_set_it(db_path):
    from coprep.core.storage.connection import open_connection

    conn = open_connection(db_path)
    assert conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 1
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    conn.close()


def test_rows_another_connection_added_are_read_in_a_few_queries_however_many_children(ws):
    """The window makes an imported paper undoable on its own thread: its hundreds of pages must not
    cost a query (or three) each, which held the window up to a quarter of a second on a busy machine."""
    from coprep.core.storage.database import open_database
    from coprep.core.storage.workspace import Workspace

    other = Workspace(open_database(ws.path, backup=False), ws.path)  # as the reading process does
    committee = meetings.add_committee(other, "Board")
    ws.note_inserted("Add committee", "committees", committee)
    queries = []
    ws.conn.set_trace_callback(queries.append)
    counts = []
    for items in (2, 40):
        meeting = meetings.add_meeting(other, committee, "2026-03-12" if items == 2 else "2026-04-09")
        for number in range(items):
            meetings.add_item(other, meeting, f"Item {number}")
        queries.clear()
        ws.note_inserted("Add meeting", "meetings", meeting)
        counts.append(len(queries))
    ws.conn.set_trace_callback(None)
    assert counts[0] == counts[1]
    assert ws.undo() == "Add meeting"
    assert ws.db["agenda_items"].count == 2
    ws.redo()
    assert [row["title"] for row in ws.db["agenda_items"].rows_where("meeting_id = ?", [meeting], order_by="id")] == [
        f"Item {number}" for number in range(40)
    ]
