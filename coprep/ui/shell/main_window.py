"""The main window: a list of sections on the left, the chosen section on the right.

Sections are built the first time they are shown, so opening coprep stays quick however much
it holds. Add a section by adding a line to SECTIONS: (title, module, class name, shortcut).
"""

import importlib
from collections.abc import Callable

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from coprep import __version__
from coprep.core.storage.workspace import Workspace
from coprep.i18n import N_, _
from coprep.ui.shell import settings as keys
from coprep.ui.shell.announce import announce_status_bar
from coprep.ui.shell.autosave import flush_all
from coprep.ui.shell.changes import notifier
from coprep.ui.shell.reflow import reflow, scrolling
from coprep.ui.shell.roomy_rows import RoomyRows

SECTIONS: list[tuple[str, str, str]] = [
    (N_("Meetings"), "coprep.ui.meetings.meetings_page", "MeetingsPage"),
    (N_("Committees"), "coprep.ui.meetings.committees_page", "CommitteesPage"),
    (N_("Glossary"), "coprep.ui.words.glossary_page", "GlossaryPage"),
    (N_("Time and money"), "coprep.ui.money.involvement_page", "InvolvementPage"),
    (N_("Search"), "coprep.ui.papers.search_page", "SearchPage"),
]

# The View menu's names, each with its own Alt letter (Smaller text has the S).
VIEW_NAMES = {
    "Meetings": N_("&Meetings"),
    "Committees": N_("&Committees"),
    "Glossary": N_("&Glossary"),
    "Time and money": N_("&Time and money"),
    "Search": N_("Sea&rch"),
}

TEXT_SCALES = (0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)


# Smaller than this, a restored window shows too little to be used; it opens at the usual size instead.
SMALLEST_USEFUL = (640, 420)


def _help():
    """The help window's module, loaded when the Help menu is first used."""
    return importlib.import_module("coprep.ui.shell.help_window")


