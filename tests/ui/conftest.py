"""GUI test set-up: window settings go to a temporary folder, never the tester's own."""

import pytest
from PySide6.QtCore import QSettings

from coprep.core.settings import set_setting
from coprep.ui.app import make_application


@pytest.fixture(autouse=True)
def private_settings(tmp_path, qapp):
    make_application([])
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield


@pytest.fixture
def window(ws, qtbot):
    """The main window on a fresh database, past the first-run welcome."""
    from coprep.ui.main_window import MainWindow

    set_setting(ws.db, "welcomed", "yes")
    win = MainWindow(ws)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
