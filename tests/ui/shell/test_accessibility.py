"""Every control on every screen has a name a screen reader can say."""

import datetime as dt

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from coprep.core.demo.worked_example import load_demo
from coprep.ui.meetings.committee_view import COMMITTEE_TABS
from coprep.ui.meetings.meeting_view import MEETING_TABS
from coprep.ui.shell.main_window import SECTIONS

CONTROLS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractButton)


def _is_part_of_another_control(widget: QWidget) -> bool:
    """Line edits inside spin boxes and combo boxes, and table headers, are named by their owner."""
    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox)) and widget is not parent:
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root) or _is_part_of_another_control(widget):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.replace("&", "").strip()):
            missing.append(f"{type(widget).__name__} in {type(widget.parentWidget()).__name__}")
    return missing


def test_every_screen_names_its_controls(window, ws, qtbot):
    load_demo(ws, today=dt.date(2026, 11, 30))
    missing = []
    for title, _module, _cls in SECTIONS:
        page = window.show_section(title)
        missing += [f"{title}: {m}" for m in _unnamed(page)]
    meetings_page = window.show_section("Meetings")
    meeting_id = ws.db.execute("select id from meetings order by date desc limit 1").fetchone()[0]
    window.open_meeting(meeting_id)
    for title, _module, _cls in MEETING_TABS:
        tab = meetings_page.view.show_tab(title)
        missing += [f"Meeting tab {title}: {m}" for m in _unnamed(tab)]
    committee_view = window.show_section("Committees").view
    for index, (title, _module, _cls) in enumerate(COMMITTEE_TABS):
        committee_view.tabs.setCurrentIndex(index)
        missing += [f"Committee tab {title}: {m}" for m in _unnamed(committee_view.tab(index))]
    assert not missing
