"""coprep's side of the screen-reader test: show each screen and dialog in turn, and while each is up,
ask the AT-SPI reader (under the system's Python) what a screen reader would find.

Run by test_screen_reader.py inside a private D-Bus session with a virtual X screen. Prints one JSON
line per screen: {"screen": ..., "unnamed": [...], "focusable": n}.
"""

import datetime as dt
import json
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QProcess, QTimer
from PySide6.QtWidgets import QWidget

READER = Path(__file__).with_name("atspi_reader.py")
SYSTEM_PYTHON = "/usr/bin/python3"
SETTLE_MS = 400  # let the accessibility bridge publish a new screen before it is read


def start_accessibility_bus() -> subprocess.Popen:
    """Start the accessibility bus before Qt looks for it (Qt only uses one that is already running)."""
    launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
    for _ in range(100):
        found = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/",
                "org.freedesktop.DBus.NameHasOwner",
                "string:org.a11y.Bus",
            ],
            capture_output=True,
            text=True,
        )
        if "true" in found.stdout:
            break
        time.sleep(0.05)
    return launcher


def screens(window, ws) -> list[tuple[str, Callable[[], QWidget | None]]]:
    """(name, show it) for every page, tab and dialog; a step returns a dialog to close afterwards."""
    from coprep.ui.meetings.committee_dialog import CommitteeDialog
    from coprep.ui.meetings.committee_view import COMMITTEE_TABS
    from coprep.ui.meetings.meeting_dialog import MeetingDialog
    from coprep.ui.meetings.meeting_view import MEETING_TABS
    from coprep.ui.money.activity_dialog import ActivityDialog
    from coprep.ui.money.claim_dialog import ClaimDialog
    from coprep.ui.money.payment_dialog import PaymentDialog
    from coprep.ui.shell.help_window import HelpWindow, guide_pages
    from coprep.ui.shell.main_window import SECTIONS
    from coprep.ui.words.glossary_dialogs import EntryDialog

    meeting_id = ws.db.execute(
        "select meeting_id from agenda_items group by meeting_id order by count(*) desc limit 1"
    ).fetchone()[0]
    steps: list[tuple[str, Callable[[], QWidget | None]]] = []
    for title, _module, _cls in SECTIONS:
        steps.append((f"Section {title}", lambda t=title: window.show_section(t) and None))
    for title, _module, _cls in MEETING_TABS:
        steps.append((f"Meeting tab {title}", lambda t=title: window.open_meeting(meeting_id, tab=t)))

    def committee_tab(index: int) -> None:
        view = window.show_section("Committees").view
        view.tabs.setCurrentIndex(index)

    for index, (title, _module, _cls) in enumerate(COMMITTEE_TABS):
        steps.append((f"Committee tab {title}", lambda i=index: committee_tab(i)))
    dialogs = {
        "New committee": lambda: CommitteeDialog(ws, parent=window),
        "New meeting": lambda: MeetingDialog(ws, parent=window),
        "Log my time": lambda: ActivityDialog(ws, parent=window),
        "Add a payment": lambda: PaymentDialog(ws, parent=window),
        "New expense claim": lambda: ClaimDialog(ws, parent=window),
        "Add a word": lambda: EntryDialog(ws, parent=window),
        "Help": lambda: HelpWindow(guide_pages(), window),
    }
    for title, make in dialogs.items():

        def show(make=make) -> QWidget:
            dialog = make()
            dialog.show()
            return dialog

        steps.append((f"Dialog {title}", show))
    return steps


def main() -> int:
    from coprep.core.demo.worked_example import load_demo
    from coprep.core.storage.database import open_database
    from coprep.core.storage.settings import set_setting
    from coprep.core.storage.workspace import Workspace
    from coprep.ui.shell.app import make_application
    from coprep.ui.shell.main_window import MainWindow

    launcher = start_accessibility_bus()
    app = make_application([])
    path = Path(sys.argv[1])
    ws = Workspace(open_database(path), path)
    load_demo(ws, today=dt.date(2026, 11, 30))
    set_setting(ws.db, "welcomed", "yes")
    window = MainWindow(ws)
    window.resize(1366, 768)
    window.show()
    steps = iter(screens(window, ws))
    reader = QProcess()
    current: dict = {}

    def next_step() -> None:
        if current.get("dialog") is not None:
            current["dialog"].close()
        step = next(steps, None)
        if step is None:
            app.quit()
            return
        current["name"], show = step
        current["dialog"] = show()
        QTimer.singleShot(SETTLE_MS, lambda: reader.start(SYSTEM_PYTHON, [str(READER), app.applicationName()]))

    def read_done(*_args) -> None:
        out = bytes(reader.readAllStandardOutput()).decode() or "{}"
        found = json.loads(out.strip().splitlines()[-1]) if out.strip() else {"error": "the reader printed nothing"}
        print(json.dumps({"screen": current["name"], **found}), flush=True)
        QTimer.singleShot(0, next_step)

    reader.finished.connect(read_done)
    QTimer.singleShot(SETTLE_MS * 3, next_step)  # the bridge registers with the bus once the loop runs
    app.exec()
    launcher.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
