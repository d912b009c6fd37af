"""My benefits, privately: the benefits the person notes, any weekly earnings limit they typed in
(with the day it starts), and their payments week by week against it for a period they choose."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprep.core.money import benefits
from coprep.core.money.pennies import format_money
from coprep.core.storage.workspace import Workspace
from coprep.core.text.dates import day_words
from coprep.i18n import _
from coprep.ui.money.involvement_fields import date_field, iso_date, saved, set_date
from coprep.ui.shell.changes import notifier
from coprep.ui.shell.colours import mark_row, when_palette_changes
from coprep.ui.shell.confirm import confirm_delete
from coprep.ui.shell.forms import add_row, name
from coprep.ui.shell.reflow import fit_on_screen, scrolling
from coprep.ui.shell.wrapped_table import wrap_long_rows


def _table(headers: list[str], accessible: str) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    wrap_long_rows(table)
    table.verticalHeader().hide()
    table.setAccessibleName(accessible)
    return table


class BenefitsDialog(QDialog):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(_("My benefits"))
        private = QLabel(_("Only you see this. It stays on this computer.") + " " + _(benefits.WHERE_TO_CHECK))
        private.setWordWrap(True)
        self.list = _table([_("Benefit"), _("Weekly earnings limit"), _("From"), _("Note")], _("My benefits"))
        self.benefit = QLineEdit()
        self.benefit.setPlaceholderText(_("like: Employment and Support Allowance"))
        self.limit = QLineEdit()
        self.limit.setPlaceholderText(_("like 195.50, or leave empty"))
        self.start = date_field()
        self.note = QLineEdit()
        form = QFormLayout()
        add_row(form, _("&Benefit:"), self.benefit)
        add_row(form, _("Weekly earnings &limit:"), self.limit, _("The limit you were told applies to you"))
        add_row(form, _("&Starts on:"), self.start, _("Limits often change each April"))
        add_row(form, _("N&ote:"), self.note, _("For example, who told you the limit"))
        self.add_button = add = name(QPushButton(_("&Add this benefit")), _("Add this benefit"))
        add.clicked.connect(self.add_benefit)
        remove = name(QPushButton(_("&Remove the chosen benefit")), _("Remove the chosen benefit"))
        remove.clicked.connect(self.remove_benefit)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self.first, self.last = date_field(), date_field()
        set_date(self.first, (dt.date.fromisoformat(iso_date(self.last)) - dt.timedelta(days=27)).isoformat())
        period = QHBoxLayout()
        for label, field in ((_("&From:"), self.first), (_("&To:"), self.last)):
            words = QLabel(label)
            words.setBuddy(field)
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
            field.dateChanged.connect(self.refresh)
            period.addWidget(words)
            period.addWidget(field)
        period.addStretch(1)
        self.weeks = _table(
            [_("Week starting"), _("Payments"), _("Your limit"), _("Over by")], _("Payments week by week")
        )
        self.total = QLabel()
        self.total.setAccessibleName(_("Payments in the period"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        body = QWidget()  # scrolls when big text makes it taller than the screen; Close stays in sight
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        for part in (
            private,
            self.list,
            form,
            buttons,
            QLabel(_("Payments week by week (Monday to Sunday)")),
            period,
            self.weeks,
            self.total,
        ):
            layout.addLayout(part) if isinstance(part, (QFormLayout, QHBoxLayout)) else layout.addWidget(part)
        outer = QVBoxLayout(self)
        outer.addWidget(scrolling(body), 1)
        outer.addWidget(close)
        self.resize(self.fontMetrics().averageCharWidth() * 100, body.sizeHint().height() + close.sizeHint().height())
        fit_on_screen(self)
        notifier(ws).changed.connect(self._changed)
        self.refresh()
        when_palette_changes(self.weeks, self.refresh, now=False)  # the marked weeks follow light and dark

    def _changed(self, tables: set[str]) -> None:
        if tables & {"benefits", "payments"}:
            self.refresh()

    def add_benefit(self) -> None:
        if saved(
            self,
            lambda: benefits.add_benefit(
                self.ws, self.benefit.text(), iso_date(self.start), self.limit.text(), self.note.text()
            ),
        ):
            self.benefit.clear()
            self.limit.clear()
            self.note.clear()

    def remove_benefit(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            benefit_id = self.list.item(row, 0).data(Qt.ItemDataRole.UserRole)
            confirm_delete(
                self,
                self.ws,
                "benefits",
                benefit_id,
                _("The benefit “{name}” and its earnings limit").format(name=self.list.item(row, 0).text()),
                _("Remove this benefit?"),
                lambda: benefits.delete_benefit(self.ws, benefit_id),
            )

    def refresh(self) -> None:
        found = benefits.list_benefits(self.ws.db)
        self.list.setRowCount(len(found))
        for row, benefit in enumerate(found):
            limit = format_money(benefit.weekly_limit_pence) if benefit.weekly_limit_pence is not None else _("none")
            for column, text in enumerate((benefit.name, limit, day_words(benefit.start_date), benefit.note)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, benefit.id)
                self.list.setItem(row, column, item)
        first = dt.date.fromisoformat(iso_date(self.first))
        last = dt.date.fromisoformat(iso_date(self.last))
        weeks = benefits.weeks(self.ws.db, first, last) if first <= last else []
        self.weeks.setRowCount(len(weeks))
        for row, week in enumerate(weeks):
            limit = format_money(week.limit_pence) if week.limit_pence is not None else _("none entered")
            over = format_money(week.over_pence) if week.over_pence else ""
            items = [
                QTableWidgetItem(text)
                for text in (day_words(week.first), format_money(week.received_pence), limit, over)
            ]
            if week.over_pence:
                mark_row(items, QApplication.palette())
            for column, item in enumerate(items):
                self.weeks.setItem(row, column, item)
        total = benefits.period_total(self.ws.db, first, last) if first <= last else 0
        self.total.setText(
            _("Payments from {first} to {last}: {total} (payments you said no to are not counted)").format(
                first=day_words(first), last=day_words(last), total=format_money(total)
            )
        )
