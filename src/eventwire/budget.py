"""The per-document time budget: a document that takes longer gets an E302 error record, not a hang.

Two mechanisms, because neither covers every case alone:

- a deadline the pipeline checks between stages and between the windows of a long document
  (works in any thread: Dask workers and the HTTP server run documents outside the main thread);
- on Unix, in the main thread (the CLI, `--workers` processes), a SIGALRM timer that interrupts a
  stage stuck inside one window (a pathological regular expression, a bug that loops). It is only
  armed when no other ITIMER_REAL timer runs, and the previous handler is restored afterwards.

spaCy's parse of a batch is shared by its documents and is not charged to one of them; its cost is
linear in length and bounded per window (eventwire.windows).
"""

from __future__ import annotations

import signal
import threading
import time
from contextlib import contextmanager
from typing import Iterator

from eventwire.errors import InputError

DEFAULT_TIME_LIMIT = 300.0  # seconds per document; a 1 MB article takes about a minute (bench/README.md)


class DocumentTimeout(InputError):
    def __init__(self, doc_id: str, seconds: float):
        super().__init__("E302", doc_id, f"processing took longer than the time limit of {seconds:g} s "
                                         "(raise it with --time-limit, 0 for none)")


class Deadline:
    """One document's time budget: the seconds spent in its own steps (a batch's other documents
    are not charged to it). `seconds` None or 0: no limit."""

    def __init__(self, doc_id: str, seconds: float | None):
        self.doc_id = doc_id
        self.seconds = seconds or None
        self.spent = 0.0
        self._since: float | None = None  # when the step now running started

    def remaining(self) -> float | None:
        if self.seconds is None:
            return None
        running = time.monotonic() - self._since if self._since is not None else 0.0
        return self.seconds - self.spent - running

    def check(self) -> None:
        """Raise DocumentTimeout (E302) when the time is up."""
        remaining = self.remaining()
        if remaining is not None and remaining <= 0:
            raise DocumentTimeout(self.doc_id, self.seconds)

    @contextmanager
    def enforced(self) -> Iterator[None]:
        """Run one step of the document, its time charged to the budget: checked on entry, and
        interrupted by SIGALRM when it overruns where an alarm can be used (module docstring)."""
        self.check()
        remaining = self.remaining()
        self._since = time.monotonic()
        try:
            if remaining is None or not _alarm_usable():
                yield
            else:
                with _alarm(remaining, self):
                    yield
        finally:
            self.spent += time.monotonic() - self._since
            self._since = None


@contextmanager
def _alarm(seconds: float, deadline: Deadline) -> Iterator[None]:
    def on_alarm(signum, frame):
        raise DocumentTimeout(deadline.doc_id, deadline.seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, max(seconds, 0.001))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _alarm_usable() -> bool:
    return (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
            and signal.getitimer(signal.ITIMER_REAL)[0] == 0)
