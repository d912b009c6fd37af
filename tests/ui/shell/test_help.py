"""Help inside the app: the guide, the shortcuts, the worked example in its own file, Esc closes."""

from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMenu

from coprep.core.meetings import meetings
from coprep.ui.shell.help_window import HelpWindow, guide_pages, worked_example_path


def _help_action(window, words: str):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert isinstance(menu, QMenu)
    return next(a for a in menu.actions() if a.text().replace("&", "") == words)


def _open_help_windows():
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, HelpWindow) and w.isVisible()]


def test_the_guide_has_a_page_per_task_and_esc_closes_it(window, qtbot):
    titles = [title for title, _text in guide_pages()]
    assert len(titles) >= 8 and "Deleting, and getting things back" in titles
    _help_action(window, "coprep help").trigger()
    shown = _open_help_windows()[0]
    assert shown.list.count() == len(titles)
    qtbot.keyClick(shown.list, Qt.Key.Key_Down)
    assert shown.page.toPlainText().startswith(titles[1])
    qtbot.keyClick(shown.list, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _open_help_windows())


def test_keyboard_shortcuts_come_from_the_menus(window, qtbot):
    _help_action(window, "Keyboard shortcuts").trigger()
    shown = _open_help_windows()[0]
    text = shown.page.toPlainText()
    assert "Ctrl+Z" in text and "Edit › Undo" in text and "View › Bigger text" in text and "Ctrl+0" in text
    shown.activateWindow()
    qtbot.waitUntil(shown.isActiveWindow)
    qtbot.keyClick(shown.page, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not _open_help_windows())


def test_the_worked_example_opens_in_its_own_file_never_in_the_persons(window, ws, qtbot):
    meetings.add_committee(ws, "My own committee")
    before = ws.db["meetings"].count
    _help_action(window, "Open the worked example").trigger()
    example = next(
        w for w in QApplication.topLevelWidgets() if w is not window and getattr(w, "ws", None) and w.isVisible()
    )
    qtbot.addWidget(example)
    assert example.ws.path == worked_example_path(ws.path) and example.ws.path != ws.path
    assert example.ws.db["meetings"].count > 0 and "worked example" in example.windowTitle()
    assert ws.db["meetings"].count == before and [c.name for c in meetings.list_committees(ws.db)] == [
        "My own committee"
    ]
    example.close()


class _Catcher(QObject):
    """Stands in for the file manager: notes which folder it was asked to show."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.asked.append(url.toLocalFile())


def test_open_my_data_folder_asks_the_desktop_for_the_folder_that_holds_the_database(window, ws, qtbot):
    catcher = _Catcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        _help_action(window, "Open my data folder").trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert catcher.asked == [str(ws.path.parent)]


def test_help_window_alone_shows_a_chosen_page():
    window = HelpWindow(guide_pages())
    window.show_title("Time and money")
    assert "tax year" in window.page.toPlainText()
    window.close()


def test_every_button_the_guide_names_is_there_by_that_name(window, ws, qtbot):
    """A newcomer follows the guide word for word: each "press **…**" and each named "…" button must be
    a button or menu item they can find (the guide once said "Paste an agenda…" for "Paste or open an
    agenda…")."""
    import datetime as dt
    import re

    from atspi_app import screens
    from modal_dialogs import when_dialog_opens
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton

    from coprep.core.demo.worked_example import load_demo

    load_demo(ws, today=dt.date(2026, 11, 30))
    found: set[str] = set()
    for _where, show in screens(window, ws):
        shown = show()
        for root in [window, shown] if shown is not None else [window]:
            for thing in root.findChildren(QAbstractButton) + root.findChildren(QAction):
                found.add(thing.text().replace("&", "").split(" (Ctrl")[0])
        if shown is not None:
            shown.close()

    # two windows the guide walks through, opened by their buttons: pasting an agenda, practising words
    def look_and_close(dialog) -> None:
        found.update(button.text().replace("&", "") for button in dialog.findChildren(QAbstractButton))
        dialog.reject()

    for tab, button_name in (("Agenda", "Paste or open an agenda"), ("Words to know", "Practise this meeting's words")):
        page = window.show_section("Meetings").view.show_tab(tab)
        button = next(b for b in page.findChildren(QAbstractButton) if b.accessibleName() == button_name)
        qtbot.waitUntil(button.isEnabled)
        when_dialog_opens(look_and_close)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    named = set()
    for _title, text in guide_pages():
        named |= set(re.findall(r"[Pp]ress \*\*([^*]+)\*\*", text))
        named |= {name.split(" › ")[-1] for name in re.findall(r"\*\*([^*]+…)\*\*", text)}
    assert named and not sorted(named - found)
