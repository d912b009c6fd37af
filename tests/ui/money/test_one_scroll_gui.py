"""The Time and money summary scrolls as one page: at 200% text it was a list that scrolled inside
a summary that scrolled inside the page that scrolled, so a mouse wheel moved whichever box it
happened to be over. Now only the page scrolls, at any text size."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QAbstractScrollArea, QApplication

from coprep.core.demo.worked_example import load_demo

LAPTOP = (1366, 768)


def _scrolling_boxes(widget) -> list[str]:
    """The boxes in `widget` that show a scroll bar up and down."""
    return [
        f"{type(box).__name__} {box.accessibleName()!r}"
        for box in widget.findChildren(QAbstractScrollArea)
        if box.isVisible() and box.verticalScrollBar().isVisible()
    ]


@pytest.mark.parametrize("steps", [0, 6], ids=["100%", "200%"])
def test_the_summary_scrolls_as_one_page(window, ws, qtbot, today, steps):
    today(dt.date(2026, 11, 30))
    load_demo(ws, today=dt.date(2026, 11, 30))
    window.resize(*LAPTOP)
    page = window.show_section("Time and money")
    page.refresh()  # the worked example was put in behind the window's back
    for _ in range(steps):  # View › Bigger text
        window.change_text_size(+1)
    window.resize(*LAPTOP)
    for _ in range(6):
        QApplication.processEvents()  # the reflow it asked for
    area = window.stack.currentWidget()  # the section's own scrolling area
    qtbot.waitUntil(lambda: area.verticalScrollBar().isVisible())  # the summary is longer than the window
    assert _scrolling_boxes(page.summary) == []
    assert _scrolling_boxes(page) == []  # nothing on the page scrolls but the page

    # Nor can anything in the summary take the mouse wheel for itself (a box with a hidden scroll
    # bar still scrolls by the wheel when its insides are taller): a wheel turned over it reaches
    # the page. (Qt passes on a real wheel's turn, not a made one, so it is checked by the ranges.)
    inside = [box for box in page.summary.findChildren(QAbstractScrollArea) if box.isVisible()]
    assert inside and all(box.verticalScrollBar().maximum() == 0 for box in inside)
    assert area.verticalScrollBar().maximum() > 0
