"""Progress of `extract` and `ingest` on stderr: a bar with the total and time left on a terminal, a log line
every LOG_SECONDS otherwise (a job under cron, nohup or CI still says how far it got).

The total is counted before the run (eventwire.ingest.count_inputs: a file per document, a line per JSON
line, a row per CSV row); from stdin there is none, and the bar and the lines give the count and rate only.
"""

from __future__ import annotations

import sys
import time
from typing import Callable, Iterable, Iterator, TextIO, TypeVar

LOG_SECONDS = 30.0
Item = TypeVar("Item")


def with_progress(items: Iterable[Item], *, total: int | None, stream: TextIO | None = None,
                  log_seconds: float = LOG_SECONDS, clock: Callable[[], float] = time.monotonic) -> Iterator[Item]:
    stream = stream if stream is not None else sys.stderr
    if stream.isatty():
        yield from _bar(items, total=total, stream=stream)
    else:
        yield from _log_lines(items, total=total, stream=stream, every=log_seconds, clock=clock)


def _bar(items: Iterable[Item], *, total: int | None, stream: TextIO) -> Iterator[Item]:
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TaskProgressColumn,
                               TextColumn, TimeElapsedColumn, TimeRemainingColumn)

    if total:
        columns = (SpinnerColumn(), BarColumn(), MofNCompleteColumn(), TextColumn("documents"), TaskProgressColumn(),
                   TimeElapsedColumn(), TextColumn("elapsed,"), TimeRemainingColumn(), TextColumn("left"))
    else:
        columns = (SpinnerColumn(), TextColumn("{task.completed} documents"), TimeElapsedColumn())
    with Progress(*columns, console=Console(file=stream), transient=True) as progress:
        task = progress.add_task("documents", total=total or None)
        for item in items:
            yield item
            progress.advance(task)


def _log_lines(items: Iterable[Item], *, total: int | None, stream: TextIO, every: float,
               clock: Callable[[], float]) -> Iterator[Item]:
    started = clock()
    next_line = started + every
    done = 0
    for item in items:
        yield item
        done += 1
        now = clock()
        if now >= next_line:
            stream.write(progress_line(done, total, now - started) + "\n")
            stream.flush()
            next_line = now + every


def progress_line(done: int, total: int | None, elapsed: float) -> str:
    """"eventwire: 40/100 documents (40%), 2.1 documents/s, about 29 s left" (count and rate alone without total)."""
    rate = done / elapsed if elapsed > 0 else 0.0
    if not total:
        return f"eventwire: {done} documents, {rate:.1f} documents/s, {_duration(elapsed)} so far"
    line = f"eventwire: {done}/{total} documents ({100 * done // total}%), {rate:.1f} documents/s"
    if rate > 0 and done < total:
        line += f", about {_duration((total - done) / rate)} left"
    return line


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds} s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes} min {seconds:02d} s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes:02d} min"
