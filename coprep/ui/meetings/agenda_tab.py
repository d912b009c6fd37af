"""A meeting's agenda: the items in order on the left (drag or Alt+Up/Down to move), the chosen one on the right."""

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from coprep.core.meetings import meetings
from coprep.core.storage.workspace import Workspace
from coprep.i18n import _
from coprep.ui.meetings.agenda_editor import AgendaItemEditor
from coprep.ui.meetings.meeting_notes import MeetingNotesBox
from coprep.ui.shell import settings as keys
from coprep.ui.shell.changes import notifier
from coprep.ui.shell.confirm import confirm_delete
from coprep.ui.shell.forms import name
from coprep.ui.shell.list_rows import ROW_ID, choose_row_id, chosen_row_id

# Below this many average letters of width, the agenda list goes above the item instead of beside it.
SIDE_BY_SIDE_LETTERS = 85
STACKED_EDITOR_LINES = 16  # the item's form below the list shows at least this many lines


def item_line(item: meetings.AgendaItem) -> str:
    """How an item reads in the list: '4  Finance report  (10:30, for approval)  ★ I asked'."""
    details = [part for part in (item.time, meetings.PURPOSE_WORDS.get(item.purpose or "", "").lower()) if part]
    line = f"{item.number}  {item.title or _('(no title yet)')}".strip()
    if details:
        line += f"  ({', '.join(details)})"
    if item.asked_for:
        line += "  ★ I asked"
    return line


class AgendaList(QListWidget):
    """The items, which the person can drag into a new order."""

    def __init__(self, on_moved, parent=None) -> None:
        super().__init__(parent)
        self._on_moved = on_moved
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        name(self, _("Agenda items"), _("Drag an item, or press Alt+Up or Alt+Down, to move it."))

    def dropEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        moving = self.currentItem().data(ROW_ID) if self.currentItem() else None
        super().dropEvent(event)
        event.setDropAction(Qt.DropAction.IgnoreAction)
        if moving is not None:
            for row in range(self.count()):
                if self.item(row).data(ROW_ID) == moving:
                    self._on_moved(moving, row)
                    return


class AgendaTab(QWidget):
    def __init__(self, ws: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.meeting_id: int | None = None
        self.list = AgendaList(self._moved)
        self.list.currentItemChanged.connect(self._chosen)
        self.editor = AgendaItemEditor(ws, self)

        add = name(QPushButton(_("&Add item")), _("Add an agenda item"))
        add.clicked.connect(self.add_item)
        paste = name(
            QPushButton(_("&Paste or open an agenda…")),
            _("Paste or open an agenda"),
            _(
                "Paste agenda text from an email, web page or PDF, or open the agenda's file, and coprep "
                "fills in the items"
            ),
        )
        paste.clicked.connect(self.paste_agenda)
        self.delete = name(QPushButton(_("Delete item")), _("Delete the chosen item"), _("Ctrl+Z brings it back"))
        self.delete.clicked.connect(self.delete_item)
        up = name(QPushButton(_("Move up")), _("Move the item up"), _("Alt+Up"))
        up.clicked.connect(lambda: self.move_current(-1))
        down = name(QPushButton(_("Move down")), _("Move the item down"), _("Alt+Down"))
        down.clicked.connect(lambda: self.move_current(+1))
        QShortcut(QKeySequence("Alt+Up"), self, lambda: self.move_current(-1))
        QShortcut(QKeySequence("Alt+Down"), self, lambda: self.move_current(+1))

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(add)
        top.addWidget(paste)
        column.addLayout(top)
        column.addWidget(self.list, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(up)
        bottom.addWidget(down)
        bottom.addWidget(self.delete)
        column.addLayout(bottom)
        self.meeting_notes = MeetingNotesBox(ws, left)
        column.addWidget(self.meeting_notes)

        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(1, 2)
        state = keys.settings().value(keys.SPLITTERS + "agenda")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        notifier(ws).changed.connect(self._changed)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        """Side by side when there is room; the list above the item when narrow (bigger text, small screens)."""
        super().resizeEvent(event)
        wide = self.width() >= self.fontMetrics().averageCharWidth() * SIDE_BY_SIDE_LETTERS
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            # below the list, the item's form gets room to be read (the page scrolls instead); left to
            # itself it was squeezed to three lines at 200% text, scrolling inside the scrolling page
            lines = self.fontMetrics().lineSpacing() * STACKED_EDITOR_LINES
            self.editor.setMinimumHeight(0 if wide else lines)

    def show_meeting(self, meeting_id: int | None) -> None:
        self.editor.flush()
        self.meeting_id = meeting_id
        self.meeting_notes.show_meeting(meeting_id)
        self.refresh()
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.editor.show_item(None)

    def refresh(self) -> None:
        """Rebuild the list from what is stored, keeping the chosen item chosen."""
        chosen = self.current_item_id()
        self.list.blockSignals(True)
        self.list.clear()
        for item in meetings.agenda(self.ws.conn, self.meeting_id) if self.meeting_id else []:
            row = QListWidgetItem(item_line(item))
            row.setData(ROW_ID, item.id)
            self.list.addItem(row)
            if item.id == chosen:
                self.list.setCurrentItem(row)
        self.list.blockSignals(False)
        if self.current_item_id() != self.editor.item_id:
            self.editor.show_item(self.current_item_id())
        self.delete.setEnabled(self.current_item_id() is not None)

    def _changed(self, tables: set[str]) -> None:
        if "agenda_items" in tables or "meetings" in tables:
            self.refresh()
            self.editor.reload()

    def current_item_id(self) -> int | None:
        return chosen_row_id(self.list)

    def select_item(self, item_id: int) -> None:
        choose_row_id(self.list, item_id)

    def _chosen(self, *_args) -> None:
        self.editor.show_item(self.current_item_id())
        self.delete.setEnabled(self.current_item_id() is not None)

    def add_item(self) -> None:
        if self.meeting_id is None:
            return
        item_id = meetings.add_item(self.ws, self.meeting_id, "")
        self.select_item(item_id)
        self.editor.title.setFocus()

    def delete_item(self) -> None:
        item_id = self.current_item_id()
        if item_id is None:
            return
        row = self.list.currentRow()
        self.editor.flush()
        item = meetings.get_item(self.ws.conn, item_id)
        this = _("The item “{title}”").format(title=item.title or item_line(item))
        if item.notes or item.questions:
            this = _("{item} with your notes on it").format(item=this)
        deleted = confirm_delete(
            self,
            self.ws,
            "agenda_items",
            item_id,
            this,
            _("Delete this agenda item?"),
            lambda: meetings.delete_item(self.ws, item_id),
        )
        if deleted:
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def move_current(self, offset: int) -> None:
        item_id = self.current_item_id()
        if item_id is not None:
            self._moved(item_id, self.list.currentRow() + offset)
            self.list.setFocus()

    def _moved(self, item_id: int, new_row: int) -> None:
        self.editor.flush()
        meetings.move_item(self.ws, item_id, new_row)
        self.refresh()
        self.select_item(item_id)

    def paste_agenda(self) -> None:
        if self.meeting_id is None:
            return
        from coprep.ui.meetings.paste_agenda import PasteAgendaDialog  # loads the agenda reader only when needed

        dialog = PasteAgendaDialog(self.ws, self.meeting_id, self)
        if dialog.exec() and dialog.added_ids:
            self.select_item(dialog.added_ids[0])

    def save_state(self) -> None:
        keys.settings().setValue(keys.SPLITTERS + "agenda", self.splitter.saveState())
