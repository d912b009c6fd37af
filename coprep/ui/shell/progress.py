"""Long reading work (a paper, a pack, an agenda's file) on its own thread, with a progress box and Cancel.

The box shows only if the work takes longer than SHOW_AFTER_MS, so short files never flash one,
and it says which page is being read. When the work ends, `done(result, stopped)` gives the result
(or the exception it raised) and whether the person pressed Cancel.
"""

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from coprep.i18n import _
from coprep.ui.shell.background import Background, Work

SHOW_AFTER_MS = 600


class ReadingWithProgress(QObject):
    """Runs `work` off the window's thread while a window-modal box shows the pages read."""

    done = Signal(object, bool)

    def __init__(self, parent: QWidget, title: str, file_name: str, work: Work) -> None:
        super().__init__(parent)
        self._file_name = file_name
        self.dialog = QProgressDialog(_("Reading {name}…").format(name=file_name), _("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setAccessibleName(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoReset(False)
        self.dialog.setAutoClose(False)
        self._thread = Background(work)
        self._thread.progressed.connect(self._show_progress)
        self._thread.done.connect(self._finished)
        self.dialog.canceled.connect(self._thread.cancel)
        self._thread.begin()

    def _show_progress(self, done: int, total: int) -> None:
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        self.dialog.setLabelText(
            _("Reading {name}: page {done} of {total}").format(name=self._file_name, done=done, total=total)
        )

    def _finished(self, result: object) -> None:
        stopped = self.dialog.wasCanceled()
        self.dialog.close()
        self.dialog.deleteLater()
        self.done.emit(result, stopped)
        self.deleteLater()
