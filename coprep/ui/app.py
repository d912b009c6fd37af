"""Start the window: name the application, open the person's database, offer the worked example."""

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from coprep import APP_NAME, __version__
from coprep.core.db import StorageError, open_database
from coprep.core.paths import default_database_path
from coprep.core.resources import resource_path
from coprep.core.workspace import Workspace


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication, named to match resources/coprep.desktop so desktops group its windows."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    icon = resource_path("icons", "coprep.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def open_window(ws: Workspace):
    """Build the main window, first offering the worked example to a person with nothing stored yet."""
    from coprep.ui.first_run import offer_worked_example
    from coprep.ui.main_window import MainWindow

    offer_worked_example(ws)
    window = MainWindow(ws)
    window.show()
    return window


def run_app(db_path: Path | None = None) -> int:
    """Open coprep's window on the database (the usual one unless another is named)."""
    app = make_application()
    path = db_path or default_database_path()
    try:
        ws = Workspace(open_database(path), path)
    except StorageError as error:
        QMessageBox.critical(None, "coprep cannot open your file", str(error))
        return 1
    window = open_window(ws)
    code = app.exec()
    del window
    ws.db.close()
    return code
