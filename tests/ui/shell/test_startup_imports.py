"""What starting the window costs: heavy libraries wait until a screen needs them."""

import subprocess
import sys
import textwrap

LATER = ("markdown", "pypdfium2", "textstat", "wordfreq", "icalendar", "PySide6.QtCharts", "PySide6.QtPdf")


def test_the_first_paint_loads_no_heavy_library(tmp_path):
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
                     n.split(".")[0] in ("markdown", "pypdfium2", "textstat", "wordfreq", "icalendar",
                                         "ahocorasick", "holidays", "docx", "odf", "fpdf")]:
            del sys.modules[name]
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        def report():
            print("LOADED " + " ".join(sorted(sys.modules)))
            QApplication.instance().exit(0)
        import coprep.ui.shell.app as app_module
        shown = app_module.open_window
        def open_and_report(ws):
            window = shown(ws)
            QTimer.singleShot(0, report)  # runs once the first paint's events are done
            return window
        app_module.open_window = open_and_report
        sys.exit(main(["--db", str(path)]))
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    line = next(line for line in result.stdout.splitlines() if line.startswith("LOADED "))
    loaded = set(line.split()[1:])
    assert "coprep.ui.shell.main_window" in loaded
    early = sorted(name for name in loaded if name in LATER or name.split(".")[0] in LATER)
    assert early == []
    assert not [name for name in loaded if name.startswith("coprep.core.demo")]  # only when the example is chosen
