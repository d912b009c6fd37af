"""Every page, tab and dialog fits a 1366x768 laptop screen at 100%, 150% and 200% text, by
rearranging rather than by shrinking the text: nothing needs sideways scrolling, no label is cut,
no tab hides behind a tab bar's arrows, no table runs past its edge, no list or text box is
squeezed to a sliver, and side-by-side panes stack when the window is narrow."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)

from coprep.core.demo.worked_example import load_demo
from coprep.ui.meetings.committee_view import COMMITTEE_TABS
from coprep.ui.meetings.meeting_view import MEETING_TABS
from coprep.ui.shell.main_window import SECTIONS, TEXT_SCALES

SCREEN = (1366, 768)
STEPS = {"100%": 0, "150%": TEXT_SCALES.index(1.5) - 1, "200%": TEXT_SCALES.index(2.0) - 1}


def _settle() -> None:
    """Let the reflow that a change asks for run (it waits for the next turn of the event loop)."""
    for _ in range(6):
        QApplication.processEvents()


def _cut_labels(root: QWidget) -> list[str]:
    """Visible one-line labels and tick boxes whose words are wider than the room they were given."""
    cut = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() <= 1:
            continue
        if (
            isinstance(widget, QLabel)
            and not widget.wordWrap()
            and widget.textFormat() != Qt.TextFormat.RichText
            and not GuiQt.mightBeRichText(widget.text())
        ):
            needed = QFontMetrics(widget.font()).horizontalAdvance(widget.text().replace("&", ""))
            if needed > widget.contentsRect().width() + 1:
                cut.append(f"label {widget.text()!r}")
        elif isinstance(widget, (QCheckBox, QRadioButton, QAbstractButton)) and widget.text():
            if widget.sizeHint().width() > widget.width() + 1:
                cut.append(f"{type(widget).__name__} {widget.text()!r}")
    return cut


def _hidden_parts(root: QWidget) -> list[str]:
    """Tabs out of sight behind a tab bar's arrows, tables wider than their room, boxes squeezed to a sliver."""
    found = []
    for bar in root.findChildren(QTabBar):
        if bar.isVisible() and bar.sizeHint().width() > bar.width() + 1:
            found.append(f"tab bar {bar.parentWidget().accessibleName()!r} hides tabs behind its arrows")
    for table in root.findChildren(QTableView):
        if table.isVisible() and table.horizontalHeader().length() > table.viewport().width() + 1:
            found.append(f"table {table.accessibleName()!r} runs past its edge")
    for box in root.findChildren(QWidget):
        if isinstance(box, (QAbstractItemView, QPlainTextEdit, QTextEdit)) and not isinstance(box, QHeaderView):
            if box.isVisible() and box.height() < box.fontMetrics().lineSpacing() * 2 and box.window() is root.window():
                found.append(f"{type(box).__name__} {box.accessibleName()!r} is {box.height()} px tall")
    return found


def _problems(window, where: str) -> list[str]:
    _settle()
    found = []
    hint = window.minimumSizeHint()
    if hint.width() > SCREEN[0] or hint.height() > SCREEN[1]:
        found.append(f"{where}: the window needs {hint.width()}x{hint.height()}")
    area = window.stack.currentWidget()
    if isinstance(area, QScrollArea) and area.widget().minimumSizeHint().width() > area.viewport().width():
        found.append(
            f"{where}: needs {area.widget().minimumSizeHint().width()} px across, has {area.viewport().width()}"
        )
    found += [f"{where}: {label}" for label in _cut_labels(window) + _hidden_parts(window)]
    return found


def page_and_tab_problems(window, ws) -> list[str]:
    """What does not fit on every section, meeting tab and committee tab (shared with the pseudo-language test)."""
    problems = []
    for title, _module, _cls in SECTIONS:
        window.show_section(title)
        problems += _problems(window, title)
    meeting_id = ws.db.execute(
        "select meeting_id from agenda_items group by meeting_id order by count(*) desc limit 1"
    ).fetchone()[0]
    for title, _module, _cls in MEETING_TABS:
        window.open_meeting(meeting_id, tab=title)
        problems += _problems(window, f"Meeting tab {title}")
    committees = window.show_section("Committees").view
    for index, (title, _module, _cls) in enumerate(COMMITTEE_TABS):
        committees.tabs.setCurrentIndex(index)
        problems += _problems(window, f"Committee tab {title}")
    return problems


