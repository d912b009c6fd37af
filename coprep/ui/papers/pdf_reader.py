"""Read a paper inside coprep: PDF pages with zoom, paging and find, and beside them the words to
know on the page being read. Word, OpenDocument and text papers show their stored words instead.

A locked PDF asks for its password again (coprep never stores passwords); without it, or when
coprep's copy cannot be opened, the reader still shows the words it stored.
"""

from PySide6.QtCore import QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from coprep.core.papers.pack_pages import printed_label
from coprep.core.papers.pack_store import printed_pages
from coprep.core.papers.papers import Paper, get_paper, page_texts, paper_file_path
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _, ngettext
from coprep.ui.papers.page_words import PageWords
from coprep.ui.shell.changes import notifier
from coprep.ui.shell.forms import name

ZOOM_STEP = 1.25
_open_readers: dict[int, "PaperReader"] = {}


def open_paper(ws: Workspace, paper_id: int, page_no: int = 1, parent: QWidget | None = None) -> "PaperReader":
    """Show the paper in its reader window (reusing one already open) at this page (1 is the first)."""
    reader = _open_readers.get(paper_id)
    if reader is None:
        reader = PaperReader(ws, paper_id, parent)
        _open_readers[paper_id] = reader
        reader.destroyed.connect(lambda *_: _open_readers.pop(paper_id, None))
    reader.show()
    reader.raise_()
    reader.activateWindow()
    reader.go_to_page(page_no)
    return reader


