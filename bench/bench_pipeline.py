"""Throughput benchmark: a plain spaCy pass vs the full eventwire pipeline over the same articles.

    python bench/bench_pipeline.py                       # 50 Guardian articles from ../shared
    python bench/bench_pipeline.py --input examples/demo_articles.jsonl --limit 0 --json bench.json

Both passes run in the same process on the same texts (the text the pipeline itself parses after
its text stage), after one warm-up document each; the ratio pipeline/spaCy is the figure to compare
across machines. Not a test: run it by hand.
"""

from __future__ import annotations

import argparse
import csv
import gc
import json
import platform
import resource
import sys
import time
from contextlib import contextmanager
from itertools import islice
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_INPUT = ROOT.parent / "shared" / "data" / "news_articles_guardian" / "Guardian_SDF_sample.csv"
# Stage functions as pipeline.py names them; wrapped with timers when --stages is given.
STAGES = ("prepare_article", "parse_published", "build_parsed", "resolve_actors", "code_events",
          "find_places", "date_events", "locate_events", "attach_quantities", "find_quotes", "score_tone")


def main(argv: list[str] | None = None) -> int:
    options = _arguments(argv)
    articles = read_articles(options.input, limit=options.limit)
    if not articles:
        print(f"no articles read from {options.input}", file=sys.stderr)
        return 2
    result = run_benchmark(articles, batch_size=options.batch_size, stages=options.stages)
    result["input"] = str(options.input)
    print(render(result))
    if options.json:
        Path(options.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT,
                        help="a .csv with `text` (and `date`) columns, or a .jsonl of articles")
    parser.add_argument("--limit", type=int, default=50, help="number of articles (0 = all)")
    parser.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size for the spaCy pass")
    parser.add_argument("--stages", action="store_true", help="also time each pipeline stage")
    parser.add_argument("--json", metavar="OUT", help="write the figures as JSON to OUT")
    return parser.parse_args(argv)


def read_articles(path: Path, *, limit: int) -> list:
    from eventwire.schema import DocInput

    if path.suffix.lower() == ".csv":
        csv.field_size_limit(sys.maxsize)
        with path.open(encoding="utf-8", newline="") as handle:
            # stop at `limit`: the Guardian sample's last rows are kept unread for a blind review
            rows = islice((row for row in csv.DictReader(handle) if (row.get("text") or "").strip()),
                          limit if limit > 0 else None)
            articles = [DocInput(id=f"row-{number}", text=row["text"], published=row.get("date") or None,
                                 source=row.get("source") or None) for number, row in enumerate(rows, start=1)]
    else:
        fields = set(DocInput.__dataclass_fields__)
        with path.open(encoding="utf-8") as handle:
            articles = [DocInput(**{key: value for key, value in json.loads(line).items() if key in fields})
                        for line in handle if line.strip()]
    return articles[:limit] if limit > 0 else articles


def run_benchmark(articles: list, *, batch_size: int, stages: bool) -> dict[str, Any]:
    from eventwire.nlp import load_nlp
    from eventwire.pipeline import extract_document, extract_many
    from eventwire.resources import load_resources
    from eventwire.text import prepare_article

    started = time.perf_counter()
    nlp = load_nlp()
    resources = load_resources(nlp=nlp)
    load_seconds = time.perf_counter() - started
    memory_after_load = _max_rss_mb()

    texts = [_prepared_text(article, prepare_article) for article in articles]
    words = sum(len(text.split()) for text in texts)
    extract_document(articles[0], resources=resources)  # warm-up (lazy caches, first-call costs)
    list(nlp.pipe(texts[:1]))

    gc.collect()  # settle the heap the loading left: a full collection is a load cost, not a stage's
    spacy_seconds = _timed(lambda: _consume(nlp.pipe(texts, batch_size=batch_size)))
    memory_after_spacy = _max_rss_mb()
    timings: dict[str, float] = {}
    with _stage_timers(timings, enabled=stages):
        timed_resources = replace(resources, nlp=_TimedModel(nlp, timings)) if stages else resources
        errors: list[str] = []
        gc.collect()
        pipeline_seconds = _timed(lambda: errors.extend(
            record.error for record in extract_many(articles, resources=timed_resources) if record.error))

    count = len(articles)
    return {
        "articles": count, "words": words, "load_seconds": round(load_seconds, 2),
        "spacy": _rates(spacy_seconds, count, words),
        "pipeline": _rates(pipeline_seconds, count, words),
        "ratio_pipeline_to_spacy": round(pipeline_seconds / spacy_seconds, 2) if spacy_seconds else None,
        "failed_documents": len(errors), "first_errors": errors[:3],
        "max_rss_mb": {"after_load": memory_after_load, "after_spacy": memory_after_spacy,
                       "after_pipeline": _max_rss_mb()},
        "stage_seconds": {name: round(seconds, 3) for name, seconds in sorted(timings.items(), key=lambda i: -i[1])},
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "processor": platform.processor() or platform.machine()},
    }


