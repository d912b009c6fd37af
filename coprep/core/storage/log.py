"""coprep's log: a small rotating file in the data folder that a person can send when asking for help.

It records what coprep did and where it failed (kinds of error and the lines of code), never
what the person wrote: no note text, names, file names or error messages, which can quote them.
"""

from __future__ import annotations

import io
import logging
import os
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from coprep.core.storage.paths import data_folder

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

LOG_NAME = "coprep.log"
LOG_BYTES = 1024 * 1024
LOGS_KEPT = 3
log = logging.getLogger("coprep")
log.addHandler(logging.NullHandler())  # until start_logging, nothing is written anywhere (not even stderr)
log.propagate = False


def _private_rotating_file(path: Path) -> RotatingFileHandler:
    """A rotating log whose files only their owner can read."""
    from logging.handlers import RotatingFileHandler  # with socket and pickle: only once there is something to log

    class PrivateRotatingHandler(RotatingFileHandler):
        def _open(self) -> io.TextIOWrapper:
            stream = super()._open()
            os.chmod(self.baseFilename, 0o600)
            return stream

    handler = PrivateRotatingHandler(path, maxBytes=LOG_BYTES, backupCount=LOGS_KEPT, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    return handler


class _LogFile(logging.Handler):
    """Writes to the rotating log file, opened at the first record rather than at start (most
    starts of the window log nothing, and the rotating handler's module is slow to import)."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: RotatingFileHandler | None = None
        self._unwritable = False

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None and not self._unwritable:
            try:
                self._file = _private_rotating_file(self.path)
            except OSError:
                self._unwritable = True  # no log is better than no coprep
        if self._file is not None:
            self._file.handle(record)

    def flush(self) -> None:
        if self._file is not None:
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def get_log(name: str) -> logging.Logger:
    """The logger for a module of coprep (written to the file once start_logging has run)."""
    return logging.getLogger(name)


def log_path() -> Path:
    return data_folder() / LOG_NAME


def start_logging(folder: Path | None = None) -> Path:
    """Send coprep's log to the rotating file (once per process); returns the file's path."""
    path = (folder or data_folder()) / LOG_NAME
    for handler in log.handlers:
        if isinstance(handler, _LogFile):
            return handler.path
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError:
        return path  # no log is better than no coprep
    log.addHandler(_LogFile(path))
    log.setLevel(logging.INFO)
    return path


def error_outline(error: BaseException) -> str:
    """The kind of error and where it happened, without its message (which may quote a person's words)."""
    lines = [f"{type(error).__module__}.{type(error).__qualname__}"]
    for frame in traceback.extract_tb(error.__traceback__):
        lines.append(f"  {Path(frame.filename).name}:{frame.lineno} in {frame.name}")
    return "\n".join(lines)


def log_error(where: str, error: BaseException) -> None:
    """Record an unexpected error: where it happened, its kind and the code it passed through."""
    log.error("unexpected error in %s:\n%s", where, error_outline(error))


def where_to_get_help() -> str:
    """The sentence that follows an unexpected error: what to do, and where the log is."""
    from coprep.i18n import _

    return _(
        "Try again. If it keeps happening, close coprep and open it again. To get help, send this file "
        "to whoever helps you with coprep; it says what went wrong but holds nothing you wrote:\n{log}"
    ).format(log=log_path())
