"""What starting the window costs: what the first paint does not need waits until just after it."""

import os
import subprocess
import sys
import textwrap

# Heavy libraries that wait until a screen needs them.
LATER = (
    "markdown",
    "pypdfium2",
    "textstat",
    "wordfreq",
    "lemminflect",
    "icalendar",
    "PySide6.QtCharts",
    "PySide6.QtPdf",
)
# sqlite-utils (with click, pluggy and dateutil) waits for the first write or a reader that needs it:
# the first screen reads through the plain sqlite3 connection. The log file opens at its first record.
ON_FIRST_USE = ("sqlite_utils", "click", "pluggy", "dateutil", "logging.handlers")
# Shipped files are found from the resources package's own folder (coprep.resources.shipped).
NEVER_AT_START = ("importlib.resources",)
# What comes a moment after the first paint: the glossary's word finder (for the underlines), the
# chosen meeting (heading, tabs and agenda), the socket a second coprep talks to, and the check of every page of the
# file with the day's backup. importlib.metadata would mean sqlite-utils is searching installed packages for plugins.
AFTER_PAINT = (
    "rapidfuzz",
    "daachorse",
    "numpy",
    "babel",
    "importlib.metadata",
    "coprep.core.words.glossary",
    "coprep.core.words.jargon",
    "coprep.ui.meetings.meeting_view",
    "coprep.ui.shell.lazy_tabs",
    "coprep.ui.shell.tab_buttons",
    "coprep.ui.shell.tab_stops",
    "coprep.ui.meetings.agenda_tab",
    "PySide6.QtNetwork",
    "hashlib",
    "coprep.ui.shell.file_check",
    "coprep.ui.shell.focus_style",
    "coprep.core.storage.integrity",
    "coprep.core.storage.backups",
)
# Screens behind a button or a menu: they load when first used, never before the first paint.
WHEN_USED = (
    "coprep.ui.meetings.meeting_dialog",
    "coprep.ui.meetings.committee_dialog",
    "coprep.ui.meetings.agenda_file_reader",
    "coprep.ui.shell.confirm",
    "coprep.ui.shell.help_window",
    "coprep.ui.shell.backup_dialogs",
)


