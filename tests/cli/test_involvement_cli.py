"""The time-and-money commands, run as a person would run them, on dates relative to today."""

import csv
import datetime as dt
import io
import json
from decimal import Decimal

import pytest

from coprep.cli import main
from coprep.core.meetings import meetings
from coprep.core.money import activities, claims
from coprep.core.money.tax_year import tax_year_of
from coprep.core.storage.database import open_database
from coprep.core.storage.workspace import Workspace

TODAY = dt.date.today()
THIS_YEAR = tax_year_of(TODAY)


@pytest.fixture
def db_file(tmp_path):
    """A train fare sent 41 days ago (overdue) and a meeting's time logged this tax year."""
    path = tmp_path / "c.db"
    ws = Workspace(open_database(path), path)
    committee = meetings.add_committee(ws, "CF CRG", organisation="NHS England")
    meeting = meetings.add_meeting(ws, committee, TODAY.isoformat(), start_time="13:30", end_time="16:00")
    activities.log_meeting_time(ws, meeting, minutes_preparing="1:30")
    claim = claims.add_claim(ws, meeting_id=meeting)
    claims.add_item(ws, claim, "train", amount_pence="£23.40")
    claims.set_claim_status(ws, claim, "submitted", submitted_date=(TODAY - dt.timedelta(days=41)).isoformat())
    paid = claims.add_claim(ws, organisation="Healthwatch")
    claims.add_item(ws, paid, "bus", amount_pence="3")
    ws.db.close()
    return path


def test_summary_as_json_for_the_chosen_tax_year(db_file, capsys):
    assert main(["--db", str(db_file), "involvement", "summary", "--tax-year", str(THIS_YEAR), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["label"] == f"6 April {THIS_YEAR} to 5 April {THIS_YEAR + 1}"
    assert summary["total"]["minutes_preparing"] == 90 and summary["total"]["minutes_taking_part"] == 150
    assert summary["overdue_now"] == ["£23.40 owed to you for 41 days by NHS England (they said 28 days)"]
    assert "advice" in summary["note"]


def test_summary_in_words_ends_with_the_note_about_tax_and_benefits(db_file, capsys):
    assert main(["--db", str(db_file), "involvement", "summary"]) == 0
    out = capsys.readouterr().out
    assert "Time given: 4 h over 1 activity" in out and "£23.40 owed to you for 41 days" in out
    assert out.strip().endswith("the advice line of the organisation that pays you.")


def test_an_impossible_tax_year_is_refused_plainly(db_file, capsys):
    assert main(["--db", str(db_file), "involvement", "summary", "--tax-year", "25"]) == 1
    assert "like 2025" in capsys.readouterr().err


def test_export_to_a_file_and_to_standard_output_give_the_same_rows(db_file, tmp_path, capsys):
    target = tmp_path / "out.csv"
    assert main(["--db", str(db_file), "involvement", "export", "--csv", str(target)]) == 0
    assert "Saved 5 rows" in capsys.readouterr().out
    assert main(["--db", str(db_file), "involvement", "export", "--csv", "-"]) == 0
    printed = capsys.readouterr().out
    with target.open(encoding="utf-8-sig", newline="") as saved:
        assert saved.read() == printed.replace("\n", "\r\n")
    rows = list(csv.DictReader(io.StringIO(printed)))
    assert sum(Decimal(r["Item amount (£)"] or 0) for r in rows) == Decimal("26.40")


def test_export_into_a_folder_is_refused(db_file, tmp_path, capsys):
    assert main(["--db", str(db_file), "involvement", "export", "--csv", str(tmp_path)]) == 1
    assert "is a folder" in capsys.readouterr().err


def test_claims_lists_all_or_only_the_overdue(db_file, capsys):
    assert main(["--db", str(db_file), "claims"]) == 0
    out = capsys.readouterr().out
    assert "Not sent yet" in out and "OVERDUE: £23.40 owed, they said 28 days" in out
    assert main(["--db", str(db_file), "claims", "--overdue", "--json"]) == 0
    overdue = json.loads(capsys.readouterr().out)
    assert [(c["claimed_pence"], c["days_waited"], c["overdue"]) for c in overdue] == [(2340, 41, True)]


def test_a_refused_claim_is_listed_as_not_owed(db_file, capsys):
    ws = Workspace(open_database(db_file), db_file)
    refused = claims.add_claim(ws, organisation="Healthwatch")
    claims.add_item(ws, refused, "taxi", amount_pence="18")
    claims.set_claim_status(ws, refused, "refused", submitted_date=TODAY.isoformat())
    ws.db.close()
    assert main(["--db", str(db_file), "claims"]) == 0
    line = next(line for line in capsys.readouterr().out.splitlines() if "Refused" in line)
    assert line.endswith("nothing owed, as it was refused") and "£18.00" in line
