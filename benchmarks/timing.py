"""Timing shared by the benchmarks (run them as scripts: `python benchmarks/NAME.py`)."""

import time
from collections.abc import Callable


def best_of(runs: int, *works: Callable[[], object]) -> list[float]:
    """The fastest of `runs` timings (seconds) of each piece of work, taken in turns so that a busy
    machine slows each of them alike."""
    best = [float("inf")] * len(works)
    for _ in range(runs):
        for place, work in enumerate(works):
            start = time.perf_counter()
            work()
            best[place] = min(best[place], time.perf_counter() - start)
    return best
