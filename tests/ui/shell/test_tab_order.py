"""Tab goes through every page, tab and dialog in the order a person reads it, and stops only on
controls that can be seen, are switched on and have a name: pressed as a person presses it."""

import datetime as dt
from collections.abc import Callable

import pytest
from atspi_app import screens
from focus_chain import screen_problems
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from coprep.core.demo.worked_example import load_demo


def _settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


@pytest.fixture
def demo(window, ws, qtbot):
    load_demo(ws, today=dt.date(2026, 11, 30))
    window.resize(1366, 768)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _more_dialogs(window, ws) -> dict[str, Callable[[], QWidget]]:
    """Dialogs the shared list of screens leaves out, each opened on the worked example."""
    from coprep.ui.fairness.chair_summary_dialog import SummaryDialog
    from coprep.ui.fairness.conditions_list import ConditionsListDialog
    from coprep.ui.fairness.rung_panel import RuleDialog
    from coprep.ui.meetings.contacts_panel import ContactDialog
    from coprep.ui.meetings.paste_agenda import PasteAgendaDialog
    from coprep.ui.money.benefits_dialog import BenefitsDialog
    from coprep.ui.money.chaser_dialog import ChaserDialog
    from coprep.ui.money.claim_item_dialog import ClaimItemDialog
    from coprep.ui.money.statement_dialog import StatementDialog
    from coprep.ui.shell.backup_dialogs import RestoreDialog

    committee = ws.db.execute("select id from committees order by id limit 1").fetchone()[0]
    meeting = ws.db.execute("select id from meetings order by id limit 1").fetchone()[0]
    return {
        "Chase late money": lambda: ChaserDialog(ws, parent=window),
        "Statement": lambda: StatementDialog(ws, parent=window),
        "Benefits": lambda: BenefitsDialog(ws, parent=window),
        "Restore a backup": lambda: RestoreDialog(ws, window),
        "List of conditions": lambda: ConditionsListDialog(ws, window),
        "How the rung is worked out": lambda: RuleDialog(ws, window),
        "Summary for the chair": lambda: SummaryDialog(ws, committee, window),
        "Paste an agenda": lambda: PasteAgendaDialog(ws, meeting, parent=window),
        "A contact": lambda: ContactDialog(ws, committee, parent=window),
        "Something spent": lambda: ClaimItemDialog(parent=window),
    }


def test_every_page_and_tab_reads_in_order_with_no_invisible_stops(demo, ws, qtbot):
    problems = []
    for name, show in screens(demo, ws):
        if name.startswith("Dialog"):
            continue
        show()
        _settle()
        problems += [f"{name}: {problem}" for problem in screen_problems(demo, demo.sections, qtbot)]
    assert not problems


def test_every_dialog_reads_in_order_with_no_invisible_stops(demo, ws, qtbot):
    shown = [(name, show) for name, show in screens(demo, ws) if name.startswith("Dialog")]
    for name, make in _more_dialogs(demo, ws).items():

        def show(make=make) -> QWidget:
            dialog = make()
            dialog.show()
            return dialog

        shown.append((f"Dialog {name}", show))
    problems = []
    for name, show in shown:
        dialog = show()
        _settle()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        start = dialog.focusWidget() or dialog.nextInFocusChain()
        problems += [f"{name}: {problem}" for problem in screen_problems(dialog, start, qtbot)]
        dialog.close()
    assert not problems


def test_the_walk_finds_a_stop_out_of_reading_order_and_an_invisible_one(qtbot):
    """The check itself: two panes side by side, the right one's box first in Tab order, and a
    bare panel with no name taking a Tab stop of its own."""
    screen = QWidget()
    qtbot.addWidget(screen)
    left, right = QWidget(), QWidget()
    first = QLineEdit(left)
    first.setAccessibleName("First")
    second = QPushButton("Second", left)
    QVBoxLayout(left).addWidget(first)
    left.layout().addWidget(second)
    third = QLineEdit()
    third.setAccessibleName("Third")
    filler = QWidget()
    filler.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    QVBoxLayout(right).addWidget(third)
    right.layout().addWidget(filler)
    row = QHBoxLayout(screen)
    row.addWidget(left)
    row.addWidget(right)
    QWidget.setTabOrder(first, third)
    QWidget.setTabOrder(third, filler)
    QWidget.setTabOrder(filler, second)
    screen.show()
    qtbot.waitExposed(screen)
    screen.activateWindow()
    qtbot.waitUntil(screen.isActiveWindow)
    problems = screen_problems(screen, first, qtbot)
    assert any(problem.startswith("QWidget ''") and "has no name" in problem for problem in problems)
    assert any("Tab stop 2 is QLineEdit 'Third'" in problem and "'Second'" in problem for problem in problems)

    QWidget.setTabOrder(first, second)
    QWidget.setTabOrder(second, third)
    filler.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    assert screen_problems(screen, first, qtbot) == []
