"""Read an agenda file off the window's thread, with progress and Cancel for a long PDF."""

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from coprep.core.storage.validate import InputError
from coprep.i18n import _
from coprep.ui.shell.forms import show_problem
from coprep.ui.shell.progress import ReadingWithProgress

FILE_TYPES = "*.pdf *.docx *.odt *.html *.htm *.txt"


def choose_agenda_file(parent: QWidget, db_path: Path | None) -> Path | None:
    """Ask for an agenda file, starting in coprep's agendas folder (where the worked example's is)."""
    from coprep.core.meetings.agenda_files import agendas_folder

    folder = agendas_folder(db_path) if db_path else None
    path, _chosen = QFileDialog.getOpenFileName(
        parent,
        _("Open an agenda"),
        str(folder) if folder and folder.is_dir() else "",
        _("Agendas ({types});;All files (*)").format(types=FILE_TYPES),
    )
    return Path(path) if path else None


class AgendaFileReader(QObject):
    """Reads one file; `read` gives the ParsedAgenda, or nothing if it failed (the person is told) or was stopped."""

    read = Signal(object)

    def __init__(self, parent: QWidget, path: Path) -> None:
        super().__init__(parent)
        self.path = Path(path)

    def start(self) -> None:
        reading = ReadingWithProgress(self.parent(), _("Reading the agenda"), self.path.name, self._read)
        reading.done.connect(self._finished)

    def _read(self, cancelled, progress):
        from coprep.core.meetings.agenda_files import read_agenda_file

        return read_agenda_file(self.path, cancelled, progress)

    def _finished(self, result: object, stopped: bool) -> None:
        if isinstance(result, InputError):
            if not stopped:
                show_problem(self.parent(), str(result))
        elif isinstance(result, Exception):
            show_problem(
                self.parent(),
                _("coprep could not read {name}. Try copying the agenda's text and pasting it instead.").format(
                    name=self.path.name
                ),
            )
        else:
            self.read.emit(result)
        self.deleteLater()
