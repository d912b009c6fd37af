"""The meeting's "Words to know" tab: glossary words in its agenda and notes with their meanings,
and hard words nothing explains yet, which the person can add to their glossary or ask about.

It recounts a moment after something is saved (typing is saved after a pause), so typing never waits.
"""

import html

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget,
)

from coprep.core import meetings
from coprep.core.meeting_words import MeetingUnknown, MeetingWords, ask_about, meeting_words
from coprep.core.workspace import Workspace
from coprep.ui.changes import notifier
from coprep.ui.forms import name
from coprep.ui.jargon_highlight import GLOSSARY_TABLES, glossary_cache

RECOUNT_DELAY_MS = 300
WORD = Qt.ItemDataRole.UserRole
KINDS = {"acronym": "short form", "rare": "uncommon word"}


def terms_html(words: MeetingWords) -> str:
    if not words.terms:
        return "<p>No glossary words in this meeting's agenda or notes yet.</p>"
    rows = []
    for term in words.terms:
        times = f" ({term.count} times)" if term.count > 1 else ""
        known = " <i>— you know this</i>" if term.known else ""
        rows.append(f"<p><b>{html.escape(term.term)}</b>{times}{known}<br>{html.escape(term.meaning)}</p>")
    return "".join(rows)


class WordsPanel(QWidget):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.meeting_id: int | None = None
        self.words = MeetingWords([], [])
        self._timer = QTimer(self, singleShot=True, interval=RECOUNT_DELAY_MS)
        self._timer.timeout.connect(self.recount)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.terms = QTextBrowser()
        name(self.terms, "Glossary words in this meeting, with their meanings")
        terms_label = QLabel("&Glossary words in this meeting:")
        terms_label.setBuddy(self.terms)
        self.unknown = QListWidget()
        self.unknown.setWordWrap(True)
        name(self.unknown, "Words nothing explains yet", "Choose a word, then add it to your glossary or ask about it")
        unknown_label = QLabel("&Words nothing explains yet:")
        unknown_label.setBuddy(self.unknown)
        self.add = name(QPushButton("&Add to my glossary…"), "Add the chosen word to my glossary")
        self.ask = name(QPushButton("Ask about this at the &meeting"), "Ask about the chosen word at the meeting",
                        "Adds the question \"What does it mean?\" to the agenda item where the word is")
        self.practise = name(QPushButton("&Practise these words…"), "Practise this meeting's words")
        self.add.clicked.connect(self.add_to_glossary)
        self.ask.clicked.connect(self.ask_at_meeting)
        self.practise.clicked.connect(self._practise)
        self.unknown.currentItemChanged.connect(lambda *_: self._update_buttons())

        top = QWidget()
        top_column = QVBoxLayout(top)
        top_column.setContentsMargins(0, 0, 0, 0)
        top_column.addWidget(terms_label)
        top_column.addWidget(self.terms, 1)
        bottom = QWidget()
        bottom_column = QVBoxLayout(bottom)
        bottom_column.setContentsMargins(0, 0, 0, 0)
        bottom_column.addWidget(unknown_label)
        bottom_column.addWidget(self.unknown, 1)
        buttons = QHBoxLayout()
        for button in (self.add, self.ask):
            buttons.addWidget(button)
        buttons.addStretch(1)
        bottom_column.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 2)
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        heading.addWidget(self.summary, 1)
        heading.addWidget(self.practise)
        layout.addLayout(heading)
        layout.addWidget(splitter, 1)
        notifier(ws).changed.connect(self._changed)

    def show_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.recount()

    def _changed(self, tables: set[str]) -> None:
        if self.meeting_id is not None and tables & ({"agenda_items", "meetings", "papers"} | GLOSSARY_TABLES):
            self._timer.start()

    def recount(self) -> None:
        """Count the meeting's words again and show them, keeping the chosen word chosen."""
        self._timer.stop()
        chosen = self.chosen_word()
        exists = self.meeting_id is not None and meetings.get_meeting(self.ws.db, self.meeting_id) is not None
        self.words = meeting_words(self.ws.db, self.meeting_id, glossary_cache(self.ws).entries) if exists \
            else MeetingWords([], [])
        titles = {item.id: f"{item.number} {item.title}".strip()
                  for item in (meetings.agenda(self.ws.db, self.meeting_id) if exists else [])}
        self.terms.setHtml(terms_html(self.words))
        self.unknown.clear()
        for word in self.words.unknown:
            where = f"in item {titles[word.item_id]}" if word.item_id in titles else "in the meeting notes"
            times = f", {word.count} times" if word.count > 1 else ""
            row = QListWidgetItem(f"{word.word}   ({KINDS[word.kind]}{times}, {where})")
            row.setData(WORD, word.word)
            self.unknown.addItem(row)
            if chosen and word.word == chosen.word:
                self.unknown.setCurrentItem(row)
        learning = sum(not term.known for term in self.words.terms)
        self.summary.setText(
            f"{len(self.words.terms)} glossary words ({learning} still to learn) and "
            f"{len(self.words.unknown)} words nothing explains yet." if exists else "")
        self.practise.setEnabled(bool(self.words.terms))
        self._update_buttons()

    def chosen_word(self) -> MeetingUnknown | None:
        row = self.unknown.currentItem()
        if row is None:
            return None
        return next((word for word in self.words.unknown if word.word == row.data(WORD)), None)

    def _update_buttons(self) -> None:
        word = self.chosen_word()
        self.add.setEnabled(word is not None)
        self.ask.setEnabled(word is not None and word.item_id is not None)

    def add_to_glossary(self) -> None:
        word = self.chosen_word()
        if word is not None:
            from coprep.ui.glossary_dialogs import EntryDialog

            EntryDialog(self.ws, word=word.word, parent=self).exec()

    def ask_at_meeting(self) -> None:
        word = self.chosen_word()
        if word is None or word.item_id is None:
            return
        added = ask_about(self.ws, word.item_id, word.word)
        message = (f"Added to that item's questions: what does '{word.word}' mean?" if added
                   else f"That item already asks what '{word.word}' means.")
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 8000)

    def _practise(self) -> None:
        if self.meeting_id is not None:
            from coprep.ui.quiz_dialog import practise_meeting

            practise_meeting(self.ws, self.meeting_id, self)
