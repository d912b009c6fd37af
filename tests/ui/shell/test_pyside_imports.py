"""PySide's question "does this module use PySide?" answered from the module's names, not its source."""

import json

import coprep.core.meetings.meetings
import coprep.ui.shell.changes
import coprep.ui.shell.roomy_rows
from coprep.ui.shell.pyside_imports import uses_pyside


def test_modules_holding_pyside_classes_use_it_and_others_do_not():
    assert uses_pyside(coprep.ui.shell.changes)  # QObject, Signal
    assert uses_pyside(coprep.ui.shell.roomy_rows)  # a QStyledItemDelegate subclass and QSize
    assert not uses_pyside(coprep.core.meetings.meetings)
    assert not uses_pyside(json)
