"""GUI test set-up: window settings go to a temporary folder, never the tester's own."""

import pytest
from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication

from coprep.core.storage.settings import set_setting
from coprep.ui.shell.app import make_application


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
