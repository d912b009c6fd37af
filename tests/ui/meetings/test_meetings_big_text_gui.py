"""At 200% text on a laptop screen the Meetings page stacks its panes: the list of meetings still
shows several meetings at once (it showed one and a half), and the chosen meeting's tabs are a few
presses of Tab away, brought into sight as the keyboard reaches them (Tab used to stop for good on
"Change details…", as the hidden tab bar took it and went nowhere)."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coprep.core.demo.worked_example import load_demo
from coprep.ui.meetings.meetings_page import MEETING_ID

LAPTOP = (1366, 768)


def _at_200_percent(window, ws, qtbot, today):
    today(dt.date(2026, 11, 30))
    load_demo(ws, today=dt.date(2026, 11, 30))
    window.resize(*LAPTOP)
    page = window.show_section("Meetings")
    page.refresh()  # the worked example was put in behind the window's back
    first = ws.db.execute("select id from meetings where date >= '2026-11-30' order by date limit 1").fetchone()[0]
    window.open_meeting(first, tab="Agenda")
    for _ in range(6):  # View › Bigger text, up to 200%
        window.change_text_size(+1)
    window.resize(*LAPTOP)
    qtbot.waitUntil(lambda: page.splitter.orientation() == Qt.Orientation.Vertical)  # the panes stacked
    for _ in range(6):
        QApplication.processEvents()  # the reflow it asked for
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return page


def _whole_meetings_in_sight(tree) -> int:
    seen = tree.viewport().rect()
    heads = [tree.topLevelItem(index) for index in range(tree.topLevelItemCount())]
    rows = [head.child(index) for head in heads for index in range(head.childCount())]
    return sum(1 for row in rows if row.data(0, MEETING_ID) and seen.contains(tree.visualItemRect(row)))


def test_at_200_percent_the_stacked_list_shows_several_meetings_whole(window, ws, qtbot, today):
    page = _at_200_percent(window, ws, qtbot, today)
    page.tree.scrollToTop()
    assert _whole_meetings_in_sight(page.tree) >= 4


def test_at_200_percent_tab_goes_from_the_list_to_the_meeting_s_tabs_and_shows_them(window, ws, qtbot, today):
    page = _at_200_percent(window, ws, qtbot, today)
    page.tree.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.tree)
    holder = page.view.tabs.parentWidget()  # the tabs, and the buttons standing in for their bar
    reached = []
    for _press in range(4):  # Delete meeting, Change details…, then the tabs
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget().accessibleName())
        if holder.isAncestorOf(QApplication.focusWidget()):
            break
    focused = QApplication.focusWidget()
    assert holder.isAncestorOf(focused), reached
    qtbot.waitUntil(lambda: not focused.visibleRegion().isEmpty())  # scrolled into sight
    qtbot.keyClick(focused, Qt.Key.Key_Right)  # the next tab opens, as on a tab bar
    assert page.view.tabs.currentIndex() == 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # and Tab goes on into the page
    assert QApplication.focusWidget() is not focused
