"""Read papers and packs in a separate process, so the window never waits on the reading.

A thread in the window's own process shares Python's single lock (the GIL) with the window, so
long runs of Python work (cleaning page text, scoring readability, building a pack's split)
froze the event loop for up to 130 ms at a time. Here one worker process, started the first time
it is needed with 'spawn' (forking a process that runs Qt is unsafe), does the work; the calling
thread only waits for its answers and passes on its progress.

Cancel asks the worker to stop before its next page, so it tidies up and stores nothing. A worker
that has not stopped after a moment, or that dies (a PDF that crashes PDFium), is ended and
replaced the next time; the window gets ImportCancelled or a plain PaperError as usual.
"""

import multiprocessing
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from coprep.core.papers.extract import Cancelled, ImportCancelled, PaperError, Progress
from coprep.i18n import _

# How long a cancelled job may take to stop by itself before its worker is ended.
STOP_GRACE_SECONDS = 2.0
_POLL_SECONDS = 0.05
_STOP = "stop"


def _serve(conn: Connection) -> None:
    """The worker's loop: run each job it is sent, reporting progress and the result or the error."""
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):  # the window has closed
            return
        if job == _STOP:  # a Cancel that came just after its job ended
            continue
        function, args, kwargs = job
        stopped = False

        def cancelled() -> bool:
            nonlocal stopped
            while not stopped and conn.poll():
                stopped = conn.recv() == _STOP
            return stopped

        def progress(done: int, total: int) -> None:
            conn.send(("progress", done, total))

        try:
            answer = ("done", function(*args, cancelled=cancelled, progress=progress, **kwargs))
        except Exception as error:  # sent back to be raised in the window's process
            answer = ("error", error)
        try:
            conn.send(answer)
        except Exception as error:  # the answer could not be pickled: say what it was, plainly
            conn.send(("error", RuntimeError(f"{type(error).__name__}: {error}")))


class _Worker:
    """One worker process and the pipe to it."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process: BaseProcess = context.Process(target=_serve, args=(child,), name="coprep reader", daemon=True)
        self.process.start()
        child.close()

    def end(self) -> None:
        self.process.terminate()
        self.process.join(5)
        self.conn.close()


_worker: _Worker | None = None
_one_job_at_a_time = threading.Lock()


def _end_worker() -> None:
    global _worker
    if _worker is not None:
        _worker.end()
        _worker = None


def _reader_stopped() -> PaperError:
    return PaperError(
        _(
            "coprep stopped reading the file because the reader failed on it, so nothing was added. "
            "The file may be damaged: ask the sender to send it again, or save it again as PDF."
        )
    )


def _wait_for_answer(worker: _Worker, cancelled: Cancelled, progress: Progress) -> Any:
    asked_to_stop: float | None = None
    while True:
        if asked_to_stop is None and cancelled():
            worker.conn.send(_STOP)
            asked_to_stop = time.monotonic()
        if asked_to_stop is not None and time.monotonic() - asked_to_stop > STOP_GRACE_SECONDS:
            _end_worker()
            raise ImportCancelled()
        try:
            if not worker.conn.poll(_POLL_SECONDS):
                if not worker.process.is_alive():
                    raise EOFError
                continue
            kind, *payload = worker.conn.recv()
        except (EOFError, OSError):
            _end_worker()
            raise _reader_stopped() from None
        if kind == "progress":
            progress(*payload)
        elif kind == "done":
            return payload[0]
        else:
            raise payload[0]


def run_in_worker(
    function: Callable[..., Any], *args: Any, cancelled: Cancelled, progress: Progress, **kwargs: Any
) -> Any:
    """`function(*args, cancelled=..., progress=..., **kwargs)` run in the worker process; its result,
    or the exception it raised. `function` and its arguments must be picklable (module-level)."""
    global _worker
    while not _one_job_at_a_time.acquire(timeout=_POLL_SECONDS):
        if cancelled():
            raise ImportCancelled()
    try:
        if _worker is None or not _worker.process.is_alive():
            _end_worker()
            _worker = _Worker()
        _worker.conn.send((function, args, kwargs))
        return _wait_for_answer(_worker, cancelled, progress)
    finally:
        _one_job_at_a_time.release()
