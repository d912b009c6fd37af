"""No screen shows a computer word a lay member would stumble on ("entity", "record" as a row,
"sync", "invalid", "error", "Markdown", "database"): every label, button, tab, heading of a column,
hint in an empty box and menu item on every page, tab and dialog of the worked example."""

import datetime as dt
import re

from atspi_app import screens
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTableView,
    QTextEdit,
)

from coprep.core.demo.worked_example import load_demo

COMPUTER_WORDS = re.compile(
    r"\b(entity|entities|sync|invalid|error|errors|markdown|database|widget|null|exception)\b", re.I
)


def _plain(text: str) -> str:
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


def _words_shown(root) -> list[str]:
    """The interface's own words in root (not what the person typed or the papers say)."""
    shown = [_plain(label.text()) for label in root.findChildren(QLabel)]
    shown += [thing.text() for thing in root.findChildren(QAbstractButton) + root.findChildren(QAction)]
    shown += [box.title() for box in root.findChildren(QGroupBox)]
    shown += [bar.tabText(i) for bar in root.findChildren(QTabBar) for i in range(bar.count())]
    shown += [box.placeholderText() for box in root.findChildren(QLineEdit) + root.findChildren(QPlainTextEdit)]
    shown += [box.placeholderText() for box in root.findChildren(QTextEdit)]
    for table in root.findChildren(QTableView):
        model = table.model()
        shown += [str(model.headerData(c, table.horizontalHeader().orientation())) for c in range(model.columnCount())]
    return [text.replace("&", "") for text in shown if text]


def test_no_page_tab_or_dialog_shows_a_computer_word(window, ws, qtbot):
    load_demo(ws, today=dt.date(2026, 11, 30))
    found = set()
    for where, show in screens(window, ws):
        shown = show()
        for root in [window] + ([shown] if shown is not None else []):
            found |= {f"{where}: {text!r}" for text in _words_shown(root) if COMPUTER_WORDS.search(text)}
        if shown is not None:
            shown.close()
    assert not sorted(found)
