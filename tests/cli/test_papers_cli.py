"""The command line for papers, readability and search, run as a person would run it."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from paper_files import make_docx, make_pdf

from coprep.cli import main
from coprep.core.meetings.meetings import add_committee, add_meeting
from coprep.core.storage.database import open_database
from coprep.core.storage.workspace import Workspace


@pytest.fixture
def meeting_db(tmp_path: Path) -> tuple[Path, int]:
    db_path = tmp_path / "c.db"
    ws = Workspace(open_database(db_path), db_path)
    meeting = add_meeting(ws, add_committee(ws, "Quality Committee", notice_working_days=5), "2026-03-12")
    ws.db.close()
    return db_path, meeting


def test_papers_add_prints_new_ids_and_search_finds_them(meeting_db, tmp_path: Path, capsys) -> None:
    db, meeting = meeting_db
    first = make_pdf(tmp_path / "winter.pdf", ["Winter plan.", "Extra beds for the respiratory ward."])
    second = make_docx(tmp_path / "finance.docx", ["The month 9 finance position shows a deficit."])
    assert (
        main(
            [
                "--db",
                str(db),
                "papers",
                "add",
                str(meeting),
                str(first),
                str(second),
                "--received",
                "2026-03-03",
                "--how",
                "post",
            ]
        )
        == 0
    )
    assert capsys.readouterr().out.split() == ["1", "2"]

    assert main(["--db", str(db), "search", "respiratory", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [(h["kind"], h["paper_id"], h["page_no"]) for h in hits] == [("paper", 1, 2)]
    assert "[respiratory]" in hits[0]["snippet"]

    assert main(["--db", str(db), "search", "deficit"]) == 0
    shown = capsys.readouterr().out
    assert "finance, page 1 (Quality Committee, 12 March 2026)" in shown and "[deficit]" in shown


def test_papers_add_goes_on_past_a_bad_file_and_says_why(meeting_db, tmp_path: Path, capsys) -> None:
    db, meeting = meeting_db
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    good = make_pdf(tmp_path / "good.pdf", ["A paper with some words in it for the meeting."])
    assert main(["--db", str(db), "papers", "add", str(meeting), str(empty), str(good)]) == 1
    output = capsys.readouterr()
    assert output.out.split() == ["1"]
    assert "coprep: empty.pdf is empty" in output.err
    assert main(["--db", str(db), "papers", "add", str(meeting), str(good)]) == 1
    error = capsys.readouterr().err
    assert "already has this paper" in error and "add --again to the command" in error


def test_papers_add_to_a_missing_meeting(meeting_db, tmp_path: Path, capsys) -> None:
    db, _ = meeting_db
    good = make_pdf(tmp_path / "good.pdf", ["A paper with some words in it for the meeting."])
    assert main(["--db", str(db), "papers", "add", "99", str(good)]) == 1
    assert "no meeting number 99" in capsys.readouterr().err


def test_readability_of_a_file(tmp_path: Path, capsys) -> None:
    paper = make_docx(tmp_path / "letter.docx", ["We want to hear from you. Our team will phone you next week."])
    assert main(["--db", str(tmp_path / "c.db"), "readability", str(paper)]) == 0
    scores = json.loads(capsys.readouterr().out)
    assert {"words", "sentences", "flesch_kincaid_grade", "smog_grade", "jargon_percent", "verdict"} <= set(scores)
    assert scores["words"] == 13 and scores["verdict"].startswith("Easy to read")


def test_readability_of_standard_input(tmp_path: Path) -> None:
    text = "The ICB's trajectory for elective recovery remains materially challenged by workforce constraints."
    command = [sys.executable, "-m", "coprep", "--db", str(tmp_path / "c.db"), "readability", "-"]
    result = subprocess.run(command, input=text, capture_output=True, text=True, check=True)
    assert json.loads(result.stdout)["verdict"].startswith("Hard to read")


def test_readability_of_a_bad_file(tmp_path: Path, capsys) -> None:
    assert main(["--db", str(tmp_path / "c.db"), "readability", str(tmp_path / "missing.pdf")]) == 1
    assert "cannot find missing.pdf" in capsys.readouterr().err


def test_search_shows_an_item_repeated_at_many_meetings_once(tmp_path: Path, capsys) -> None:
    db = tmp_path / "demo.db"
    assert main(["--db", str(db), "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "search", "elective"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if not line.startswith(" ")]
    # the two best pages of the paper and the repeated item, in an order that depends on what else is indexed
    kinds = [line.split()[0] for line in lines[:3]]
    assert sorted(kinds) == ["item", "paper", "paper"] and kinds[0] == "paper"
    item_line = lines[kinds.index("item")]
    assert re.fullmatch(
        r"item +4 Elective recovery: RTT waiting list and 65-week waits "
        r"\(Quality and Performance Committee, (\d+) meetings, latest \d+ \w+ \d{4}\)",
        item_line,
    )
    assert main(["--db", str(db), "search", "elective", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert [hit["kind"] for hit in hits[:3]] == kinds
    item = hits[kinds.index("item")]
    assert item["meetings"] > 10 and f"{item['meetings']} meetings" in item_line
    assert len([hit for hit in hits if hit["title"].endswith("65-week waits")]) < 5