def _prepared_text(article, prepare_article) -> str:
    """The text the pipeline will parse; a document its text stage rejects is parsed as empty text
    by the spaCy pass (the pipeline turns it into an error record, counted as failed)."""
    try:
        return prepare_article(article).text
    except Exception:  # mirrors extract_document, which never lets one document stop the batch
        return ""


def render(result: dict[str, Any]) -> str:
    lines = [f"{result['articles']} articles, {result['words']} words from {result.get('input', '?')}",
             f"resources loaded in {result['load_seconds']} s", "",
             f"{'pass':<10}{'seconds':>10}{'articles/s':>13}{'words/s':>11}"]
    for name in ("spacy", "pipeline"):
        rates = result[name]
        lines.append(f"{name:<10}{rates['seconds']:>10.2f}{rates['articles_per_s']:>13.2f}"
                     f"{rates['words_per_s']:>11.0f}")
    memory = result["max_rss_mb"]
    lines += ["", f"ratio pipeline/spaCy: {result['ratio_pipeline_to_spacy']}",
              f"peak memory (max RSS, MB): after load {memory['after_load']}, after spaCy pass "
              f"{memory['after_spacy']}, after pipeline {memory['after_pipeline']}",
              f"failed documents: {result['failed_documents']}"]
    lines += [f"  {error}" for error in result["first_errors"]]
    if result["stage_seconds"]:
        lines += ["", "per-stage seconds (pipeline pass):"]
        lines += [f"  {name:<20}{seconds:>8.3f}" for name, seconds in result["stage_seconds"].items()]
    return "\n".join(lines)


def _rates(seconds: float, articles: int, words: int) -> dict[str, float]:
    return {"seconds": round(seconds, 3), "articles_per_s": round(articles / seconds, 2) if seconds else 0.0,
            "words_per_s": round(words / seconds, 1) if seconds else 0.0}


def _consume(docs) -> None:
    """Iterate without keeping the Docs, as a streaming pipeline would (memory stays comparable)."""
    for _ in docs:
        pass


def _timed(action) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _max_rss_mb() -> float:
    """Peak resident memory of this process so far (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


class _TimedModel:
    """Stands in for the spaCy model inside the pipeline: times calls and `pipe` iteration,
    delegates everything else."""

    KEY = "spacy (nlp)"

    def __init__(self, nlp, timings: dict[str, float]):
        self._nlp = nlp
        self._timings = timings

    def _add(self, started: float) -> None:
        self._timings[self.KEY] = self._timings.get(self.KEY, 0.0) + time.perf_counter() - started

    def __call__(self, *args, **kwargs):
        started = time.perf_counter()
        try:
            return self._nlp(*args, **kwargs)
        finally:
            self._add(started)

    def pipe(self, *args, **kwargs):
        docs = iter(self._nlp.pipe(*args, **kwargs))
        while True:  # time each step of the lazy generator: that is where the parsing happens
            started = time.perf_counter()
            try:
                doc = next(docs)
            except StopIteration:
                return
            finally:
                self._add(started)
            yield doc

    def __getattr__(self, name):
        return getattr(self._nlp, name)


@contextmanager
def _stage_timers(timings: dict[str, float], *, enabled: bool) -> Iterator[None]:
    """Wrap the stage functions pipeline.py calls with timers, and put them back afterwards."""
    import eventwire.pipeline as pipeline

    originals = {name: getattr(pipeline, name) for name in STAGES if enabled and hasattr(pipeline, name)}

    def timed(name, function):
        def wrapper(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                timings[name] = timings.get(name, 0.0) + time.perf_counter() - started
        return wrapper

    for name, function in originals.items():
        setattr(pipeline, name, timed(name, function))
    try:
        yield
    finally:
        for name, function in originals.items():
            setattr(pipeline, name, function)


if __name__ == "__main__":
    sys.exit(main())
