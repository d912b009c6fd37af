"""Tables whose long rows wrap onto more lines instead of being cut or needing sideways scrolling.

At 150% or 200% text a table's columns, each as wide as its longest cell, add up to more than a
laptop screen. `wrap_long_rows(table)` keeps the columns inside the table's width: when everything
fits, each column is as wide as its contents and the spare room goes to the column with the most
text; when not, the widest columns give up room (never narrower than their longest word) and
their text wraps, the rows growing taller to show it whole. Headings wrap too.

A table with so many columns that even their longest words do not fit side by side (nine columns
of money at 200%) shows as a list instead: one entry a row, one line a column ("Preparing: 32 h").
The list stands in the table's place and follows it: choosing an entry chooses the row, Enter or a
double click on it does what they do on the table, and it takes the table's name for screen readers.
A table the person types in (the agenda items read from a pasted agenda) is never made a list: it
asks for the width its columns' longest words need, so a window without that room stacks its panes,
and it scrolls sideways when even that is not enough.
"""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QListWidget, QListWidgetItem, QStyle, QTableView, QWidget

from coprep.i18n import _

WIDEST_LETTERS = (
    24  # the column given the spare room is never narrower than this many letters (if its words are longer)
)
LIST_LINES = 14  # a table shown as a list is at least this many lines tall, when it has that many
_ROWS_LOOKED_AT = 200  # enough to find the longest word of a column without reading a long table twice


