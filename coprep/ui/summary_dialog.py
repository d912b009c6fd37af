"""Write the conditions summary for the chair: choose the dates, read it, save it or copy it."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, QStandardPaths
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
    QWidget,
)

from coprep.core.conditions_summary import (
    Summary, build_summary, default_file_name, render_summary, summary_markdown,
)
from coprep.core.ladder import committee_history
from coprep.core.notes_render import render_markdown
from coprep.core.workspace import Workspace
from coprep.ui.forms import add_row, name
from coprep.ui.role_notes import SafePreview

FILE_KINDS = {"md": "Markdown text (*.md)", "html": "Web page (*.html)"}


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class SummaryDialog(QDialog):
    def __init__(self, ws: Workspace, committee_id: int, parent: QWidget | None = None,
                 today: dt.date | None = None) -> None:
        super().__init__(parent)
        self.ws, self.committee_id = ws, committee_id
        self.today = today or dt.date.today()
        self.setWindowTitle("A summary for the chair")
        history = committee_history(ws.db, committee_id)
        first = history[0].meeting.day if history else self.today - dt.timedelta(days=365)
        self.start = QDateEdit(_qdate(first))
        self.end = QDateEdit(_qdate(self.today))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMMM yyyy")
            edit.dateChanged.connect(self.refresh)
        form = QFormLayout()
        add_row(form, "&From:", self.start, "The first meeting date to include")
        add_row(form, "&To:", self.end, "The last meeting date to include")
        intro = QLabel("Read it through first. You can save it and change the words before you send it.")
        intro.setWordWrap(True)
        self.preview = SafePreview()
        name(self.preview, "The summary")
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        self.saved.setAccessibleName("Where the summary was saved")
        save_md = name(QPushButton("Save as &Markdown…"), "Save the summary as Markdown text")
        save_html = name(QPushButton("Save as &web page…"), "Save the summary as a web page")
        copy = name(QPushButton("&Copy the text"), "Copy the summary's text", "To paste into an email")
        save_md.clicked.connect(lambda: self.ask_and_save("md"))
        save_html.clicked.connect(lambda: self.ask_and_save("html"))
        copy.clicked.connect(self.copy)
        row = QHBoxLayout()
        for button in (save_md, save_html, copy):
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(intro)
        layout.addWidget(self.preview, 1)
        layout.addLayout(row)
        layout.addWidget(self.saved)
        layout.addWidget(close)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().lineSpacing() * 36)
        self.refresh()

    def summary(self) -> Summary:
        start, end = (edit.date().toPython().isoformat() for edit in (self.start, self.end))
        return build_summary(self.ws.db, self.committee_id, min(start, end), max(start, end))

    def refresh(self) -> None:
        self.preview.setHtml(render_markdown(summary_markdown(self.summary())))

    def save_to(self, path: Path, form: str) -> None:
        path.write_text(render_summary(self.summary(), form), encoding="utf-8")
        self.saved.setText(f"Saved to {path}")

    def ask_and_save(self, form: str) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / default_file_name(self.summary(), form, self.today))
        chosen, _kind = QFileDialog.getSaveFileName(self, "Save the summary", suggested, FILE_KINDS[form])
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != f".{form}":
            path = path.with_name(f"{path.name}.{form}")
        try:
            self.save_to(path, form)
        except OSError as error:
            self.saved.setText(f"coprep could not save there ({error.strerror or error}). Choose another folder.")

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(summary_markdown(self.summary()))
        self.saved.setText("Copied. Paste it into an email or a document.")
