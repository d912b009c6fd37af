"""Tabs that do not fit turn into a wrapped set of buttons, all in sight, that the keyboard and a
screen reader use as they would the tabs; back to tabs when there is room again."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coprep.core.demo.worked_example import load_demo
from coprep.ui.meetings.meeting_view import MEETING_TABS
from coprep.ui.shell.tab_buttons import TabButtons

SCREEN = (1366, 768)


def _settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


def _meeting_view(window, ws):
    load_demo(ws, today=dt.date(2026, 11, 30))
    meeting_id = ws.db.execute("select id from meetings order by date desc limit 1").fetchone()[0]
    window.resize(*SCREEN)
    window.open_meeting(meeting_id, tab="Agenda")
    view = window.show_section("Meetings").view
    return view, view.parentWidget().findChild(TabButtons) or view.findChild(TabButtons)


def test_tabs_that_do_not_fit_become_buttons_all_in_sight(window, ws, qtbot):
    view, buttons = _meeting_view(window, ws)
    _settle()
    assert not buttons.wrapped and view.tabs.tabBar().isVisible()  # normal text: the usual tabs

    for _ in range(6):  # 200% text
        window.change_text_size(+1)
    window.resize(*SCREEN)
    _settle()
    assert buttons.wrapped and buttons.isVisible() and not view.tabs.tabBar().isVisible()
    shown = buttons.group.buttons()
    assert [b.text() for b in shown] == [title for title, _m, _c in MEETING_TABS]
    for button in shown:  # every button whole and inside the window: nothing behind an arrow
        assert button.isVisible() and button.width() >= button.sizeHint().width()
        corner = button.mapTo(window, button.rect().bottomRight())
        assert corner.x() <= window.width()
    assert len({b.y() for b in shown}) > 1  # they wrapped onto a second line
    assert shown[0].isChecked() and shown[0].font().bold()  # the open page, pressed and in bold
    assert shown[2].accessibleName() == "Words to know"
    assert "page 3 of 6" in shown[2].accessibleDescription()

    qtbot.mouseClick(shown[1], Qt.MouseButton.LeftButton)  # click: the page opens, by its stable key
    assert view.tabs.currentWidget() is view.show_tab("Papers")
    shown[1].setFocus()
    qtbot.keyClick(shown[1], Qt.Key.Key_Right)  # the arrow keys move along, as on a tab bar
    assert view.tabs.currentIndex() == 2 and shown[2].hasFocus()
    qtbot.keyClick(shown[2], Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.currentIndex() == 3 and shown[3].hasFocus() and shown[3].isChecked()
    qtbot.keyClick(shown[3], Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.currentIndex() == 4
    qtbot.keyClick(
        shown[4], Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert view.tabs.currentIndex() == 3
    view.show_tab("Briefing pack")  # opened by its title elsewhere: the buttons follow
    assert shown[5].isChecked() and not shown[3].isChecked()
    # Ctrl+Tab still works from inside the page, and the buttons follow
    page = view.tabs.currentWidget()
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.currentIndex() == 0 and shown[0].isChecked()

    window.change_text_size(0)  # normal text again: the tabs come back
    window.resize(*SCREEN)
    _settle()
    assert not buttons.isVisible() and view.tabs.tabBar().isVisible()
    assert view.tabs.tabBar().tabText(view.tabs.currentIndex()) == "Agenda"


def test_buttons_hide_with_their_tabs(window, ws, qtbot):
    view, buttons = _meeting_view(window, ws)
    for _ in range(6):
        window.change_text_size(+1)
    _settle()
    assert buttons.isVisible()
    view.show_meeting(None)  # no meeting chosen: no tabs, and no buttons for them either
    _settle()
    assert not view.tabs.isVisible() and not buttons.isVisible()
