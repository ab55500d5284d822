"""Stand-in tasks for the workers, importable in a spawned worker process (tests/ is on its path).

They take (options, articles) like eventwire.runners.worker.extract_batch but never load the model.
"""

from __future__ import annotations

import os
import random
import signal
import time

from eventwire.errors import DictionaryError
from eventwire.schema import DocumentRecord


def echo_batch(options, articles) -> list[DocumentRecord]:
    """A record per article carrying its text and the worker's pid, after a random short pause,
    so batches finish out of order."""
    time.sleep(random.uniform(0, 0.02))
    return [DocumentRecord(doc_id=article.id, text=article.text, source=str(os.getpid())) for article in articles]


def die_on_marker(options, articles) -> list[DocumentRecord]:
    """Ends the worker process abruptly (no exception, no cleanup) on an article saying DIE."""
    if any("DIE" in (article.text or "") for article in articles):
        os._exit(3)
    return echo_batch(options, articles)


def bad_dictionary(options, articles) -> list[DocumentRecord]:
    raise DictionaryError("E201", "mine.txt", 3, "malformed line")


def fake_record(article) -> DocumentRecord:
    """The same record for the same article in any process (the kill tests compare stores)."""
    return DocumentRecord(doc_id=article.id, text=article.text, title=f"Title of {article.id}",
                          sentences=[[0, len(article.text)]])


def kill_self_on_marker(options, articles) -> list[DocumentRecord]:
    """SIGKILLs its own worker process on the document named by $EVENTWIRE_TEST_KILL_DOC (as the OOM killer
    or `kill -9` would), a second after taking it, so the batches before it are done; else fake records
    after a short pause."""
    marker = os.environ.get("EVENTWIRE_TEST_KILL_DOC")
    if marker and any(article.id == marker for article in articles):
        time.sleep(1.0)
        os.kill(os.getpid(), signal.SIGKILL)
    time.sleep(0.01 * len(articles))
    return [fake_record(article) for article in articles]
