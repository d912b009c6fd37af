"""The statement, rates and chase commands, run as a person would."""

import datetime as dt
import json
import subprocess
import sys

import pypdfium2
import pytest

from coprep.cli import main
from coprep.core.meetings import meetings
from coprep.core.money import activities, chaser, claims, payments
from coprep.core.storage.database import open_database
from coprep.core.storage.settings import set_setting
from coprep.core.storage.workspace import Workspace

TODAY = dt.date.today()


@pytest.fixture
def db_file(tmp_path):
    path = tmp_path / "c.db"
    ws = Workspace(open_database(path), path)
    set_setting(ws.db, chaser.MY_NAME, "Jane Ahmed")
    committee = meetings.add_committee(ws, "Quality Committee", organisation="Riverside ICB", expenses_days=28)
    day = (TODAY - dt.timedelta(days=10)).isoformat()
    meeting = meetings.add_meeting(ws, committee, day)
    activities.add_activity(
        ws, day, committee_id=committee, minutes_preparing=240, minutes_travelling=90, minutes_taking_part=150
    )
    payments.add_payment(ws, day, committee_id=committee, amount_pence=7500, status="paid", paid_date=day)
    payments.add_payment(
        ws, day, committee_id=committee, amount_pence=6000, status="declined", declined_reason="To protect my benefits"
    )
    claim = claims.add_claim(ws, meeting_id=meeting)
    claims.add_item(ws, claim, "train", amount_pence="£23.40")
    claims.set_claim_status(ws, claim, "submitted", (TODAY - dt.timedelta(days=45)).isoformat())
    ws.db.close()
    return path


def test_statement_as_pdf_and_csv(db_file, tmp_path, capsys):
    first, last = (TODAY - dt.timedelta(days=30)).isoformat(), TODAY.isoformat()

    def statement(out):
        return ["--db", str(db_file), "involvement", "statement", "--from", first, "--to", last, "--out", str(out)]

    pdf = tmp_path / "statement.pdf"
    # In its own process, as a PDF needs Qt's application object and the GUI tests need theirs.
    done = subprocess.run(
        [sys.executable, "-m", "coprep", *statement(pdf)], capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr
    text = " ".join(" ".join(page.get_textpage().get_text_range() for page in pypdfium2.PdfDocument(pdf)).split())
    for words in ("Jane Ahmed", "£75.00", "£60.00", "To protect my benefits", "Signed", "NIHR", "SCIE"):
        assert words in text
    out = tmp_path / "statement.csv"
    assert main(statement(out)) == 0
    assert "declined" in out.read_text(encoding="utf-8-sig")
    assert main(statement(tmp_path / "x.doc")) == 1
    assert ".pdf or .csv" in capsys.readouterr().err


def test_rates_show_the_hourly_rate_beside_the_living_wage(db_file, capsys):
    assert main(["--db", str(db_file), "involvement", "rates", "--json"]) == 0
    rates = {rate["committee"] or rate["organisation"]: rate for rate in json.loads(capsys.readouterr().out)}
    assert rates["Quality Committee"]["pence_per_hour"] == 938 and rates["Quality Committee"]["below_living_wage"]
    assert main(["--db", str(db_file), "involvement", "rates"]) == 0
    assert "£9.38 an hour once your 8 h" in capsys.readouterr().out


def test_chase_prints_the_email_and_logs_it_when_sent(db_file, capsys):
    assert main(["--db", str(db_file), "claims", "chase", "1", "--sent"]) == 0
    out = capsys.readouterr().out
    assert "£23.40" in out and "45 days" in out and "28 days" in out
    db = open_database(db_file)
    assert len(chaser.chases_for(db, 1)) == 1
    db.close()
    assert main(["--db", str(db_file), "claims", "chase", "9"]) == 1
    assert main(["--db", str(db_file), "claims", "--overdue"]) == 0
