"""The form for one agenda item. There is no Save button: what is typed is stored half a second later.

Typing in one field undoes as one step (the Workspace merges quick saves of the same field).
"""

import importlib

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from coprep.core.meetings import meetings
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _
from coprep.ui.meetings.follow_ups_box import FollowUpsBox
from coprep.ui.shell.autosave import Autosave
from coprep.ui.shell.formatted_switch import FormattedSwitch
from coprep.ui.shell.forms import ProblemLabel, add_row, name
from coprep.ui.words.jargon_highlight import mark_glossary_words


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    height = box.fontMetrics().lineSpacing() * lines + 12
    box.setMinimumHeight(height)
    box.setMaximumHeight(height * 2)
    return box


class AgendaItemEditor(QScrollArea):
    """Shows one item's fields and stores each change shortly after the person stops typing."""

    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.item_id: int | None = None
        self.meeting_id: int | None = None
        self._pending: dict[str, object] = {}
        self._texts: dict[str, str] = {}  # each text box's words as last loaded or typed
        self.autosave = Autosave(self)

        self.number = QLineEdit()
        self.title = QLineEdit()
        self.purpose = QComboBox()
        self.purpose.addItem(_("Not given"), None)
        for key, words in meetings.PURPOSE_WORDS.items():
            self.purpose.addItem(words, key)
        self.presenter = QLineEdit()
        self.time = QLineEdit()
        self.time.setPlaceholderText(_("for example 10:30"))
        self.asked_for = QCheckBox(_("I asked for this item"))
        self.papers_expected = QLineEdit()
        self.papers_expected.setPlaceholderText(_("for example Paper B, Enc 3"))
        self.description = _text_box(2)
        self.notes = _text_box(5)
        self.questions = _text_box(3)
        self.outcome = _text_box(2)
        self.raised = _text_box(2)
        self.problem = ProblemLabel()
        self.problem.hide()

        item_form = QFormLayout()
        item_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels go above fields when narrow
        add_row(item_form, _("N&umber:"), self.number, _("The item's number or code, like 4 or ICB 23/045"))
        add_row(item_form, _("&Title:"), self.title)
        add_row(item_form, _("&What it is for:"), self.purpose)
        add_row(item_form, _("&Presenter:"), self.presenter, _("Who will talk about it"))
        add_row(item_form, _("T&ime:"), self.time, _("When it starts, like 10:30 or 2pm"))
        item_form.addRow("", name(self.asked_for, _("I asked for this item")))
        add_row(item_form, _("&Description:"), self.description, _("What the agenda says about it"))
        add_row(
            item_form, _("Papers e&xpected:"), self.papers_expected, _("The papers the agenda says go with this item")
        )

        notes_label = QLabel(_("My &notes (**bold**, - a list; they are saved as you type):"))
        notes_label.setWordWrap(True)
        notes_label.setBuddy(self.notes)
        name(self.notes, _("My notes"), _("Your own notes. Show formatted shows them neatly laid out."))
        self.notes_view = notes_split = FormattedSwitch(self.notes, _("My notes"), render=self._notes_html)
        self.preview = notes_split.preview
        self.preview.anchorClicked.connect(self._open_link)
        questions_label = QLabel(_("&Questions I want to ask:"))
        questions_label.setBuddy(self.questions)
        name(self.questions, _("Questions I want to ask"), _("One question a line"))

        after = QGroupBox(_("After the meeting"))
        after_form = QFormLayout(after)
        after_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        add_row(after_form, _("What &happened:"), self.outcome, _("What was decided or agreed"))
        add_row(after_form, _("What I &raised:"), self.raised, _("What you said, and how they answered"))
        self.follow_ups = FollowUpsBox(ws, self)
        add_row(after_form, _("Follow-ups:"), self.follow_ups, _("What someone will do about it, and by when"))

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.problem)
        column.addLayout(item_form)
        column.addWidget(notes_label)
        column.addWidget(notes_split)
        column.addWidget(questions_label)
        column.addWidget(self.questions)
        column.addWidget(after)
        column.addStretch(1)
        self.setWidget(body)
        self.setWidgetResizable(True)
        self.setAccessibleName(_("Agenda item"))

        for field, edit in self._line_fields().items():
            edit.textEdited.connect(lambda text, f=field: self._queue(f, text))
        for field, box in self._text_fields().items():
            box.textChanged.connect(lambda f=field, b=box: self._text_changed(f, b))
        self.purpose.activated.connect(lambda _i: self._queue("purpose", self.purpose.currentData(), now=True))
        self.asked_for.clicked.connect(lambda checked: self._queue("asked_for", checked, now=True))
        self.show_item(None)
        mark_glossary_words(ws, self.text_boxes)

    def _line_fields(self) -> dict[str, QLineEdit]:
        return {
            "number": self.number,
            "title": self.title,
            "presenter": self.presenter,
            "time": self.time,
            "papers_expected": self.papers_expected,
        }

    def _text_fields(self) -> dict[str, QPlainTextEdit]:
        return {
            "description": self.description,
            "notes": self.notes,
            "questions": self.questions,
            "outcome": self.outcome,
            "raised": self.raised,
        }

    @property
    def text_boxes(self) -> list[QPlainTextEdit]:
        """The boxes where glossary words can be marked."""
        return list(self._text_fields().values())

    def show_item(self, item_id: int | None) -> None:
        """Load an item (saving anything still waiting for the one shown before)."""
        self.flush()
        self.item_id = item_id
        item = meetings.get_item(self.ws.conn, item_id) if item_id else None
        self.widget().setEnabled(item is not None)
        self._fill(item)
        self.follow_ups.show_item(item.id if item else None)

    def reload(self) -> None:
        """Show what is stored now (after an undo, say), unless this editor is the one saving."""
        if not self.autosave.saving and not self.autosave.pending:
            item = meetings.get_item(self.ws.conn, self.item_id) if self.item_id else None
            if item is None:
                self.item_id = None
            self.widget().setEnabled(item is not None)
            self._fill(item)

    def _fill(self, item: meetings.AgendaItem | None) -> None:
        self.meeting_id = item.meeting_id if item else None
        for field, edit in self._line_fields().items():
            value = getattr(item, field) if item else ""
            if edit.text() != (value or ""):
                edit.setText(value or "")
                edit.setCursorPosition(0)
        for field, box in self._text_fields().items():
            value = getattr(item, field) if item else ""
            self._texts[field] = value
            if box.toPlainText() != value:
                box.blockSignals(True)
                box.setPlainText(value)
                box.blockSignals(False)
        self.notes_view.refresh()  # the formatted view follows notes put in with signals blocked
        self.purpose.setCurrentIndex(self.purpose.findData(item.purpose if item else None))
        self.asked_for.setChecked(bool(item and item.asked_for))
        self.problem.hide()

    def _notes_html(self, text: str) -> str:
        """The notes formatted, with page references linked to the meeting's pack."""
        from coprep.core.papers.pack_store import meeting_printed_pages
        from coprep.core.text.notes_render import render_markdown  # Markdown loads only when notes exist

        pages = meeting_printed_pages(self.ws.db, self.meeting_id) if self.meeting_id else {}
        return render_markdown(text, pages)

    def _open_link(self, url: QUrl) -> None:
        """A page link ("p. 23") opens the meeting's pack at that printed page in the paper reader."""
        from coprep.core.text.notes_render import page_link_target

        target = page_link_target(url.toString())
        if target is None:
            return
        paper_id, printed = target
        # By name, as the meeting view loads its Papers tab: the papers screens sit above this one.
        reader = importlib.import_module("coprep.ui.papers.pdf_reader").open_paper(self.ws, paper_id, 1, self.window())
        reader.go_to_printed(printed)

    def _text_changed(self, field: str, box: QPlainTextEdit) -> None:
        """Queue the box's words to be saved if they changed: the glossary's underlines coming or
        going also send textChanged, and saving then would hold back a reload for nothing."""
        text = box.toPlainText()
        if text != self._texts.get(field):
            self._texts[field] = text
            self._queue(field, text)

    def _queue(self, field: str, value: object, now: bool = False) -> None:
        if self.item_id is None:
            return
        self._pending[field] = value
        self.autosave.queue(self._save_pending)
        if now:
            self.flush()

    def flush(self) -> None:
        """Store what is waiting, now."""
        self.autosave.flush()

    def _save_pending(self) -> None:
        pending, self._pending = self._pending, {}
        if self.item_id is None:
            return
        try:
            if "time" in pending:
                try:
                    meetings.update_item(self.ws, self.item_id, merge=True, time=pending.pop("time"))
                    self.problem.hide()
                except InputError as error:
                    self.problem.setText(str(error))
                    self.problem.show()
            if pending:
                meetings.update_item(self.ws, self.item_id, merge=True, **pending)
        except KeyError:
            self.item_id = None
