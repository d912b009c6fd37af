"""The project's own promises: layers kept apart, CI runs the README's command, shipped files present."""

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_core_never_imports_qt_by_contract():
    lint = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "The core never imports Qt KEPT" in result.stdout


def test_core_works_with_qt_missing(tmp_path):
    """Like napari's model: every core module imports and the worked example loads with Qt blocked."""
    script = textwrap.dedent(f"""
        import importlib, pkgutil, sys
        sys.modules["PySide6"] = None
        sys.modules["shiboken6"] = None
        import coprep.core
        for module in pkgutil.walk_packages(coprep.core.__path__, "coprep.core."):
            importlib.import_module(module.name)
        from pathlib import Path
        from coprep.core.storage.database import open_database
        from coprep.core.storage.workspace import Workspace
        from coprep.core.demo.worked_example import load_demo
        path = Path({str(tmp_path / "c.db")!r})
        ws = Workspace(open_database(path), path)
        load_demo(ws)
        print(ws.db["meetings"].count)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) > 5


def test_ci_runs_the_readme_test_command():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = re.findall(r"```(?:sh|bash)\n(.*?)```", readme, re.S)
    test_command = next(c.strip() for c in commands if "pytest" in c)
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_shipped_files_are_found_at_run_time():
    from coprep.core.storage.resources import resource_path

    desktop = resource_path("coprep.desktop").read_text(encoding="utf-8")
    assert "Exec=coprep" in desktop and "Icon=coprep" in desktop
    assert resource_path("icons", "coprep.svg").exists()
    assert len(list(resource_path("glossary").glob("*.csv"))) >= 8


def test_the_qt_bindings_keep_count_of_none():
    """PySide6 6.12.0 on Python 3.11 let go of None once per Qt call that returns nothing, so a long
    session ended in "Fatal Python error: none_dealloc". pyproject.toml pins a release without it."""
    script = textwrap.dedent("""
        import sys
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        before = sys.getrefcount(None)
        for _ in range(3000):
            QFont().setPointSizeF(12)
        print(before - sys.getrefcount(None))
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr
    assert abs(int(result.stdout.strip())) < 100
