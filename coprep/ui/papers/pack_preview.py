"""Adding a whole meeting pack from the window: read it in the reading process (progress, Cancel),
show the proposed split, let the person move where an item starts, then keep it.

`PackPreview` is the dialog; `PackAdder` runs the steps. Its questions (`choose_split`, `tell`) are
methods so tests can answer them, as in `paper_import`.
"""

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprep.core.papers.extract import ImportCancelled, PaperError
from coprep.core.papers.extract_process import run_in_worker
from coprep.core.papers.pack_split import PackSplit, move_start
from coprep.core.papers.pack_store import StoredPack, meeting_from_split, read_and_split, store_pack
from coprep.core.storage.database import StorageError
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.i18n import N_, _, ngettext
from coprep.ui.shell.forms import ProblemLabel, add_row, name, show_problem
from coprep.ui.shell.progress import ReadingWithProgress
from coprep.ui.shell.wrapped_table import wrap_long_rows

_SOURCE_WORDS = {
    "bookmarks": N_("bookmarks"),
    "page ranges": N_("page ranges"),
    "title pages": N_("title pages"),
    "you": N_("you"),
}
_COLUMNS = (_("Item"), _("PDF pages"), _("Pages printed"), _("Found by"), _("First lines"))


def _span(first: int | None, last: int | None) -> str:
    if first is None:
        return _("no papers")
    return str(first) if first == last else f"{first} - {last}"


