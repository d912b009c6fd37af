"""Import coprep's screens without PySide reading the source of each module.

Once PySide6.QtCore is imported, PySide looks at every module imported after it to learn whether
that module uses PySide (for its optional `from __feature__ import snake_case` switch). It finds
out by reading the module's whole source with `inspect.getsource`, which also keeps every line in
`linecache` for good: for the window's ~180 modules that cost 50–100 ms before the first paint and
about 11 MB of memory at rest. coprep never turns those features on; here the same question is
answered from the module's own names instead (a module that uses PySide holds PySide classes or
modules). Should PySide change how it asks, its own check stays as it was.
"""

import sys
import types

_PYSIDE = ("PySide6", "shiboken6")


def uses_pyside(module: types.ModuleType) -> bool:
    """Whether any of the module's names is a PySide module or class."""
    for value in list(vars(module).values()):
        if isinstance(value, type):
            home = value.__module__
        elif isinstance(value, types.ModuleType):
            home = value.__name__
        else:
            continue
        if isinstance(home, str) and home.startswith(_PYSIDE):
            return True
    return False


def answer_from_names() -> None:
    """Have PySide's import hook ask `uses_pyside` rather than read each module's source."""
    import PySide6.QtCore  # noqa: F401  (PySide's import hook comes with QtCore; this module is read before it)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = uses_pyside
