"""coprep's side of the announcement test: once a screen reader listens, do what a person does
(a note written, Edit › Undo, a mistake in a form; keys typed
offscreen are tested in test_announce.py) and print what the reader heard.

Run by test_screen_reader.py inside a private D-Bus session with a virtual X screen. Prints one
JSON line per announcement heard: {"app": ..., "text": ..., "urgent": ...}.
"""

import sys
from pathlib import Path

from atspi_app import SETTLE_MS, SYSTEM_PYTHON, start_accessibility_bus
from PySide6.QtCore import QProcess, QTimer

LISTENER = Path(__file__).with_name("atspi_listener.py")
PROBE = "Are you listening?"  # said until the reader hears it, so the steps start once it listens
GIVE_UP_MS = 60_000


def main() -> int:
    from coprep.core.meetings import meetings
    from coprep.core.storage.database import open_database
    from coprep.core.storage.settings import set_setting
    from coprep.core.storage.workspace import Workspace
    from coprep.ui.shell.announce import announce
    from coprep.ui.shell.app import make_application
    from coprep.ui.shell.main_window import MainWindow

    launcher = start_accessibility_bus()
    app = make_application([])
    path = Path(sys.argv[1])
    ws = Workspace(open_database(path), path)
    meeting = meetings.add_meeting(ws, meetings.add_committee(ws, "Quality Committee"), "2026-03-12")
    item = meetings.add_item(ws, meeting, "Winter plan")
    set_setting(ws.db, "welcomed", "yes")
    window = MainWindow(ws)
    window.show()
    window.open_meeting(meeting)
    agenda = window.show_section("Meetings").view.show_tab("Agenda")
    agenda.select_item(item)
    window.statusBar().clearMessage()

    def type_a_note() -> None:
        agenda.editor.notes.insertPlainText("Ask about children")  # (keys typed here need an active window)
        agenda.editor.flush()

    def make_a_mistake() -> None:
        box = agenda.editor.follow_ups
        box.text.setText("Tom to send the figures")
        box.due.setText("the 45th of Smarch")
        box.add_button.click()

    # Each step waits until the reader has heard the one before, so a busy machine only makes it slower.
    steps = iter([type_a_note, window.undo_action.trigger, make_a_mistake, app.quit])
    listener = QProcess()
    listening = QTimer(interval=SETTLE_MS)  # until the reader hears a first word, say one again and again
    listening.timeout.connect(lambda: announce(window, PROBE))
    given_up = QTimer(singleShot=True, interval=GIVE_UP_MS)  # nothing heard for this long: stop, the test fails
    given_up.timeout.connect(app.quit)

    def next_step() -> None:
        given_up.start()
        step = next(steps, None)
        if step is not None:
            step()

    def heard() -> None:
        for line in bytes(listener.readAllStandardOutput()).decode().splitlines():
            if line == "ready":
                listening.start()
            elif PROBE in line:
                if listening.isActive():
                    listening.stop()
                    next_step()
            elif line.startswith("{"):
                print(line, flush=True)
                next_step()

    listener.readyReadStandardOutput.connect(heard)
    # the bridge registers with the bus once the loop runs; then the reader starts listening
    QTimer.singleShot(SETTLE_MS, lambda: listener.start(SYSTEM_PYTHON, [str(LISTENER)]))
    given_up.start()
    app.exec()
    listener.kill()
    listener.waitForFinished()
    launcher.terminate()
    return 0


if __name__ == "__main__":
    sys.exit(main())
