"""How long a person waits for coprep's window, against a bare PySide6 window started the same way.

What is timed is what a person runs: the installed `coprep` command on a database with ten years
of meetings, in a real X window on a virtual screen (Xvfb), from process start until the window
is visible (xdotool looks for it every 10 ms). The baseline, in the same run and in turns with coprep, is a
bare QMainWindow started as its own process. Also printed: the CPU time each had used when its
window showed (steadier than the clock when other programs share the machine), the offscreen time
to the first paint, and memory at rest once the window has settled, beside the bare window's.

Python's compiled-module cache is allowed for both (PYTHONDONTWRITEBYTECODE is taken out of their
environment): an installed coprep has its modules compiled by pip, so a person never pays for
compiling coprep's ~150 modules at every start, as a shell with that variable set would.

Needs Debian's xvfb and xdotool (`apt-get install xvfb xdotool`); without them only the
offscreen figures are printed. The instruction count needs valgrind (`apt-get install valgrind`). Run: `.venv/bin/python benchmarks/startup.py`
"""

import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
POLL_SECONDS = 0.01  # between looks for the window
SETTLE_SECONDS = 3.0  # after the window shows, before reading memory at rest

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1200, 800)
window.show()
app.exec()
"""

WATCH_PAINT = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(time.time(), flush=True)
            if os.environ.get("STOP_AT_FIRST_PAINT"):  # count nothing after it (closing down differs)
                os._exit(0)
            QTimer.singleShot(0, QApplication.quit)
            obj.removeEventFilter(self)
        return False
watcher = FirstPaint()
"""

BARE_PAINT = (
    WATCH_PAINT
    + """
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.installEventFilter(watcher)
window.resize(1200, 800)
window.show()
app.exec()
"""
)

COPREP_PAINT = (
    WATCH_PAINT
    + """
import coprep.ui.shell.app as app_module
shown = app_module.open_window
def open_and_watch(ws):
    window = shown(ws)
    window.installEventFilter(watcher)
    return window
app_module.open_window = open_and_watch
from coprep.cli import main
sys.exit(main(sys.argv[1:]))
"""
)


# Window settings of the run's own (as on a first start, then as coprep left them), never the
# tester's: a text size of 200% or a small window left there would change what is measured.
SETTINGS = tempfile.mkdtemp(prefix="coprep-startup-settings-")
atexit.register(shutil.rmtree, SETTINGS, ignore_errors=True)


def _environment(**extra: str) -> dict[str, str]:
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    return env | {"XDG_CONFIG_HOME": SETTINGS} | extra


