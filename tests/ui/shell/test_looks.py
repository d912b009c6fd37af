"""The focus ring's style comes just after the first paint without moving anything the window shows,
the first paint has the colours the last start chose, and a key pressed straight away still meets
the ring."""

import json
import os
import subprocess
import sys
import textwrap
from array import array

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QImage, QPaintEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from coprep.core.demo.worked_example import load_demo
from coprep.ui.shell.colours import OURS
from coprep.ui.shell.first_paint import after_first_paint
from coprep.ui.shell.looks import FRAME_RING

# The window as coprep starts it: the first paint is grabbed just before the looks are put in, and
# again once they are in and the window is laid out for them (nothing else that waits for the paint
# has run yet). Asking the system for its colours is left out: the remembered palette stays, so the
# two pictures differ only by what the style changed.
SCRIPT = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QAbstractScrollArea, QApplication
out, colours, db = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
QCoreApplication.setOrganizationName("coprep")
QCoreApplication.setApplicationName("coprep")
QSettings().setValue("view/colours", colours)  # as the last start's check left it
QSettings().sync()
import coprep.ui.shell.app as app_module
import coprep.ui.shell.colours as colours_module
import coprep.ui.shell.looks as looks
import coprep.ui.shell.reflow as reflow_module
looks.LOOKS_AT_LATEST_MS = reflow_module.WATCH_AT_LATEST_MS = app_module.HOUSEKEEPING_AT_LATEST_MS = 600_000
colours_module.follow_colour_scheme = lambda app: None
windows = []
shown = app_module.open_window
app_module.open_window = lambda ws: windows.append(shown(ws)) or windows[-1]
put_in = looks.put_in_looks

def around(app):
    window = windows[0]
    boxes = [box for box in window.findChildren(QAbstractScrollArea) if looks.framed(box) and box.isVisible()]

    def where():
        return [
            {
                "name": box.accessibleName(),
                "box": [*box.mapTo(window, box.rect().topLeft()).toTuple(), *box.size().toTuple()],
                "inside": [*box.viewport().mapTo(window, box.viewport().rect().topLeft()).toTuple(),
                           *box.viewport().size().toTuple()],
                "scroll_bar": box.verticalScrollBar().isVisible(),
                "focused": box.hasFocus(),
            }
            for box in boxes
        ]

    window.grab().save(str(out / "before.png"))
    before = where()
    put_in(app)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    window.grab().save(str(out / "after.png"))
    found = {"before": before, "after": where(), "style": type(app.style()).__name__}
    (out / "boxes.json").write_text(json.dumps(found))
    os._exit(0)

