"""Make the README's screenshots from the worked example: python docs/screenshots.py

Uses Qt's offscreen platform, so it runs without a display.
"""

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings  # noqa: E402

from coprep.core.demo.worked_example import load_demo  # noqa: E402
from coprep.core.storage import clock  # noqa: E402
from coprep.core.storage.database import open_database  # noqa: E402
from coprep.core.storage.settings import set_setting  # noqa: E402
from coprep.core.storage.workspace import Workspace  # noqa: E402
from coprep.ui.shell.app import make_application  # noqa: E402

OUT = Path(__file__).resolve().parent / "screenshots"
TODAY = dt.date(2026, 11, 30)


def settle(app, seconds: float = 1.5) -> None:
    """Let background work (counting words, longest sentences) finish before the picture is taken."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def main() -> int:
    clock.set_today(TODAY)  # the pictures show the worked example's own today, whatever day they are made
    folder = Path(tempfile.mkdtemp())
    app = make_application([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    path = folder / "example.db"
    ws = Workspace(open_database(path), path)
    load_demo(ws, today=TODAY)
    set_setting(ws.db, "welcomed", "yes")

    from coprep.ui.shell.main_window import MainWindow

    window = MainWindow(ws)
    window.resize(1400, 900)
    window.show()
    meeting_id = ws.db.execute(
        "select id from meetings where date >= ? order by date limit 1", [TODAY.isoformat()]
    ).fetchone()[0]
    window.open_meeting(meeting_id)
    page = window.show_section("Meetings")
    agenda = page.view.show_tab("Agenda")
    item = ws.db.execute(
        "select id from agenda_items where meeting_id = ? and notes != '' limit 1", [meeting_id]
    ).fetchone()
    if item:
        agenda.select_item(item[0])
    settle(app)
    OUT.mkdir(exist_ok=True)
    window.grab().save(str(OUT / "meeting.png"))
    for tab, picture in (("Papers", "meeting-papers"), ("Fair treatment", "meeting-fair-treatment")):
        page.view.show_tab(tab)
        settle(app)
        window.grab().save(str(OUT / f"{picture}.png"))
    glossary = window.show_section("Glossary")
    glossary.search.setText("18-week")  # an entry whose facts show their source and the month checked
    settle(app)
    window.grab().save(str(OUT / "glossary.png"))
    window.show_section("Time and money")
    settle(app)
    window.grab().save(str(OUT / "time-and-money.png"))
    committees = window.show_section("Committees")
    committees.open_committee(ws.db.execute("select id from committees where name like 'Quality%'").fetchone()[0])
    committees.view.tabs.show_page("Fair treatment")
    settle(app)
    window.grab().save(str(OUT / "committee-ladder.png"))
    # 200% text on a 1366x768 laptop screen: the page reflows rather than running off the screen.
    from coprep.ui.shell.main_window import TEXT_SCALES

    window.resize(1366, 768)
    for _step in range(TEXT_SCALES.index(2.0) - TEXT_SCALES.index(1.0)):
        window.change_text_size(+1)
    window.resize(1366, 768)
    window.open_meeting(meeting_id, tab="Agenda")  # tabs become buttons in sight, the parts one above the other
    settle(app)
    window.grab().save(str(OUT / "bigger-text.png"))
    window.close()
    print(f"Saved screenshots in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
