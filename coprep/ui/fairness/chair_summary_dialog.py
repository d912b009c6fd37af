"""Write the letter to the chair: choose the dates, read it, change the words, then print, save or copy it.

The letter is shown as editable text. When the person changes the words, their version is kept
(in the database's settings, one per committee) until they choose to start again from coprep's
words, so closing the window never loses an edit. Sentences that may be hard to read are named.
"""

import datetime as dt
import json

from PySide6.QtCore import QDate, QMimeData
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coprep.core.fairness.chair_letter import build_letter, hard_sentences, letter_markdown, letter_printable
from coprep.core.fairness.chair_summary import Summary, build_summary
from coprep.core.fairness.ladder import committee_history
from coprep.core.storage import clock
from coprep.core.storage.settings import PERSON_NAME, get_setting, set_setting
from coprep.core.storage.workspace import Workspace
from coprep.core.text.markdown_marks import without_marks
from coprep.core.text.print_html import Printable
from coprep.i18n import _, ngettext
from coprep.ui.shell import print_actions
from coprep.ui.shell.autosave import Autosave
from coprep.ui.shell.confirm import ask_to_delete
from coprep.ui.shell.forms import add_row, name


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def edits_key(committee_id: int) -> str:
    return f"chair_letter.{committee_id}"


class SummaryDialog(QDialog):
    def __init__(
        self, ws: Workspace, committee_id: int, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.ws, self.committee_id = ws, committee_id
        self.today = today or clock.today()
        self.setWindowTitle(_("A letter to the chair"))
        history = committee_history(ws.db, committee_id)
        first = history[0].meeting.day if history else self.today - dt.timedelta(days=365)
        self.start = QDateEdit(_qdate(first))
        self.end = QDateEdit(_qdate(self.today))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMMM yyyy")
            edit.dateChanged.connect(self.remake)
        self.sender_name = QLineEdit(get_setting(ws.db, PERSON_NAME) or "")
        self.sender_name.editingFinished.connect(self._name_changed)
        self.ladder = name(
            QCheckBox(_("Explain the &Ladder of Co-production too")),
            _("Explain the Ladder of Co-production too"),
            _("Adds what the ladder is, who made it, and where each meeting was on it"),
        )
        self.ladder.toggled.connect(self.remake)
        self.text_size = print_actions.text_size_box()
        form = QFormLayout()
        add_row(form, _("&From:"), self.start, _("The first meeting date to include"))
        add_row(form, _("&To:"), self.end, _("The last meeting date to include"))
        add_row(form, _("&Your name:"), self.sender_name, _("Your name goes at the end of the letter"))
        add_row(form, _("Te&xt size:"), self.text_size)
        form.addRow(self.ladder)
        intro = QLabel(_("Read it through. You can change any words here; coprep keeps your changes."))
        intro.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)  # Tab moves on, as everywhere else
        name(self.editor, _("The letter"), _("The letter's words, which you can change"))
        self.editor.textChanged.connect(self._typed)
        self.reading = QLabel()
        self.reading.setWordWrap(True)
        self.reading.setAccessibleName(_("How easy the letter is to read"))
        self.restart = name(
            QPushButton(_("&Start again from coprep's words")),
            _("Start again from coprep's words"),
            _("Forget your changes and write the letter again"),
        )
        self.restart.clicked.connect(self.start_again)
        copy = name(QPushButton(_("&Copy the text")), _("Copy the letter's text"), _("To paste into an email"))
        copy.clicked.connect(self.copy)
        # parented by the layout below, so Tab reaches the buttons after what is above them
        self.actions = print_actions.PrintActions(self.printable, beside=(copy, self.restart))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.reading)
        layout.addWidget(self.actions)
        layout.addWidget(close)
        self._autosave = Autosave(self)
        self._filling = False
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().lineSpacing() * 40)
        kept = self._kept()
        if kept is not None:
            self._show(kept)
            self.reading.setText(self.reading.text() + " " + _("These are your own words from last time."))
        else:
            self.remake()

    def summary(self) -> Summary:
        start, end = (edit.date().toPython().isoformat() for edit in (self.start, self.end))
        return build_summary(self.ws.db, self.committee_id, min(start, end), max(start, end))

    def made_words(self) -> str:
        """The letter as coprep writes it for the choices made now."""
        return letter_markdown(build_letter(self.ws.db, self.summary(), self.today, self.ladder.isChecked()))

    def _kept(self) -> str | None:
        stored = get_setting(self.ws.db, edits_key(self.committee_id))
        return json.loads(stored).get("markdown") if stored else None

    def _show(self, markdown: str) -> None:
        self._filling = True
        self.editor.setPlainText(markdown)
        self._filling = False
        self._check_reading()

    def remake(self) -> None:
        """Write the letter again for the dates and choices, unless the person has changed its words."""
        if self._kept() is not None:
            self.reading.setText(
                _(
                    "You have changed the words, so the letter stays as you wrote it. "
                    "Press Start again to use the new choices."
                )
            )
            return
        self._show(self.made_words())

    def _typed(self) -> None:
        if not self._filling:
            self._autosave.queue(self._keep)
            self._check_reading()

    def _keep(self) -> None:
        set_setting(
            self.ws.db,
            edits_key(self.committee_id),
            json.dumps({"markdown": self.editor.toPlainText(), "saved": clock.today().isoformat()}),
        )

    def start_again(self) -> None:
        self._autosave.flush()
        if self._kept() is not None and not ask_to_delete(
            self,
            _("Start the letter again?"),
            _("the changes you made to the letter's words"),
            _("Your changed words cannot be brought back afterwards. Copy them first if you may want them."),
        ):
            return
        with self.ws.db.atomic():
            self.ws.db.execute("delete from settings where key = ?", [edits_key(self.committee_id)])
        self._show(self.made_words())

    def _name_changed(self) -> None:
        set_setting(self.ws.db, PERSON_NAME, self.sender_name.text().strip())
        self.remake()

    def _check_reading(self) -> None:
        hard = hard_sentences(self.editor.toPlainText(), (self.summary().committee.name,))
        if not hard:
            self.reading.setText(_("Every sentence is easy to read."))
            return
        self.reading.setText(
            ngettext(
                "This sentence may be hard to read: “{first}”",
                "{count} sentences may be hard to read. The first: “{first}”",
                len(hard),
            ).format(count=len(hard), first=hard[0][0])
        )

    def printable(self) -> tuple[Printable, str]:
        self._autosave.flush()
        author = self.sender_name.text().strip()
        return letter_printable(self.summary(), self.editor.toPlainText(), self.text_size.currentData(), author), "A4"

    def copy(self) -> None:
        """Pasted into an email the letter comes formatted; where only plain text goes, without the
        stars and hashes that make its headings (seen: "**How I take part…**", "## What is still happening")."""
        letter, _paper = self.printable()
        words = QMimeData()
        words.setHtml(letter.html)
        words.setText(without_marks(letter.markdown))
        QGuiApplication.clipboard().setMimeData(words)
        self.actions.status.setText(_("Copied. Paste it into an email or a document."))

    def done(self, result: int) -> None:  # noqa: D401 (Qt's name)
        self._autosave.flush()
        super().done(result)
