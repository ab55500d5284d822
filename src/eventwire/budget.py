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
    """When one document's time is up. `seconds` None or 0: never."""

    def __init__(self, doc_id: str, seconds: float | None):
        self.doc_id = doc_id
        self.seconds = seconds or None
        self._ends = time.monotonic() + seconds if seconds else None

    def remaining(self) -> float | None:
        return None if self._ends is None else self._ends - time.monotonic()

    def check(self) -> None:
        """Raise DocumentTimeout (E302) when the time is up."""
        if self._ends is not None and time.monotonic() >= self._ends:
            raise DocumentTimeout(self.doc_id, self.seconds)

    @contextmanager
    def enforced(self) -> Iterator[None]:
        """Run a block under this deadline: checked on entry, and interrupted by SIGALRM when it
        overruns where an alarm can be used (see the module docstring)."""
        self.check()
        remaining = self.remaining()
        if remaining is None or not _alarm_usable():
            yield
            return

        def on_alarm(signum, frame):
            raise DocumentTimeout(self.doc_id, self.seconds)

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, max(remaining, 0.001))
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _alarm_usable() -> bool:
    return (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
            and signal.getitimer(signal.ITIMER_REAL)[0] == 0)
