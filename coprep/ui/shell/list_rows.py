"""Lists whose rows stand for things in the database: each row keeps its thing's id as its data."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget

ROW_ID = Qt.ItemDataRole.UserRole


def chosen_row_id(view: QListWidget) -> int | None:
    """The id of the chosen row, or None when no row is chosen."""
    row = view.currentItem()
    return row.data(ROW_ID) if row is not None else None


def choose_row_id(view: QListWidget, wanted: int | None) -> bool:
    """Choose the row with this id; False (and the choice unchanged) when the list has no such row."""
    if wanted is None:
        return False
    model = view.model()
    found = model.match(model.index(0, 0), ROW_ID, wanted, 1, Qt.MatchFlag.MatchExactly)
    if found:
        view.setCurrentRow(found[0].row())
    return bool(found)
