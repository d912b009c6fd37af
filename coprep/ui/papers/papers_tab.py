"""A meeting's papers: the list with whether each came on time and how hard it is to read, adding
papers by button or by dragging files here, and reading them in coprep or the usual viewer."""

from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coprep.core.papers.papers import RECEIVED_HOW, Paper, delete_paper, get_paper, list_papers, paper_file_path
from coprep.core.papers.working_days import NATION_SETTING, NATIONS, person_nation
from coprep.core.storage.workspace import Workspace
from coprep.core.text.dates import day_words
from coprep.core.words.readability import age_words
from coprep.i18n import N_, _
from coprep.ui.papers.pack_preview import PackAdder, ask_for_pack
from coprep.ui.papers.paper_details import PaperDetails
from coprep.ui.papers.paper_import import PaperImporter
from coprep.ui.shell import settings as keys
from coprep.ui.shell.changes import notifier
from coprep.ui.shell.confirm import confirm_delete
from coprep.ui.shell.flow_layout import FlowLayout
from coprep.ui.shell.forms import name, show_problem
from coprep.ui.shell.list_rows import ROW_ID, choose_row_id, chosen_row_id

FILE_FILTER = N_("Papers (*.pdf *.docx *.odt *.txt *.md);;All files (*)")
_WATCHED = {"papers", "paper_pages", "meetings", "committees", "agenda_items", "settings"}  # settings: the nation


def row_text(paper: Paper) -> str:
    """How a paper reads in the list: its name, how it came, how hard it is to read (three lines)."""
    title = paper.title + ("  " + _("(confidential)") if paper.confidential else "")
    if paper.received_how == "at_meeting":
        came = _("Handed out at the meeting")
    elif paper.received_date:
        came = _("Came {day} {how}: {arrival}").format(
            day=day_words(paper.received_date), how=RECEIVED_HOW[paper.received_how], arrival=paper.arrival.text
        )
    else:
        came = _("The date it came is not known")
    if paper.pack_id is not None:
        came = f"{paper.pages_words}. {came}"
    reading = paper.verdict.split(":")[0]
    if paper.reading_age is not None:
        reading += " " + _("(reading age {age})").format(age=age_words(paper.reading_age))
    return "\n".join((title, came, reading))


