"""`coprep conditions MEETING` and `coprep conditions summary COMMITTEE`, run as a person would."""

import json

import pytest

from coprep.cli import main
from coprep.core.fairness import conditions, ladder
from coprep.core.meetings import meetings
from coprep.core.storage.database import open_database
from coprep.core.storage.workspace import Workspace


@pytest.fixture
def db_file(tmp_path):
    """A committee with two rated meetings, a late paper at the second, and one meeting not rated."""
    path = tmp_path / "c.db"
    ws = Workspace(open_database(path), path)
    committee = meetings.add_committee(ws, "Trust board", lay_places=2, notice_working_days=5)
    ids = {c.key: c.id for c in conditions.list_conditions(ws.db)}
    first = meetings.add_meeting(ws, committee, "2026-01-08")
    second = meetings.add_meeting(ws, committee, "2026-03-12")
    meetings.add_meeting(ws, committee, "2026-05-14")
    for meeting in (first, second):
        conditions.rate(ws, meeting, ids["induction"], "met")
        conditions.rate(ws, meeting, ids["papers_on_time"], "not_met", "Pack came on the Tuesday.")
    ladder.set_own_rung(ws, second, 1, "Papers too late to read")
    ws.insert("papers", {"meeting_id": second, "title": "Finance report", "received_date": "2026-03-10"})
    ws.db.close()
    return path


def run(db_file, capsys, *args):
    code = main(["--db", str(db_file), "conditions", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_one_meeting_as_json(db_file, capsys):
    code, out, _ = run(db_file, capsys, "2", "--json")
    assert code == 0
    shown = json.loads(out)
    papers = next(c for c in shown["conditions"] if c["key"] == "papers_on_time")
    assert (papers["rating"], papers["note"]) == ("not_met", "Pack came on the Tuesday.")
    assert papers["proposal"]["rating"] == "not_met"
    assert "Finance report came 2 working days before" in papers["proposal"]["reason"]
    assert shown["rung"]["name"] == "Educating"
    assert shown["own_rung"] == {"number": 1, "name": "Coercion", "reason": "Papers too late to read"}
    assert len(shown["conditions"]) == 17


def test_one_meeting_as_text(db_file, capsys):
    code, out, _ = run(db_file, capsys, "2")
    assert code == 0
    assert "Trust board, 12 March 2026" in out
    assert "Not met" in out and "Note: Pack came on the Tuesday." in out
    assert "Rung: Educating." in out and "Your own rung: Coercion. Papers too late to read" in out


def test_summary_for_a_period_in_each_format(db_file, capsys):
    code, out, _ = run(db_file, capsys, "summary", "1", "--from", "2026-02-01")
    assert code == 0
    assert "### Papers late" in out and "12 March 2026" in out and "8 January 2026" not in out
    code, out, _ = run(db_file, capsys, "summary", "1", "--format", "html")
    assert out.startswith("<!DOCTYPE html>") and "<h3>Papers late</h3>" in out
    code, out, _ = run(db_file, capsys, "summary", "1", "--to", "31/01/2026", "--format", "json")
    assert [m["date"] for m in json.loads(out)["meetings"]] == ["2026-01-08"]


@pytest.mark.parametrize(
    "args, message",
    [
        (["summary"], "Your committees are:\n    1  Trust board"),
        (["summary", "7"], "Give the committee's number"),
        (["99"], "no meeting number 99"),
        (["soon"], "Give a meeting's number"),
        (["2", "1"], "Did you mean 'coprep conditions summary 1'?"),
        (["2", "--format", "html"], "go with 'coprep conditions summary COMMITTEE'"),
        (["summary", "1", "--json"], "use --format json"),
        (["summary", "1", "--from", "someday"], "not a date"),
    ],
)
def test_mistakes_get_a_plain_message(db_file, capsys, args, message):
    code, out, err = run(db_file, capsys, *args)
    assert code == 1 and out == ""
    assert message in err
