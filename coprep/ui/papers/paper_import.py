"""Adding papers from the window: one file at a time in the reading process (extract_process), with a progress bar
that has Cancel and shows only when reading takes a while, a password prompt for locked PDFs, a
question when the meeting already has the paper, and a plain message for anything else.

The questions are methods (ask_password, ask_add_again, tell) so tests can answer them.
"""

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from coprep.core.papers.extract import ImportCancelled, PaperError, PasswordNeeded
from coprep.core.papers.extract_process import run_in_worker
from coprep.core.papers.papers import DuplicatePaper, get_paper, import_paper
from coprep.core.storage.database import StorageError
from coprep.core.storage.log import where_to_get_help
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _
from coprep.ui.shell.forms import show_problem
from coprep.ui.shell.progress import ReadingWithProgress


@dataclass(frozen=True)
class Job:
    meeting_id: int
    path: Path
    item_id: int | None = None
    password: str | None = None
    allow_duplicate: bool = False


class PaperImporter(QObject):
    """Adds papers one after another; emits `added(paper_id)` for each and `idle` when all are done."""

    added = Signal(int)
    idle = Signal()

    def __init__(self, ws: Workspace, window: QWidget) -> None:
        super().__init__(window)
        self.ws = ws
        self.window = window
        self._queue: list[Job] = []
        self._job: Job | None = None
        self._reading: ReadingWithProgress | None = None

    def busy(self) -> bool:
        return self._reading is not None or bool(self._queue)

    def add(self, meeting_id: int, paths: list[Path], item_id: int | None = None) -> None:
        self._queue += [Job(meeting_id, Path(path), item_id) for path in paths]
        if self._reading is None:
            self._next()

    # -- the person's answers (tests replace these) ----------------------------------------

    def ask_password(self, message: str) -> str | None:
        password, ok = QInputDialog.getText(self.window, _("Locked paper"), message, QLineEdit.EchoMode.Password)
        return password if ok and password else None

    def ask_add_again(self, message: str) -> bool:
        answer = QMessageBox.question(
            self.window,
            _("Paper already added"),
            message,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def tell(self, message: str) -> None:
        show_problem(self.window, message, _("coprep could not add this paper"))

    # -- the work ---------------------------------------------------------------------------

    def _next(self) -> None:
        if not self._queue:
            self.idle.emit()
            return
        job = self._job = self._queue.pop(0)
        self._reading = ReadingWithProgress(
            self.window,
            _("Adding papers"),
            job.path.name,
            lambda cancelled, progress: run_in_worker(
                import_paper,
                self.ws.path,
                job.meeting_id,
                job.path,
                item_id=job.item_id,
                password=job.password,
                allow_duplicate=job.allow_duplicate,
                cancelled=cancelled,
                progress=progress,
            ),
        )
        self._reading.done.connect(self._finished)

    def _finished(self, result: object, _stopped: bool) -> None:
        job = self._job
        self._reading = None
        if isinstance(result, int):
            paper = get_paper(self.ws.db, result)
            self.ws.note_inserted(_("Add paper '{title}'").format(title=paper.title), "papers", result)
            self.added.emit(result)
        elif isinstance(result, ImportCancelled):
            self._queue.clear()  # Cancel means stop adding, not skip to the next file
        elif isinstance(result, PasswordNeeded):
            password = self.ask_password(str(result))
            if password:
                self._queue.insert(0, replace(job, password=password))
        elif isinstance(result, DuplicatePaper):
            if self.ask_add_again(_("{name}: {problem}\n\nAdd it again?").format(name=job.path.name, problem=result)):
                self._queue.insert(0, replace(job, allow_duplicate=True))
        elif isinstance(result, (PaperError, InputError, StorageError)):
            self.tell(str(result))
        else:
            self.tell(
                _(
                    "Something unexpected went wrong while adding {name}, so it was not added "
                    "and nothing else was changed.\n\n{help}"
                ).format(name=job.path.name, help=where_to_get_help())
            )
        self._next()
