"""Where the keyboard is, always visible; tick boxes that grow with the text; the system's colours.

A proxy over the usual style draws every focus mark (the current row of a list, a tick box's
label, a tab) as a solid ring at least 2 px wide, thicker as text grows, in a colour with at least
3:1 contrast against the window (WCAG 2.2's focus-appearance level); focused boxes, drop-downs and
buttons get the same ring over their frame. (A QFocusFrame following the focus crashed PySide at
exit, so the ring is drawn by the style alone.) Tick boxes and round
buttons are sized from the text height, so they grow with View › Bigger text.
"""

import atexit

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

MIN_CONTRAST = 3.0


def relative_luminance(colour: QColor) -> float:
    """WCAG's relative luminance of a colour (0 black … 1 white)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    light, dark = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def high_contrast() -> bool:
    """Whether the person asked their system for more contrast."""
    style_hints = QGuiApplication.styleHints()  # kept in a name: the accessibility hints belong to it
    return style_hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def focus_colour(palette: QPalette) -> QColor:
    """The palette's highlight if it stands out 3:1 from both the window and the text base, else the text colour."""
    window = palette.color(QPalette.ColorRole.Window)
    base = palette.color(QPalette.ColorRole.Base)
    highlight = palette.color(QPalette.ColorRole.Highlight)
    if not high_contrast() and min(contrast(highlight, window), contrast(highlight, base)) >= MIN_CONTRAST:
        return highlight
    return palette.color(QPalette.ColorRole.WindowText)


def ring_width() -> int:
    """At least 2 px, and about a seventh of a line of text, so the mark grows with the text."""
    width = max(2, round(QFontMetrics(QApplication.font()).height() / 7))
    return width + 1 if high_contrast() else width


# Boxes and buttons whose own focus mark is faint: the ring is drawn over their frame.
_BOXES = (
    QStyle.PrimitiveElement.PE_FrameLineEdit,
    QStyle.PrimitiveElement.PE_PanelButtonCommand,
    QStyle.PrimitiveElement.PE_PanelButtonTool,
)
_COMPLEX_BOXES = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)


def _ring(option: QStyleOption, painter: QPainter) -> None:
    """A solid ring inside option.rect, ring_width() wide, in the focus colour."""
    width = ring_width()
    pen = QPen(focus_colour(option.palette), width)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = width // 2
    painter.drawRect(option.rect.adjusted(half, half, -(width - half), -(width - half)))
    painter.restore()


class FocusStyle(QProxyStyle):
    """The usual style, with a clear focus ring and tick boxes sized from the text."""

    def drawPrimitive(self, element, option: QStyleOption, painter: QPainter, widget: QWidget | None = None):  # noqa: N802
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            _ring(option, painter)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _BOXES and option.state & QStyle.StateFlag.State_HasFocus:
            _ring(option, painter)

    def drawComplexControl(self, control, option, painter: QPainter, widget: QWidget | None = None):  # noqa: N802
        super().drawComplexControl(control, option, painter, widget)
        if control in _COMPLEX_BOXES and option.state & QStyle.StateFlag.State_HasFocus:
            _ring(option, painter)

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802
        if metric in (
            QStyle.PixelMetric.PM_IndicatorWidth,
            QStyle.PixelMetric.PM_IndicatorHeight,
            QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
            QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
        ):
            font = widget.font() if widget is not None else QApplication.font()
            return max(super().pixelMetric(metric, option, widget), round(QFontMetrics(font).height() * 0.85))
        return super().pixelMetric(metric, option, widget)


def install_focus_style(app: QApplication) -> None:
    """Use the focus ring for the whole application (once), keeping the system's own style and colours."""
    if isinstance(app.style(), FocusStyle):
        return
    global _kept
    base = app.style().name()
    _kept = FocusStyle(base)
    app.setStyle(_kept)
    atexit.register(_let_go, base)


def _let_go(base: str) -> None:
    """At exit, hand Qt back a plain style before Python forgets ours."""
    global _kept
    app = QApplication.instance()
    if isinstance(app, QApplication) and _kept is not None:
        app.setStyle(base)
    _kept = None


_kept: FocusStyle | None = None  # Python must keep the style as long as the application uses it
