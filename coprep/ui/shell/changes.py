"""A Qt signal that fires whenever the workspace saves, undoes or redoes something."""

from collections.abc import Callable
from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, Signal, Slot

from coprep.core.storage.workspace import Workspace


class ChangeNotifier(QObject):
    """Emits `changed(tables)` with the set of table names that changed."""

    changed = Signal(object)


_notifiers: "WeakKeyDictionary[Workspace, ChangeNotifier]" = WeakKeyDictionary()


def notifier(ws: Workspace) -> ChangeNotifier:
    """The one notifier for this workspace; screens connect to it to refresh what they show.

    Connect bound methods of the screen (or use `on_change`), never a lambda: Qt drops a bound
    method's connection when its screen is deleted, but a lambda would go on being called.
    """
    if ws not in _notifiers:
        signals = ChangeNotifier()
        ws.subscribe(signals.changed.emit)
        _notifiers[ws] = signals
    return _notifiers[ws]


class _Listener(QObject):
    """Calls refresh() when one of the watched tables changed; lives and dies with its owner."""

    def __init__(self, owner: QObject, tables: set[str], refresh: Callable[[], object]) -> None:
        super().__init__(owner)
        self._tables = tables
        self._refresh = refresh

    @Slot(object)
    def changed(self, tables: set[str]) -> None:
        if tables & self._tables:
            self._refresh()


def on_change(owner: QObject, ws: Workspace, tables: set[str], refresh: Callable[[], object]) -> None:
    """Call refresh() whenever one of these tables changes, until owner is deleted."""
    notifier(ws).changed.connect(_Listener(owner, tables, refresh).changed)
