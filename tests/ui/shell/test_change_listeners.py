"""Screens hear about changes while they exist, and stop when they are closed and deleted."""

import datetime as dt

from PySide6.QtWidgets import QWidget

from coprep.ui.shell.changes import on_change


def test_a_listener_stops_when_its_screen_is_deleted(ws, qtbot):
    screen = QWidget()
    heard = []
    on_change(screen, ws, {"committees"}, lambda: heard.append("refreshed"))
    ws.insert("committees", {"name": "Board", "organisation": "Trust"}, label="Add")
    assert heard == ["refreshed"]
    screen.deleteLater()
    qtbot.waitUntil(lambda: _deleted(screen))
    ws.insert("committees", {"name": "Panel", "organisation": "Trust"}, label="Add")
    assert heard == ["refreshed"]


def _deleted(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return not isValid(widget)


def test_the_time_and_money_page_starts_on_the_tax_year_of_the_clock(window, qtbot, today):
    today(dt.date(2026, 4, 5))
    page = window.show_section("Time and money")
    assert page.year.currentText() == "2025 to 2026"


def test_a_window_left_very_small_opens_at_the_usual_size_again(ws, qtbot):
    from PySide6.QtCore import QByteArray

    from coprep.core.storage.settings import set_setting
    from coprep.ui.shell import settings as keys
    from coprep.ui.shell.main_window import SMALLEST_USEFUL, MainWindow

    set_setting(ws.db, "welcomed", "yes")
    first = MainWindow(ws)
    qtbot.addWidget(first)
    first.resize(300, 200)
    keys.settings().setValue(keys.GEOMETRY, QByteArray(first.saveGeometry()))
    again = MainWindow(ws)
    qtbot.addWidget(again)
    assert again.width() >= SMALLEST_USEFUL[0] and again.height() >= SMALLEST_USEFUL[1]
