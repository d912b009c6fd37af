"""One paper's details: its name, agenda item, when and how it came, confidential or not, and how
hard it is to read, in plain words. Changes save straight away and can be undone."""

import html

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from coprep.core.meetings import meetings
from coprep.core.papers.paper_summary import Summary, keep_summary, stored_summary
from coprep.core.papers.papers import RECEIVED_HOW, Paper, get_paper, page_texts, update_paper
from coprep.core.storage.database import StorageError
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.core.text.dates import day_words
from coprep.core.words.readability import age_words, readability
from coprep.i18n import _, ngettext
from coprep.ui.shell.background import Background
from coprep.ui.shell.forms import add_row, show_problem
from coprep.ui.words.jargon_highlight import glossary_cache


def summary_html(paper: Paper, scores: Summary | None) -> str:
    """The readability summary as simple HTML; the slower parts once `scores` are known."""
    parts = [f"<p><b>{html.escape(paper.verdict)}</b></p>"]
    if paper.reading_age is not None:
        age = _("Reading age {age} (Flesch–Kincaid grade {grade}, SMOG grade {smog}; plain papers aim for 9 to 11).")
        jargon = _("Jargon: {percent} in every 100 words (aim: under 2).")
        # the pages are their own phrase, so the words and the pages each take their own plural form
        pages = ngettext("{count} page", "{count} pages", paper.page_count).format(count=paper.page_count)
        length = ngettext("{count} word on {pages}.", "{count} words on {pages}.", paper.word_count)
        sentences = (
            age.format(
                age=age_words(paper.reading_age),
                grade=f"{paper.reading_grade:.0f}",
                smog=f"{paper.smog_grade:.0f}",
            ),
            jargon.format(percent=f"{paper.jargon_percent:.1f}"),
            length.format(count=f"{paper.word_count:,}", pages=pages),
        )
        parts.append("<p>" + " ".join(sentences) + "</p>")
    if scores is None:
        return "".join(parts) + _("<p>Finding the longest sentences…</p>")
    if scores.top_unexplained:
        words = ", ".join(html.escape(word) for word in scores.top_unexplained)
        parts.append(_("<p><b>Words used most that the glossary does not explain:</b> {words}</p>").format(words=words))
    if scores.longest_sentences:
        items = "".join(f"<li>{html.escape(sentence)}</li>" for sentence in scores.longest_sentences)
        parts.append(_("<p><b>Longest sentences:</b></p>") + f"<ol>{items}</ol>")
    return "".join(parts)


