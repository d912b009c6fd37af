"""On the very first run, offer to load the worked example or start with nothing."""

from PySide6.QtWidgets import QApplication

from coprep.core.meetings.meetings import has_committees
from coprep.core.storage.settings import get_setting, set_setting
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _

WELCOMED = "welcomed"


def offer_worked_example(ws: Workspace, parent=None) -> None:
    """Ask once, on a database with no committees, whether to load the worked example."""
    if get_setting(ws.conn, WELCOMED) or has_committees(ws.conn):
        return
    from PySide6.QtWidgets import QMessageBox  # named only when asking: naming it makes PySide build it

    from coprep.ui.shell.looks import put_in_looks

    put_in_looks(QApplication.instance())  # asked before the first paint: with the ring and the system's colours
    box = QMessageBox(parent)
    box.setWindowTitle(_("Welcome to coprep"))
    box.setText(_("Welcome to coprep."))
    box.setInformativeText(
        _(
            "Would you like to look around a worked example first? It has made-up committees, "
            "meetings and papers. You can delete them whenever you like.\n\n"
            "Or start empty and add your own committee."
        )
    )
    example = box.addButton(_("Show me the &worked example"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_("&Start empty"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(example)
    box.exec()
    if box.clickedButton() is example:
        from PySide6.QtCore import Qt

        from coprep.core.demo.worked_example import load_demo  # only when chosen: it is most of coprep

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # it takes a second or two
        try:
            load_demo(ws)
        finally:
            QApplication.restoreOverrideCursor()
    set_setting(ws.db, WELCOMED, "yes")
