"""The committee's "My role" tab: one notes box with a harmless "Show formatted" view, and contacts to copy or email."""

from modal_dialogs import answer_delete_question
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QTextDocument
from PySide6.QtWidgets import QDialogButtonBox

from coprep.core.meetings import contacts, meetings
from coprep.ui.meetings.contacts_panel import ContactDialog

HOSTILE = (
    "## Who to ask\n"
    "<script>alert('hello')</script>\n"
    '<img src="http://tracker.example/pixel.png" onerror="alert(1)">\n'
    "![map](https://tracker.example/map.png)\n"
    "[terms](javascript:alert(1)) and **Sam**"
)


def open_role_tab(window, ws):
    committee = meetings.add_committee(ws, "Trust board")
    page = window.show_section("Committees")
    page.open_committee(committee)
    index = next(i for i in range(page.view.tabs.count()) if page.view.tabs.tabText(i) == "My role")
    page.view.tabs.setCurrentIndex(index)
    return committee, page.view.tab(index)


def test_new_committee_notes_start_from_the_template_in_one_box_with_a_switch(window, ws, qtbot):
    _committee, tab = open_role_tab(window, ws)
    assert "## Who is my contact or buddy?" in tab.editor.toPlainText()
    assert tab.editor.isVisible() and not tab.preview.isVisible()  # one box, not the text twice
    assert tab.notes_view.switch.accessibleName() == "Show my notes about my role formatted"
    tab.notes_view.switch.setFocus()
    qtbot.keyClick(tab.notes_view.switch, Qt.Key.Key_Space)
    assert tab.preview.isVisible() and not tab.editor.isVisible()
    assert tab.preview.geometry() == tab.editor.geometry()  # shown in the same place
    assert "Who is my contact or buddy?" in tab.preview.toPlainText()
    assert "## What am I here for?" not in tab.preview.toPlainText()  # a heading, not its marks


def test_typed_notes_are_saved_and_shown_harmlessly(window, ws, qtbot):
    committee, tab = open_role_tab(window, ws)
    tab.editor.setFocus()
    qtbot.keyClick(tab.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tab.editor, Qt.Key.Key_Delete)
    for line in HOSTILE.splitlines():
        qtbot.keyClicks(tab.editor, line)
        qtbot.keyClick(tab.editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "**Sam**" in meetings.get_committee(ws.db, committee).role_notes)

    tab.notes_view.switch.click()  # Show formatted
    shown = tab.preview.toHtml()
    assert "<script" not in shown and "alert" not in shown
    assert "<img" not in shown and "tracker.example" not in shown and "onerror" not in shown
    assert "javascript" not in shown
    assert "Who to ask" in tab.preview.toPlainText() and "[picture not shown: map]" in tab.preview.toPlainText()
    assert (
        tab.preview.loadResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl("https://tracker.example/map.png")
        )
        is None
    )

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Who is my contact or buddy?" in tab.editor.toPlainText()  # one undo puts back the typing


class MailCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_add_a_contact_then_copy_and_email(window, ws, qtbot):
    committee, tab = open_role_tab(window, ws)
    dialog = ContactDialog(ws, committee, parent=tab)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.fields["name"], "Sam Patel")
    qtbot.keyClicks(dialog.fields["role"], "Committee secretary")
    qtbot.keyClicks(dialog.fields["email"], "sam.patel@example")
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert "should look like sam@example.org" in dialog.problem.text()
    assert contacts.list_contacts(ws.db, committee) == []
    qtbot.keyClicks(dialog.fields["email"], ".org")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert [c.name for c in contacts.list_contacts(ws.db, committee)] == ["Sam Patel"]

    panel = tab.contacts
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.buttons["copy"], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "Sam Patel (Committee secretary), sam.patel@example.org"

    catcher = MailCatcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "open")
    try:
        qtbot.mouseClick(panel.buttons["email"], Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("mailto")
    assert catcher.opened == ["mailto:sam.patel@example.org"]


def test_a_contact_without_email_cannot_be_emailed_and_removing_undoes(window, ws, qtbot):
    committee, tab = open_role_tab(window, ws)
    contacts.add_contact(ws, committee, name="Margaret Oduya", role="Chair")
    panel = tab.contacts
    panel.list.setCurrentRow(0)
    assert not panel.buttons["email"].isEnabled()
    asked: list[str] = []
    answer_delete_question(qtbot, "Delete", asked)
    qtbot.mouseClick(panel.buttons["remove"], Qt.MouseButton.LeftButton)
    assert "Margaret Oduya" in asked[0]
    assert panel.list.count() == 0 and "Ctrl+Z" in panel.done.text()
    window.undo_action.trigger()  # Edit › Undo
    assert panel.list.count() == 1
