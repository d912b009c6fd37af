"""The statement for a benefits adviser or the Jobcentre: choose the period and the name to print,
then preview, print, save as PDF, or save for a spreadsheet (CSV)."""

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPushButton, QVBoxLayout

from coprep.core.money.chaser import MY_NAME, my_name
from coprep.core.money.statement import build_statement, default_period, save_statement_csv, statement_printable
from coprep.core.storage import clock
from coprep.core.storage.settings import set_setting
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.core.text.print_html import Printable
from coprep.i18n import _
from coprep.ui.money.involvement_fields import date_field, iso_date
from coprep.ui.shell.forms import add_row, name, show_problem
from coprep.ui.shell.print_actions import PrintActions, ask_save_path, save_folder, text_size_box


class StatementDialog(QDialog):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(_("Statement for an adviser or the Jobcentre"))
        first, last = default_period(clock.today())
        self.first, self.last = date_field(first.isoformat()), date_field(last.isoformat())
        self.person = QLineEdit(my_name(ws.db))
        self.size = text_size_box()
        form = QFormLayout()
        add_row(form, _("&From:"), self.first)
        add_row(form, _("&To:"), self.last)
        add_row(form, _("Your &name:"), self.person, _("Printed at the top, above a line for your signature"))
        add_row(form, _("Text si&ze:"), self.size)
        self.csv_button = name(QPushButton(_("Save for a &spreadsheet…")), _("Save for a spreadsheet (CSV)"))
        self.csv_button.clicked.connect(self._ask_csv)
        self.actions = PrintActions(self.make, beside=(self.csv_button,))  # parented by the layout, in reading order
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.actions)
        layout.addWidget(close)

    def _statement(self):
        if self.person.text().strip() != my_name(self.ws.db):
            set_setting(self.ws.db, MY_NAME, self.person.text().strip())
        first, last = (dt.date.fromisoformat(iso_date(box)) for box in (self.first, self.last))
        try:
            return build_statement(self.ws.db, first, last)
        except InputError as error:
            show_problem(self, str(error))
            return None

    def make(self) -> tuple[Printable, str] | None:
        made = self._statement()
        return (statement_printable(made, self.size.currentData()), "A4") if made else None

    def _ask_csv(self) -> None:
        made = self._statement()
        if made is None:
            return
        suggested = save_folder() / f"{statement_printable(made).file_stem}.csv"
        path = ask_save_path(self, _("Save for a spreadsheet"), suggested, _("Spreadsheet (CSV) files (*.csv)"))
        if path is not None:
            self.save_csv(path if path.suffix.lower() == ".csv" else path.with_name(path.name + ".csv"))

    def save_csv(self, path: Path) -> None:
        made = self._statement()
        if made is None:
            return
        try:
            rows = save_statement_csv(made, path)
        except OSError as error:
            show_problem(
                self,
                _("coprep could not save {path}: {why}. Try another folder.").format(
                    path=path, why=error.strerror or error
                ),
            )
            return
        self.actions.status.setText(_("Saved {rows} rows to {path}").format(rows=rows, path=path))