class PaperDetails(QWidget):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.paper: Paper | None = None
        self._scoring_id: int | None = None
        self._waiting_for_words = False  # to check the kept summary against the glossary, once it is loaded
        glossary_cache(ws).glossary_changed.connect(self._words_ready)
        self.title = QLineEdit()
        self.title.editingFinished.connect(lambda: self._save(title=self.title.text()))
        self.item = QComboBox()
        self.item.activated.connect(lambda _index: self._save(item_id=self.item.currentData()))
        self.received = QDateEdit()
        self.received.setCalendarPopup(True)
        self.received.setDisplayFormat("d MMMM yyyy")
        self.received.editingFinished.connect(
            lambda: self._save(received_date=self.received.date().toString("yyyy-MM-dd"))
        )
        self.how = QComboBox()
        for key, words in RECEIVED_HOW.items():
            self.how.addItem(words, key)
        self.how.activated.connect(lambda _index: self._save(received_how=self.how.currentData()))
        self.confidential = QCheckBox(_("&Confidential: not to be shared"))
        self.confidential.setAccessibleName(_("Confidential"))
        self.confidential.toggled.connect(lambda on: self._save(confidential=on))
        self.arrival = QLabel()
        self.arrival.setAccessibleName(_("Did it come on time"))
        self.replaces = QLabel()
        self.replaces.setAccessibleName(_("The earlier paper it replaces"))
        self.summary = QTextBrowser()
        self.summary.setAccessibleName(_("How hard it is to read"))
        self.summary.setOpenLinks(False)

        form = QFormLayout()
        add_row(form, _("&Name of the paper:"), self.title)
        add_row(form, _("Agenda &item:"), self.item, _("The item on the agenda this paper is for"))
        add_row(form, _("&Date it came:"), self.received)
        add_row(form, _("&How it came:"), self.how)
        form.addRow("", self.confidential)
        form.addRow(_("On time?"), self.arrival)
        form.addRow("", self.replaces)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.summary, 1)
        self.show_paper(None)

    def show_paper(self, paper_id: int | None) -> None:
        """Show this paper's details (or nothing), and start finding its longest sentences."""
        new = get_paper(self.ws.db, paper_id) if paper_id else None
        same = self.paper is not None and new is not None and new.id == self.paper.id
        self.paper = new
        self.setEnabled(new is not None)
        if new is None:
            self._waiting_for_words = False
            self.title.clear()
            self.arrival.clear()
            self.replaces.hide()
            self.summary.setPlainText(_("Choose a paper to see its details."))
            return
        self._fill(new)
        if not same:
            self._score(new)

    def _fill(self, paper: Paper) -> None:
        widgets = (self.title, self.item, self.received, self.how, self.confidential)
        for widget in widgets:
            widget.blockSignals(True)
        self.title.setText(paper.title)
        self.title.setCursorPosition(0)  # show the start of a long name, not its end
        self.item.clear()
        self.item.addItem(_("(not for one item)"), None)
        for item in meetings.agenda(self.ws.db, paper.meeting_id):
            self.item.addItem(f"{item.number}  {item.title}".strip(), item.id)
        self.item.setCurrentIndex(max(0, self.item.findData(paper.item_id)))
        self.received.setDate(QDate.fromString(paper.received_date or "", "yyyy-MM-dd"))
        self.how.setCurrentIndex(max(0, self.how.findData(paper.received_how)))
        self.confidential.setChecked(paper.confidential)
        for widget in widgets:
            widget.blockSignals(False)
        self.arrival.setText(paper.arrival.text[:1].upper() + paper.arrival.text[1:])
        self.replaces.setText(self._replaces_words(paper))
        self.replaces.setVisible(bool(self.replaces.text()))

    def _replaces_words(self, paper: Paper) -> str:
        """E.g. "Replaces the paper of 1 March 2026", for a supplementary pack's part."""
        earlier = get_paper(self.ws.db, paper.replaces_paper_id) if paper.replaces_paper_id else None
        if earlier is None:
            return ""
        if not earlier.received_date:
            return _("Replaces the earlier paper “{title}”").format(title=earlier.title)
        return _("Replaces the paper of {date}").format(date=day_words(earlier.received_date))

    def _score(self, paper: Paper) -> None:
        """Show the summary kept when the paper was added. Only when there is none (added before coprep
        kept them) or the glossary has changed since, find it again off the window's thread, and keep it.

        The glossary is the word finder's (loading it here took 20 ms, and its thousands of new
        objects set Python's collector walking the whole heap: up to a second after an import on a
        busy machine); until that is loaded, off the window's thread, the summary waits for it."""
        glossary = glossary_cache(self.ws).built_entries()
        self._waiting_for_words = glossary is None
        if glossary is None:
            self.summary.setHtml(summary_html(paper, None))
            return
        kept = stored_summary(paper, glossary)
        self.summary.setHtml(summary_html(paper, kept))
        if kept is not None:
            return
        pages = page_texts(self.ws.db, paper.id)
        self._scoring_id = paper.id
        scorer = Background(
            lambda _cancelled, _progress: (paper.id, glossary, readability("\n\n".join(pages), glossary))
        )
        scorer.done.connect(self._scored)
        scorer.begin()

    def _scored(self, result: object) -> None:
        if not isinstance(result, tuple):  # scoring failed: the stored summary above still stands
            self._scoring_id = None
            return
        paper_id, glossary, scores = result
        if paper_id == self._scoring_id:
            self._scoring_id = None
        try:
            keep_summary(self.ws, paper_id, scores, glossary)
        except StorageError:
            pass  # only saves finding it again next time; the summary is still shown below
        if self.paper is not None and self.paper.id == paper_id:
            self.summary.setHtml(summary_html(self.paper, Summary.of(scores)))

    def _words_ready(self) -> None:
        if self._waiting_for_words and self.paper is not None:
            self._score(self.paper)

    def scoring(self) -> bool:
        """True until the shown paper's summary is complete (its glossary loaded, its sentences found)."""
        return self._scoring_id is not None or self._waiting_for_words

    def _save(self, **values) -> None:
        if self.paper is None:
            return
        try:
            update_paper(self.ws, self.paper.id, merge="title" in values, **values)
        except InputError as error:
            show_problem(self, str(error))
            self._fill(self.paper)
