"""A Qt signal that fires whenever the workspace saves, undoes or redoes something."""

from weakref import WeakKeyDictionary

from PySide6.QtCore import QObject, Signal

from coprep.core.storage.workspace import Workspace


class ChangeNotifier(QObject):
    """Emits `changed(tables)` with the set of table names that changed."""

    changed = Signal(object)


_notifiers: "WeakKeyDictionary[Workspace, ChangeNotifier]" = WeakKeyDictionary()


def notifier(ws: Workspace) -> ChangeNotifier:
    """The one notifier for this workspace; screens connect to it to refresh what they show."""
    if ws not in _notifiers:
        signals = ChangeNotifier()
        ws.subscribe(signals.changed.emit)
        _notifiers[ws] = signals
    return _notifiers[ws]