def test_the_first_paint_loads_only_what_it_shows(tmp_path):
    script = textwrap.dedent(f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from pathlib import Path
        from coprep.cli import main
        from coprep.core.storage.database import open_database
        from coprep.core.storage.workspace import Workspace
        from coprep.core.demo.worked_example import load_demo
        path = Path({str(tmp_path / "c.db")!r})
        ws = Workspace(open_database(path), path)
        load_demo(ws)
        ws.db.close()
        for name in [n for n in sys.modules if n.startswith(("coprep.core", "coprep.ui")) or
                     n.split(".")[0] in ("markdown", "pypdfium2", "textstat", "wordfreq", "lemminflect", "icalendar", "babel",
                                         "daachorse", "numpy", "rapidfuzz", "holidays", "docx", "odf", "fpdf",
                                         "sqlite_utils", "click", "pluggy", "dateutil")
                     or n in ("logging.handlers", "hashlib")
                     or n.startswith(("importlib.metadata", "importlib.resources"))]:
            del sys.modules[name]
        import importlib  # `from importlib import resources` takes the package's attribute if it is there
        for name in ("metadata", "resources"):
            importlib.__dict__.pop(name, None)
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication
        TRIES = 12_000  # looks every 10 ms: at least 2 minutes, for a busy computer

        class FirstPaint(QObject):
            def eventFilter(self, window, event):
                if event.type() == QEvent.Type.Paint:
                    window.removeEventFilter(self)
                    print("LOADED " + " ".join(sorted(sys.modules)), flush=True)
                    import linecache
                    from coprep.ui.shell import reflow
                    print("SOURCES KEPT", sorted(name.split("coprep/")[-1] for name in linecache.cache if "coprep" in name), flush=True)
                    print("REFLOW WATCH AT PAINT", reflow._reflower is not None, flush=True)
                    import PySide6.QtCore, PySide6.QtWidgets
                    # PySide builds a class and all its enums when Python first names it (Qt: 93 enums)
                    print("BUILT AT PAINT", [name for name in ("Qt", "QStyle", "QWizard")
                                             if name in vars(PySide6.QtCore) or name in vars(PySide6.QtWidgets)], flush=True)
                    QTimer.singleShot(0, lambda: wait_for_agenda(window, TRIES))
                return False

        def wait_for_agenda(window, tries):
            view = window.page(0)._view  # as the window builds it: asking for page.view would build it now
            if (view is not None and view.tabs.built_pages()) or not tries:
                print("AGENDA", [type(page).__name__ for page in view.tabs.built_pages()] if view else None, flush=True)
                from coprep.ui.shell import reflow
                print("REFLOW WATCH AFTER PAINT", reflow._reflower is not None, flush=True)
                wait_until_settled(TRIES)
            else:
                QTimer.singleShot(10, lambda: wait_for_agenda(window, tries - 1))

        def wait_until_settled(tries):
            if (tidied and checks and not checks[0].running()) or not tries:
                print("SETTLED " + " ".join(sorted(sys.modules)), flush=True)
                print("STYLE", type(QApplication.style()).__name__, flush=True)
                QApplication.instance().exit(0)
            else:
                QTimer.singleShot(10, lambda: wait_until_settled(tries - 1))

        watcher = FirstPaint()
        import coprep.ui.shell.app as app_module
        import coprep.ui.shell.reflow as reflow_module
        # As on a computer too busy to paint within any delay: what waits for the first paint must
        # still wait for it, and a start "at the latest" must never come first.
        app_module.LISTEN_AFTER_MS = app_module.CHECK_AFTER_MS = app_module.TIDY_AFTER_MS = 0
        import coprep.ui.shell.looks as looks_module
        app_module.HOUSEKEEPING_AT_LATEST_MS = reflow_module.WATCH_AT_LATEST_MS = looks_module.LOOKS_AT_LATEST_MS = 600_000
        shown = app_module.open_window
        def open_and_watch(ws):
            window = shown(ws)
            window.installEventFilter(watcher)
            return window
        app_module.open_window = open_and_watch
        checks, tidied, check, tidy = [], [], app_module.check_file, app_module.tidy_removed_papers
        app_module.check_file = lambda window, ws: checks.append(check(window, ws))
        app_module.tidy_removed_papers = lambda ws: tidied.append(tidy(ws))
        sys.exit(main(["--db", str(path)]))
    """)
    settings = {"XDG_CONFIG_HOME": str(tmp_path / "settings")}  # the normal text size, not the tester's own
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, env=os.environ | settings
    )
    line = next(line for line in result.stdout.splitlines() if line.startswith("LOADED "))
    loaded = set(line.split()[1:])
    assert {"coprep.ui.shell.main_window", "coprep.ui.meetings.meetings_page"} <= loaded
    waiting = LATER + AFTER_PAINT + WHEN_USED + ON_FIRST_USE + NEVER_AT_START
    early = sorted(name for name in loaded if any(name == m or name.startswith(m + ".") for m in waiting))
    assert early == []
    assert not [name for name in loaded if name.startswith("coprep.core.demo")]  # only when the example is chosen
    assert "AGENDA ['AgendaTab']" in result.stdout  # it follows the first paint
    # PySide does not read and keep the source of every module imported after it (coprep.ui.shell.pyside_imports)
    kept = next(line for line in result.stdout.splitlines() if line.startswith("SOURCES KEPT"))
    assert "ui/shell/main_window.py" not in kept and "ui/meetings/meetings_page.py" not in kept
    # Neither Qt's namespace (asking the system's colours) nor QStyle (the focus ring's style) is built
    # before the first paint; the style is in once the window has settled (coprep.ui.shell.looks).
    # Nor is every kind of Qt widget, which PySide builds when Python is first handed a widget Qt made
    # (a list's viewport, say: coprep.ui.shell.roomy_rows); QWizard stands for them.
    assert "BUILT AT PAINT []" in result.stdout
    assert "STYLE FocusStyle" in result.stdout
    # the application-wide reflow watch starts just after the first paint (coprep.ui.shell.reflow)
    assert "REFLOW WATCH AT PAINT False" in result.stdout
    assert "REFLOW WATCH AFTER PAINT True" in result.stdout
    # Once the window has settled (its agenda built, the file checked and backed up, papers tidied),
    # it has still only read: sqlite-utils waits for the first write.
    line = next(line for line in result.stdout.splitlines() if line.startswith("SETTLED "))
    settled = set(line.split()[1:])
    assert {"coprep.ui.meetings.agenda_tab", "coprep.core.storage.backups", "coprep.core.papers.leftovers"} <= settled
    assert (
        sorted(name for name in settled if name.split(".")[0] in ("sqlite_utils", "click", "pluggy", "dateutil")) == []
    )
