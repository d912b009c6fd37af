"""coprep's own colours read on light, dark and high-contrast palettes, follow a change of palette
while the window is open, and a problem never shows by colour alone."""

import datetime as dt
from array import array
from collections import Counter

import pytest
from atspi_app import screens
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QPlainTextEdit, QTextEdit, QWidget

from coprep.core.demo.worked_example import load_demo
from coprep.ui.shell.colours import (
    MARK_CONTRAST,
    NOTICE_BACKGROUND,
    NOTICE_EDGE,
    NOTICE_TEXT,
    OURS,
    PROBLEM,
    TEXT_CONTRAST,
    check_colours,
    chosen,
    contrast,
    dark_palette,
    high_contrast_palette,
    mark_colour,
    pick,
    remembered_colours,
    tint,
    wanted_palette,
)
from coprep.ui.shell.forms import WARNING_SIGN
from coprep.ui.words.jargon_highlight import UNDERLINE

PALETTES = {
    "light": lambda: QApplication.style().standardPalette(),
    "dark": dark_palette,
    "high-contrast-light": lambda: high_contrast_palette(False),
    "high-contrast-dark": lambda: high_contrast_palette(True),
}


@pytest.fixture
def keep_palette():
    kept = QPalette(QApplication.palette())
    yield
    QApplication.setPalette(kept)


def _settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


