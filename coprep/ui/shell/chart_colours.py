"""Charts in the window's colours (light, dark or high contrast), told apart without colour too.

QtCharts draws in its own light theme whatever the window's colours; `dress_chart` gives a chart the
palette's ground and text colours, an outline in the text colour round every bar, and lines and
points in their own colour only where it stands out 3:1 from the ground. `fill` gives a kind of bar
its own pattern, so the kinds tell apart without colour. Imported only by modules that draw charts.
"""

from PySide6.QtCharts import QBarSet, QChart, QChartView, QLineSeries, QScatterSeries
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from coprep.ui.shell.colours import mark_colour, when_palette_changes

OWN_COLOUR = "coprep_colour"  # a series' property: the colour it was given, kept for a change of palette


def fill(bars: QBarSet, colour: str, pattern: Qt.BrushStyle) -> None:
    """A kind of bar's colour and pattern (its outline comes from the palette, in dress_chart)."""
    bars.setBrush(QBrush(QColor(colour), pattern))


def dress_chart(chart: QChart, palette: QPalette) -> None:
    """The chart in the window's colours: its ground, words, axes, bar outlines, lines and points."""
    ground, ink = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    chart.setBackgroundBrush(QBrush(ground))
    chart.setPlotAreaBackgroundVisible(False)
    chart.setTitleBrush(QBrush(ink))
    chart.legend().setLabelColor(ink)
    for axis in chart.axes():
        axis.setLabelsColor(ink)
        axis.setTitleBrush(QBrush(ink))
        axis.setLinePenColor(ink)
        axis.setGridLineColor(palette.color(QPalette.ColorRole.Mid))
    for series in chart.series():
        if isinstance(series, (QLineSeries, QScatterSeries)):
            if series.property(OWN_COLOUR) is None:
                series.setProperty(OWN_COLOUR, series.color().name())
            series.setColor(mark_colour(palette, series.property(OWN_COLOUR), ground))
            if isinstance(series, QScatterSeries):
                series.setBorderColor(ink)
            continue
        for bars in series.barSets():
            bars.setBorderColor(ink)
            bars.setLabelColor(ink)


def follow_palette(view: QChartView) -> None:
    """Dress the view's chart again whenever the window's colours change."""
    when_palette_changes(view, lambda: view.chart() and dress_chart(view.chart(), QApplication.palette()), now=False)
