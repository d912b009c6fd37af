"""The list of meetings reads whole: a long committee name wraps onto more lines, at any text size
and width, instead of ending in "…"."""

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from coprep.core.meetings import meetings

LONG = "North East and North Cumbria Integrated Care Board Quality and Safety Committee"


def _settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


def _shown_whole(tree, row) -> bool:
    """True if the row is tall enough for its words wrapped at the width it has."""
    rect = tree.visualItemRect(row)
    width = rect.width() - 2 * (tree.style().pixelMetric(tree.style().PixelMetric.PM_FocusFrameHMargin) + 1)
    words = tree.fontMetrics().boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, row.text(0))
    return rect.isValid() and words.height() <= rect.height() and words.width() <= width


def test_a_long_committee_name_wraps_in_the_meetings_list_at_normal_and_double_text(window, ws, qtbot):
    committee = meetings.add_committee(ws, LONG)
    for day in ("2030-01-10", "2030-02-10", "2030-03-10"):
        meetings.add_meeting(ws, committee, day)
    window.resize(1366, 768)
    page = window.show_section("Meetings")
    _settle()
    rows = [page.tree.topLevelItem(0).child(index) for index in range(3)]
    assert LONG in rows[0].text(0)
    assert all(_shown_whole(page.tree, row) for row in rows)
    assert page.tree.visualItemRect(rows[0]).height() >= 3 * page.tree.fontMetrics().lineSpacing()  # it wrapped
    assert page.tree.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways for
    assert page.tree.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff

    for _ in range(6):  # View › Bigger text, up to 200%
        window.change_text_size(+1)
    window.resize(1366, 768)
    _settle()
    assert all(_shown_whole(page.tree, row) for row in rows)


def test_narrowing_the_meetings_list_wraps_its_rows_again_and_keeps_the_chosen_one_in_sight(window, ws, qtbot):
    committee = meetings.add_committee(ws, LONG)
    ids = [meetings.add_meeting(ws, committee, f"2030-{month:02}-10") for month in range(1, 13)]
    window.resize(1366, 768)
    page = window.show_section("Meetings")
    page.select(ids[-1])
    _settle()
    chosen = page.tree.currentItem()
    before = page.tree.visualItemRect(chosen).height()
    sizes = page.splitter.sizes()
    page.splitter.setSizes([sizes[0] * 2 // 3, sum(sizes) - sizes[0] * 2 // 3])  # the person drags the divider left
    _settle()
    assert page.tree.visualItemRect(chosen).height() > before
    assert _shown_whole(page.tree, chosen)
    assert page.tree.viewport().rect().contains(page.tree.visualItemRect(chosen))
