"""Two charts for the Time and money section: hours given each month, and money owed over time.

Each chart also says in words what it shows (its accessible description), for screen readers and
for anyone who finds charts hard to read. Charts take the window's colours (light, dark or high
contrast); every bar has an outline in the text colour and each kind of bar its own fill pattern,
so the parts tell apart without colour.
"""

import datetime as dt

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, Qt, QTime
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from coprep.core.money.activities import format_minutes
from coprep.core.money.involvement_summary import MonthHours
from coprep.core.money.pennies import format_money
from coprep.core.text.dates import day_words, month_words, short_month_words
from coprep.i18n import N_, _, ngettext
from coprep.ui.shell.chart_colours import dress_chart, fill, follow_palette

# Colours that stay apart for the common kinds of colour blindness (Okabe and Ito).
PARTS = ((N_("Preparing"), "#E69F00"), (N_("Travelling"), "#56B4E9"), (N_("Taking part"), "#009E73"))
PATTERNS = (Qt.BrushStyle.SolidPattern, Qt.BrushStyle.BDiagPattern, Qt.BrushStyle.CrossPattern)
OWED_COLOUR = "#D55E00"


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


CHART_LINES = 15  # a chart is at least this many lines of its text tall, so its axes' words are not cut to "…"


def fit_chart_height(view: QChartView, least: int) -> None:
    """At least `least` pixels tall, and taller at bigger text: a fixed height left an axis a sliver at 200%."""
    view.setMinimumHeight(max(least, view.fontMetrics().lineSpacing() * CHART_LINES))


def _use_font(chart: QChart, font: QFont) -> None:
    """Draw the chart's words in the window's font, so View > Bigger text reaches the charts too."""
    chart.setTitleFont(font)
    chart.legend().setFont(font)
    for axis in chart.axes():
        axis.setLabelsFont(font)
        axis.setTitleFont(font)


_TOPS = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000)


def _whole_number_axis(title: str, highest: float) -> QValueAxis:
    """An axis from 0 to a round number at or above highest, with whole-number steps."""
    top = next((step for step in _TOPS if highest <= step), int(highest) + 1)
    axis = QValueAxis()
    axis.setRange(0, top)
    axis.setTickCount(top + 1 if top <= 5 else 6)
    axis.setLabelFormat("%d")  # a £ in here would be garbled: Qt reads the format as Latin-1
    axis.setTitleText(title)
    return axis


class HoursChart(QChartView):
    """Stacked bars: time preparing, travelling and taking part in each month of the tax year."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(_("Hours given each month"))
        self.setMinimumHeight(260)
        follow_palette(self)

    def show_months(self, months: list[MonthHours]) -> None:
        chart = _chart(_("Hours given each month"))
        series = QStackedBarSeries()
        for (label, colour), pattern, key in zip(
            PARTS, PATTERNS, ("minutes_preparing", "minutes_travelling", "minutes_taking_part"), strict=False
        ):
            bars = QBarSet(_(label))
            fill(bars, colour, pattern)
            bars.append([getattr(month, key) / 60 for month in months])
            series.append(bars)
        chart.addSeries(series)
        months_axis = QBarCategoryAxis()
        months_axis.setTruncateLabels(False)  # Qt cut "May" to "M…" at 200% where it fitted its bar's width
        # The tax year ends on 5 April, so its last bar holds only those five days.
        months_axis.append(
            [short_month_words(month.month) for month in months[:-1]]
            + [_("1–5 {month}").format(month=short_month_words(months[-1].month))]
        )
        hours_axis = _whole_number_axis(_("Hours"), max((_total(m) for m in months), default=0) / 60)
        chart.addAxis(months_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(hours_axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(months_axis)
        series.attachAxis(hours_axis)
        _use_font(chart, self.font())
        dress_chart(chart, self.palette())
        self.setChart(chart)
        fit_chart_height(self, 260)
        self.setAccessibleDescription(self.describe(months))

    @staticmethod
    def describe(months: list[MonthHours]) -> str:
        given = [month for month in months if _total(month)]
        if not given:
            return _("No time recorded in this tax year.")
        busiest = max(given, key=_total)
        # the months of the year are their own phrase, so each count has its own plural form
        of_months = ngettext("{given} of the {count} month", "{given} of the {count} months", len(months)).format(
            given=len(given), count=len(months)
        )
        return _("Time given in {of_months}. The most was in {month}: {time}.").format(
            of_months=of_months,
            month=month_words(f"{busiest.month:%Y-%m}"),
            time=format_minutes(_total(busiest)),
        )


def _total(month: MonthHours) -> int:
    return month.minutes_preparing + month.minutes_travelling + month.minutes_taking_part


def _moment(day: dt.date) -> QDateTime:
    return QDateTime(day, QTime(12, 0))


class OwedChart(QChartView):
    """A stepped line: expenses owed to the person on each day (up when a claim is sent, down when paid)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setAccessibleName(_("Money owed to you over time"))
        self.setMinimumHeight(260)
        follow_palette(self)

    def show_steps(self, steps: list[tuple[dt.date, int]]) -> None:
        chart = _chart(_("Expenses owed to you"))
        chart.legend().hide()
        line = QLineSeries()
        line.setName(_("Owed to you"))
        line.setPen(QPen(QColor(OWED_COLOUR), 3))
        before = steps[0][1]
        for day, pence in steps:
            line.append(_moment(day).toMSecsSinceEpoch(), before / 100)
            line.append(_moment(day).toMSecsSinceEpoch(), pence / 100)
            before = pence
        chart.addSeries(line)
        days_axis = QDateTimeAxis()
        days_axis.setFormat("d MMM")  # ticks fall between month starts, so give the day too
        days_axis.setTickCount(7)
        days_axis.setRange(_moment(steps[0][0]), _moment(steps[-1][0]))
        pounds_axis = _whole_number_axis(_("Pounds"), max(pence for _, pence in steps) / 100)
        chart.addAxis(days_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(pounds_axis, Qt.AlignmentFlag.AlignLeft)
        line.attachAxis(days_axis)
        line.attachAxis(pounds_axis)
        _use_font(chart, self.font())
        dress_chart(chart, self.palette())
        self.setChart(chart)
        fit_chart_height(self, 260)
        self.setAccessibleDescription(self.describe(steps))

    @staticmethod
    def describe(steps: list[tuple[dt.date, int]]) -> str:
        most_day, most = max(steps, key=lambda step: step[1])
        now = steps[-1][1]
        if not most:
            return _("Nothing was owed to you in this time.")
        return _("The most owed to you was {most}, from {day}. Owed at the end: {now}.").format(
            most=format_money(most), day=day_words(most_day), now=format_money(now)
        )