class MainWindow(QMainWindow):
    def __init__(self, ws: Workspace) -> None:
        super().__init__()
        self.ws = ws
        self.setWindowTitle(_("coprep"))
        self.setAccessibleName(_("coprep main window"))
        self._pages: dict[int, QWidget] = {}
        self._undoing = False
        self._base_point_size = QApplication.font().pointSizeF()

        self.sections = QListWidget()
        self.sections.setAccessibleName(_("Sections"))
        self.sections.setAccessibleDescription(_("Choose what to look at. Ctrl and a number jumps there."))
        self.sections.setItemDelegate(RoomyRows(self.sections))
        self._fit_sections()
        self.stack = QStackedWidget()
        for index, (title, _module, _cls) in enumerate(SECTIONS):
            item = QListWidgetItem(_(title))  # titles are also the sections' keys, in English
            item.setToolTip(_("Ctrl+{value}").format(value=index + 1))
            self.sections.addItem(item)
            self.stack.addWidget(QWidget())
        self.sections.currentRowChanged.connect(self._show_row)

        central = QWidget()
        row = QHBoxLayout(central)
        row.addWidget(self.sections)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self._build_menus()
        notifier(ws).changed.connect(self._after_change)
        announce_status_bar(self.statusBar())
        self._restore()
        if ws.read_only:
            self._show_read_only()

    # -- sections ------------------------------------------------------------------------

    def _fit_sections(self) -> None:
        """Make the section list just wide enough for its longest name at the current text size."""
        metrics = self.sections.fontMetrics()
        widest = max(metrics.horizontalAdvance(_(title)) for title, _m, _c in SECTIONS)
        self.sections.setFixedWidth(widest + metrics.averageCharWidth() * 4)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.page(row)
        self.stack.setCurrentIndex(row)

    def page(self, row: int) -> QWidget:
        """The widget of section `row`, building it the first time."""
        if row not in self._pages:
            _title, module_name, class_name = SECTIONS[row]
            cls = getattr(importlib.import_module(module_name), class_name)
            widget = cls(self.ws, self)
            old = self.stack.widget(row)
            self.stack.insertWidget(row, scrolling(widget))
            self.stack.removeWidget(old)
            old.deleteLater()
            self._pages[row] = widget
        return self._pages[row]

    def show_section(self, title: str) -> QWidget:
        """Switch to the section with this title and return its widget."""
        row = next(i for i, section in enumerate(SECTIONS) if section[0] == title)
        self.sections.setCurrentRow(row)
        return self.page(row)

    def open_meeting(self, meeting_id: int, tab: str | None = None) -> None:
        """Show a meeting, optionally on the tab with this title."""
        self.show_section("Meetings").open_meeting(meeting_id, tab)

    def new_meeting_from_pack(self) -> None:
        """Choose a meeting pack; its front sheet makes the meeting and its papers fill the Papers tab."""
        # named, not imported: the papers screens sit above the shell, and load only when used
        importlib.import_module("coprep.ui.papers.pack_preview").choose_pack_for_new_meeting(self, self.ws)

    # -- menus ---------------------------------------------------------------------------

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            # a list of one: PySide's setShortcut also takes Qt's key names, and so builds Qt's namespace
            action.setShortcuts([QKeySequence(shortcut)])
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(_("&File"))
        self._action(
            file_menu,
            _("New meeting from an &agenda…"),
            lambda: self.show_section("Meetings").new_meeting_from_agenda(),
            "Ctrl+Shift+A",
        )
        self._action(file_menu, _("New meeting from a &pack…"), self.new_meeting_from_pack)
        file_menu.addSeparator()
        self._action(file_menu, _("&Restore a backup…"), self.restore_backup)
        self._action(file_menu, _("&Save everything to one file…"), self.save_everything)
        self._action(file_menu, _("&Open from a saved file…"), self.open_saved_file)
        file_menu.addSeparator()
        self._action(file_menu, _("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit = self.menuBar().addMenu(_("&Edit"))
        self.undo_action = self._action(edit, _("&Undo"), self.undo, QKeySequence.StandardKey.Undo)
        self.redo_action = self._action(edit, _("&Redo"), self.redo, "Ctrl+Shift+Z")

        view = self.menuBar().addMenu(_("&View"))
        for index, (title, _m, _c) in enumerate(SECTIONS):
            self._action(
                view,
                _(VIEW_NAMES.get(title, title)),
                lambda _=False, i=index: self.sections.setCurrentRow(i),
                f"Ctrl+{index + 1}",
            )
        view.addSeparator()
        self._action(view, _("&Bigger text"), lambda: self.change_text_size(+1), QKeySequence.StandardKey.ZoomIn)
        self._action(view, _("&Smaller text"), lambda: self.change_text_size(-1), QKeySequence.StandardKey.ZoomOut)
        self._action(view, _("&Normal text size"), lambda: self.change_text_size(0), "Ctrl+0")

        self._build_help_menu()
        self._update_undo_actions()

    def _build_help_menu(self) -> None:
        """The guide, the shortcuts, the worked example, the data folder (their module loads when first used)."""
        menu = self.menuBar().addMenu(_("&Help"))
        self._action(menu, _("coprep &help"), lambda: _help().show_guide(self))
        self._action(
            menu,
            _("&Keyboard shortcuts"),
            lambda: _help().show_guide(self, (_("Keyboard shortcuts"), _help().shortcuts_markdown(self))),
        )
        menu.addSeparator()
        self._action(menu, _("Open the &worked example"), lambda: _help().open_worked_example(self))
        self._action(menu, _("Open my &data folder"), lambda: _help().open_data_folder(self))
        menu.addSeparator()
        self._action(menu, _("&About coprep"), self._about)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # named only when used: naming it makes PySide build it

        QMessageBox.about(
            self,
            _("About coprep"),
            _(
                "coprep {version}\n\nHelps patient and carer members get ready for committee meetings.\n"
                "Everything you type stays on this computer, in:\n{path}"
            ).format(version=__version__, path=self.ws.path),
        )

    # -- backups and moving ----------------------------------------------------------------

    def restore_backup(self) -> None:
        from coprep.ui.shell.backup_dialogs import RestoreDialog

        flush_all(self)
        RestoreDialog(self.ws, self).exec()

    def save_everything(self) -> None:
        from coprep.ui.shell.backup_dialogs import save_everything

        flush_all(self)
        save_everything(self, self.ws)

    def open_saved_file(self) -> None:
        from coprep.ui.shell.backup_dialogs import open_saved_file

        open_saved_file(self)

    def _show_read_only(self) -> None:
        """Say plainly, in the title and at the bottom, that nothing can be saved in this file."""
        self.setWindowTitle(_("coprep (read only)"))
        note = QLabel(_("This file can only be read: coprep will not save changes to it."))
        note.setAccessibleName(_("Read only"))
        self.statusBar().addPermanentWidget(note)

    # -- undo ----------------------------------------------------------------------------

    def undo(self) -> None:
        self._flush_focused_editor()
        label = self._quietly(self.ws.undo)
        self.statusBar().showMessage(_("Undone: {label}").format(label=label) if label else _("Nothing to undo"), 4000)

    def redo(self) -> None:
        label = self._quietly(self.ws.redo)
        self.statusBar().showMessage(
            _("Done again: {label}").format(label=label) if label else _("Nothing to redo"), 4000
        )

    def _flush_focused_editor(self) -> None:
        """Save what is being typed right now, so undo takes it back rather than losing it."""
        widget = QApplication.focusWidget()
        while widget is not None:
            flush = getattr(widget, "flush", None)
            if callable(flush):
                flush()
                return
            widget = widget.parentWidget()

    def _quietly(self, step: Callable[[], str | None]) -> str | None:
        """Undo or redo without the usual "Saved", so a screen reader hears only what was undone."""
        self._undoing = True
        try:
            return step()
        finally:
            self._undoing = False

    def _after_change(self, _tables: set[str]) -> None:
        self._update_undo_actions()
        if not self._undoing:
            self.statusBar().showMessage(_("Saved"), 2000)

    def _update_undo_actions(self) -> None:
        self.undo_action.setText(
            _("&Undo {action}").format(action=self.ws.undo_label) if self.ws.undo_label else _("&Undo")
        )
        self.redo_action.setText(
            _("&Redo {action}").format(action=self.ws.redo_label) if self.ws.redo_label else _("&Redo")
        )

    # -- text size -----------------------------------------------------------------------

    def change_text_size(self, step: int) -> None:
        """Make all text bigger (+1), smaller (-1) or normal (0), and remember the choice."""
        current = float(keys.settings().value(keys.TEXT_SCALE, 1.0))
        index = min(range(len(TEXT_SCALES)), key=lambda i: abs(TEXT_SCALES[i] - current))
        index = TEXT_SCALES.index(1.0) if step == 0 else max(0, min(len(TEXT_SCALES) - 1, index + step))
        self._apply_text_scale(TEXT_SCALES[index])
        keys.settings().setValue(keys.TEXT_SCALE, TEXT_SCALES[index])

    def _apply_text_scale(self, scale: float) -> None:
        font = QApplication.font()
        font.setPointSizeF(self._base_point_size * scale)
        QApplication.setFont(font)
        for widget in [self, *self.findChildren(QWidget)]:  # later windows take the application font
            widget.setFont(font)
        self._fit_sections()
        reflow(self, fit=True)

    # -- window state --------------------------------------------------------------------

    def _restore(self) -> None:
        store = keys.settings()
        geometry = store.value(keys.GEOMETRY)
        restored = isinstance(geometry, QByteArray) and not geometry.isEmpty() and self.restoreGeometry(geometry)
        if not restored or self.width() < SMALLEST_USEFUL[0] or self.height() < SMALLEST_USEFUL[1]:
            # a window left very small (or on a screen now gone) would hide nearly everything: start as new
            self.resize(1200, 800)
        state = store.value(keys.STATE)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        scale = float(store.value(keys.TEXT_SCALE, 1.0))
        if scale != 1.0:
            self._apply_text_scale(scale)
        self.sections.setCurrentRow(int(store.value(keys.SECTION, 0)))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self._flush_focused_editor()
        flush_all(self)
        for page in self._pages.values():
            closing = getattr(page, "save_state", None)
            if callable(closing):
                closing()
        store = keys.settings()
        store.setValue(keys.GEOMETRY, self.saveGeometry())
        store.setValue(keys.STATE, self.saveState())
        store.setValue(keys.SECTION, self.sections.currentRow())
        super().closeEvent(event)
        from PySide6.QtCore import Qt  # named here, not before the first paint: naming it builds its 93 enums

        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
