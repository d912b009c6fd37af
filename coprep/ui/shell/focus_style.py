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
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionFocusRect,
    QWidget,
)

from coprep.ui.shell.colours import MARK_CONTRAST, contrast, high_contrast
from coprep.ui.shell.looks import FRAME_RING, framed

MIN_CONTRAST = MARK_CONTRAST
HIGH_CONTRAST_TEXT = 20  # text on its window this far apart (black on white is 21:1): a high-contrast palette
EDGE_GREY = "#808080"  # 5.3:1 on black, 3.9:1 on white


def focus_colour(palette: QPalette, ground: QColor | None = None) -> QColor:
    """The palette's highlight if it stands out 3:1 from both the window and the text base (and from
    `ground`, what the ring is drawn on, such as a chosen row), else the strongest of the text colours."""
    grounds = [palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.Base)]
    if ground is not None and ground.isValid():
        grounds.append(ground)
    candidates = [palette.color(QPalette.ColorRole.Highlight)] if not high_contrast() else []
    candidates += [
        palette.color(QPalette.ColorRole.WindowText),
        palette.color(QPalette.ColorRole.HighlightedText),
        palette.color(QPalette.ColorRole.Base),
    ]
    for colour in candidates:
        if min(contrast(colour, behind) for behind in grounds) >= MIN_CONTRAST:
            return colour
    # On a chosen row, standing out from the row matters most: the row is where the keyboard is.
    return max(candidates, key=lambda colour: contrast(colour, grounds[-1]))


def ring_width() -> int:
    """At least 3 px (so at least 2 px stand out where it covers a control's own edge), and about a
    seventh of a line of text, so the mark grows with the text."""
    width = max(3, round(QFontMetrics(QApplication.font()).height() / 7))
    return width + 1 if high_contrast() else width


# Boxes and buttons whose own focus mark is faint: the ring is drawn over their frame.
_BOXES = (
    QStyle.PrimitiveElement.PE_FrameLineEdit,
    QStyle.PrimitiveElement.PE_PanelButtonCommand,
    QStyle.PrimitiveElement.PE_PanelButtonTool,
)
# Tick boxes and round choices: their edge is a shade of the window too, so black on black in the
# dark high-contrast palette ("Show hidden words" could not be seen); they get the grey edge lists get.
_TICK_BOXES = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton)
_COMPLEX_BOXES = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)
# Lists, tables and text boxes (looks.FRAMED): the ring fills their frame, made FRAME_RING px wide for
# it (a wider frame would take room from what they show, and change how their lines wrap); so it
# stands out from the frame's own edge line too, whose colour styles take from the window's.


def _ring(
    option: QStyleOption, painter: QPainter, inset: int = 0, ground: QColor | None = None, width: int = 0
) -> None:
    """A solid ring inside option.rect (`inset` px in), ring_width() wide unless told, in the focus colour."""
    width = width or ring_width()
    pen = QPen(focus_colour(option.palette, ground), width)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = width // 2 + inset
    far = width - width // 2 + inset
    painter.drawRect(option.rect.adjusted(half, half, -far, -far))
    painter.restore()


def _edge_that_shows(palette: QPalette, edge: QColor) -> QColor | None:
    """In a high-contrast palette, a grey for a list's frame where the style's own edge (a shade
    darker than the window) does not stand out 3:1 from it: black on black in the dark one, so a
    list without the keyboard had no edge at all. The grey stands out 3:1 from black and from white,
    so from the window and from the focus ring alike. None where the style's edge shows."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    asked = high_contrast() or contrast(text, window) >= HIGH_CONTRAST_TEXT
    return QColor(EDGE_GREY) if asked and contrast(edge, window) < MIN_CONTRAST else None


def _line(option: QStyleOption, painter: QPainter, colour: QColor, round_: bool = False) -> None:
    """A 1 px edge around option.rect (a circle for a round choice): thinner than the focus ring,
    which still says where the keyboard is."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_)
    painter.setPen(QPen(colour, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    edge = option.rect.adjusted(0, 0, -1, -1)
    if round_:
        painter.drawEllipse(edge)
    else:
        painter.drawRect(edge)
    painter.restore()


def _face(option: QStyleOption) -> QColor:
    """A button's face as styles paint it: a little lighter than the palette's button colour."""
    return option.palette.color(QPalette.ColorRole.Button).lighter(150)


class FocusStyle(QProxyStyle):
    """The usual style, with a clear focus ring and tick boxes sized from the text."""

    def drawPrimitive(self, element, option: QStyleOption, painter: QPainter, widget: QWidget | None = None):  # noqa: N802
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect:
            ground = option.backgroundColor if isinstance(option, QStyleOptionFocusRect) else None
            _ring(option, painter, ground=ground)  # on a chosen row, in a colour that stands out from the row
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _BOXES and option.state & QStyle.StateFlag.State_HasFocus:
            _ring(option, painter, ground=_face(option))
        elif element in _TICK_BOXES:
            edge = option.palette.color(QPalette.ColorRole.Window).darker(140)
            if (strong := _edge_that_shows(option.palette, edge)) is not None:
                _line(option, painter, strong, round_=element == QStyle.PrimitiveElement.PE_IndicatorRadioButton)

    def drawControl(self, element, option: QStyleOption, painter: QPainter, widget: QWidget | None = None):  # noqa: N802
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_ShapedFrame and framed(widget):
            edge = option.palette.color(QPalette.ColorRole.Window).darker(140)
            if widget.hasFocus():
                _ring(option, painter, ground=edge, width=FRAME_RING)
            elif (strong := _edge_that_shows(option.palette, edge)) is not None:
                _line(option, painter, strong)
        elif element == QStyle.ControlElement.CE_TabBarTab and option.state & QStyle.StateFlag.State_HasFocus:
            _ring(option, painter, inset=1)

    def drawComplexControl(self, control, option, painter: QPainter, widget: QWidget | None = None):  # noqa: N802
        super().drawComplexControl(control, option, painter, widget)
        if control in _COMPLEX_BOXES and option.state & QStyle.StateFlag.State_HasFocus:
            _ring(option, painter, ground=_face(option))

    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802
        if metric == QStyle.PixelMetric.PM_DefaultFrameWidth and framed(widget):
            return max(super().pixelMetric(metric, option, widget), FRAME_RING)  # room for the ring
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
