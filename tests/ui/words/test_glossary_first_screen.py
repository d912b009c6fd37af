"""When the Glossary is the first screen coprep shows (the page the person left it on), nothing in
it moves after the first paint: its list of words widened just after it, as the layouts caught up
with what the reflow before the paint had changed."""

import json
import os
import subprocess
import sys
import textwrap

import pytest

from coprep.core.demo.worked_example import load_demo

# coprep started as a person starts it, on the Glossary: where its panes and list are at the first
# paint (just before what waits for the paint runs), and again once everything after it has run.
SCRIPT = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QSplitter
out, db, scale = Path(sys.argv[1]), sys.argv[2], float(sys.argv[3])
QCoreApplication.setOrganizationName("coprep")
QCoreApplication.setApplicationName("coprep")
QSettings().setValue("window/section", 2)  # the Glossary, as the last start left it
QSettings().setValue("view/text_scale", scale)
QSettings().sync()
import coprep.ui.shell.app as app_module
import coprep.ui.shell.looks as looks
windows = []
shown = app_module.open_window
app_module.open_window = lambda ws: windows.append(shown(ws)) or windows[-1]
put_in = looks.put_in_looks

def where():
    window = windows[0]
    page = window.page(2)
    panes = page.findChild(QSplitter)
    boxes = [panes.widget(0), panes.widget(1), page.results, page.view]
    return [[*box.mapTo(window, box.rect().topLeft()).toTuple(), *box.size().toTuple()] for box in boxes]

def around(app):
    at_paint = where()
    put_in(app)
    def later():
        (out / "where.json").write_text(json.dumps({"at_paint": at_paint, "later": where()}))
        os._exit(0)
    QTimer.singleShot(3000, later)  # the reflow's watch, the looks, the meeting-less housekeeping: all done

looks.put_in_looks = around
from coprep.cli import main
main(["--db", db])
"""


@pytest.mark.parametrize("scale", [1.0, 2.0], ids=["100%", "200%"])
def test_nothing_in_the_glossary_moves_after_the_first_paint(tmp_path, ws, scale):
    load_demo(ws)  # not an empty file: coprep would first offer its worked example
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SCRIPT), str(tmp_path), str(ws.path), str(scale)],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ | {"XDG_CONFIG_HOME": str(tmp_path / "settings")},
    )
    assert (tmp_path / "where.json").exists(), result.stderr
    found = json.loads((tmp_path / "where.json").read_text())
    assert found["at_paint"] == found["later"]  # both panes, the list and the meaning, where they were
