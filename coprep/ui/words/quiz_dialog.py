"""Practise the words of a meeting: see the word, think, show the meaning, then "I know it" or "Not yet".

Practice started from the glossary finds the meeting's words first with the window's word finder
(which may not be built yet) and counts the papers' words off the window's thread (a long paper
takes a while), with a box that says "Looking up words…" if that takes more than a moment.
"""

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprep.core.meetings import meetings
from coprep.core.papers.meeting_words import MeetingTerm, meeting_words, next_meeting_id, papers_words
from coprep.core.papers.papers import list_papers, page_texts
from coprep.core.storage.workspace import Workspace
from coprep.core.text.dates import day_month_words
from coprep.core.words.glossary import set_known
from coprep.i18n import _, ngettext
from coprep.ui.shell.background import Background
from coprep.ui.shell.forms import name, show_problem
from coprep.ui.shell.progress import SHOW_AFTER_MS
from coprep.ui.words.jargon_highlight import LOOKING_UP, glossary_cache

QUIZ_LENGTH = 10


class QuizDialog(QDialog):
    """One word at a time. "I know it" marks the word known in the glossary; "Not yet" leaves it to come back."""

    def __init__(self, ws: Workspace, terms: list[MeetingTerm], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.terms = terms
        self.index = 0
        self.knew: list[str] = []
        self.setWindowTitle(title)
        self.progress = QLabel()
        self.word = QLabel()
        self.word.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.word.setWordWrap(True)
        font = self.word.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.word.setFont(font)
        self.word.setAccessibleName(_("Word"))
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        self.meaning.setAccessibleName(_("Meaning"))
        self.meaning.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.reveal = name(QPushButton(_("&Show the meaning")), _("Show the meaning"))
        self.know = name(QPushButton(_("I &know it")), _("I know it"))
        self.not_yet = name(QPushButton(_("&Not yet")), _("Not yet"))
        self.reveal.clicked.connect(self.show_meaning)
        self.know.clicked.connect(lambda: self.answer(True))
        self.not_yet.clicked.connect(lambda: self.answer(False))

        buttons = QHBoxLayout()
        for button in (self.reveal, self.know, self.not_yet):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.word)
        layout.addWidget(self.meaning, 1)
        layout.addLayout(buttons)
        self.resize(self.fontMetrics().horizontalAdvance("x") * 70, self.fontMetrics().lineSpacing() * 14)
        self._show_word()

    def _show_word(self) -> None:
        term = self.terms[self.index]
        self.progress.setText(_("Word {value} of {len}").format(value=self.index + 1, len=len(self.terms)))
        self.word.setText(term.term)
        self.meaning.setText(_("Think what it means, then choose Show the meaning."))
        self.know.setEnabled(False)
        self.not_yet.setEnabled(False)
        self.reveal.setEnabled(True)
        self.reveal.setDefault(True)
        self.reveal.setFocus()

    def show_meaning(self) -> None:
        self.meaning.setText(self.terms[self.index].meaning)
        self.reveal.setEnabled(False)
        self.know.setEnabled(True)
        self.not_yet.setEnabled(True)
        self.know.setDefault(True)
        self.know.setFocus()

    def answer(self, knew: bool) -> None:
        term = self.terms[self.index].term
        if knew:
            self.knew.append(term)
            set_known(self.ws, term, True)
        self.index += 1
        if self.index < len(self.terms):
            self._show_word()
            return
        self.progress.setText(_("All done"))
        self.word.setText(
            ngettext("You knew {known} of {count} word.", "You knew {known} of {count} words.", len(self.terms)).format(
                known=len(self.knew), count=len(self.terms)
            )
        )
        left = len(self.terms) - len(self.knew)
        self.meaning.setText(
            ngettext(
                "The {count} you are still learning will come up again next time.",
                "The {count} you are still learning will come up again next time.",
                left,
            ).format(count=left)
            if left
            else _("Well done. Those words are marked as known in your glossary.")
        )
        for button in (self.reveal, self.know, self.not_yet):
            button.setEnabled(False)
        close = name(QPushButton(_("&Close")), _("Close"))
        close.clicked.connect(self.accept)
        self.layout().addWidget(close)
        close.setFocus()


