"""Where the keyboard is shows clearly: a ring at least 2 px wide, with 3:1 contrast, in light and
dark colours, that grows with the text, drawn on a focused button and on a list's current row."""

from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QListWidget, QPushButton

from coprep.ui.shell.focus_style import MIN_CONTRAST, FocusStyle, contrast, focus_colour, ring_width


def _palette(window: str, text: str, highlight: str) -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, window),
        (QPalette.ColorRole.Base, window),
        (QPalette.ColorRole.WindowText, text),
        (QPalette.ColorRole.Highlight, highlight),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def test_the_ring_colour_stands_out_in_light_dark_and_faint_palettes():
    for window, text, highlight in (
        ("#efefef", "#000000", "#308cc6"),  # light
        ("#353535", "#ffffff", "#2a82da"),  # dark
        ("#ffffff", "#000000", "#cfe8ff"),
    ):  # a highlight too faint to see
        palette = _palette(window, text, highlight)
        colour = focus_colour(palette)
        assert contrast(colour, QColor(window)) >= MIN_CONTRAST, (window, colour.name())


def test_the_ring_is_at_least_2_px_and_grows_with_the_text():
    normal = ring_width()
    font = QApplication.font()
    bigger = font.__class__(font)
    bigger.setPointSizeF(font.pointSizeF() * 2)
    QApplication.setFont(bigger)
    try:
        assert normal >= 2 and ring_width() > normal
    finally:
        QApplication.setFont(font)


def test_a_focused_button_and_a_current_row_get_the_ring(qtbot):
    assert isinstance(QApplication.style(), FocusStyle)
    button = QPushButton("Save")
    rows = QListWidget()
    rows.addItems(["First", "Second"])
    for widget in (button, rows):
        qtbot.addWidget(widget)
        widget.resize(200, 80)
        widget.show()
        qtbot.waitExposed(widget)
        widget.activateWindow()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        if widget is rows:
            rows.setCurrentRow(1)
        ring = focus_colour(widget.palette()).rgb()
        image: QImage = widget.grab().toImage()
        marked = sum(image.pixel(x, y) == ring for x in range(image.width()) for y in range(image.height()))
        assert marked >= 2 * 2 * 40, type(widget).__name__  # a line at least 2 px thick, not a dotted hint