def _rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _cpu_seconds(pid: int) -> float:
    """The CPU time (user and system) the process has used so far, in steps of the kernel's clock tick."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def visible_window(command: list[str], display: str) -> tuple[float, int, float]:
    """Seconds from start until the command's window is visible, its memory at rest (KiB), and the
    CPU time it had used when its window showed (which a busy machine disturbs far less than the clock).

    Xvfb now and then refuses a connection while xdotool's many short ones come and go ("could not
    connect to display"); such a start is run again, as the window never had its chance.
    """
    env = _environment(DISPLAY=display, QT_QPA_PLATFORM="xcb")
    for _attempt in range(3):
        start = time.perf_counter()
        process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            seconds = _wait_until_visible(process, env) - start
            cpu = _cpu_seconds(process.pid)
            time.sleep(SETTLE_SECONDS)
            return seconds, _rss_kib(process.pid), cpu
        except NoDisplay:
            print("  (the virtual screen refused a connection; that start is run again)")
        finally:
            process.terminate()
            process.communicate(timeout=30)
    raise RuntimeError("the virtual screen refused three starts in a row")


class NoDisplay(Exception):
    """The process ended before its window showed because it could not reach the virtual screen."""


def _wait_until_visible(process: subprocess.Popen, env: dict[str, str]) -> float:
    """The moment the process's window is mapped, looked for every POLL_SECONDS.

    Not `xdotool search --sync`: it looks only every half second, which rounds both windows'
    times to the same steps and hides the difference between them.
    """
    deadline = time.perf_counter() + 120
    while time.perf_counter() < deadline:
        found = subprocess.run(
            ["xdotool", "search", "--onlyvisible", "--pid", str(process.pid)], env=env, capture_output=True
        )
        if found.returncode == 0 and found.stdout.strip():
            return time.perf_counter()
        if process.poll() is not None:
            error = process.stderr.read() if process.stderr else ""
            if "could not connect to display" in error:
                raise NoDisplay()
            raise RuntimeError(f"{process.args[0]} stopped before showing a window:\n{error}")
        time.sleep(POLL_SECONDS)
    raise TimeoutError("no window within two minutes")


def first_paint_offscreen(command: list[str]) -> float:
    start = time.time()
    env = _environment(QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(command, capture_output=True, text=True, check=True, env=env)
    return float(result.stdout.split()[-1]) - start


def instructions_to_first_paint(command: list[str]) -> int:
    """Machine instructions the command runs until its first paint (offscreen), counted by callgrind.

    Python's string hashing is fixed (PYTHONHASHSEED) so that the count repeats to within a few
    hundredths of a percent; it includes the threads Qt starts.
    """
    env = _environment(QT_QPA_PLATFORM="offscreen", STOP_AT_FIRST_PAINT="1", PYTHONHASHSEED="0")
    counting = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command]
    result = subprocess.run(counting, capture_output=True, text=True, check=True, env=env)
    collected = next(line for line in result.stderr.splitlines() if "Collected :" in line)
    return int(collected.split(":")[-1].replace(",", ""))


def _ten_year_database(coprep: str) -> Path:
    folder = tempfile.mkdtemp(prefix="coprep-startup-db-")
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    db = Path(folder) / "ten-years.db"
    subprocess.run([coprep, "--db", str(db), "demo", "--years", "10"], check=True, stdout=subprocess.DEVNULL)
    return db


def _on_virtual_screen(coprep_command: list[str], bare_command: list[str]) -> None:
    display = f":{400 + os.getpid() % 200}"
    xvfb = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1366x850x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        time.sleep(1)
        visible_window(bare_command, display)  # warm the file cache for both
        visible_window(coprep_command, display)
        bare, mine = [], []
        for _ in range(RUNS):  # in turns, so a busy machine slows both alike
            bare.append(visible_window(bare_command, display))
            mine.append(visible_window(coprep_command, display))
    finally:
        xvfb.terminate()
    bare_s, mine_s = statistics.median(b[0] for b in bare), statistics.median(m[0] for m in mine)
    bare_mb, mine_mb = (statistics.median(r[1] for r in runs) / 1024 for runs in (bare, mine))
    print(
        f"real window (Xvfb), start to visible: bare QMainWindow {bare_s * 1000:.0f} ms, "
        f"coprep {mine_s * 1000:.0f} ms (medians of {RUNS})"
    )
    pairs = sorted(m[0] / b[0] for b, m in zip(bare, mine, strict=True))
    print(f"  ratio: {mine_s / bare_s:.2f}x (aim: at most 1.5x); run by run {pairs[0]:.2f}-{pairs[-1]:.2f}x")
    bare_cpu, mine_cpu = (statistics.median(r[2] for r in runs) for runs in (bare, mine))
    print(
        f"  CPU time used until visible: bare {bare_cpu * 1000:.0f} ms, coprep {mine_cpu * 1000:.0f} ms; "
        f"ratio {mine_cpu / bare_cpu:.2f}x"
    )
    print(
        f"memory at rest: bare {bare_mb:.0f} MB, coprep {mine_mb:.0f} MB; ratio {mine_mb / bare_mb:.2f}x (aim: at most 2x)"
    )


def main() -> None:
    coprep = shutil.which("coprep", path=str(Path(sys.executable).parent)) or shutil.which("coprep")
    if coprep is None:
        sys.exit("Install coprep first (pip install -e .): this times the installed coprep command.")
    db = _ten_year_database(coprep)
    coprep_command = [coprep, "--db", str(db)]
    bare_command = [sys.executable, "-c", BARE]
    if shutil.which("Xvfb") and shutil.which("xdotool"):
        _on_virtual_screen(coprep_command, bare_command)
    else:
        print("No Xvfb or xdotool here (apt-get install xvfb xdotool): real-window figures left out.")
    paint_bare = [sys.executable, "-c", BARE_PAINT]
    paint_mine = [sys.executable, "-c", COPREP_PAINT, "--db", str(db)]
    first_paint_offscreen(paint_bare)
    first_paint_offscreen(paint_mine)
    bare = statistics.median(first_paint_offscreen(paint_bare) for _ in range(RUNS))
    mine = statistics.median(first_paint_offscreen(paint_mine) for _ in range(RUNS))
    print(
        f"offscreen, start to first paint: bare {bare * 1000:.0f} ms, coprep {mine * 1000:.0f} ms; "
        f"ratio {mine / bare:.2f}x"
    )
    if shutil.which("valgrind"):
        bare_count, mine_count = (instructions_to_first_paint(command) for command in (paint_bare, paint_mine))
        print(
            f"instructions until the first paint (offscreen, callgrind): bare {bare_count / 1e6:.0f} M, "
            f"coprep {mine_count / 1e6:.0f} M; ratio {mine_count / bare_count:.2f}x"
        )
    else:
        print("No valgrind here (apt-get install valgrind): the instruction count is left out.")


if __name__ == "__main__":
    main()