def practice_words(terms: list[MeetingTerm]) -> list[MeetingTerm]:
    """Words still being learnt, most used first; words marked "I know this" are left out."""
    return [term for term in terms if not term.known][:QUIZ_LENGTH]


def practise_meeting(
    ws: Workspace, meeting_id: int, parent: QWidget | None = None, found: list[MeetingTerm] | None = None
) -> QuizDialog | None:
    """Practise the meeting's glossary words; `found` is the words already counted (the Words to know
    tab has them), so the papers are not counted again while the window waits."""
    if found is None:
        found = looked_up_terms(ws, meeting_id, parent)
        if found is None:
            return None
    terms = practice_words(found)
    meeting = meetings.get_meeting(ws.db, meeting_id)
    if not terms or meeting is None:
        QMessageBox.information(
            parent,
            _("Nothing to practise"),
            _("You know every glossary word in this meeting already. Well done.")
            if found
            else _("This meeting's agenda and notes have no glossary words yet."),
        )
        return None
    dialog = QuizDialog(
        ws,
        terms,
        _("Practise the words for {meeting}, {day}").format(meeting=meeting.name, day=day_month_words(meeting.day)),
        parent,
    )
    dialog.exec()
    return dialog


def looked_up_terms(ws: Workspace, meeting_id: int, parent: QWidget | None = None) -> list[MeetingTerm] | None:
    """The meeting's glossary words, found with the window's word finder (`glossary_cache`). Until it
    is built, and while the papers' words are counted on another thread, a box says "Looking up
    words…" (shown only if that takes a while); None if the person cancels."""
    cache = glossary_cache(ws)
    entries = cache.built_entries()
    papers = list_papers(ws.db, meeting_id)
    if entries is not None and not papers:
        return meeting_words(ws.db, meeting_id, entries).terms
    box = QProgressDialog(_(LOOKING_UP), _("Cancel"), 0, 0, parent)
    box.setWindowTitle(_("Practise the words"))
    box.setAccessibleName(_(LOOKING_UP))
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setMinimumDuration(SHOW_AFTER_MS)
    box.setAutoClose(False)
    box.setAutoReset(False)
    waiting = QEventLoop()
    box.canceled.connect(waiting.quit)  # what is found after Cancel is not wanted
    cache.glossary_changed.connect(waiting.quit)
    try:
        while (entries := cache.built_entries()) is None:
            if box.wasCanceled():
                return None
            waiting.exec()
        counted: list[object] = []
        if papers:
            texts = {paper.id: page_texts(ws.db, paper.id) for paper in papers}
            work = Background(lambda _cancelled, _progress: papers_words(texts, entries))
            work.done.connect(counted.append)  # called on the work's thread, before waiting.quit is delivered here
            work.done.connect(waiting.quit)
            work.begin()
            waiting.exec()
            if not counted:
                return None
            if isinstance(counted[0], Exception):
                show_problem(parent, _("coprep could not look up this meeting's words. Please try again."))
                return None
        reports = counted[0] if counted else {}
        return meeting_words(ws.db, meeting_id, entries, paper_reports=reports).terms
    finally:
        cache.glossary_changed.disconnect(waiting.quit)
        box.close()
        box.deleteLater()


def practise_next_meeting(ws: Workspace, parent: QWidget | None = None) -> QuizDialog | None:
    meeting_id = next_meeting_id(ws.db)
    if meeting_id is None:
        QMessageBox.information(parent, _("No meeting coming up"), _("Add your next meeting first, with its agenda."))
        return None
    return practise_meeting(ws, meeting_id, parent)