looks.put_in_looks = around
from coprep.cli import main
main(["--db", db])
"""


@pytest.fixture(scope="module")
def long_history(tmp_path_factory):
    """A database with two years of meetings: more than the list shows without scrolling."""
    from coprep.core.storage.database import open_database
    from coprep.core.storage.workspace import Workspace

    path = tmp_path_factory.mktemp("history") / "c.db"
    ws = Workspace(open_database(path), path)
    load_demo(ws, years=2)
    ws.db.close()
    return path


def _pixels(image: QImage) -> list[array]:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    bits = bytes(image.constBits())
    width = image.width()
    return [array("I", bits[row * width * 4 : (row + 1) * width * 4]) for row in range(image.height())]


def _changed(before: list[array], after: list[array], area: QRect) -> int:
    return sum(
        before[y][x] != after[y][x]
        for y in range(area.top(), area.bottom() + 1)
        for x in range(area.left(), area.right() + 1)
    )


@pytest.mark.parametrize("colours", ["", "dark", "high-contrast-light", "high-contrast-dark"])
def test_the_ring_s_style_arrives_without_moving_what_lists_show(tmp_path, long_history, colours):
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SCRIPT), str(tmp_path), colours, str(long_history)],
        capture_output=True,
        text=True,
        timeout=300,
        env=os.environ | {"XDG_CONFIG_HOME": str(tmp_path / "settings")},
    )
    assert (tmp_path / "boxes.json").exists(), result.stderr
    found = json.loads((tmp_path / "boxes.json").read_text())
    assert found["style"] == "FocusStyle"
    before = QImage(str(tmp_path / "before.png"))
    after = QImage(str(tmp_path / "after.png"))
    # The first paint already has the palette the last start chose.
    expected = OURS[colours]() if colours else QApplication.style().standardPalette()
    corner = before.pixelColor(3, before.height() // 2)  # left of the list of sections: the window itself
    assert corner == expected.color(expected.ColorRole.Window), colours
    old, new = _pixels(before), _pixels(after)
    assert found["before"] == found["after"]  # every list's insides at the same place and size
    names = {box["name"] for box in found["after"]}
    assert {"Sections", "Meetings"} <= names
    assert any(box["scroll_bar"] and not box["focused"] for box in found["after"])  # the meetings, scrolled
    whole = QRect(0, 0, before.width(), before.height())
    untouched = [[True] * whole.width() for _ in range(whole.height())]
    for box in found["after"]:
        outer = QRect(*box["box"])
        for y in range(outer.top(), outer.bottom() + 1):
            untouched[y][outer.left() : outer.right() + 1] = [False] * outer.width()
        if not box["focused"]:  # the focused list's current row gets its ring: the one change meant
            inside = outer.adjusted(FRAME_RING, FRAME_RING, -FRAME_RING, -FRAME_RING)
            assert _changed(old, new, inside) == 0, box["name"]  # rows and scroll bar exactly where they were
    # Nothing outside the lists' frames changed at all.
    moved = sum(old[y][x] != new[y][x] for y in range(whole.height()) for x in range(whole.width()) if untouched[y][x])
    assert moved == 0


class _Order(QObject):
    """Notes when a key reaches the widget it watches."""

    def __init__(self, notes: list[str]) -> None:
        super().__init__()
        self.notes = notes

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.KeyPress:
            self.notes.append("key")
        return False


def test_a_key_pressed_before_the_turn_after_the_paint_waits_for_what_comes_after_it(qtbot):
    """The window system can hand Qt a key in the same batch as the first paint: what waits for the
    paint (the ring's style) then runs first, before the key moves the focus."""
    window = QWidget()
    qtbot.addWidget(window)
    first, second = QLineEdit(), QLineEdit()
    column = QVBoxLayout(window)
    column.addWidget(first)
    column.addWidget(second)
    notes: list[str] = []
    order = _Order(notes)
    first.installEventFilter(order)  # installed first, so it hears of the key after the paint's watcher
    window.show()
    first.setFocus()
    after_first_paint(
        window,
        lambda: notes.append(f"ran, focus on {'first' if window.focusWidget() is first else 'other'}"),
        before_keys=True,
    )
    QApplication.sendEvent(window, QPaintEvent(window.rect()))  # the first paint, its follow-up not yet run
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert notes[:2] == ["ran, focus on first", "key"]
    assert window.focusWidget() is second
    QApplication.processEvents()  # the turn after the paint comes: it does not run again
    assert notes.count("ran, focus on first") == 1


def test_without_a_key_it_runs_in_the_turn_after_the_paint(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    ran: list[bool] = []
    window.show()
    after_first_paint(window, lambda: ran.append(True), before_keys=True)
    QApplication.sendEvent(window, QPaintEvent(window.rect()))
    assert ran == []
    qtbot.waitUntil(lambda: ran == [True])


def test_the_numbers_that_stand_for_qt_s_names_before_the_paint_are_qt_s():
    from coprep.ui.meetings.meetings_page import MEETING_ID, NO_SIDEWAYS_SCROLLING
    from coprep.ui.shell.reflow import NO_FOCUS, scrolling

    assert MEETING_ID == Qt.ItemDataRole.UserRole
    assert NO_SIDEWAYS_SCROLLING == Qt.ScrollBarPolicy.ScrollBarAlwaysOff.value
    assert NO_FOCUS == Qt.FocusPolicy.NoFocus.value
    assert scrolling(QWidget()).focusPolicy() == Qt.FocusPolicy.NoFocus
