"""Timing shared by the benchmarks (run them as scripts: `python benchmarks/NAME.py`)."""

import statistics
import time
from collections.abc import Callable


def timings(
    runs: int, *works: Callable[[], object], clock: Callable[[], float] = time.perf_counter
) -> list[list[float]]:
    """Every timing (seconds) of each piece of work, `runs` of each, taken in turns so that a busy
    machine slows each of them alike. `clock` may be time.process_time: the CPU time of this
    process, which other programs on a shared machine disturb far less than the wall clock."""
    found: list[list[float]] = [[] for _ in works]
    for _ in range(runs):
        for place, work in enumerate(works):
            start = clock()
            work()
            found[place].append(clock() - start)
    return found


def best_of(runs: int, *works: Callable[[], object]) -> list[float]:
    """The fastest of `runs` timings (seconds) of each piece of work, taken in turns."""
    return [min(times) for times in timings(runs, *works)]


def ratio_line(name: str, times: list[float], baseline: list[float]) -> str:
    """The median time and its ratio to the baseline's median, with the range of the ratios of
    the rounds (each against the baseline timed just before it), as a shared machine gives them."""
    ratios = [time / base for time, base in zip(times, baseline, strict=True)]
    median = statistics.median(times)
    return (
        f"{name}: median {median:.3f} s, ratio {median / statistics.median(baseline):.2f} "
        f"(rounds {min(ratios):.2f} to {max(ratios):.2f})"
    )
