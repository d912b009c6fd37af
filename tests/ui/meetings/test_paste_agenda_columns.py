"""The paste-an-agenda window's table of items: the title column gets the room before anything is
pasted and after, and at 200% text it stays a table to type in (it used to become a list that
could not be corrected, and left out what each item is for)."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coprep.core.meetings import meetings
from coprep.ui.meetings.agenda_items_table import KEYS
from coprep.ui.meetings.paste_agenda import PasteAgendaDialog

AGENDA = """Riverside ICB Quality Committee
1. Welcome and apologies - Chair
2. Minutes of the last meeting   For approval
3. Winter plan update   For discussion   Dr Priya Nair   10:30
4. Elective recovery: RTT waiting list and 65-week waits, with the risks to delivery   For assurance   Director of Performance – Tom Ashby   10:45
5. Any other business
"""
TITLE = KEYS.index("title")


def _widths(table) -> list[int]:
    return [table.columnWidth(column) for column in range(table.columnCount())]


def _headings_fit(table) -> bool:
    """Every heading's longest word fits its column, and no column runs past the table's edge."""
    header, metrics = table.horizontalHeader(), table.horizontalHeader().fontMetrics()
    for column in range(table.columnCount()):
        words = str(table.model().headerData(column, Qt.Orientation.Horizontal)).split()
        if max(metrics.horizontalAdvance(word) for word in words) > header.sectionSize(column):
            return False
    return sum(_widths(table)) <= table.viewport().width()


def _paste(dialog, qtbot) -> None:
    QApplication.clipboard().setText(AGENDA)
    dialog.text.setFocus()
    qtbot.keyClick(dialog.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 5)


def _open(window, ws, qtbot) -> PasteAgendaDialog:
    meeting = meetings.add_meeting(ws, meetings.add_committee(ws, "Quality Committee"), "2030-01-10")
    dialog = PasteAgendaDialog(ws, meeting, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_before_and_after_pasting_the_title_column_is_the_widest(window, ws, qtbot):
    dialog = _open(window, ws, qtbot)
    table = dialog.table
    qtbot.waitUntil(lambda: _headings_fit(table) and max(_widths(table)) == table.columnWidth(TITLE))
    assert not table.verticalHeader().isVisible()  # the items' numbers are in the first column already
    _paste(dialog, qtbot)
    qtbot.waitUntil(lambda: _headings_fit(table) and max(_widths(table)) == table.columnWidth(TITLE))
    assert table.item(3, TITLE).text().startswith("Elective recovery")


def test_at_200_percent_the_items_stay_a_table_to_correct(window, ws, qtbot):
    for _ in range(6):  # View › Bigger text, up to 200%
        window.change_text_size(+1)
    dialog = _open(window, ws, qtbot)
    _paste(dialog, qtbot)
    table = dialog.table
    qtbot.waitUntil(lambda: table.isVisible() and _headings_fit(table))
    table.setCurrentCell(1, TITLE)
    qtbot.keyClick(table, Qt.Key.Key_F2)  # correct a title, as a person would
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Minutes of 12 March")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    assert table.item(1, TITLE).text() == "Minutes of 12 March"
    assert table.cellWidget(1, KEYS.index("purpose")).currentText() == "For approval"
