"""A committee's "Fair treatment" tab: its meetings on the ladder over time, what is most often
not met lately, and a button to write a summary for the chair.

The chart has a twin list, meeting by meeting, for screen readers and the keyboard (Enter opens
the meeting's own Fair treatment tab).
"""

import datetime as dt
import html

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLegend,
    QLineSeries,
    QScatterSeries,
)
from PySide6.QtCore import QDateTime, Qt, QTime
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coprep.core.fairness import ladder
from coprep.core.storage.workspace import Workspace
from coprep.core.text.dates import day_words
from coprep.i18n import _
from coprep.ui.fairness.rung_panel import RuleDialog
from coprep.ui.shell.changes import on_change
from coprep.ui.shell.chart_colours import dress_chart, follow_palette
from coprep.ui.shell.forms import name, run_modal

WATCHED = {"conditions", "condition_ratings", "meetings", "committees"}
MEETING_ID = Qt.ItemDataRole.UserRole


def _when(day: dt.date) -> float:
    return float(QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch())


def point_words(point: ladder.RungPoint) -> str:
    """One meeting in the list: '12 March 2026: Co-design (my rung: Engagement)'."""
    words = f"{day_words(point.meeting.date)}: {point.computed.name}"
    if point.own:
        words += " " + _("(my rung: {name})").format(name=ladder.RUNG_BY_NUMBER[point.own].name)
    return words


class LadderTab(QWidget):
    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.committee_id: int | None = None
        self.chart = QChart()
        self.chart.setTitle(_("Each rated meeting on the ladder"))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        # each key drawn as its series is (a line with points, a square): both are black on a light
        # palette, where neither colour stands out enough, and two black squares told them apart not at all
        self.chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        self._build_chart()
        self.view = QChartView(self.chart)
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        dress_chart(self.chart, self.palette())
        follow_palette(self.view)
        self.view.setMinimumHeight(self.fontMetrics().lineSpacing() * 16)
        name(self.view, _("Chart of the rungs over time"), _("The list beside it says the same in words"))
        self.points = QListWidget()
        self.points.setWordWrap(True)
        name(
            self.points, _("The rungs, meeting by meeting"), _("Press Enter to open that meeting's Fair treatment tab")
        )
        self.points.itemActivated.connect(self._open)
        self.empty = QLabel(
            _(
                "No meetings of this committee are rated yet. Open a meeting, choose its "
                "Fair treatment tab, and press a key for each condition."
            )
        )
        self.empty.setWordWrap(True)
        self.unmet = QLabel()
        self.unmet.setWordWrap(True)
        self.unmet.setTextFormat(Qt.TextFormat.RichText)
        self.unmet.setAccessibleName(_("Most often not met lately"))
        write = name(
            QPushButton(_("&Write a summary for the chair…")),
            _("Write a summary for the chair"),
            _("A polite, specific summary with dates and evidence, to save or copy"),
        )
        write.clicked.connect(self.write_summary)
        explain = name(QPushButton(_("&How is the rung worked out?")), _("How is the rung worked out?"))
        explain.clicked.connect(lambda: run_modal(RuleDialog(self.ws, self)))

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(self.points)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        column = self.fontMetrics().averageCharWidth()
        self.view.setMinimumWidth(column * 50)
        split.setSizes([column * 90, column * 34])
        buttons = QHBoxLayout()
        buttons.addWidget(write)
        buttons.addWidget(explain)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(split, 1)
        layout.addWidget(self.unmet)
        layout.addLayout(buttons)
        on_change(self, ws, WATCHED, self.refresh)

    def show_committee(self, committee_id: int | None) -> None:
        self.committee_id = committee_id
        self.refresh()

    def refresh(self) -> None:
        history = ladder.committee_history(self.ws.db, self.committee_id) if self.committee_id else []
        self.empty.setVisible(not history)
        self._draw(history)
        self.points.clear()
        for point in history:
            item = QListWidgetItem(point_words(point))
            item.setData(MEETING_ID, point.meeting.id)
            self.points.addItem(item)
        unmet = ladder.most_often_unmet(self.ws.db, self.committee_id) if self.committee_id else []
        if unmet:
            lines = "".join(f"<li>{html.escape(u.sentence)}</li>" for u in unmet[:5])
            self.unmet.setText(_("<b>Most often not met lately:</b><ul>{lines}</ul>").format(lines=lines))
        else:
            self.unmet.setText("")

    def _build_chart(self) -> None:
        """Two series on a date axis and a rung axis, made once and refilled for each committee."""
        self.computed = QLineSeries()
        self.computed.setName(_("coprep's rung"))
        self.computed.setPointsVisible(True)
        self.own = QScatterSeries()
        self.own.setName(_("My own rung"))
        self.own.setMarkerShape(QScatterSeries.MarkerShape.MarkerShapeRectangle)
        self.dates = QDateTimeAxis()
        self.dates.setFormat("MMM yyyy")
        self.dates.setTitleText(_("Meeting date"))
        self.chart.plotAreaChanged.connect(self._fit_dates)
        rungs = QCategoryAxis()
        rungs.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for rung in ladder.RUNGS:
            rungs.append(rung.name, rung.number)
        rungs.setRange(0.5, len(ladder.RUNGS) + 0.5)
        self.chart.addAxis(self.dates, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(rungs, Qt.AlignmentFlag.AlignLeft)
        for series in (self.computed, self.own):
            self.chart.addSeries(series)
            series.attachAxis(self.dates)
            series.attachAxis(rungs)

    def _draw(self, history: list[ladder.RungPoint]) -> None:
        self.computed.clear()
        self.own.clear()
        for point in history:
            if point.computed.rung:
                self.computed.append(_when(point.meeting.day), point.computed.rung)
            if point.own:
                self.own.append(_when(point.meeting.day), point.own)
        if history:
            first, last = history[0].meeting.day, history[-1].meeting.day
            self.dates.setRange(
                QDateTime(first - dt.timedelta(days=15), QTime(0, 0)),
                QDateTime(last + dt.timedelta(days=15), QTime(0, 0)),
            )

    def _fit_dates(self) -> None:
        """As many dates along the bottom as fit side by side, so bigger text never makes them overlap."""
        label = QFontMetrics(self.dates.labelsFont()).horizontalAdvance("May 2026") * 1.5
        self.dates.setTickCount(max(2, min(6, int(self.chart.plotArea().width() // label) + 1)))

    def _open(self, item: QListWidgetItem) -> None:
        self.window().open_meeting(item.data(MEETING_ID), tab="Fair treatment")

    def write_summary(self) -> None:
        from coprep.ui.fairness.chair_summary_dialog import SummaryDialog

        if self.committee_id:
            run_modal(SummaryDialog(self.ws, self.committee_id, self))
