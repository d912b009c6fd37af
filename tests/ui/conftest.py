"""GUI test set-up: window settings go to a temporary folder, never the tester's own, and tests
wait patiently for work done off the window's thread."""

from functools import partial

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from coprep.core.storage.settings import set_setting
from coprep.ui.shell.app import make_application

# How long qtbot.waitUntil and waitSignal wait before failing (pytest-qt's default is 5 s). CI runs
# on two cores that other work may be using: on such a machine, adding a 3-page paper in a fresh
# reading process took 26 s. A wait ends as soon as what it waits for is true, so a long limit
# costs nothing when the machine is quick.
WAIT_MS = 120_000


@pytest.fixture
def qtbot(qtbot):
    """pytest-qt's qtbot, whose waits give up only after WAIT_MS."""
    qtbot.waitUntil = partial(qtbot.waitUntil, timeout=WAIT_MS)
    qtbot.waitSignal = partial(qtbot.waitSignal, timeout=WAIT_MS)
    return qtbot


@pytest.fixture(autouse=True)
def private_settings(tmp_path, qapp):
    """Each test starts with empty window settings and the normal text size, whatever ran before."""
    make_application([])
    font = QApplication.font()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    QApplication.setFont(font)


@pytest.fixture
def window(ws, qtbot):
    """The main window on a fresh database, past the first-run welcome."""
    from coprep.ui.shell.main_window import MainWindow

    set_setting(ws.db, "welcomed", "yes")
    font = QApplication.font()
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    # What is still waiting to be saved is saved now, while the database is open: a timer left
    # running would otherwise fire during a later test, on a closed database.
    from coprep.ui.shell.autosave import Autosave

    for autosave in win.findChildren(Autosave):
        autosave.flush()
    # Back to the normal text size while the database is still open (screens redraw on the change),
    # and delete the window now, so a later test's text-size change never reaches it.
    QApplication.setFont(font)
    win.close()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class HeldFinder:
    """The word finder's build held until `release()`; builds on the window's thread are noted instead."""

    def __init__(self) -> None:
        import threading

        self.event = threading.Event()
        self.on_window_thread: list[bool] = []

    def start(self) -> None:
        """From now on: the finder is built anew (not taken from what the set-up built) and held."""
        from coprep.core.words import jargon

        jargon._cached_index.cache_clear()
        self.on_window_thread.clear()

    def release(self) -> None:
        self.event.set()


@pytest.fixture
def held_finder(monkeypatch):
    """Hold the word finder's build, so a screen is surely opened before it ends: the build waits on an
    Event off the window's thread (the finder's index is built anew, not taken from an earlier test;
    call start() again after set-up that looks for words). A build on the window's thread is the
    mistake such tests look for: it is noted, not held (that would hang)."""
    import threading

    from coprep.core.words import jargon

    held = HeldFinder()
    build = jargon.JargonIndex

    def held_build(*args):
        if threading.current_thread() is threading.main_thread():
            held.on_window_thread.append(True)
        else:
            held.event.wait()
        return build(*args)

    monkeypatch.setattr(jargon, "JargonIndex", held_build)
    held.start()
    yield held
    held.release()
