"""Start the window: name the application, open the person's database, offer the worked example."""

import sys
import traceback
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from coprep import APP_NAME, __version__
from coprep.core.storage.connection import EmptyFile, StorageError, open_connection
from coprep.core.storage.log import log_error, start_logging, where_to_get_help
from coprep.core.storage.paths import default_database_path
from coprep.core.storage.resources import resource_path
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _
from coprep.ui.shell.colours import remembered_colours
from coprep.ui.shell.first_paint import after_first_paint
from coprep.ui.shell.looks import looks_after_first_paint, put_in_looks
from coprep.ui.shell.reflow import install_reflow, reflow_soon_and_after_first_paint

if TYPE_CHECKING:
    from coprep.ui.shell.single_window import SingleWindow

# Many people using coprep are older; start no smaller than this, and View > Bigger text goes on up.
MINIMUM_POINT_SIZE = 11.0
# Housekeeping waits until the window is up, so it never delays the first paint: these count from
# that paint (a slow or busy computer can take longer than them to make it).
TIDY_AFTER_MS = 2000
# So do listening for a second coprep on the same file, and the check of every page of the
# file (then the day's backup, off the window's thread).
LISTEN_AFTER_MS = 300
CHECK_AFTER_MS = 1000
# ... or they start this long after the window opens, should it not paint (opened on a hidden desktop, say).
HOUSEKEEPING_AT_LATEST_MS = 10_000


def make_application(argv: list[str] | None = None, all_from_start: bool = True) -> QApplication:
    """The QApplication, named to match resources/coprep.desktop so desktops group its windows.

    `all_from_start=False` leaves reflowing every window, the focus ring's style and following the
    system's colours to `open_window`, which starts them just after the main window's first paint;
    until then the application has the colours the last start chose. (Only message boxes, which
    wrap their own words, may show before it, and the looks are put in before any of them.)
    """
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_NAME)
    font = app.font()
    if font.pointSizeF() < MINIMUM_POINT_SIZE:
        font.setPointSizeF(MINIMUM_POINT_SIZE)
        app.setFont(font)
    if all_from_start:
        put_in_looks(app)
        install_reflow(app)
    else:
        remembered_colours(app)
    icon = resource_path("icons", "coprep.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def tidy_removed_papers(ws: Workspace) -> None:
    """Delete coprep's copies of papers removed in an earlier session (no longer undoable)."""
    from coprep.core.papers.leftovers import remove_orphan_files

    remove_orphan_files(ws.conn, ws.path)


def check_file(window: QWidget, ws: Workspace) -> QObject:
    """Check every page of the database off the window's thread, back it up if sound, warn if damaged."""
    from coprep.ui.shell.file_check import FileCheck

    return FileCheck(window, ws.path, backup=not ws.read_only)


def explain_unexpected_errors() -> None:
    """Log problems that reach the event loop and explain them in plain words, instead of only printing them."""

    def show(kind, error, trace) -> None:
        from PySide6.QtWidgets import QMessageBox  # named only when needed: naming it makes PySide build it

        if isinstance(error, (StorageError, InputError)):
            QMessageBox.warning(QApplication.activeWindow(), _("coprep could not do that"), str(error))
            return
        log_error("the window", error)
        traceback.print_exception(kind, error, trace)
        QMessageBox.critical(QApplication.activeWindow(), _("Something went wrong"), something_went_wrong())

    sys.excepthook = show


def something_went_wrong() -> str:
    """What to say after an unexpected error: what happened, what to do, where the details are."""
    return (
        _(
            "Something went wrong inside coprep, so that last step did not happen. "
            "Everything you did before it is saved."
        )
        + "\n\n"
        + where_to_get_help()
    )


def open_window(ws: Workspace):
    """Build the main window, first offering the worked example to a person with nothing stored yet."""
    from coprep.ui.shell.first_run import offer_worked_example
    from coprep.ui.shell.main_window import MainWindow

    if not ws.read_only:
        offer_worked_example(ws)
    window = MainWindow(ws)
    window.show()
    looks_after_first_paint(window)
    reflow_soon_and_after_first_paint(window)
    return window


def _open_workspace(path: Path) -> Workspace | None:
    """The person's database, offering to start a new one in an empty file; None if it cannot open.

    QMessageBox is named only when there is something to ask or say: naming it makes PySide build it.
    """
    try:
        return Workspace(open_connection(path, whole_file=False), path)  # check_file runs after the paint
    except EmptyFile as error:
        from PySide6.QtWidgets import QMessageBox

        put_in_looks(QApplication.instance())  # a question before the window: with the ring and the system's colours
        answer = QMessageBox.question(
            None, _("This file is empty"), str(error) + "\n\n" + _("Start a new coprep file there?")
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            return Workspace(open_connection(path, start_new=True, whole_file=False), path)
        except StorageError as again:
            error = again
    except StorageError as failure:
        error = failure
    from PySide6.QtWidgets import QMessageBox

    put_in_looks(QApplication.instance())
    QMessageBox.critical(None, _("coprep cannot open your file"), str(error))
    return None


def _housekeeping(window: QWidget, ws: Workspace, single: "SingleWindow") -> None:
    """Listen for a second coprep, check the file, load the words for dates and tidy the papers folder,
    a moment after the first paint."""
    from coprep.ui.shell.date_words import load_date_words

    load_date_words()
    QTimer.singleShot(LISTEN_AFTER_MS, window, partial(single.listen, window))
    QTimer.singleShot(CHECK_AFTER_MS, window, partial(check_file, window, ws))
    if not ws.read_only:
        QTimer.singleShot(TIDY_AFTER_MS, window, lambda: tidy_removed_papers(ws))


def run_app(db_path: Path | None = None) -> int:
    """Open coprep's window on the database (the usual one unless another is named)."""
    from coprep.ui.shell.outside_changes import OutsideChanges
    from coprep.ui.shell.single_window import SingleWindow, explain_already_open

    app = make_application(all_from_start=False)
    start_logging()
    explain_unexpected_errors()
    path = db_path or default_database_path()
    single = SingleWindow(path)
    if not single.acquire():
        put_in_looks(app)
        explain_already_open(single, path)
        return 0
    ws = _open_workspace(path)
    if ws is None:
        single.release()
        return 1
    window = open_window(ws)
    watcher = OutsideChanges(ws, window)
    after_first_paint(window, partial(_housekeeping, window, ws, single), at_latest_ms=HOUSEKEEPING_AT_LATEST_MS)
    code = app.exec()
    del window, watcher
    ws.conn.close()
    single.release()
    return code
