"""Every page and tab in the pseudo-language (each text about 40% longer, with accents, as Welsh and
other languages run longer than English): at normal text size nothing is cut on a laptop screen."""

import datetime as dt

import pytest
from test_fits_the_screen import SCREEN, _cut_labels, _problems, _settle

from coprep.core.demo.worked_example import load_demo
from coprep.i18n import PSEUDO, _, set_language
from coprep.ui.meetings.committee_view import COMMITTEE_TABS
from coprep.ui.meetings.meeting_view import MEETING_TABS
from coprep.ui.shell.main_window import SECTIONS


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
    assert not problems


def test_every_dialog_fits_in_a_longer_language(pseudo_language, window, ws, qtbot):
    from atspi_app import screens

    load_demo(ws, today=dt.date(2026, 11, 30))
    problems = []
    for name, show in screens(window, ws):
        if not name.startswith("Dialog"):
            continue
        dialog = show()
        _settle()
        hint = dialog.minimumSizeHint()
        if hint.width() > SCREEN[0] or hint.height() > SCREEN[1]:
            problems.append(f"{name}: needs {hint.width()}x{hint.height()}")
        problems += [f"{name}: {label}" for label in _cut_labels(dialog)]
        dialog.close()
    assert not problems
