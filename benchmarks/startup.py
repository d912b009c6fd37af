"""Time from process start to the first painted main window, with ten years of meetings.

Baseline, measured in the same run: a bare PySide6 QMainWindow, started the same way.
Prints the median of several runs of each and the ratio (aim: at most 2x).
"""

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5

CHILD = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time(), flush=True)
            QTimer.singleShot(0, QApplication.quit)
            obj.removeEventFilter(self)
        return False

def make_window():
    if len(sys.argv) < 2:
        app = QApplication([])
        return app, QMainWindow()
    from pathlib import Path
    from coprep.core.storage.database import open_database
    from coprep.core.storage.settings import set_setting
    from coprep.core.storage.workspace import Workspace
    from coprep.ui.shell.app import make_application
    from coprep.ui.shell.main_window import MainWindow
    app = make_application([])
    path = Path(sys.argv[1])
    ws = Workspace(open_database(path, backup=False), path)
    set_setting(ws.db, "welcomed", "yes")
    return app, MainWindow(ws)

app, window = make_window()
watcher = FirstPaint()
window.installEventFilter(watcher)
window.resize(1200, 800)
window.show()
app.exec()
"""


def first_paint_seconds(*args: str) -> float:
    start = time.time()
    result = subprocess.run([sys.executable, "-c", CHILD, *args], capture_output=True, text=True, check=True)
    return float(result.stdout.split()[-1]) - start


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    db = folder / "ten-years.db"
    subprocess.run([sys.executable, "-m", "coprep", "--db", str(db), "demo", "--years", "10"], check=True)
    first_paint_seconds()  # warm the file cache for both
    first_paint_seconds(str(db))
    bare = statistics.median(first_paint_seconds() for _ in range(RUNS))
    coprep = statistics.median(first_paint_seconds(str(db)) for _ in range(RUNS))
    print(f"bare PySide6 QMainWindow, first paint: {bare * 1000:.0f} ms (median of {RUNS})")
    print(f"coprep with ten years of meetings, first paint: {coprep * 1000:.0f} ms (median of {RUNS})")
    print(f"ratio: {coprep / bare:.2f}x (aim: at most 2x)")


if __name__ == "__main__":
    main()
