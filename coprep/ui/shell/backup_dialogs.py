"""File › Restore a backup…, Save everything to one file… and Open from a saved file…

Restoring writes the backup into the open database through SQLite, after keeping what is there
now as a backup, so it can itself be undone by restoring that one. Opening a saved file always
makes a new coprep file, which opens in a window of its own.
"""

import datetime as dt
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coprep.core.storage.archive import export_archive, import_archive
from coprep.core.storage.backups import Backup, list_backups, reason_words, restore_backup
from coprep.core.storage.checks import StorageError
from coprep.core.storage.workspace import Workspace
from coprep.core.text.dates import day_words
from coprep.i18n import _, ngettext


def _when(moment: dt.datetime) -> str:
    return _("{day} at {time}").format(day=day_words(moment.date()), time=f"{moment.hour:02d}:{moment.minute:02d}")


def backup_words(backup: Backup) -> str:
    """One line saying when a backup was made, why, and what it holds."""
    held = (
        ngettext("{n} meeting", "{n} meetings", backup.meetings).format(n=backup.meetings)
        + ", "
        + ngettext("{n} paper", "{n} papers", backup.papers).format(n=backup.papers)
    )
    line = f"{_when(backup.made)} ({reason_words(backup.reason)}): {held}"
    try:
        line += "; " + _("last change {when}").format(when=_when(dt.datetime.fromisoformat(backup.last_change)))
    except ValueError:
        pass  # a backup of an empty file has no last change
    return line


class RestoreDialog(QDialog):
    """Lists the backups, newest first, and restores the chosen one."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(_("Restore a backup"))
        self.setAccessibleName(_("Restore a backup"))
        self.backups = list_backups(ws.path)
        self.list = QListWidget()
        self.list.setAccessibleName(_("Backups, newest first"))
        for backup in self.backups:
            self.list.addItem(QListWidgetItem(backup_words(backup)))
        if self.backups:
            self.list.setCurrentRow(0)
        label = QLabel(
            _(
                "&Choose the backup to go back to. What is there now is kept as a backup first, "
                "so you can come back to it."
            )
        )
        label.setWordWrap(True)
        label.setBuddy(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(_("&Restore this backup"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setEnabled(bool(self.backups) and not ws.read_only)
        buttons.accepted.connect(self.restore)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        if not self.backups:
            layout.addWidget(QLabel(_("There are no backups yet. coprep makes one each day it is opened.")))
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().lineSpacing() * 18)

    def restore(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        backup = self.backups[row]
        try:
            restore_backup(self.ws.path, backup, conn=self.ws.conn)
        except StorageError as error:
            QMessageBox.warning(self, _("coprep could not restore that backup"), str(error))
            return
        self.ws.forget_history()
        self.ws.changed_elsewhere()
        QMessageBox.information(
            self,
            _("Backup restored"),
            _(
                "coprep now holds what it held then. What it held a moment ago is kept as a backup "
                "made before the restore."
            ),
        )
        self.accept()


def save_everything(parent: QWidget, ws: Workspace) -> Path | None:
    """Ask where, then write the database, papers and receipts to one file."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        _("Save everything to one file"),
        str(Path.home() / "coprep-everything.zip"),
        _("coprep saved files (*.zip)"),
    )
    if not name:
        return None
    try:
        summary = export_archive(ws.db, ws.path, Path(name))
    except StorageError as error:
        QMessageBox.warning(parent, _("coprep could not save everything"), str(error))
        return None
    QMessageBox.information(
        parent,
        _("Everything is saved"),
        _(
            "Everything is in {file}, with {n} papers and receipts. On the new computer, install coprep and "
            "choose File › Open from a saved file…"
        ).format(file=name, n=summary.files),
    )
    return Path(name)


def open_saved_file(parent: QWidget) -> Path | None:
    """Ask for a saved file and where to put the new coprep file made from it, then offer to open it."""
    source, _filter = QFileDialog.getOpenFileName(
        parent, _("Open from a saved file"), str(Path.home()), _("coprep saved files (*.zip)")
    )
    if not source:
        return None
    target, _filter = QFileDialog.getSaveFileName(
        parent, _("Where should the new coprep file go?"), str(Path.home() / "coprep.db"), _("coprep files (*.db)")
    )
    if not target:
        return None
    try:
        import_archive(Path(source), Path(target))
    except StorageError as error:
        QMessageBox.warning(parent, _("coprep could not open that file"), str(error))
        return None
    answer = QMessageBox.question(
        parent, _("Opened"), _("The new coprep file is {file}. Open it in a new window now?").format(file=target)
    )
    if answer == QMessageBox.StandardButton.Yes:
        subprocess.Popen([sys.executable, "-m", "coprep", "--db", target])  # noqa: S603 (our own program)
    return Path(target)
