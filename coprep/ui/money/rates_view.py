"""The real hourly rate in the tax-year summary: each organisation's and committee's pay divided by
all the time given, beside the National Living Wage, as a table, a chart and words; the person can
correct the Living Wage table."""

import textwrap

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprep.core.money import hourly_rate
from coprep.core.money.activities import format_minutes
from coprep.core.money.pennies import format_money
from coprep.core.money.tax_year import tax_year_bounds
from coprep.core.storage.workspace import Workspace
from coprep.core.text.dates import day_words
from coprep.i18n import _
from coprep.ui.money.involvement_charts import fit_chart_height
from coprep.ui.money.involvement_fields import date_field, iso_date, saved
from coprep.ui.shell.chart_colours import dress_chart, fill, follow_palette
from coprep.ui.shell.colours import mark_row, when_palette_changes
from coprep.ui.shell.flow_layout import FlowLayout
from coprep.ui.shell.forms import name
from coprep.ui.shell.wrapped_table import wrap_long_rows

COLOURS = ("#0072B2", "#999999")  # Okabe and Ito blue; grey for the Living Wage


class RatesChart(QChartView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(_("Pay an hour beside the National Living Wage"))
        self.setMinimumHeight(240)
        follow_palette(self)

    def show_rates(self, rates: list[hourly_rate.HourlyRate]) -> None:
        chart = QChart()
        chart.setTitle(_("Pay an hour, once all your time is counted"))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        shown = [rate for rate in rates if rate.pence_per_hour is not None][:8]
        series = QHorizontalBarSeries()
        for words, colour, pattern, value in (
            (_("You are paid"), COLOURS[0], Qt.BrushStyle.SolidPattern, lambda r: r.pence_per_hour),
            (_("National Living Wage"), COLOURS[1], Qt.BrushStyle.BDiagPattern, lambda r: r.living_wage_pence or 0),
        ):
            bars = QBarSet(words)
            fill(bars, colour, pattern)
            bars.append([value(rate) / 100 for rate in shown])
            series.append(bars)
        chart.addSeries(series)
        names = QBarCategoryAxis()
        # long names end at a whole word (they were cut mid-word: "Cystic Fibrosis Clinical Refer")
        names.append([textwrap.shorten(rate.name, 30, placeholder="…") for rate in shown])
        pounds = QValueAxis()
        highest = max(
            [(r.pence_per_hour or 0) / 100 for r in shown] + [(r.living_wage_pence or 0) / 100 for r in shown],
            default=0,
        )
        top = 5 * (int(highest) // 5 + 1)
        pounds.setRange(0, top)
        pounds.setTickCount(top // 5 + 1)
        pounds.setLabelFormat("%d")
        pounds.setTitleText(_("Pounds an hour"))
        chart.addAxis(names, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(pounds, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(names)
        series.attachAxis(pounds)
        dress_chart(chart, self.palette())
        self.setChart(chart)
        fit_chart_height(self, 240)
        below = [rate.name for rate in shown if rate.below_living_wage]
        self.setAccessibleDescription(
            _("Below the National Living Wage: {names}.").format(names=", ".join(below))
            if below
            else _("None is below the National Living Wage.")
        )


class RatesView(QWidget):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.heading = QLabel("<h3>" + _("Your real hourly rate") + "</h3>")
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [_("Organisation or committee"), _("Paid"), _("Time given"), _("An hour"), _("In words")]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        wrap_long_rows(self.table).fitted.connect(self._fit_table_height)
        name(
            self.table, _("Real hourly rate"), _("Payments divided by all the time given, preparing and travelling too")
        )
        self.chart = RatesChart()
        self.wage_note = QLabel()
        self.wage_note.setWordWrap(True)
        self.wage_note.setAccessibleName(_("About the Living Wage table"))
        self.wage_from = date_field()
        self.wage_amount = name(QLineEdit(), _("Living Wage an hour"), _("Pounds and pence, like 12.71"))
        self.wage_amount.setPlaceholderText(_("like 12.71"))
        self.wage_from.setAccessibleName(_("Living Wage from"))
        correct = name(QPushButton(_("Correct the &Living Wage")), _("Correct the Living Wage"))
        correct.clicked.connect(self.correct_wage)
        row = FlowLayout()  # wraps onto more lines with bigger text
        label = QLabel(_("Living &Wage from"))
        label.setBuddy(self.wage_from)
        for widget in (label, self.wage_from, self.wage_amount, correct):
            row.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.table, self.chart, self.wage_note):
            layout.addWidget(widget)
        layout.addLayout(row)
        self._year: int | None = None
        when_palette_changes(self.table, lambda: self._year is not None and self.show_year(self._year), now=False)

    def show_year(self, year: int) -> list[hourly_rate.HourlyRate]:
        self._year = year
        first, last = tax_year_bounds(year)
        rates = [rate for rate in hourly_rate.hourly_rates(self.ws.db, first, last) if rate.minutes or rate.paid_pence]
        self.table.setRowCount(len(rates))
        for row, rate in enumerate(rates):
            each = format_money(rate.pence_per_hour) if rate.pence_per_hour is not None else ""
            words = rate.words()
            if rate.below_living_wage:
                words += " " + _("(below the Living Wage of {wage})").format(wage=format_money(rate.living_wage_pence))
            name_words = f"    {rate.committee}" if rate.committee else rate.organisation or _("No organisation given")
            items = [
                QTableWidgetItem(text)
                for text in (name_words, format_money(rate.paid_pence), format_minutes(rate.minutes), each, words)
            ]
            if rate.below_living_wage:
                mark_row(items, QApplication.palette())
            for column, item in enumerate(items):
                self.table.setItem(row, column, item)
        self.chart.show_rates(rates)
        self.chart.setVisible(bool(rates))
        table = hourly_rate.living_wage_table(self.ws.db)
        latest = table[-1]
        self.wage_note.setText(
            _("National Living Wage from {day}: {wage} an hour. Source: {source}.").format(
                day=day_words(latest.start_date), wage=format_money(latest.pence_per_hour), source=latest.source
            )
        )
        return rates

    def correct_wage(self) -> None:
        if saved(
            self,
            lambda: hourly_rate.set_own_living_wage(
                self.ws, iso_date(self.wage_from), self.wage_amount.text(), _("Corrected by you")
            ),
        ):
            self.show_year(self._year or 0)

    def _fit_table_height(self) -> None:
        """Tall enough for every row, however many lines their words wrap onto."""
        rows = sum(self.table.rowHeight(row) for row in range(self.table.rowCount()))
        self.table.setFixedHeight(self.table.horizontalHeader().minimumHeight() + rows + 2 * self.table.frameWidth())