class PackPreview(QDialog):
    """The proposed split: one row per agenda item, and a box to move where the chosen item starts."""

    def __init__(self, split: PackSplit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.split = split
        self.setWindowTitle(_("Check how the pack is split"))
        self.setAccessibleName(_("Check how the pack is split"))
        intro = QLabel(
            _(
                "coprep found these papers in {file}. Check where each item starts; "
                "choose an item and change its first page if it is wrong."
            ).format(file=split.document.name)
        )
        intro.setWordWrap(True)
        self.table = name(
            QTableWidget(0, len(_COLUMNS)),
            _("Items and their pages"),
            _("Choose an item to change the page where it starts."),
        )
        self.table.setHorizontalHeaderLabels(list(_COLUMNS))
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        wrap_long_rows(self.table)
        self.table.currentCellChanged.connect(lambda *_args: self._chosen())
        self.first_page = name(QSpinBox(), _("First PDF page of the chosen item"))
        self.first_page.setRange(1, len(split.document.pages))
        self.move = name(
            QPushButton(_("&Start the item here")),
            _("Start the chosen item at this page"),
            _("The item before it then ends on the page before."),
        )
        self.move.clicked.connect(self.move_chosen)
        self.problem = ProblemLabel()
        form = QFormLayout()
        add_row(form, _("&First PDF page of the chosen item:"), self.first_page)
        moving = QHBoxLayout()
        moving.addLayout(form)
        moving.addWidget(self.move)
        moving.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.keep = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.keep.setText(_("&Add these papers"))
        name(self.keep, _("Add these papers"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for part in (intro, self.table):
            layout.addWidget(part)
        layout.addLayout(moving)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 120, self.fontMetrics().height() * 30)
        self._fill()

    def _fill(self) -> None:
        row_now = max(self.table.currentRow(), 0)
        self.table.setRowCount(len(self.split.items))
        pages = self.split.document.pages
        for row, item in enumerate(self.split.items):
            printed = self.split.printed_span(item) or [None, None]
            first = item.first + 1 if item.first is not None else None
            cells = (
                f"{item.number} {item.title}".strip(),
                _span(first, item.last + 1 if item.last is not None else None),
                _span(*printed) if printed[0] is not None else "",
                _(_SOURCE_WORDS[item.source]) if item.source else "",
                " / ".join(pages[item.first].first_lines()) if item.first is not None else "",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setCurrentCell(min(row_now, len(self.split.items) - 1), 0)

    def _chosen(self) -> None:
        row = self.table.currentRow()
        item = self.split.items[row] if 0 <= row < len(self.split.items) else None
        has_pages = item is not None and item.has_pages
        self.first_page.setEnabled(has_pages)
        self.move.setEnabled(has_pages)
        if has_pages:
            self.first_page.setValue(item.first + 1)

    def move_chosen(self) -> None:
        """Start the chosen item at the page in the box; explain in the dialog when that cannot be."""
        try:
            self.split = move_start(self.split, self.table.currentRow(), self.first_page.value() - 1)
        except ValueError as error:
            self.problem.setText(str(error))
            return
        self.problem.setText("")
        self._fill()


class PackAdder(QObject):
    """Reads, shows and keeps one pack for a meeting; emits `added(meeting_id)` when kept."""

    added = Signal(int)

    def __init__(self, ws: Workspace, window: QWidget) -> None:
        super().__init__(window)
        self.ws = ws
        self.window = window
        self._reading: ReadingWithProgress | None = None
        self._meeting_id: int | None = None
        self._new_meeting = False
        self._path = Path()
        self._split: PackSplit | None = None

    def busy(self) -> bool:
        return self._reading is not None

    def add(self, meeting_id: int | None, path: Path) -> None:
        """Read the pack and, once the person agrees its split, keep it (for a new meeting when None)."""
        self._meeting_id, self._path = meeting_id, Path(path)
        self._new_meeting = meeting_id is None
        self._run(
            lambda cancelled, progress: run_in_worker(
                read_and_split, self._path, cancelled=cancelled, progress=progress
            ),
            self._read,
        )

    # -- the person's answers (tests replace these) ----------------------------------------

    def choose_split(self, split: PackSplit) -> PackSplit | None:
        preview = PackPreview(split, self.window)
        return preview.split if preview.exec() == QDialog.DialogCode.Accepted else None

    def tell(self, message: str) -> None:
        show_problem(self.window, message, _("coprep could not add this pack"))

    # -- the work ---------------------------------------------------------------------------

    def _run(self, work, then) -> None:  # noqa: ANN001
        self._then = then
        self._reading = ReadingWithProgress(self.window, _("Adding a pack"), self._path.name, work)
        self._reading.done.connect(self._finished)

    def _finished(self, result: object, _stopped: bool) -> None:
        self._reading = None
        if isinstance(result, ImportCancelled):
            return
        if isinstance(result, Exception) and self._new_meeting and self._meeting_id is not None:
            self.ws.undo()  # the meeting made for the pack goes too
        if isinstance(result, (PaperError, InputError, StorageError)):
            self.tell(str(result))
        elif isinstance(result, Exception):
            self.tell(
                _(
                    "Something unexpected went wrong while adding {file}, so nothing was changed. The details: {error}"
                ).format(file=self._path.name, error=result)
            )
        else:
            self._then(result)

    def _read(self, split: PackSplit) -> None:
        chosen = self.choose_split(split)
        if chosen is None:
            return
        if self._new_meeting:
            try:
                self._meeting_id = meeting_from_split(self.ws, chosen)
            except InputError as error:
                self.tell(str(error))
                return
        self._run(
            lambda cancelled, _progress: store_pack(
                self.ws.path, self._meeting_id, self._path, chosen, cancelled=cancelled
            ),
            self._stored,
        )

    def _stored(self, stored: StoredPack) -> None:
        label = ngettext("Add a pack with {n} paper", "Add a pack with {n} papers", len(stored.parts)).format(
            n=len(stored.parts)
        )
        self.ws.note_inserted_rows(label, stored.rows)
        self.added.emit(self._meeting_id)


def ask_for_pack(parent: QWidget) -> Path | None:
    """The PDF the person chooses as a meeting pack, or None."""
    path, _filter = QFileDialog.getOpenFileName(parent, _("Choose a meeting pack"), "", _("PDF files (*.pdf)"))
    return Path(path) if path else None


def choose_pack_for_new_meeting(window: QWidget, ws: Workspace) -> PackAdder | None:
    """Ask for a pack, then make a new meeting from it and open that meeting's papers."""
    path = ask_for_pack(window)
    if path is None:
        return None
    adder = PackAdder(ws, window)
    adder.added.connect(lambda meeting_id: window.open_meeting(meeting_id, tab="Papers"))
    adder.add(None, path)
    return adder
