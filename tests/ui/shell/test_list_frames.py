"""A list without the keyboard still shows its edge, in every palette coprep puts in: in the dark
high-contrast one its frame was black on the black window, so a list had no edge at all. In the
high-contrast palettes the edge stands out 3:1 from the window, and differs from the focus ring
(thinner, and grey), so where the keyboard is still shows (tests/ui/shell/test_focus_ring_pixels.py)."""

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLineEdit,
    QListWidget,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from coprep.ui.shell.colours import HIGH_CONTRAST_DARK, HIGH_CONTRAST_LIGHT, OURS, contrast
from coprep.ui.shell.focus_style import MIN_CONTRAST, install_focus_style


@pytest.fixture
def palette(request, qapp):
    """The application in one of coprep's palettes ("" for the style's own) for the test, then as it was."""
    kept = QApplication.palette()
    chosen = OURS[request.param]() if request.param else QApplication.style().standardPalette()
    QApplication.setPalette(chosen)
    yield chosen
    QApplication.setPalette(kept)


@pytest.mark.parametrize(
    ("palette", "high"),
    [("", False), ("dark", False), (HIGH_CONTRAST_LIGHT, True), (HIGH_CONTRAST_DARK, True)],
    indirect=["palette"],
)
def test_a_list_without_the_keyboard_shows_its_edge(qtbot, palette, high):
    install_focus_style(QApplication.instance())
    screen = QWidget()
    qtbot.addWidget(screen)
    words = QListWidget()
    words.addItems(["Quality committee", "Board"])
    typing = QLineEdit()  # the keyboard is here, not on the list
    column = QVBoxLayout(screen)
    column.addWidget(typing)
    column.addWidget(words)
    screen.show()
    qtbot.waitExposed(screen)
    typing.setFocus()
    image = words.grab().toImage()
    window = palette.color(palette.ColorRole.Window)
    middle_x, middle_y = image.width() // 2, image.height() // 2
    edge = [image.pixelColor(0, middle_y), image.pixelColor(middle_x, 0), image.pixelColor(image.width() - 1, middle_y)]
    if high:
        assert all(contrast(colour, window) >= MIN_CONTRAST for colour in edge), [c.name() for c in edge]
        assert contrast(image.pixelColor(1, middle_y), window) < MIN_CONTRAST  # 1 px: thinner than the ring
    else:  # the style's own edge, as before
        assert all(colour != window for colour in edge), [c.name() for c in edge]


@pytest.mark.parametrize("palette", [HIGH_CONTRAST_LIGHT, HIGH_CONTRAST_DARK], indirect=True)
def test_a_tick_box_shows_its_edge_in_high_contrast(qtbot, palette):
    """The Glossary's 'Show hidden words' box was black on black in the dark high-contrast palette."""
    install_focus_style(QApplication.instance())
    screen = QWidget()
    qtbot.addWidget(screen)
    hidden = QCheckBox("Show hidden words")
    typing = QLineEdit()  # the keyboard is elsewhere, so no focus ring draws the edge
    column = QVBoxLayout(screen)
    column.addWidget(typing)
    column.addWidget(hidden)
    screen.show()
    qtbot.waitExposed(screen)
    typing.setFocus()
    option = QStyleOptionButton()
    hidden.initStyleOption(option)
    box = hidden.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, hidden)
    image = hidden.grab().toImage()
    window = palette.color(palette.ColorRole.Window)
    middle_y = box.center().y()
    sides = [image.pixelColor(box.left(), middle_y), image.pixelColor(box.right(), middle_y)]
    assert all(contrast(colour, window) >= MIN_CONTRAST for colour in sides), [c.name() for c in sides]
