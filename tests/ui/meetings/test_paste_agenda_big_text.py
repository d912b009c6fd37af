"""At 200% text the paste-an-agenda window stacks its panes: the table of items read shows enough
rows to check a pasted agenda (it showed two), and the window still fits a laptop screen. Return in
a cell keeps the correction (seen on a real window, too) and leaves the window open."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coprep.core.meetings import meetings
from coprep.ui.meetings.agenda_items_table import KEYS
from coprep.ui.meetings.paste_agenda import PasteAgendaDialog

AGENDA = """Quality Committee
1. Welcome and apologies
2. Declarations of interest
3. Minutes of the last meeting
4. Matters arising
5. Winter plan update
6. Patient experience report
7. Any other business
8. Date of next meeting
"""
LAPTOP = (1366, 768)


def _whole_rows_in_sight(table) -> int:
    seen = table.viewport().rect()
    return sum(1 for row in range(table.rowCount()) if seen.contains(table.visualRect(table.model().index(row, 0))))


def _pasted_at_200_percent(window, ws, qtbot) -> PasteAgendaDialog:
    for _ in range(6):  # View › Bigger text, up to 200%
        window.change_text_size(+1)
    meeting = meetings.add_meeting(ws, meetings.add_committee(ws, "Quality Committee"), "2030-01-10")
    dialog = PasteAgendaDialog(ws, meeting, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(LAPTOP[0] * 9 // 10, LAPTOP[1] * 9 // 10)  # as it opens on a laptop screen
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    QApplication.clipboard().setText(AGENDA)
    dialog.text.setFocus()
    qtbot.keyClick(dialog.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 8)
    for _ in range(6):
        QApplication.processEvents()  # the reflow and the table's fitting that it asked for
    return dialog


def test_at_200_percent_the_table_shows_five_items_to_check(window, ws, qtbot):
    dialog = _pasted_at_200_percent(window, ws, qtbot)
    assert dialog.minimumSizeHint().height() <= LAPTOP[1]
    dialog.table.scrollToTop()
    assert _whole_rows_in_sight(dialog.table) >= 5
    dialog.close()


def test_return_in_a_cell_keeps_the_correction_and_the_window_open(window, ws, qtbot):
    dialog = _pasted_at_200_percent(window, ws, qtbot)
    table, title = dialog.table, KEYS.index("title")
    table.setFocus()
    table.setCurrentCell(2, title)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Minutes of 12 March")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # Qt keeps the typing one turn after Return, once the box has had the key: wait for it.
    qtbot.waitUntil(lambda: table.item(2, title).text() == "Minutes of 12 March")
    assert dialog.isVisible()  # Return kept the correction; it did not press "Add 8 items"
    assert not meetings.agenda(ws.db, dialog.meeting_id)
    assert table.items()[2]["title"] == "Minutes of 12 March"
    dialog.close()
