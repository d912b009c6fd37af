"""A screen reader can use every screen: walk coprep's AT-SPI tree, as Orca does, on every page, tab
and dialog, and fail on any control the keyboard can reach that has no name.

Qt publishes the tree only on a real display (xcb) with an accessibility bus already running, so
the test starts a virtual X screen (Xvfb) and a private D-Bus session; the reader is Debian's
python3-pyatspi under the system's Python. Without those packages the test is skipped and says
which are missing (.ci/run installs them).
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent
NEEDED = {
    "Xvfb": "xvfb",
    "dbus-run-session": "dbus-daemon",
    "dbus-send": "dbus-bin",
}


def _missing() -> list[str]:
    missing = [package for program, package in NEEDED.items() if shutil.which(program) is None]
    if not Path("/usr/libexec/at-spi-bus-launcher").exists():
        missing.append("at-spi2-core")
    has_pyatspi = (
        Path("/usr/bin/python3").exists()
        and subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True).returncode == 0
    )
    if not has_pyatspi:
        missing.append("python3-pyatspi")
    return missing


@pytest.fixture
def x_display():
    """A virtual 1366x768 X screen of the test's own, ended afterwards."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as numbers:
        display = numbers.readline().strip()
    try:
        yield f":{display}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def _under_a_screen_reader(script: str, tmp_path, x_display: str, timeout: int) -> tuple[list[dict], str]:
    """Run a script beside this folder on its own D-Bus session with Qt's accessibility on.

    Returns the JSON lines it printed and the end of what it wrote to stderr (for failure messages).
    """
    env = {
        **os.environ,
        "DISPLAY": x_display,
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    run = subprocess.run(
        ["dbus-run-session", "--", sys.executable, str(HERE / script), str(tmp_path / "coprep.db")],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )
    return [json.loads(line) for line in run.stdout.splitlines() if line.startswith("{")], run.stderr[-3000:]


@pytest.mark.skipif(bool(_missing()), reason=f"needs Debian packages: {' '.join(_missing())}")
def test_every_screen_names_every_control_a_screen_reader_reaches(tmp_path, x_display):
    screens, errors = _under_a_screen_reader("atspi_app.py", tmp_path, x_display, timeout=600)
    assert len(screens) >= 20, errors
    problems = {s["screen"]: s.get("error") or s["unnamed"] for s in screens if s.get("error") or s["unnamed"]}
    assert not problems
    assert all(s["focusable"] > 3 for s in screens)  # the reader really saw each screen's controls
    # lists, tables and trees read their rows out by name
    rows = {s["screen"]: s["rows"] for s in screens}
    with_rows = ("Section Meetings", "Section Glossary", "Meeting tab Agenda", "Meeting tab Fair treatment")
    assert all(rows[screen] > 0 for screen in with_rows), rows


@pytest.mark.skipif(bool(_missing()), reason=f"needs Debian packages: {' '.join(_missing())}")
def test_a_screen_reader_hears_saved_undone_and_problems(tmp_path, x_display):
    """Announcements reach AT-SPI with their words: polite for news, assertive for a problem."""
    heard, errors = _under_a_screen_reader("atspi_announce_app.py", tmp_path, x_display, timeout=300)
    said = [(h["text"], h["urgent"]) for h in heard if h["app"] == "coprep"]
    assert said[:2] == [("Saved", False), ("Undone: Change agenda item", False)], errors
    problem, urgent = said[2]
    assert urgent and "'the 45th of Smarch' is not a date" in problem
