"""Every page and tab in the pseudo-language (each text about 40% longer, with accents, as Welsh and
other languages run longer than English): at normal text size nothing is cut on a laptop screen."""

import datetime as dt

import pytest
from test_fits_the_screen import SCREEN, dialog_problems, page_and_tab_problems

from coprep.core.demo.worked_example import load_demo
from coprep.i18n import PSEUDO, _, set_language


@pytest.fixture
def pseudo_language():
    set_language(PSEUDO)
    yield
    set_language("en")


def test_the_pseudo_language_makes_every_marked_text_longer(pseudo_language):
    shown = _("New meeting")
    assert shown != "New meeting" and len(shown) >= len("New meeting") * 1.4


def test_every_page_and_tab_fits_in_a_longer_language(pseudo_language, window, ws, qtbot):
    load_demo(ws, today=dt.date(2026, 11, 30))
    window.resize(*SCREEN)
    assert "⟦" in window.windowTitle() + window.menuBar().actions()[0].text()
    assert not page_and_tab_problems(window, ws)


def test_every_dialog_fits_in_a_longer_language(pseudo_language, window, ws, qtbot):
    load_demo(ws, today=dt.date(2026, 11, 30))
    assert not dialog_problems(window, ws)


def test_a_tab_keeps_its_title_in_the_language_once_its_page_is_built(pseudo_language, window, ws, qtbot):
    load_demo(ws, today=dt.date(2026, 11, 30))
    meeting_id = ws.db.execute("select id from meetings order by date limit 1").fetchone()[0]
    window.open_meeting(meeting_id, "Fair treatment")  # builds that tab's page in place of its placeholder
    tabs = window.show_section("Meetings").view.tabs
    assert tabs.tabText(tabs.currentIndex()) == _("Fair treatment")
    assert all("⟦" in tabs.tabText(index) for index in range(tabs.count()))
