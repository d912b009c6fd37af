"""The summary of a tax year: a table per organisation, the two charts, and the note about tax and benefits.

It does not scroll by itself, nor does the table (or the list it becomes at big text): the page
around it scrolls, so a mouse wheel or the keyboard moves one thing, never a box inside a box.
"""

import datetime as dt

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprep.core.money.activities import format_minutes
from coprep.core.money.involvement_summary import (
    MONEY_NOTE,
    REFUSED_NOTE,
    OrganisationSummary,
    TaxYearSummary,
    monthly_hours,
    owed_over_time,
    tax_year_summary,
)
from coprep.core.money.pennies import format_money
from coprep.core.money.tax_year import tax_year_bounds
from coprep.core.storage.workspace import Workspace
from coprep.i18n import N_, _, ngettext
from coprep.ui.money.involvement_charts import HoursChart, OwedChart
from coprep.ui.money.rates_view import RatesView
from coprep.ui.shell.forms import name
from coprep.ui.shell.wrapped_table import wrap_long_rows

HEADINGS = (
    N_("Organisation"),
    N_("Time given"),
    N_("Preparing"),
    N_("Travelling"),
    N_("Taking part"),
    N_("Paid for\nyour time"),
    N_("Expenses\nrepaid"),
    N_("Money owed\nto you"),
    N_("You said\nno to"),
)


def _owed_words(org: OrganisationSummary) -> str:
    """E.g. "£23.40 for 52 days" (expenses), then any payment for time asked for but not paid."""
    parts = []
    if org.expenses_owed_pence:
        parts.append(
            ngettext("{money} for {count} day", "{money} for {count} days", org.longest_wait_days).format(
                money=format_money(org.expenses_owed_pence), count=org.longest_wait_days
            )
        )
    if org.payments_awaited_pence:
        parts.append(_("{money} for your time").format(money=format_money(org.payments_awaited_pence)))
    return "\n".join(parts) or _("nothing")


def _time(minutes: int) -> str:
    return format_minutes(minutes) if minutes else _("none")


def _cells(org: OrganisationSummary) -> list[str]:
    return [
        org.organisation,
        _time(org.total_minutes),
        _time(org.minutes_preparing),
        _time(org.minutes_travelling),
        _time(org.minutes_taking_part),
        format_money(org.payments_received_pence),
        format_money(org.expenses_repaid_pence),
        _owed_words(org),
        format_money(org.payments_declined_pence) if org.payments_declined_pence else "",
    ]


class SummaryView(QWidget):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self._shown: tuple[int, dt.date] | None = None
        self.heading = QLabel()
        self.heading.setAccessibleName(_("Tax year"))
        self.table = QTableWidget(0, len(HEADINGS))
        self.table.setHorizontalHeaderLabels([_(heading) for heading in HEADINGS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setAccessibleName(_("Column headings"))
        self.wrapped = wrap_long_rows(self.table)
        self.wrapped.fitted.connect(self._fit_table_height)
        name(self.table, _("Totals for each organisation"), _("Time given and money, one row for each organisation"))
        self.nothing = QLabel(
            _(
                "Nothing is recorded for this tax year yet. Log your time from a meeting's "
                "\u201cTime and expenses\u201d tab, or add it under \u201cMy time\u201d above."
            )
        )
        self.nothing.setWordWrap(True)
        self.hours = HoursChart()
        self.owed = OwedChart()
        self.refused_note = QLabel(_(REFUSED_NOTE))
        self.refused_note.setWordWrap(True)
        self.refused_note.setAccessibleName(_("About refused claims"))
        self.note = QLabel(_(MONEY_NOTE))
        self.note.setWordWrap(True)
        self.note.setAccessibleName(_("About tax and benefits"))
        self.note.setFrameShape(QFrame.Shape.StyledPanel)
        self.note.setMargin(8)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(self.nothing)
        layout.addWidget(self.note)
        layout.addWidget(self.hours)
        layout.addWidget(self.owed)
        layout.addWidget(self.refused_note)
        self.rates = RatesView(ws)
        layout.addWidget(self.rates)
        layout.addStretch(1)

    def show_year(self, year: int, today: dt.date) -> TaxYearSummary:
        self._shown = (year, today)
        summary = tax_year_summary(self.ws.db, year, today)
        self.heading.setText("<h3>" + summary.label + "</h3>")
        rows = summary.organisations + ([summary.total] if len(summary.organisations) > 1 else [])
        self.table.setVisible(bool(rows))
        self.nothing.setVisible(not rows)
        self.table.setRowCount(len(rows))
        for row, org in enumerate(rows):
            for column, text in enumerate(_cells(org)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.AccessibleTextRole, text or _("none"))  # a reader says "none"
                if column:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if org is summary.total:
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                self.table.setItem(row, column, cell)
        first, last = tax_year_bounds(year)
        months = monthly_hours(self.ws.db, year)
        steps = owed_over_time(self.ws.db, first, max(first, min(last, today)))
        self.rates.show_year(year)
        self.hours.show_months(months)
        self.owed.show_steps(steps)
        self.hours.setVisible(summary.total.total_minutes > 0)
        for widget in (self.owed, self.refused_note):
            widget.setVisible(any(pence for _, pence in steps))
        return summary

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._shown is not None:
            self.show_year(*self._shown)  # columns, rows and charts sized for the new text size

    def _fit_table_height(self) -> None:
        """Tall enough for every row, however many lines their words wrap onto (and so the list
        it becomes at big text, for every entry)."""
        table = self.table
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        heading = table.horizontalHeader().minimumHeight()
        table.setFixedHeight(heading + rows + 2 * table.frameWidth())
        listed = self.wrapped.as_list
        if listed is not None:
            entries = sum(listed.sizeHintForRow(row) + 2 * listed.spacing() for row in range(listed.count()))
            listed.setFixedHeight(entries + 2 * listed.frameWidth())
            listed.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