class WrappedRows(QObject):
    """Keeps `table`'s columns inside its width (see the module's note)."""

    fitted = Signal()  # the columns and rows have their new sizes (a table sized to its rows follows)

    def __init__(self, table: QTableView, widest: int | None = None, editable: bool = False) -> None:
        super().__init__(table)
        self.table = table
        self.widest = widest  # the column given the spare room (None: the one with the most text)
        self.editable = editable  # typed into: never shown as a list, scrolls sideways instead
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(header.defaultAlignment() | Qt.TextFlag.TextWordWrap)
        self._waiting = False
        self.as_list: QListWidget | None = None  # made the first time the table does not fit
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)
        model = table.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
            signal.connect(self.soon)

    def soon(self, *_args: object) -> None:
        """Fit once, after the current change (a table filled row by row asks many times)."""
        if not self._waiting:
            self._waiting = True
            QTimer.singleShot(0, self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.FontChange):
            self.soon()
        return False

    def fit(self) -> None:
        self._waiting = False
        try:
            table = self.table
            columns = table.model().columnCount()
        except RuntimeError:  # the table went before its turn
            return
        header = table.horizontalHeader()
        shown = [c for c in range(columns) if not header.isSectionHidden(c)]
        if not shown:
            return
        natural = {c: max(table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in shown}
        floor = {c: min(natural[c], self._longest_word(c)) for c in shown}
        if self.widest in floor:  # the column with the most words keeps room for a few of them on a line
            readable = table.fontMetrics().averageCharWidth() * WIDEST_LETTERS
            floor[self.widest] = min(natural[self.widest], max(floor[self.widest], readable))
        listed = self.as_list is not None and self.as_list.isVisibleTo(table.parentWidget())
        room = self.as_list.viewport().width() if listed and self.as_list is not None else table.viewport().width()
        too_wide = sum(floor.values()) > room
        self._show_as_list(too_wide and not self.editable, shown)
        if self.editable:
            # Its cells are typed into. It asks for the width of its columns' longest words, so a window
            # that has not that room puts what is beside it above it instead (coprep.ui.shell.reflow);
            # with less room still, it scrolls sideways.
            frame = table.width() - table.viewport().width()
            table.setMinimumWidth(sum(floor.values()) + frame)
            table.setHorizontalScrollBarPolicy(
                Qt.ScrollBarPolicy.ScrollBarAsNeeded if too_wide else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            )
        widths = _share(natural, floor, room, self.widest)
        for column, width in widths.items():
            if header.sectionSize(column) != width:
                header.resizeSection(column, width)
        header.setFixedHeight(self._heading_height(widths))  # Qt's own guess at wrapped headings is far too tall
        table.resizeRowsToContents()
        self.fitted.emit()

    def _show_as_list(self, wanted: bool, columns: list[int]) -> None:
        """Show the rows as a list in the table's place (wanted), or the table again."""
        table = self.table
        if not wanted:
            if self.as_list is not None and not self.as_list.isHidden():
                self.as_list.hide()
                table.show()
            return
        holder = table.parentWidget().layout() if table.parentWidget() is not None else None
        if holder is None:
            return
        if self.as_list is None:
            self.as_list = _follower(table)
            self.as_list.viewport().installEventFilter(self)  # its width decides when the table fits again
            index = holder.indexOf(table)
            if hasattr(holder, "insertWidget") and index >= 0:
                holder.insertWidget(index, self.as_list, holder.stretch(index) if hasattr(holder, "stretch") else 0)
            else:
                holder.addWidget(self.as_list)
            QWidget.setTabOrder(table, self.as_list)  # Tab reaches the list where it would reach the table
        self._fill_list(columns)
        if self.as_list.isHidden():
            had_focus = table.hasFocus()
            table.hide()
            self.as_list.show()
            if had_focus:
                self.as_list.setFocus()

    def _fill_list(self, columns: list[int]) -> None:
        """One entry a row: its first cell, then "Heading: value" for each other cell with words in it."""
        assert self.as_list is not None
        model = self.table.model()
        # a heading broken over two lines for the table's narrow column reads as one line here
        heading = [" ".join(str(model.headerData(c, Qt.Orientation.Horizontal) or "").split()) for c in columns]
        self.as_list.blockSignals(True)
        self.as_list.clear()
        for row in range(model.rowCount()):
            cells = [str(model.data(model.index(row, c)) or "") for c in columns]
            lines = [cells[0]] + [
                _("{heading}: {value}").format(heading=heading[i], value=text)
                for i, text in enumerate(cells)
                if i and text.strip()
            ]
            entry = QListWidgetItem("\n".join(lines))
            font = model.data(model.index(row, columns[0]), Qt.ItemDataRole.FontRole)
            if isinstance(font, QFont):
                entry.setFont(font)
            self.as_list.addItem(entry)
        self.as_list.setCurrentRow(self.table.currentIndex().row())
        self.as_list.blockSignals(False)
        # tall enough to read a few entries whole; a longer list scrolls
        entries = sum(self.as_list.sizeHintForRow(row) + 2 * self.as_list.spacing() for row in range(model.rowCount()))
        lines = self.as_list.fontMetrics().lineSpacing() * LIST_LINES
        self.as_list.setMinimumHeight(min(entries, lines) + 2 * self.as_list.frameWidth())

    def _longest_word(self, column: int) -> int:
        """The width of the longest word in the column (its heading too), with the cell's margins."""
        table = self.table
        model = table.model()
        metrics = table.fontMetrics()
        cells = [model.index(row, column) for row in range(min(model.rowCount(), _ROWS_LOOKED_AT))]
        texts = [str(model.headerData(column, Qt.Orientation.Horizontal) or "")]
        texts += [str(model.data(cell) or "") for cell in cells]
        widest = max((metrics.horizontalAdvance(word) for text in texts for word in text.split()), default=0)
        # a control in a cell (a drop-down list) keeps the width it needs
        controls = [w.minimumSizeHint().width() for w in map(table.indexWidget, cells) if w is not None]
        margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
        return max([widest + margin + metrics.averageCharWidth(), *controls])

    def _heading_height(self, widths: dict[int, int]) -> int:
        """Tall enough for the heading that wraps onto the most lines."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        model = self.table.model()
        margin = 2 * (header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header) + 1)
        tallest = max(
            metrics.boundingRect(
                0,
                0,
                max(1, width - margin),
                10_000,
                Qt.TextFlag.TextWordWrap,
                str(model.headerData(column, Qt.Orientation.Horizontal) or ""),
            ).height()
            for column, width in widths.items()
        )
        return tallest + margin


def _follower(table: QTableView) -> QListWidget:
    """A list that stands in for `table`: choosing, Enter and double click act on the table's rows."""
    shown = QListWidget()
    shown.setWordWrap(True)
    shown.setAlternatingRowColors(True)
    shown.setSpacing(2)
    shown.setAccessibleName(table.accessibleName())
    shown.setAccessibleDescription(table.accessibleDescription())
    shown.setToolTip(table.toolTip())
    shown.currentRowChanged.connect(lambda row: row >= 0 and table.selectRow(row))
    shown.itemActivated.connect(lambda item: table.activated.emit(table.model().index(shown.row(item), 0)))
    table.selectionModel().currentRowChanged.connect(
        lambda now, _before: shown.currentRow() != now.row() and shown.setCurrentRow(now.row())
    )
    shown.hide()
    return shown


def _share(natural: dict[int, int], floor: dict[int, int], room: int, widest: int | None = None) -> dict[int, int]:
    """Column widths adding up to `room`: natural widths when they fit (the spare room to `widest`, or
    else to the widest column), else the widest columns shrink first."""
    total = sum(natural.values())
    if total <= room:
        widths = dict(natural)
        if widest not in widths:
            widest = max(widths, key=lambda c: widths[c])
        widths[widest] += room - total
        return widths
    widths = dict(natural)
    excess = total - room
    while excess > 0:
        giving = [c for c in widths if widths[c] > floor[c]]
        if not giving:
            break  # every column at its longest word: the table is as narrow as it can be
        # the widest columns give first: bring them down towards the next widest, or the floor
        top = max(widths[c] for c in giving)
        widest = [c for c in giving if widths[c] == top]
        below = max([widths[c] for c in giving if widths[c] < top] + [max(floor[c] for c in widest)])
        step = min(excess, (top - below) * len(widest)) if top > below else excess
        each = max(1, step // len(widest))
        for column in widest:
            cut = min(each, widths[column] - floor[column], excess)
            widths[column] -= cut
            excess -= cut
    return widths


def wrap_long_rows(table: QTableView, widest: int | None = None, editable: bool = False) -> WrappedRows:
    """Make the table's long rows wrap rather than run off its edge (see the module's note).

    `widest`: the column that gets the spare room, for a table whose widest column is known before
    it has rows (an empty table's columns are only as wide as their headings). `editable`: a table
    the person types in is never shown as a list; it scrolls sideways when its words do not fit."""
    return WrappedRows(table, widest, editable)
