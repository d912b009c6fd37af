"""Walk the Tab order of a screen as a person does, and work out the order a person reads it in.

Shared by the tab-order test and by anyone who wants to print a screen's stops while fixing it.
"""

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QApplication, QComboBox, QLayout, QWidget

# Two boxes are in the same row when their heights overlap by more than this share of the shorter one.
SAME_ROW = 0.5
MOST_STOPS = 400  # more stops than this on one screen means Tab never comes back round
# Tab may move inside one control first (a date's day, month and year; a page's links): this many
# presses without leaving it is a trap.
MOST_INNER_STEPS = 40


@dataclass
class Stop:
    widget: QWidget
    name: str
    rect: QRect  # where it sits in its window, as if nothing were scrolled
    seen: bool  # whether any of it showed when the keyboard reached it

    def __str__(self) -> str:
        return f"{type(self.widget).__name__} {self.name!r} at {self.rect.x()},{self.rect.y()}"


def control(widget: QWidget) -> QWidget:
    """The control a focused part belongs to: the drop-down or number box around its typing part."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)):
            return parent
        parent = parent.parentWidget()
    return widget


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says for the widget: its own, or from its label or text. (For a
    drop-down, Qt on Linux gives the chosen value as the name, so its own name is asked first.)"""
    face = QAccessible.queryAccessibleInterface(widget)
    return widget.accessibleName().strip() or (face.text(QAccessible.Text.Name).strip() if face else "")


def unscrolled_rect(widget: QWidget) -> QRect:
    """Where the widget sits in its window with every scrolling area at its start, so stops reached
    at different scroll positions compare as a reader sees the page."""
    place = QPoint(0, 0)
    part = widget
    while not part.isWindow():
        parent = part.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        if not (isinstance(area, QAbstractScrollArea) and parent is area.viewport()):
            place += part.pos()  # a scrolled page's own offset is how far it is scrolled: left out
        part = parent
    return QRect(place, widget.size())


def _stop(widget: QWidget) -> Stop:
    seen = widget.isVisible() and not widget.visibleRegion().isEmpty()
    return Stop(widget, spoken_name(widget) or spoken_name(control(widget)), QRect(), seen)


def walk(start: QWidget, qtbot) -> tuple[list[Stop], str]:
    """Press Tab from `start` until the focus comes back to it; the stops, and what went wrong ('' if nothing)."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    first = control(QApplication.focusWidget())
    stops = [_stop(first)]
    trouble = "Tab never comes back to where it started"
    while len(stops) < MOST_STOPS:
        now = _press_tab_until_it_leaves(control(QApplication.focusWidget()), qtbot)
        if now is None:
            trouble = f"Tab does not leave {stops[-1]}"
            break
        if now is first:
            trouble = ""
            break
        stops.append(_stop(now))
    for stop in stops:  # measured together, once the walk is over
        stop.rect = unscrolled_rect(stop.widget)
    return stops, trouble


def _press_tab_until_it_leaves(here: QWidget, qtbot) -> QWidget | None:
    for _ in range(MOST_INNER_STEPS):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is not None and control(now) is not here:
            return control(now)
    return None


def stop_problems(stop: Stop, screen: QWidget) -> list[str]:
    """An invisible stop: hidden, switched off, nameless, or outside the screen it belongs to."""
    problems = []
    widget = stop.widget
    if not stop.seen or widget.width() < 2 or widget.height() < 2:
        problems.append("cannot be seen")
    if not widget.isEnabled():
        problems.append("is switched off")
    if not stop.name:
        problems.append("has no name")
    if widget.window() is not screen.window():
        problems.append("is in another window")
    return [f"{stop} {problem}" for problem in problems]


def _rows(items: list[tuple[QRect, int]]) -> list[list[tuple[QRect, int]]]:
    """Group boxes into rows: a box joins the row whose height it mostly shares."""
    rows: list[list[tuple[QRect, int]]] = []
    for rect, index in sorted(items, key=lambda item: (item[0].top(), item[0].left())):
        for row in rows:
            top = min(r.top() for r, _ in row)
            bottom = max(r.bottom() for r, _ in row)
            shared = min(bottom, rect.bottom()) - max(top, rect.top())
            if shared > SAME_ROW * min(rect.height(), bottom - top):
                row.append((rect, index))
                break
        else:
            rows.append([(rect, index)])
    return [sorted(row, key=lambda item: item[0].left()) for row in rows]


def _arrange(groups: list[list[Stop]]) -> list[Stop]:
    """Groups of stops read row by row, left to right in a row, each group whole."""
    boxes = []
    for index, found in enumerate(groups):
        box = QRect(found[0].rect)
        for stop in found[1:]:
            box = box.united(stop.rect)
        boxes.append((box, index))
    return [stop for row in _rows(boxes) for _box, index in row for stop in groups[index]]


def reading_order(root: QWidget, stops: list[Stop]) -> list[Stop]:
    """The stops in the order a person reads them: pane by pane, and in each part top to bottom, then
    left to right along a row. Works down the widgets and their layouts, so a side-by-side pane (or a
    block of buttons beside a list) is read whole before what is to its right."""
    owner = {id(stop.widget): stop for stop in stops}

    def inside(widget: QWidget) -> list[Stop]:
        own = [owner[id(widget)]] if id(widget) in owner else []
        laid: set[int] = set()
        groups = _layout_groups(widget.layout(), laid) if widget.layout() is not None else []
        for child in widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if id(child) not in laid and (found := inside(child)):
                groups.append(found)
        return own + _arrange(groups)

    def _layout_groups(layout: QLayout, laid: set[int]) -> list[list[Stop]]:
        groups = []
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item.widget() is not None:
                laid.add(id(item.widget()))
                found = inside(item.widget())
            elif item.layout() is not None:
                found = _arrange(_layout_groups(item.layout(), laid))
            else:
                continue
            if found:
                groups.append(found)
        return groups

    return inside(root)


def order_problems(root: QWidget, stops: list[Stop]) -> list[str]:
    """Where Tab leaves reading order: the first stop it reaches out of turn (Tab goes round, so the
    reading order is turned to start where the walk started)."""
    expected = reading_order(root, stops)
    turn = next(i for i, stop in enumerate(expected) if stop.widget is stops[0].widget)
    expected = expected[turn:] + expected[:turn]
    for number, (reached, read) in enumerate(zip(stops, expected, strict=True)):
        if reached.widget is not read.widget:
            return [f"Tab stop {number + 1} is {reached}, but a reader comes to {read} first"]
    return []


def screen_problems(root: QWidget, start: QWidget, qtbot) -> list[str]:
    """Everything wrong with a screen's Tab order, walking it from `start`."""
    stops, trouble = walk(start, qtbot)
    problems = [trouble] if trouble else []
    problems += [problem for stop in stops for problem in stop_problems(stop, root)]
    return problems + order_problems(root, stops)
