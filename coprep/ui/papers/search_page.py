"""The Search section: one box for meetings, agenda items, notes, questions and the words of every
paper. Results show a snippet with the words found in bold; Enter opens a paper at its page."""

import html

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from coprep.core.papers.search import MARK_END, MARK_START, Hit, plain_snippet, search_everything
from coprep.core.storage.workspace import Workspace
from coprep.core.text.markdown_marks import without_marks
from coprep.i18n import N_, Words, _, ngettext
from coprep.ui.shell.changes import notifier
from coprep.ui.shell.forms import name

HIT = Qt.ItemDataRole.UserRole
HTML = Qt.ItemDataRole.UserRole + 1
KIND_WORDS = Words({"meeting": N_("Meeting"), "item": N_("Agenda item"), "paper": N_("Paper")})
# in place of an empty white box before anything is typed: what the box looks through
WHAT_IT_SEARCHES = N_(
    "Type a word or two above to look through your meetings, agenda items, notes, questions and "
    "the words of every paper."
)
TYPING_PAUSE_MS = 250


def hit_title(hit: Hit) -> str:
    page = f", {hit.page_label}" if hit.page_label else ""
    return f"{KIND_WORDS[hit.kind]}: {hit.title}{page}"


def hit_html(hit: Hit) -> str:
    """The hit as HTML: what and where on the first line, the snippet with the words found in bold."""
    snippet = html.escape(" ".join(without_marks(hit.snippet).split()))
    snippet = snippet.replace(MARK_START, "<b>").replace(MARK_END, "</b>")
    return f"<b>{html.escape(hit_title(hit))}</b> <small>({html.escape(hit.where)})</small><br>{snippet}"


class RichTextDelegate(QStyledItemDelegate):
    """Draws each result's HTML (a screen reader reads the plain text of the same item)."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(index.data(HTML))
        document.setTextWidth(max(100, option.rect.width()))
        return document

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        option.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt's name)
        self.initStyleOption(option, index)
        option.rect.setWidth(option.widget.viewport().width() if option.widget else 400)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 6)


class SearchPage(QWidget):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.box = QLineEdit()
        self.box.setPlaceholderText(_("for example: waiting list, A&E, home visits"))
        self.box.setClearButtonEnabled(True)
        label = QLabel(_("&Search everything:"))
        label.setBuddy(self.box)
        name(self.box, _("Search everything"), _("Meetings, agenda items, your notes and questions, and every paper."))
        self.count = QLabel(_(WHAT_IT_SEARCHES))
        self.count.setWordWrap(True)
        self.count.setAccessibleName(_("How many found"))
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setItemDelegate(RichTextDelegate(self.results))
        self.results.setResizeMode(QListWidget.ResizeMode.Adjust)
        name(self.results, _("What was found"), _("Press Enter to open the paper or meeting."))
        self.results.itemActivated.connect(self.open_hit)
        self._timer = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _text: self._timer.start())
        self.box.returnPressed.connect(self._to_results)

        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        notifier(ws).changed.connect(self._changed)

    def run_search(self) -> None:
        self._timer.stop()
        query = self.box.text().strip()
        hits = search_everything(self.ws.db, query) if query else []
        self.results.clear()
        for hit in hits:
            snippet = " ".join(without_marks(plain_snippet(hit.snippet, "", "")).split())
            item = QListWidgetItem(f"{hit_title(hit)} ({hit.where}). {snippet}")
            item.setData(HIT, hit)
            item.setData(HTML, hit_html(hit))
            self.results.addItem(item)
        if not query:
            self.count.setText(_(WHAT_IT_SEARCHES))
        elif not hits:
            self.count.setText(_("Nothing found. Try fewer words, or another word for the same thing."))
        else:
            self.count.setText(
                ngettext(
                    "Found {count}{best}. Press Enter or double-click to open one.",
                    "Found {count}{best}. Press Enter or double-click to open one.",
                    len(hits),
                ).format(count=len(hits), best=" " + _("(the best 50)") if len(hits) == 50 else "")
            )

    def _to_results(self) -> None:
        self.run_search()
        if self.results.count():
            self.results.setCurrentRow(0)
            self.results.setFocus()

    def open_hit(self, item: QListWidgetItem) -> None:
        """A paper opens in the reader at the page found; a meeting or agenda item opens the meeting."""
        hit: Hit = item.data(HIT)
        if hit.kind == "paper":
            from coprep.ui.papers.pdf_reader import open_paper

            open_paper(self.ws, hit.paper_id, hit.page_no or 1, parent=self.window())
        else:
            window = self.window()
            window.open_meeting(hit.meeting_id, tab="Agenda" if hit.kind == "item" else None)
            if hit.kind == "item":
                window.show_section("Meetings").view.show_tab("Agenda").select_item(hit.item_id)

    def _changed(self, _tables: set[str]) -> None:
        if self.box.text().strip():
            self.run_search()
