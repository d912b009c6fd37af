"""Fields the time-and-money windows share: dates, committee and list choices, hours as typed."""

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QLineEdit, QWidget

from coprep.core.meetings.meetings import get_committee, list_committees
from coprep.core.storage import clock
from coprep.core.storage.validate import InputError
from coprep.core.storage.workspace import Workspace
from coprep.i18n import N_, _
from coprep.ui.shell.forms import show_problem

TIME_HINT = N_("Hours, like 1.5 or 1:30, or minutes, like 90m")
MONEY_HINT = N_("Pounds and pence, like 12.50")


def date_field(day: str | None = None) -> QDateEdit:
    """A date box with a calendar, showing dates as "12 March 2026"."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMMM yyyy")
    set_date(edit, day)
    return edit


def set_date(edit: QDateEdit, day: str | None) -> None:
    """Show an ISO date, or today when there is none."""
    chosen = dt.date.fromisoformat(day) if day else clock.today()
    edit.setDate(QDate(chosen.year, chosen.month, chosen.day))


def iso_date(edit: QDateEdit) -> str:
    return edit.date().toString("yyyy-MM-dd")


def choice_box(words: Mapping[str, str]) -> QComboBox:
    """A drop-down list showing the words and holding the stored keys."""
    box = QComboBox()
    for key, text in words.items():
        box.addItem(text, key)
    return box


def committee_box(ws: Workspace, none_words: str | None = None) -> QComboBox:
    box = QComboBox()
    box.addItem(none_words or _("Not for a committee"), None)
    for committee in list_committees(ws.db):
        box.addItem(committee.name, committee.id)
    return box


def follow_committee(ws: Workspace, committee: QComboBox, organisation: QLineEdit) -> None:
    """Fill in the organisation whenever a committee is chosen."""

    def chosen() -> None:
        found = get_committee(ws.db, committee.currentData()) if committee.currentData() else None
        if found is not None and found.organisation:
            organisation.setText(found.organisation)

    committee.currentIndexChanged.connect(chosen)


def choose(box: QComboBox, value: object) -> None:
    """Select the entry holding this value (the first entry if none does)."""
    box.setCurrentIndex(max(0, box.findData(value)))


def hours_and_minutes(minutes: int) -> str:
    """Minutes as the person would type them back, like "1:30"; empty for none."""
    return f"{minutes // 60}:{minutes % 60:02d}" if minutes else ""


def saved(parent: QWidget, save: Callable[[], object]) -> bool:
    """Run a save; if core refuses the input, explain why and return False so the window stays open."""
    try:
        save()
    except InputError as error:
        show_problem(parent, str(error))
        return False
    return True
