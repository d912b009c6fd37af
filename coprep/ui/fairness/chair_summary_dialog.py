"""Write the conditions summary for the chair: choose the dates, read it, then print, save or copy it."""

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from coprep.core.fairness.chair_summary import Summary, build_summary, summary_markdown, summary_printable
from coprep.core.fairness.ladder import committee_history
from coprep.core.text.print_html import Printable
from coprep.core.storage.workspace import Workspace
from coprep.ui.shell import print_actions
from coprep.ui.shell.forms import add_row, name
from coprep.ui.shell.print_pdf import FONT_FAMILY
from coprep.ui.fairness.role_notes import SafePreview
from coprep.core.storage import clock


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class SummaryDialog(QDialog):
    def __init__(self, ws: Workspace, committee_id: int, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ws, self.committee_id = ws, committee_id
        today = today or clock.today()
        self.setWindowTitle("A summary for the chair")
        history = committee_history(ws.db, committee_id)
        first = history[0].meeting.day if history else today - dt.timedelta(days=365)
        self.start = QDateEdit(_qdate(first))
        self.end = QDateEdit(_qdate(today))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMMM yyyy")
            edit.dateChanged.connect(self.refresh)
        self.text_size = print_actions.text_size_box(self.refresh)
        form = QFormLayout()
        add_row(form, "&From:", self.start, "The first meeting date to include")
        add_row(form, "&To:", self.end, "The last meeting date to include")
        add_row(form, "Te&xt size:", self.text_size)
        intro = QLabel("Read it through first. Save it as Markdown or a web page if you want to change "
                       "the words before you send it.")
        intro.setWordWrap(True)
        self.preview = SafePreview()
        name(self.preview, "The summary")
        copy = name(QPushButton("&Copy the text"), "Copy the summary's text", "To paste into an email")
        copy.clicked.connect(self.copy)
        self.actions = print_actions.PrintActions(self.printable, self, beside=(copy,))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(intro)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.actions)
        layout.addWidget(close)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().lineSpacing() * 40)
        self.refresh()

    def summary(self) -> Summary:
        start, end = (edit.date().toPython().isoformat() for edit in (self.start, self.end))
        return build_summary(self.ws.db, self.committee_id, min(start, end), max(start, end))

    def printable(self) -> tuple[Printable, str]:
        return summary_printable(self.summary(), self.text_size.currentData()), "A4"

    def refresh(self) -> None:
        document, _paper = self.printable()
        self.preview.document().setDefaultFont(QFont(FONT_FAMILY, document.font_pt))
        self.preview.setHtml(document.html)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(summary_markdown(self.summary()))
        self.actions.status.setText("Copied. Paste it into an email or a document.")