class PapersTab(QWidget):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.meeting_id: int | None = None
        self.importer = PaperImporter(ws, self)
        self.importer.added.connect(self._added)
        self.setAcceptDrops(True)

        self.add = name(
            QPushButton(_("&Add papers…")), _("Add papers"), _("Choose PDF, Word, OpenDocument or text files.")
        )
        self.add.clicked.connect(self.choose_files)
        self.packs = PackAdder(ws, self)
        self.packs.added.connect(lambda _meeting: self.refresh())
        self.add_pack = name(
            QPushButton(_("Add a &pack…")),
            _("Add a pack"),
            _("Choose one PDF with the agenda and all the papers; coprep splits it by item."),
        )
        self.add_pack.clicked.connect(self.choose_pack)
        self.read = name(
            QPushButton(_("&Read in coprep")),
            _("Read the paper in coprep"),
            _("Read it here, with the words to know on each page beside it."),
        )
        self.read.clicked.connect(self.read_chosen)
        self.viewer = name(QPushButton(_("Open in my &usual viewer")), _("Open the paper in my usual viewer"))
        self.viewer.clicked.connect(self.open_in_viewer)
        self.remove = name(QPushButton(_("Re&move paper")), _("Remove the paper"), _("You can undo this with Ctrl+Z."))
        self.remove.clicked.connect(self.remove_chosen)
        hint = QLabel(_("You can also drag papers here from your email or your folders."))
        hint.setWordWrap(True)
        self.nation = QComboBox()
        for key, (words, _code) in NATIONS.items():
            self.nation.addItem(_(words), key)
        self.nation.setCurrentIndex(self.nation.findData(person_nation(ws.db)))
        name(
            self.nation,
            _("Working days skip the bank holidays of"),
            _("On time or late counts working days: weekends and these bank holidays are not counted."),
        )
        self.nation.activated.connect(self._nation_chosen)
        nation_label = QLabel(_("Working days skip the bank holidays &of:"))
        nation_label.setBuddy(self.nation)

        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(3)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setAlternatingRowColors(True)
        self.list.setMinimumWidth(self.list.fontMetrics().averageCharWidth() * 28)  # grows with bigger text
        name(self.list, _("Papers for this meeting"), _("Press Enter to read the chosen paper."))
        self.list.currentItemChanged.connect(self._chosen)
        self.list.itemActivated.connect(lambda _item: self.read_chosen())
        self.details = PaperDetails(ws, self)

        buttons = FlowLayout()  # wraps onto two lines with bigger text
        for button in (self.add, self.add_pack, self.read, self.viewer, self.remove):
            buttons.addWidget(button)
        nation_row = QHBoxLayout()
        nation_row.addWidget(nation_label)
        nation_row.addWidget(self.nation)
        nation_row.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        state = keys.settings().value(keys.SPLITTERS + "papers")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(
            lambda *_: keys.settings().setValue(keys.SPLITTERS + "papers", self.splitter.saveState())
        )
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(hint)
        layout.addLayout(nation_row)
        layout.addWidget(self.splitter, 1)
        notifier(ws).changed.connect(self._changed)
        self._enable()

    # -- showing ------------------------------------------------------------------------------

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        chosen = self.chosen_id()
        self.list.blockSignals(True)
        self.list.clear()
        for paper in list_papers(self.ws.db, self.meeting_id) if self.meeting_id else []:
            row = QListWidgetItem(row_text(paper))
            row.setData(ROW_ID, paper.id)
            row.setToolTip(paper.verdict)
            self.list.addItem(row)
            if paper.id == chosen:
                self.list.setCurrentItem(row)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.details.show_paper(self.chosen_id())
        self._enable()

    def chosen_id(self) -> int | None:
        return chosen_row_id(self.list)

    def select_paper(self, paper_id: int) -> None:
        choose_row_id(self.list, paper_id)

    def _chosen(self, *_rows) -> None:
        self.details.show_paper(self.chosen_id())
        self._enable()

    def _enable(self) -> None:
        has_paper = self.chosen_id() is not None
        for button in (self.read, self.viewer, self.remove):
            button.setEnabled(has_paper)
        self.add.setEnabled(self.meeting_id is not None)
        self.add_pack.setEnabled(self.meeting_id is not None)

    def _nation_chosen(self, _index: int) -> None:
        """A choice kept with the person's data; it changes every paper's on-time count."""
        self.ws.choose(NATION_SETTING, self.nation.currentData())

    def _changed(self, tables: set[str]) -> None:
        if tables & _WATCHED and self.meeting_id is not None:
            self.refresh()

    # -- adding ---------------------------------------------------------------------------------

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(self, _("Add papers"), str(Path.home()), _(FILE_FILTER))
        self.add_files([Path(name) for name in names])

    def add_files(self, paths: list[Path]) -> None:
        """Add these files to the meeting, one after another, off the window's thread."""
        if self.meeting_id is not None and paths:
            self.importer.add(self.meeting_id, paths)

    def choose_pack(self) -> None:
        path = ask_for_pack(self)
        if path is not None and self.meeting_id is not None:
            self.packs.add(self.meeting_id, path)

    def importing(self) -> bool:
        return self.importer.busy()

    def _added(self, paper_id: int) -> None:
        self.refresh()
        self.select_paper(paper_id)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if self.meeting_id is not None and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        self.add_files([Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()])
        event.acceptProposedAction()

    # -- reading and removing ---------------------------------------------------------------

    def read_chosen(self) -> None:
        from coprep.ui.papers.pdf_reader import open_paper

        if self.chosen_id() is not None:
            open_paper(self.ws, self.chosen_id(), parent=self.window())

    def open_in_viewer(self) -> None:
        paper = self.details.paper
        if paper is None:
            return
        path = paper_file_path(self.ws.path, paper)
        if not path.exists():
            show_problem(
                self,
                _("coprep's copy of '{title}' is missing from {parent}. Add the paper again.").format(
                    title=paper.title, parent=path.parent
                ),
            )
        elif not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            show_problem(
                self,
                _(
                    "This computer has no program set up to open this kind of file. "
                    "Use Read in coprep instead, or install a viewer for it."
                ),
            )

    def remove_chosen(self) -> None:
        paper_id = self.chosen_id()
        paper = get_paper(self.ws.db, paper_id) if paper_id is not None else None
        if paper is not None:
            confirm_delete(
                self,
                self.ws,
                "papers",
                paper_id,
                _("the paper '{title}'").format(title=paper.title),
                _("Remove this paper?"),
                lambda: delete_paper(self.ws, paper_id),
            )
