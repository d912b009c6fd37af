"""Small helpers so every field gets a visible label, a buddy and a name for screen readers.

Dialogs' classes are imported where they are used: naming one makes PySide build it (and its
enums), which the window's first paint, using only `name`, need not wait for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QFormLayout, QLabel, QLayout, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

from coprep.i18n import _
from coprep.ui.shell.announce import StatusLine
from coprep.ui.shell.colours import PROBLEM, pick, when_palette_changes

WARNING_SIGN = "\u26a0"  # ⚠, so a problem never shows by its colour alone


def add_row(form: QFormLayout, label: str, field: QWidget, help_text: str = "") -> QLabel:
    """Add a labelled field; the label's & letter becomes its keyboard shortcut."""
    caption = QLabel(label)
    caption.setBuddy(field)
    field.setAccessibleName(label.replace("&", "").rstrip(":"))
    if help_text:
        field.setAccessibleDescription(help_text)
        field.setToolTip(help_text)
    form.addRow(caption, field)
    return caption


def name(widget: QWidget, accessible_name: str, help_text: str = "") -> QWidget:
    """Give a control a name for screen readers (and a tooltip when there is more to say)."""
    widget.setAccessibleName(accessible_name)
    if help_text:
        widget.setAccessibleDescription(help_text)
        widget.setToolTip(help_text)
    return widget


class ProblemLabel(StatusLine):
    """What needs fixing in a form, in words after a warning sign, bold, in a red that stays
    readable on this palette (light, dark or high contrast); said at once to a screen reader."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, urgent=True)
        self.setWordWrap(True)
        when_palette_changes(self, self._colour)

    def _colour(self) -> None:
        self.setStyleSheet(f"color: {pick(QApplication.palette(), PROBLEM).name()}; font-weight: bold")

    def setText(self, text: str) -> None:  # noqa: N802 (Qt's name)
        super().setText(f"{WARNING_SIGN} {text}" if text and not text.startswith(WARNING_SIGN) else text)


def show_problem(parent: QWidget | None, message: str, title: str | None = None) -> None:
    """Tell the person, in plain words, what went wrong and what to do."""
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(parent, title or _("Something needs fixing"), message)


def save_cancel_buttons() -> QDialogButtonBox:
    """Save (Alt+S, and Enter) and Cancel (Esc), with their letters underlined like every other button."""
    from PySide6.QtWidgets import QDialogButtonBox

    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(_("&Save"))
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(_("Cancel"))
    return buttons


def save_cancel_layout(
    dialog: QDialog, *parts: QLayout | QWidget, on_save: Callable[[], None] | None = None
) -> QDialogButtonBox:
    """Lay out a dialog's parts top to bottom with Save and Cancel below them (Save calls on_save or accept)."""
    buttons = save_cancel_buttons()
    buttons.accepted.connect(on_save or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    layout.addWidget(buttons)
    return buttons


def run_modal(dialog: QDialog) -> int:
    """Show a dialog until it is closed, then let it go (so it stops listening for changes)."""
    result = dialog.exec()
    dialog.deleteLater()
    return result
