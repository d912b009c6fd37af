"""brief, calendar and raised from the command line, as a person or a script would run them."""

import os
import subprocess
import sys

import pypdfium2 as pdfium
from briefing_example import PRIVATE, TITLES, add_example_meeting
from icalendar import Calendar

from coprep.cli import main
from coprep.core.meetings import meetings
from coprep.core.meetings.follow_ups import add_follow_up


def test_brief_makes_a_pdf_without_a_display(ws, db_path, tmp_path):
    meeting = add_example_meeting(ws)
    out = tmp_path / "pack.pdf"
    env = {
        key: value for key, value in os.environ.items() if key not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    done = subprocess.run(
        [sys.executable, "-m", "coprep", "--db", str(db_path), "brief", str(meeting), "--out", str(out), "--letter"],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr
    assert "Saved the briefing pack" in done.stdout and "pages" in done.stdout
    pdf = pdfium.PdfDocument(out)
    width, height = pdf[0].get_size()
    assert (round(width), round(height)) == (612, 792)  # US Letter
    text = " ".join(pdf[page].get_textpage().get_text_range() for page in range(len(pdf)))
    assert all(title in " ".join(text.split()) for title in TITLES)
    pdf.close()


def test_brief_as_markdown_and_html_leaving_out_private_words(ws, db_path, tmp_path, capsys):
    meeting = add_example_meeting(ws)
    markdown, html = tmp_path / "pack.md", tmp_path / "pack.html"
    assert main(["--db", str(db_path), "brief", str(meeting), "--out", str(markdown), "--no-private"]) == 0
    assert main(["--db", str(db_path), "brief", str(meeting), "--out", str(html), "--large-print", "20"]) == 0
    shared = markdown.read_text(encoding="utf-8")
    assert shared.startswith("# Quality Committee") and TITLES[1] in shared
    assert not any(word in shared for word in PRIVATE)
    page = html.read_text(encoding="utf-8")
    assert "font-size: 20pt" in page and "PRIVATE-NOTE" in page
    assert "Saved the briefing pack to" in capsys.readouterr().out


def test_calendar_saves_an_ics_file(ws, db_path, tmp_path, capsys):
    meeting = add_example_meeting(ws)
    out = tmp_path / "meeting.ics"
    assert main(["--db", str(db_path), "calendar", str(meeting), "--out", str(out)]) == 0
    (event,) = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert event.decoded("DTSTART").hour == 10 and str(event["SUMMARY"]) == "Quality Committee"
    assert "add it to your calendar" in capsys.readouterr().out


def test_raised_saves_the_committee_s_list(ws, db_path, tmp_path):
    meeting = add_example_meeting(ws)
    item = meetings.agenda(ws.db, meeting)[1].id
    add_follow_up(ws, item, "Check the next report", "2026-08-01")
    out = tmp_path / "raised.md"
    committee = meetings.get_meeting(ws.db, meeting).committee_id
    assert main(["--db", str(db_path), "raised", str(committee), "--out", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "PRIVATE-RAISED" in text and "Check the next report (by 1 August 2026)" in text


def test_mistakes_are_explained_in_plain_words(ws, db_path, tmp_path, capsys):
    meeting = add_example_meeting(ws)
    assert main(["--db", str(db_path), "brief", str(meeting), "--out", str(tmp_path / "pack.docx")]) == 1
    assert "must end in .pdf, .html or .md" in capsys.readouterr().err
    assert main(["--db", str(db_path), "brief", "99", "--out", str(tmp_path / "pack.md")]) == 1
    assert "no meeting number 99" in capsys.readouterr().err
    assert main(["--db", str(db_path), "calendar", str(meeting), "--out", str(tmp_path / "m.txt")]) == 1
    assert "must end in .ics" in capsys.readouterr().err
    missing = tmp_path / "no-such-folder" / "pack.md"
    assert main(["--db", str(db_path), "brief", str(meeting), "--out", str(missing)]) == 1
    assert "could not save" in capsys.readouterr().err and not missing.exists()
