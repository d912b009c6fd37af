"""The command line for meetings and agendas, run as a person would run it."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from coprep.cli import main


def test_demo_then_list_meetings_as_json(tmp_path, capsys):
    db = tmp_path / "c.db"
    assert main(["--db", str(db), "demo"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db), "meetings", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) > 10
    assert {"id", "date", "committee_name", "status"} <= set(listed[0])
    assert {m["committee_name"] for m in listed} >= {
        "Quality and Performance Committee",
        "Cystic Fibrosis Clinical Reference Group",
    }


def test_demo_years_builds_a_long_history(tmp_path, capsys):
    db = tmp_path / "c.db"
    assert main(["--db", str(db), "demo", "--years", "2"]) == 0
    assert "meetings" in capsys.readouterr().out
    assert main(["--db", str(db), "demo"]) == 1
    assert "already has meetings" in capsys.readouterr().err


def test_agenda_parse_reads_standard_input_and_stores_nothing(tmp_path):
    db = tmp_path / "c.db"
    env = {**os.environ, "COPREP_DB": str(db)}
    agenda = "1. Welcome - Chair\n2. Finance report   For approval   10:15\npdf icon PDF 297 KB\n"
    result = subprocess.run(
        [sys.executable, "-m", "coprep", "agenda", "parse", "-"],
        input=agenda,
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    parsed = json.loads(result.stdout)
    items = parsed["items"]
    assert [i["title"] for i in items] == ["Welcome", "Finance report"]
    assert items[1]["purpose"] == "approval" and items[1]["time"] == "10:15"
    assert set(items[0]) == {"number", "title", "purpose", "presenter", "time", "papers", "pages", "description"}
    assert set(parsed["meeting"]) == {"committee", "date", "start_time", "end_time", "place", "private_part"}
    assert not db.exists()


def test_agenda_parse_reads_an_agenda_pdf_with_its_meeting(capsys):
    pdf = Path(__file__).parents[1] / "data" / "agendas" / "trust_board_wrapped_pdf.pdf"
    assert main(["agenda", "parse", str(pdf)]) == 0
    parsed = json.loads(capsys.readouterr().out)
    assert parsed["meeting"] == {
        "committee": "Quality Committee",
        "date": "2025-03-20",
        "start_time": "14:00",
        "end_time": "16:30",
        "place": "Boardroom, Calderbrook General Hospital",
        "private_part": True,
    }
    assert parsed["items"][3]["title"] == "Register of members' interests for this meeting"
    assert parsed["items"][3]["papers"] == "QC24/004"


def test_errors_are_plain_and_exit_non_zero(tmp_path, capsys):
    not_ours = tmp_path / "notes.db"
    not_ours.write_text("not a database")
    assert main(["--db", str(not_ours), "meetings"]) == 1
    assert "is not a coprep file" in capsys.readouterr().err
    assert main(["agenda", "parse", str(tmp_path / "missing.txt")]) == 1
    assert "There is no file called" in capsys.readouterr().err
    broken = tmp_path / "agenda.docx"
    broken.write_text("not a Word file")
    assert main(["agenda", "parse", str(broken)]) == 1
    assert "looks damaged" in capsys.readouterr().err


def test_version_and_help(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.startswith("coprep ")
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "agenda" in capsys.readouterr().out
