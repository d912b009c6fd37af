"""The focus mark, measured in real pixels: for each kind of control, drawn focused and unfocused in
the light, dark and high-contrast palettes, the pixels that change with at least 3:1 contrast form a
ring at least 2 px thick all round (WCAG 2.2's focus appearance: the area that changes, compared
pixel by pixel between the focused and unfocused control)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from coprep.ui.shell.colours import contrast, dark_palette, high_contrast_palette

RING = 2  # px, the thinnest mark allowed
COVER = 0.8  # of each side of the ring that must be there (corners may be rounded off)
SEARCH = 4  # px in from the outermost changed pixel where the ring may start


def _list() -> QWidget:
    rows = QListWidget()
    rows.addItems(["First meeting", "Second meeting", "Third meeting"])
    rows.setCurrentRow(1)
    return rows


def _tree() -> QWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(["Meeting"])
    tree.addTopLevelItems([QTreeWidgetItem([words]) for words in ("Tuesday", "Wednesday", "Thursday")])
    tree.setCurrentItem(tree.topLevelItem(1))
    return tree


def _table() -> QWidget:
    table = QTableWidget(3, 2)
    for row in range(3):
        for column in range(2):
            table.setItem(row, column, QTableWidgetItem(f"Cell {row} {column}"))
    table.setCurrentCell(1, 0)
    return table


def _tabs() -> QWidget:
    bar = QTabBar()
    for title in ("Agenda", "Papers", "Words to know"):
        bar.addTab(title)
    return bar


def _combo() -> QWidget:
    box = QComboBox()
    box.addItems(["Normal (12 point)", "Large (16 point)"])
    return box


KINDS = {
    "button": lambda: QPushButton("Save"),
    "text field": lambda: QLineEdit("Quality committee"),
    "drop-down": _combo,
    "number box": lambda: QSpinBox(),
    "date": lambda: QDateEdit(),
    "tick box": lambda: QCheckBox("I asked for this item"),
    "round button": lambda: QRadioButton("Met"),
    "notes box": lambda: QPlainTextEdit("Some notes"),
    "list row": _list,
    "tree row": _tree,
    "table cell": _table,
    "tab bar": _tabs,
}

PALETTES = {
    "light": lambda: QApplication.style().standardPalette(),
    "dark": dark_palette,
    "high contrast, light": lambda: high_contrast_palette(False),
    "high contrast, dark": lambda: high_contrast_palette(True),
}


def ring_problems(focused: QImage, unfocused: QImage) -> list[str]:
    """What falls short in the pixels that changed with focus (empty when they form a good ring)."""
    width, height = focused.width(), focused.height()
    strong = {
        (x, y)
        for y in range(height)
        for x in range(width)
        if focused.pixel(x, y) != unfocused.pixel(x, y)
        and contrast(QColor(focused.pixel(x, y)), QColor(unfocused.pixel(x, y))) >= 3.0
    }
    if not strong:
        return ["nothing changes with 3:1 contrast"]
    left, right = min(x for x, _ in strong), max(x for x, _ in strong)
    top, bottom = min(y for _, y in strong), max(y for _, y in strong)

    def line(side: str, depth: int) -> list[tuple[int, int]]:
        if side in ("top", "bottom"):
            y = top + depth if side == "top" else bottom - depth
            return [(x, y) for x in range(left, right + 1)]
        x = left + depth if side == "left" else right - depth
        return [(x, y) for y in range(top, bottom + 1)]

    def covered(side: str, depth: int) -> float:
        points = line(side, depth)
        return sum(point in strong for point in points) / len(points)

    problems = []
    for side in ("top", "bottom", "left", "right"):
        # WCAG counts the area that changes enough: along each side, at least RING lines of the band
        # where the ring may lie (it may start a pixel or two in, and cross a control's own edge).
        strong_lines = sum(covered(side, depth) >= COVER for depth in range(SEARCH + RING))
        if strong_lines < RING:
            problems.append(f"the {side} of the ring changes enough on {strong_lines} lines, not {RING}")
    return problems


@pytest.fixture
def palettes():
    kept = QPalette(QApplication.palette())
    yield PALETTES
    QApplication.setPalette(kept)


def _grab(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


@pytest.mark.parametrize("kind", list(KINDS))
def test_every_kind_of_control_shows_a_clear_ring_in_every_palette(qtbot, palettes, kind):
    problems = []
    for palette_name, make_palette in palettes.items():
        QApplication.setPalette(make_palette())
        screen = QWidget()
        qtbot.addWidget(screen)
        control = KINDS[kind]()
        elsewhere = QPushButton("Somewhere else")
        column = QVBoxLayout(screen)
        column.addWidget(control)
        column.addWidget(elsewhere)
        screen.resize(360, 200 if kind.endswith(("row", "cell", "box")) else 110)
        screen.show()
        qtbot.waitExposed(screen)
        screen.activateWindow()
        qtbot.waitUntil(screen.isActiveWindow)
        control.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(control.hasFocus)
        focused = _grab(control)
        elsewhere.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(elsewhere.hasFocus)
        unfocused = _grab(control)
        problems += [f"{kind}, {palette_name}: {problem}" for problem in ring_problems(focused, unfocused)]
        screen.close()
    assert not problems


def test_the_measure_refuses_a_thin_or_faint_mark():
    """The measure itself: a 1 px line, or a 2 px ring in a colour too close to the ground, fails."""
    ground = QImage(40, 30, QImage.Format.Format_RGB32)
    ground.fill(QColor("#efefef"))
    thin = QImage(ground)
    faint = QImage(ground)
    good = QImage(ground)
    for x in range(5, 35):
        for y in range(5, 25):
            edge = min(x - 5, 34 - x, y - 5, 24 - y)
            if edge == 0:
                thin.setPixelColor(x, y, QColor("#000000"))
            if edge <= 1:
                faint.setPixelColor(x, y, QColor("#c8c8c8"))
                good.setPixelColor(x, y, QColor("#1f5fa8"))
    assert ring_problems(thin, ground) and ring_problems(faint, ground)
    assert ring_problems(good, ground) == []
