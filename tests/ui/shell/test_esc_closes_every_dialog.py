"""Every dialog in coprep closes with Esc, from where the keyboard is when it opens, and keeps
nothing: a person who opened the wrong thing always has a way out. The list below is checked
against every QDialog class in coprep/ui, so a new dialog cannot be left out."""

import ast
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from paper_files import make_pdf
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

import coprep.ui
from coprep.core.demo.worked_example import load_demo
from coprep.core.money import benefits
from coprep.core.papers.meeting_words import MeetingTerm
from coprep.core.papers.pack_pages import read_pack
from coprep.core.papers.pack_split import split_pack
from coprep.core.words.glossary_csv import check_import
from coprep.ui.fairness.chair_summary_dialog import SummaryDialog
from coprep.ui.fairness.conditions_list import ConditionsListDialog
from coprep.ui.fairness.rung_panel import RuleDialog
from coprep.ui.meetings.committee_dialog import CommitteeDialog
from coprep.ui.meetings.contacts_panel import ContactDialog
from coprep.ui.meetings.meeting_dialog import MeetingDialog
from coprep.ui.meetings.paste_agenda import PasteAgendaDialog
from coprep.ui.money.activity_dialog import ActivityDialog
from coprep.ui.money.benefits_dialog import BenefitsDialog
from coprep.ui.money.chaser_dialog import ChaserDialog
from coprep.ui.money.claim_dialog import ClaimDialog
from coprep.ui.money.claim_item_dialog import ClaimItemDialog
from coprep.ui.money.limit_warning import LimitWarning
from coprep.ui.money.payment_dialog import PaymentDialog
from coprep.ui.money.statement_dialog import StatementDialog
from coprep.ui.papers.pack_preview import PackPreview
from coprep.ui.shell.backup_dialogs import RestoreDialog
from coprep.ui.shell.help_window import HelpWindow, guide_pages
from coprep.ui.words.glossary_dialogs import EntryDialog, ImportReportDialog
from coprep.ui.words.quiz_dialog import QuizDialog


def dialog_classes() -> set[str]:
    """The name of every class in coprep/ui made directly from QDialog."""
    found = set()
    for path in Path(coprep.ui.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(getattr(b, "id", "") == "QDialog" for b in node.bases):
                found.add(node.name)
    return found


def makers(window, ws, tmp_path) -> dict[str, Callable[[], QDialog]]:
    """How to open each dialog, on the worked example's data."""
    committee, meeting = ws.db.execute("select committee_id, id from meetings order by date desc").fetchone()
    pack = make_pdf(tmp_path / "pack.pdf", ["Agenda\n1 Welcome 1\n2 Winter plan 2", "Welcome", "Winter plan"])
    return {
        "ClaimDialog": lambda: ClaimDialog(ws, parent=window),
        "ChaserDialog": lambda: ChaserDialog(ws, parent=window),
        "StatementDialog": lambda: StatementDialog(ws, parent=window),
        "PaymentDialog": lambda: PaymentDialog(ws, parent=window),
        "ClaimItemDialog": lambda: ClaimItemDialog(parent=window),
        "ActivityDialog": lambda: ActivityDialog(ws, parent=window),
        "LimitWarning": lambda: LimitWarning(benefits.check_payment(ws.db, "2026-11-30", "900.00"), window),
        "BenefitsDialog": lambda: BenefitsDialog(ws, parent=window),
        "CommitteeDialog": lambda: CommitteeDialog(ws, parent=window),
        "MeetingDialog": lambda: MeetingDialog(ws, parent=window),
        "PasteAgendaDialog": lambda: PasteAgendaDialog(ws, meeting, window),
        "ContactDialog": lambda: ContactDialog(ws, committee, parent=window),
        "HelpWindow": lambda: HelpWindow(guide_pages(), window),
        "RestoreDialog": lambda: RestoreDialog(ws, window),
        "EntryDialog": lambda: EntryDialog(ws, parent=window),
        "ImportReportDialog": lambda: ImportReportDialog(check_import(ws, b"term,meaning\nZindle,A word.\n"), "w.csv"),
        "QuizDialog": lambda: QuizDialog(ws, [MeetingTerm("Quorum", "Enough members to decide.", 2, False)], "Try"),
        "SummaryDialog": lambda: SummaryDialog(ws, committee, window, today=dt.date(2026, 11, 30)),
        "ConditionsListDialog": lambda: ConditionsListDialog(ws, window),
        "RuleDialog": lambda: RuleDialog(ws, window),
        "PackPreview": lambda: PackPreview(split_pack(read_pack(pack)), window),
    }


def _everything(ws) -> dict[str, int]:
    return {table: ws.db[table].count for table in ws.db.table_names()}


def test_every_dialog_closes_with_esc_and_keeps_nothing(window, ws, qtbot, tmp_path):
    load_demo(ws, today=dt.date(2026, 11, 30))
    how = makers(window, ws, tmp_path)
    assert set(how) == dialog_classes()
    before = _everything(ws)
    still_open = []
    for name, make in how.items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Escape)
        if dialog.isVisible() or dialog.result() != QDialog.DialogCode.Rejected:
            still_open.append(name)
            dialog.reject()
    assert still_open == []
    assert _everything(ws) == before
