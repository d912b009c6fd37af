"""At 200% text the paste-an-agenda window stacks its panes: the table of items read shows enough
rows to check a pasted agenda (it showed two), and the window still fits a laptop screen."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from coprep.core.meetings import meetings
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


def test_at_200_percent_the_table_shows_five_items_to_check(window, ws, qtbot):
    for _ in range(6):  # View › Bigger text, up to 200%
        window.change_text_size(+1)
    meeting = meetings.add_meeting(ws, meetings.add_committee(ws, "Quality Committee"), "2030-01-10")
    dialog = PasteAgendaDialog(ws, meeting, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(LAPTOP[0] * 9 // 10, LAPTOP[1] * 9 // 10)  # as it opens on a laptop screen
    QApplication.clipboard().setText(AGENDA)
    dialog.text.setFocus()
    qtbot.keyClick(dialog.text, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 8)
    for _ in range(6):
        QApplication.processEvents()  # the reflow and the table's fitting that it asked for
    assert dialog.minimumSizeHint().height() <= LAPTOP[1]
    dialog.table.scrollToTop()
    assert _whole_rows_in_sight(dialog.table) >= 5
    dialog.close()
