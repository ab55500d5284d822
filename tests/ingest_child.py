"""`eventwire ingest` in a child process with a fake pipeline, for the kill tests and bench/stress_kills.py.

    python tests/ingest_child.py INPUT --db DB [any ingest option]

Extraction is a fake (runners/runner_tasks.fake_record, the same record in any process) that prints each
document's id to stdout as it is extracted and takes a little time, and the ingest commits every 0.2 s,
so a kill lands in the middle of a run with batches already stored. With --workers the workers run
runner_tasks.kill_self_on_marker, which SIGKILLs its own process on $EVENTWIRE_TEST_KILL_DOC.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parent
sys.path[:0] = [str(TESTS)]

SECONDS_PER_DOCUMENT = 0.01


def extract_many(articles, *, resources):
    from runners.runner_tasks import fake_record

    for article in articles:
        time.sleep(SECONDS_PER_DOCUMENT)
        print(article.id, flush=True)
        yield fake_record(article)


def run_batches_with_the_fake_task(original):
    from runners.runner_tasks import kill_self_on_marker

    def run_batches(items, **options):
        options["task"] = kill_self_on_marker
        for record in original(items, **options):
            print(record.doc_id, flush=True)
            yield record

    return run_batches


def main(argv: list[str]) -> None:
    from eventwire.cli import documents, main as eventwire, seams
    from eventwire.runners import run

    documents.INGEST_BATCH_SECONDS = 0.2
    seams.load_resources = lambda **options: object()
    seams.extract_many = extract_many
    run.run_batches = run_batches_with_the_fake_task(run.run_batches)
    eventwire(["ingest", *argv])


if __name__ == "__main__":
    main(sys.argv[1:])