def dialog_problems(window, ws) -> list[str]:
    """What does not fit in each dialog: too big for the screen, or a label cut."""
    from atspi_app import screens

    problems = []
    for name, show in screens(window, ws):
        if not name.startswith("Dialog"):
            continue
        dialog = show()
        _settle()
        hint = dialog.minimumSizeHint()
        if hint.width() > SCREEN[0] or hint.height() > SCREEN[1]:
            problems.append(f"{name}: needs {hint.width()}x{hint.height()}")
        problems += [f"{name}: {label}" for label in _cut_labels(dialog) + _hidden_parts(dialog)]
        dialog.close()
    return problems


@pytest.mark.parametrize("size", list(STEPS))
def test_every_page_and_tab_fits_a_laptop_screen(window, ws, qtbot, size):
    load_demo(ws, today=dt.date(2026, 11, 30))
    window.resize(*SCREEN)
    for _ in range(STEPS[size]):
        window.change_text_size(+1)
    window.resize(*SCREEN)
    assert not page_and_tab_problems(window, ws)


def test_normal_text_size_gives_back_a_window_that_fits(window, ws, qtbot):
    load_demo(ws, today=dt.date(2026, 11, 30))
    window.open_meeting(ws.db.execute("select id from meetings limit 1").fetchone()[0], tab="Briefing pack")
    for _ in range(6):
        window.change_text_size(+1)
    _settle()
    window.change_text_size(0)
    _settle()
    hint = window.minimumSizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1]
    screen = window.screen().availableGeometry()
    assert window.width() <= max(screen.width(), hint.width())


@pytest.mark.parametrize("size", list(STEPS))
def test_every_dialog_fits_a_laptop_screen(window, ws, qtbot, size):
    load_demo(ws, today=dt.date(2026, 11, 30))
    for _ in range(STEPS[size]):
        window.change_text_size(+1)
    assert not dialog_problems(window, ws)


def test_side_by_side_panes_stack_in_a_narrow_window_and_come_back_in_a_wide_one(window, ws, qtbot):
    load_demo(ws, today=dt.date(2026, 11, 30))
    page = window.show_section("Committees")
    split = page.findChild(QSplitter)
    window.resize(*SCREEN)
    _settle()
    assert split.orientation() == Qt.Orientation.Horizontal  # normal text, laptop width: side by side
    window.resize(700, SCREEN[1])  # the person makes the window narrow, at normal text
    _settle()
    assert split.orientation() == Qt.Orientation.Vertical
    assert window.width() <= 700  # the window stays as narrow as it was made
    assert not _problems(window, "Committees in a narrow window")
    window.resize(*SCREEN)
    _settle()
    assert split.orientation() == Qt.Orientation.Horizontal


def _fits_on_screen(dialog) -> bool:
    screen = dialog.screen().availableGeometry()
    return dialog.width() <= screen.width() and dialog.height() <= screen.height()


def test_a_dialog_sized_in_lines_at_the_biggest_text_opens_no_bigger_than_the_screen(window, ws, qtbot):
    """Seen at 200% on a 1366x768 screen: "How is the rung worked out?" opened 1224 px tall, its Close
    button below the bottom of the screen."""
    from modal_dialogs import when_dialog_opens

    load_demo(ws, today=dt.date(2026, 11, 30))
    for _ in range(6):
        window.change_text_size(+1)
    page = window.show_section("Committees")
    page.view.tabs.show_page("Fair treatment")
    explain = next(b for b in page.findChildren(QAbstractButton) if b.text() == "&How is the rung worked out?")
    seen = []

    def look(dialog) -> None:
        _settle()  # the reflow that its showing asked for
        seen.append(_fits_on_screen(dialog))
        dialog.reject()

    when_dialog_opens(look)
    qtbot.mouseClick(explain, Qt.MouseButton.LeftButton)
    assert seen == [True]


def test_my_benefits_scrolls_at_the_biggest_text_with_close_in_sight(window, ws, qtbot):
    """Its two tables and form need more height than a laptop screen has at 200%: the part above Close scrolls."""
    load_demo(ws, today=dt.date(2026, 11, 30))
    for _ in range(6):
        window.change_text_size(+1)
    dialog = window.show_section("Time and money").open_benefits()
    qtbot.waitUntil(dialog.isVisible)
    _settle()
    screen = dialog.screen().availableGeometry()
    assert dialog.minimumSizeHint().height() <= screen.height() and _fits_on_screen(dialog)
    close = dialog.findChild(QDialogButtonBox)
    assert close.isVisible() and dialog.rect().contains(close.geometry())
    assert not _cut_labels(dialog) and not _hidden_parts(dialog)
    dialog.close()
