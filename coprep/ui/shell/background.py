"""Run long work (reading a paper, scoring a long one) off the window's thread.

The work gets `cancelled()` and `progress(done, total)` to call as it goes; its result, or the
exception it raised, comes back to the window's thread through the `done` signal. Connect `done`
to a method of a widget (not a lambda), so nothing is called if the widget has gone meanwhile.
A running thread is kept here until it ends, so closing a screen never destroys it mid-work,
and quitting coprep asks unfinished work to stop and waits for it (an import then stores nothing).
"""

import atexit
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QThread, Signal

from coprep.core.papers.extract import ImportCancelled, PaperError
from coprep.core.storage.checks import StorageError
from coprep.core.storage.log import log_error
from coprep.core.storage.validate import InputError

# Problems that come with their own plain message; anything else is unexpected and goes to the log.
_EXPLAINED = (InputError, StorageError, PaperError, ImportCancelled)

Work = Callable[[Callable[[], bool], Callable[[int, int], None]], Any]

_running: set["Background"] = set()


class Background(QThread):
    """One piece of work on its own thread: connect `done` (result or exception), then begin()."""

    progressed = Signal(int, int)
    done = Signal(object)

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self.finished.connect(self._forget)

    def begin(self) -> None:
        _running.add(self)
        self.start()

    def run(self) -> None:  # runs on the new thread
        try:
            result = self._work(self.isInterruptionRequested, self.progressed.emit)
        except Exception as error:  # handed to the window's thread, which explains it
            if not isinstance(error, _EXPLAINED):
                log_error("background work", error)
            result = error
        self.done.emit(result)

    def cancel(self) -> None:
        self.requestInterruption()

    def _forget(self) -> None:
        _running.discard(self)
        self.deleteLater()


@atexit.register
def stop_all() -> None:
    """Cancel whatever is still running and wait for it to end."""
    for thread in list(_running):
        thread.cancel()
        thread.wait()