class PaperReader(QWidget):
    def __init__(self, ws: Workspace, paper_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ws = ws
        self.paper: Paper = get_paper(ws.db, paper_id)
        self.pages = page_texts(ws.db, paper_id)
        # A part of a meeting pack shows its own pages of the pack's file, named by their printed numbers.
        self.offset = self.paper.pack_first_page or 0
        self.printed = printed_pages(ws.db, paper_id) if self.paper.pack_id else []
        self.where = QLabel()
        self.where.setAccessibleName(_("Where you are in the pack"))
        self.setWindowTitle(_("{title} – coprep").format(title=self.paper.title))
        self.setAccessibleName(_("Reading {title}").format(title=self.paper.title))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.pdf = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setAccessibleName(_("The paper's pages"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.text = QTextBrowser()
        self.text.setAccessibleName(_("The paper's words"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.text)
        self.words = PageWords(ws, self)
        self._words_page = 0  # the page whose words are shown
        self._build_controls()
        self.showing_pdf = False  # until the PDF has loaded
        self.search = QPdfSearchModel(self)
        self.search.countChanged.connect(self._matches_changed)
        self._find_timer = QTimer(self, singleShot=True, interval=300)
        self._find_timer.timeout.connect(self._find)
        self._layout()
        self.showing_pdf = self._load_pdf()
        self.stack.setCurrentWidget(self.view if self.showing_pdf else self.text)
        self.find_box.setEnabled(self.showing_pdf)
        self._matches_changed()
        self.page.setRange(1, max(1, self.page_count()))
        self.of_pages.setText(_("of {page_count}").format(page_count=self.page_count()))
        self.view.pageNavigator().currentPageChanged.connect(self._pdf_page_shown)
        notifier(ws).changed.connect(self._changed)
        self.resize(1100, 800)
        self._page_shown(1)

    # -- building -------------------------------------------------------------------------

    def _button(self, text: str, accessible: str, slot, shortcut: QKeySequence | str | None = None) -> QPushButton:
        button = name(QPushButton(text), accessible)
        button.clicked.connect(slot)
        if shortcut is not None:
            QShortcut(QKeySequence(shortcut), self, slot)
            button.setToolTip(
                _("{accessible} ({toString})").format(
                    accessible=accessible, toString=QKeySequence(shortcut).toString(QKeySequence.NativeText)
                )
            )
        return button

    def _build_controls(self) -> None:
        self.previous = self._button(
            _("◀ P&revious page"),
            _("Previous page"),
            lambda: self.turn(-1),
            QKeySequence.StandardKey.MoveToPreviousPage,
        )
        self.next = self._button(
            _("&Next page ▶"), _("Next page"), lambda: self.turn(+1), QKeySequence.StandardKey.MoveToNextPage
        )
        self.page = QSpinBox()
        self.page.setAccessibleName(_("Page number"))
        self.page.valueChanged.connect(self.go_to_page)
        self.page_label = QLabel(_("&Page:"))
        self.page_label.setBuddy(self.page)
        self.of_pages = QLabel()
        self.zoom_out = self._button(
            _("Zoom &out"), _("Zoom out"), lambda: self.zoom(1 / ZOOM_STEP), QKeySequence.StandardKey.ZoomOut
        )
        self.zoom_in = self._button(
            _("Zoom &in"), _("Zoom in"), lambda: self.zoom(ZOOM_STEP), QKeySequence.StandardKey.ZoomIn
        )
        self.fit = self._button(_("&Fit width"), _("Fit the page to the width of the window"), self.fit_width)
        self.find_box = QLineEdit()
        self.find_box.setAccessibleName(_("Find in this paper"))
        self.find_box.setPlaceholderText(_("a word or phrase"))
        self.find_box.textChanged.connect(self._find_typed)
        self.find_box.returnPressed.connect(lambda: self.next_match(+1))
        self.find_label = QLabel(_("Fin&d:"))
        self.find_label.setBuddy(self.find_box)
        QShortcut(QKeySequence.StandardKey.Find, self, self.find_box.setFocus)
        self.find_next = self._button(
            _("Next match"), _("Go to the next match"), lambda: self.next_match(+1), QKeySequence.StandardKey.FindNext
        )
        self.find_previous = self._button(
            _("Previous match"),
            _("Go to the previous match"),
            lambda: self.next_match(-1),
            QKeySequence.StandardKey.FindPrevious,
        )
        self.matches = QLabel()
        self.go_box = QLineEdit()
        self.go_box.setAccessibleName(_("Go to page, as printed on the page"))
        self.go_box.setPlaceholderText(_("a page number"))
        self.go_box.returnPressed.connect(self._go_typed)
        self.go_label = QLabel(_("&Go to page:"))
        self.go_label.setBuddy(self.go_box)
        self.matches.setAccessibleName(_("Matches found"))
        self.viewer = self._button(
            _("Open in my &usual viewer"), _("Open the paper in my usual viewer"), self.open_in_viewer
        )
        self.close_button = self._button(_("&Close"), _("Close the paper"), self.close, "Ctrl+W")
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

    def _layout(self) -> None:
        paging = QHBoxLayout()
        for widget in (
            self.previous,
            self.page_label,
            self.page,
            self.of_pages,
            self.next,
            self.zoom_out,
            self.zoom_in,
            self.fit,
        ):
            paging.addWidget(widget)
        paging.addStretch(1)
        paging.addWidget(self.viewer)
        paging.addWidget(self.close_button)
        finding = QHBoxLayout()
        for widget in (self.find_label, self.find_box, self.find_previous, self.find_next, self.matches):
            finding.addWidget(widget)
        finding.addStretch(1)
        for widget in (self.go_label, self.go_box, self.where):
            finding.addWidget(widget)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.stack)
        splitter.addWidget(self.words)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(paging)
        layout.addLayout(finding)
        layout.addWidget(self.note)
        layout.addWidget(splitter, 1)

    def _load_pdf(self) -> bool:
        """Open coprep's copy as a PDF, asking for a password if it is locked. False: show the words."""
        path = paper_file_path(self.ws.path, self.paper)
        self.note.hide()
        if self.paper.file_type != "pdf":
            return False
        if not path.exists():
            return self._words_only(_("coprep's copy of this paper is missing, so here are the words it kept."))
        error = self.pdf.load(str(path))
        while error == QPdfDocument.Error.IncorrectPassword:
            password = self.ask_password()
            if password is None:
                return self._words_only(_("This PDF is locked. Without its password, here are the words coprep kept."))
            self.pdf.setPassword(password)
            error = self.pdf.load(str(path))
        if error != QPdfDocument.Error.None_:
            return self._words_only(_("coprep cannot show this PDF's pages, so here are the words it kept."))
        self.view.setDocument(self.pdf)
        self.search.setDocument(self.pdf)
        self.view.setSearchModel(self.search)
        return True

    def _words_only(self, message: str) -> bool:
        self.note.setText(message)
        self.note.show()
        return False

    def ask_password(self) -> str | None:
        """The PDF's password from the person (tests replace this)."""
        password, ok = QInputDialog.getText(
            self,
            _("Locked paper"),
            _("{title} is locked. Type its password:").format(title=self.paper.title),
            QLineEdit.EchoMode.Password,
        )
        return password if ok and password else None

    # -- pages ------------------------------------------------------------------------------

    def page_count(self) -> int:
        if self.paper.pack_id:
            return len(self.pages)
        return self.pdf.pageCount() if self.showing_pdf else len(self.pages)

    def go_to_printed(self, number: int) -> bool:
        """Go to the page whose printed number this is ("page 23 of the pack"); False if the paper has none."""
        if number not in self.printed:
            return False
        self.go_to_page(self.printed.index(number) + 1)
        return True

    def _go_typed(self) -> None:
        text = self.go_box.text().strip()
        if text.isdigit() and (self.go_to_printed(int(text)) or not self.printed):
            if not self.printed:
                self.go_to_page(int(text))
            self.go_box.clear()
            return
        self.where.setText(
            _("There is no page {number} in this paper. Its pages are {first} to {last}.").format(
                number=text,
                first=next((n for n in self.printed if n), 1),
                last=next((n for n in reversed(self.printed) if n), self.page_count()),
            )
        )

    def _pdf_page_shown(self, index: int) -> None:
        self._page_shown(max(1, min(index - self.offset + 1, self.page_count())))

    def current_page(self) -> int:
        """The page being read; 1 is the first."""
        return self.page.value()

    def go_to_page(self, page_no: int) -> None:
        page_no = max(1, min(page_no, self.page_count()))
        if self.showing_pdf:
            self.view.pageNavigator().jump(self.offset + page_no - 1, QPointF(), self.view.zoomFactor())
        self._page_shown(page_no)

    def turn(self, step: int) -> None:
        """Go forward (+1) or back (-1) a page."""
        self.go_to_page(self.current_page() + step)

    def _page_shown(self, page_no: int) -> None:
        if not isValid(self.pdf):  # the reader is being closed: its view moves back to page 1 as it goes
            return
        self.page.blockSignals(True)
        self.page.setValue(page_no)
        self.page.blockSignals(False)
        self.previous.setEnabled(page_no > 1)
        if self.paper.pack_id:
            self.where.setText(
                printed_label(
                    self.printed[page_no - 1] if page_no <= len(self.printed) else None, self.offset + page_no - 1
                )
            )
        self.next.setEnabled(page_no < self.page_count())
        text = self.pages[page_no - 1] if page_no <= len(self.pages) else ""
        if not self.showing_pdf:
            self.text.setPlainText(text)
        if page_no != self._words_page:
            self._words_page = page_no
            self.words.show_text(page_no, text)

    def zoom(self, factor: float) -> None:
        if self.showing_pdf:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(max(0.25, min(8.0, self.view.zoomFactor() * factor)))
        else:
            self.text.zoomIn(1 if factor > 1 else -1)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # -- finding --------------------------------------------------------------------------

    def _find_typed(self) -> None:
        self._find_timer.start()
        self._matches_changed()

    def _find(self) -> None:
        self.search.setSearchString(self.find_box.text().strip())
        self._matches_changed()

    def _matches_changed(self) -> None:
        """Say how many matches; Next and Previous match work only when there is something to go to."""
        wanted = self.find_box.text().strip()
        searched = wanted == self.search.searchString()
        count = self.search.count() if wanted and searched else 0
        self.matches.setText(
            ""
            if not (wanted and searched)
            else _("No matches")
            if count == 0
            else ngettext("{count} match", "{count} matches", count).format(count=count)
        )
        for button in (self.find_next, self.find_previous):
            button.setEnabled(self.showing_pdf and bool(wanted) and (count > 0 or not searched))

    def next_match(self, step: int) -> None:
        """Go to the next (+1) or previous (-1) place the words typed in Find appear."""
        if self.search.searchString() != self.find_box.text().strip():
            self._find()
        count = self.search.count()
        if count == 0:
            return
        index = (self.view.currentSearchResultIndex() + step) % count
        self.view.setCurrentSearchResultIndex(index)
        link = self.search.resultAtIndex(index)
        self.view.pageNavigator().jump(link)
        self._page_shown(link.page() + 1)

    # -- the rest ---------------------------------------------------------------------------

    def open_in_viewer(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paper_file_path(self.ws.path, self.paper))))

    def _changed(self, tables: set[str]) -> None:
        if "papers" in tables and get_paper(self.ws.db, self.paper.id) is None:
            self.close()  # the paper was removed
