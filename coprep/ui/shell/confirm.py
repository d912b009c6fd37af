"""Questions before a step: one way to delete anything (say what will go, ask, default to keeping
it, say how to undo), and why a first meeting needs its committee.

Every delete button and key in coprep calls `confirm_delete`. The question names what goes with
the thing ("This meeting, its 10 agenda items, 2 papers and your 12 ratings"), the default button is
"Keep it" (so Enter or Esc never loses anything), and afterwards the status bar says how to bring
it back. Undo still works as before. What is not yet saved (an expense in a claim form) or is
kept outside undo (the chair letter's changed words) is asked about with `ask_to_delete` and its
own words on getting it back.
"""

from collections.abc import Callable

from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from coprep.core.storage.workspace import Workspace
from coprep.i18n import _, ngettext
from coprep.ui.shell.announce import announce

# What each table's rows are called when they go with something else. Tables not named here
# (e.g. the text of each paper page) go without a mention: the person never saw them as things.
_THINGS: dict[str, Callable[[int], str]] = {
    "meetings": lambda n: ngettext("{n} meeting", "{n} meetings", n).format(n=n),
    "contacts": lambda n: ngettext("{n} contact", "{n} contacts", n).format(n=n),
    "agenda_items": lambda n: ngettext("{n} agenda item", "{n} agenda items", n).format(n=n),
    "follow_ups": lambda n: ngettext("{n} thing to follow up", "{n} things to follow up", n).format(n=n),
    "papers": lambda n: ngettext("{n} paper", "{n} papers", n).format(n=n),
    "condition_ratings": lambda n: ngettext(
        "your {n} fair-treatment answer", "your {n} fair-treatment answers", n
    ).format(n=n),
    "claim_items": lambda n: ngettext("{n} expense", "{n} expenses", n).format(n=n),
}


def what_goes(ws: Workspace, table: str, row_id: int, this: str) -> str:
    """A sentence naming what deleting this row removes: `this` first, then what goes with it."""
    counts = ws.rows_deleted_with(table, row_id)
    parts = [this]
    parts += [describe(counts[other]) for other, describe in _THINGS.items() if other != table and counts.get(other)]
    if table in ("meetings", "committees"):
        parts.append(_("your notes"))
    if len(parts) == 1:
        return parts[0]
    return _("{first} and {last}").format(first=", ".join(parts[:-1]), last=parts[-1])


def ask_to_delete(parent: QWidget | None, title: str, goes: str, getting_back: str = "") -> bool:
    """Ask before deleting; True only if the person chose Delete. "Keep it" is the default and Esc.

    `getting_back` says how to get it back where that is not Edit › Undo (e.g. in a form not yet saved).
    """
    box = QMessageBox(QMessageBox.Icon.Question, title, "", QMessageBox.StandardButton.NoButton, parent)
    box.setText(_("This will delete: {what}.").format(what=goes))
    box.setInformativeText(getting_back or _("If you change your mind, Edit › Undo (Ctrl+Z) brings it all back."))
    keep = box.addButton(_("&Keep it"), QMessageBox.ButtonRole.RejectRole)
    delete = box.addButton(_("&Delete"), QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.setAccessibleName(title)
    box.exec()
    return box.clickedButton() is delete


def explain_committee_first(parent: QWidget) -> bool:
    """Before a first meeting: say it needs its committee, and offer to add that first."""
    box = QMessageBox(
        QMessageBox.Icon.Information, _("First, the committee"), "", QMessageBox.StandardButton.NoButton, parent
    )
    box.setText(_("Every meeting belongs to a committee, and you have not added one yet."))
    box.setInformativeText(_("Add the committee first. Then coprep asks about its meeting."))
    add = box.addButton(_("&Add the committee…"), QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(_("Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(add)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is add


def confirm_delete(
    parent: QWidget, ws: Workspace, table: str, row_id: int, this: str, title: str, delete: Callable[[], None]
) -> bool:
    """Say what will go, ask, and only then call `delete`; tell the person how to undo it."""
    if not ask_to_delete(parent, title, what_goes(ws, table, row_id, this)):
        return False
    delete()
    said = _("Deleted. Edit › Undo (Ctrl+Z) brings it back.")
    window = parent.window()
    while not isinstance(window, QMainWindow) and window.parentWidget() is not None:
        window = window.parentWidget().window()  # from a dialog, the main window it opened from
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(said, 15000)  # the status bar says it to screen readers too
    else:
        announce(parent, said)
    return True
