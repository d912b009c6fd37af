"""Tables keep their columns inside their width: long text wraps and rows grow taller; a table
whose words cannot fit side by side at all shows its rows as a list that acts like the table."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidget, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from coprep.ui.shell.wrapped_table import wrap_long_rows

LONG = "The committee agreed to look again at waiting times for children's mental health services in spring"


def _settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def _table(qtbot, headings: list[str], rows: list[list[str]], width: int) -> tuple[QWidget, QTableWidget]:
    holder = QWidget()
    qtbot.addWidget(holder)
    table = QTableWidget(len(rows), len(headings))
    table.setHorizontalHeaderLabels(headings)
    table.setAccessibleName("Things you spent")
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            table.setItem(row, column, QTableWidgetItem(text))
    QVBoxLayout(holder).addWidget(table)
    wrap_long_rows(table)
    holder.resize(width, 500)
    holder.show()
    _settle()
    return holder, table


def test_long_rows_wrap_inside_the_table_instead_of_running_off_its_edge(qtbot):
    _holder, table = _table(
        qtbot, ["Item", "What happened", "Owed"], [["4", LONG, "£12.50"], ["5", "Noted", "none"]], 600
    )
    header = table.horizontalHeader()
    assert header.length() <= table.viewport().width()  # nothing sideways to scroll to
    assert not table.horizontalScrollBar().isVisible()
    one_line = table.fontMetrics().lineSpacing()
    assert table.rowHeight(0) > 2 * one_line  # the long row grew to show its words on more lines
    assert table.rowHeight(1) < 2 * one_line + 10  # a short one did not
    money = table.fontMetrics().horizontalAdvance("£12.50")
    assert header.sectionSize(2) > money  # short columns keep their words whole
    assert header.sectionSize(1) > header.sectionSize(0)  # the long text has most of the room


def test_a_table_too_wide_even_for_its_words_becomes_a_list_that_acts_for_it(qtbot):
    headings = [f"Heading{n}" for n in range(12)]
    rows = [[f"Organisation{r}"] + [f"£{r}{n}0.00" for n in range(1, 12)] for r in range(3)]
    holder, table = _table(qtbot, headings, rows, 500)
    shown = holder.findChild(QListWidget)
    assert shown is not None and shown.isVisible() and not table.isVisible()
    assert shown.accessibleName() == "Things you spent"
    assert shown.item(1).text().splitlines()[:3] == ["Organisation1", "Heading1: £110.00", "Heading2: £120.00"]
    activated: list[int] = []
    table.activated.connect(lambda index: activated.append(index.row()))
    shown.setFocus()
    shown.setCurrentRow(0)
    qtbot.keyClick(shown, Qt.Key.Key_Down)
    assert table.currentRow() == shown.currentRow() == 1  # choosing an entry chooses the row
    qtbot.keyClick(shown, Qt.Key.Key_Return)
    assert activated == [1]  # Enter does what it does on the table

    holder.resize(4000, 500)  # room enough: the table again
    _settle()
    assert table.isVisible() and not shown.isVisible()
    assert table.horizontalHeader().length() <= table.viewport().width()


def test_a_heading_broken_over_two_lines_reads_as_one_line_in_the_list(qtbot):
    """Seen at 200% text in Time and money: "Paid for" on one line of an entry and "your time: £675.00" on the next."""
    headings = ["Organisation"] + [f"Paid for\nyour time {n}" for n in range(11)]
    rows = [["NHS Riverside"] + [f"£{n}75.00" for n in range(11)]]
    holder, _table_shown = _table(qtbot, headings, rows, 500)
    shown = holder.findChild(QListWidget)
    assert shown.isVisible()
    assert shown.item(0).text().splitlines()[:2] == ["NHS Riverside", "Paid for your time 0: £075.00"]