def text_contrast(widget: QWidget) -> float:
    """The contrast between the commonest colour in the widget's pixels (its ground) and the colour
    that stands out most from it (the core of its letters)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    pixels = array("I", bytes(image.constBits())[: image.width() * image.height() * 4])
    counts = Counter(pixels)
    ground = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(contrast(QColor.fromRgb(colour), ground) for colour in counts)


def faint_text(root: QWidget) -> list[str]:
    """Labels and text boxes on screen whose words stand out less than 4.5:1 from their ground."""
    faint = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or not widget.isEnabled() or widget.visibleRegion().isEmpty():
            continue
        if isinstance(widget, QLabel) and widget.text().strip() and widget.pixmap().isNull():
            shown = widget
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)) and widget.toPlainText().strip():
            shown = widget.viewport()
        else:
            continue
        if shown.width() > 4 and shown.height() > 4 and (found := text_contrast(shown)) < TEXT_CONTRAST:
            words = widget.text() if isinstance(widget, QLabel) else widget.accessibleName()
            faint.append(f"{type(widget).__name__} {words[:40]!r}: {found:.1f}:1")
    return faint


@pytest.mark.parametrize("palette_name", list(PALETTES))
def test_coprep_s_own_colours_stand_out_on_every_palette(keep_palette, palette_name):
    palette = PALETTES[palette_name]()
    window = palette.color(QPalette.ColorRole.Window)
    assert contrast(pick(palette, PROBLEM), window) >= TEXT_CONTRAST
    notice = chosen(palette, NOTICE_BACKGROUND)
    assert contrast(pick(palette, NOTICE_TEXT, notice), notice) >= TEXT_CONTRAST
    assert contrast(pick(palette, NOTICE_EDGE, notice, MARK_CONTRAST), notice) >= MARK_CONTRAST
    ground, text = tint(palette)
    assert contrast(text, ground) >= TEXT_CONTRAST
    base = palette.color(QPalette.ColorRole.Base)
    assert contrast(pick(palette, UNDERLINE, base, MARK_CONTRAST), base) >= MARK_CONTRAST  # a glossary word's
    assert contrast(mark_colour(palette, "#D55E00"), base) >= MARK_CONTRAST  # the chart's line of money owed


def test_every_screen_reads_after_the_system_turns_dark(window, ws, qtbot, keep_palette):
    """The window is opened light; the system then turns dark (or high contrast) and every label and
    text box on every page, tab and dialog still reads at 4.5:1, in real pixels."""
    load_demo(ws, today=dt.date(2026, 11, 30))
    window.resize(1366, 768)
    problems = []
    for palette_name in ("dark", "high-contrast-dark"):
        QApplication.setPalette(PALETTES[palette_name]())
        for name, show in screens(window, ws):
            dialog = show()
            _settle()
            problems += [f"{palette_name}, {name}: {faint}" for faint in faint_text(dialog or window)]
            if dialog is not None:
                dialog.close()
    assert not problems


def test_a_problem_shows_in_words_after_a_sign_and_reads_in_dark(window, ws, qtbot, keep_palette):
    from coprep.core.meetings import meetings
    from coprep.ui.meetings.contacts_panel import ContactDialog

    committee = meetings.add_committee(ws, "Quality Committee", organisation="NHS Riverside")
    dialog = ContactDialog(ws, committee, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields["name"], "Sam Jones")
    qtbot.keyClicks(dialog.fields["email"], "sam at example")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.problem.isVisible)
    assert dialog.problem.text().startswith(WARNING_SIGN)  # not colour alone
    assert ws.db.execute("select count(*) from contacts").fetchone()[0] == 0
    light = text_contrast(dialog.problem)
    QApplication.setPalette(dark_palette())  # the system turns dark while the form is open
    _settle()
    shown = QColor(dialog.problem.palette().color(QPalette.ColorRole.WindowText))
    assert shown == pick(dialog.palette(), PROBLEM)  # the red for dark windows, not the one for light
    assert light >= TEXT_CONTRAST and text_contrast(dialog.problem) >= TEXT_CONTRAST


@pytest.mark.parametrize(
    ("scheme", "more_contrast", "theme_is_dark", "wanted"),
    [
        (Qt.ColorScheme.Light, False, False, None),  # the theme already matches: kept
        (Qt.ColorScheme.Dark, False, True, None),
        (Qt.ColorScheme.Unknown, False, False, None),
        (Qt.ColorScheme.Dark, False, False, "dark"),  # dark asked for, the theme gave Qt none
        (Qt.ColorScheme.Light, True, False, "high-contrast-light"),
        (Qt.ColorScheme.Dark, True, False, "high-contrast-dark"),
        (Qt.ColorScheme.Unknown, True, True, "high-contrast-dark"),
    ],
)
def test_coprep_puts_in_a_palette_only_when_the_system_asks_for_one_its_theme_lacks(
    scheme, more_contrast, theme_is_dark, wanted
):
    given = wanted_palette(scheme, more_contrast, theme_is_dark)
    assert given == wanted
    if wanted is not None:
        palette, expected = OURS[given](), PALETTES[wanted]()
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.WindowText, QPalette.ColorRole.Highlight):
            assert palette.color(role) == expected.color(role), (wanted, role)


def test_the_palette_the_check_chose_is_the_next_start_s_first_paint(qapp, keep_palette, monkeypatch):
    """The check of the system's settings runs just after the first paint; what it chose is also
    remembered, so the next start paints in it from the first (a person who asked for dark or more
    contrast never sees a light window first, once coprep has seen their setting)."""
    from coprep.ui.shell import colours
    from coprep.ui.shell import settings as keys

    theme = QPalette(qapp.palette())
    window = QPalette.ColorRole.Window
    for asked in ("dark", "high-contrast-light", "high-contrast-dark", None):
        monkeypatch.setattr(colours, "wanted_palette", lambda *_args, asked=asked: asked)
        check_colours(qapp)  # the system asks for it while coprep is open
        expected = OURS[asked]() if asked else theme
        assert qapp.palette().color(window) == expected.color(window), asked
        assert keys.settings().value(keys.COLOURS) == (asked or "")
        qapp.setPalette(QPalette())  # the next start, before any check: the theme's colours
        remembered_colours(qapp)
        assert qapp.palette().color(window) == expected.color(window), asked
        assert qapp.palette().color(QPalette.ColorRole.Highlight) == expected.color(QPalette.ColorRole.Highlight)
    assert keys.settings().value(keys.COLOURS) == ""  # the request ended: the theme's own colours again
