"""Runner benchmark: the pipeline in this process vs local worker processes vs a local Dask cluster.

    python bench/bench_runners.py                          # 50 Guardian articles from ../shared, 2 workers
    python bench/bench_runners.py --limit 100 --workers 2 --json runners.json

All passes run on the same articles in one run, with a plain spaCy pass (this process, `nlp.pipe`)
as the reference the ratios are taken against. Each parallel engine starts, its workers load the
model on a warm-up batch each (timed as start-up), then the timed pass runs. The parallel engines
run first, before this process loads the model, so the main process's peak RSS after them is what
a parallel run costs the main process. Not a test: run it by hand on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import DEFAULT_INPUT, read_articles  # noqa: E402  (the same article source)


def main(argv: list[str] | None = None) -> int:
    options = _arguments(argv)
    articles = read_articles(options.input, limit=options.limit)
    if not articles:
        print(f"no articles read from {options.input}", file=sys.stderr)
        return 2
    result = run_benchmark(articles, workers=options.workers, batch_size=options.batch_size)
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
    parser.add_argument("--workers", type=int, default=2, help="worker processes for both parallel engines")
    parser.add_argument("--batch-size", type=int, default=8, help="articles per batch sent to a worker")
    parser.add_argument("--json", metavar="OUT", help="write the figures as JSON to OUT")
    return parser.parse_args(argv)


def run_benchmark(articles: list, *, workers: int, batch_size: int) -> dict[str, Any]:
    from eventwire.runners import ResourceOptions, plan_runner

    passes = {}
    for name, plan in (("local", plan_runner(workers=workers)), ("dask", plan_runner(engine="dask", workers=workers))):
        passes[name] = _parallel_pass(articles, plan=plan, options=ResourceOptions(), batch_size=batch_size)
    spacy_seconds, passes["serial"], load_seconds = _serial_passes(articles)
    serial_records = passes["serial"].pop("records")
    for name in ("local", "dask"):
        passes[name]["same_records_as_serial"] = passes[name].pop("records") == serial_records
    count = len(articles)
    for figures in passes.values():
        figures["articles_per_s"] = round(count / figures["seconds"], 2)
        figures["ratio_to_spacy"] = round(figures["seconds"] / spacy_seconds, 2)
    return {
        "articles": count, "workers": workers, "batch_size": batch_size,
        "spacy": {"seconds": round(spacy_seconds, 3), "articles_per_s": round(count / spacy_seconds, 2)},
        "serial_load_seconds": round(load_seconds, 2), "passes": passes,
        "failed_documents": sum(record["error"] is not None for record in serial_records),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": _cpu_count()},
    }


def _parallel_pass(articles: list, *, plan, options, batch_size: int) -> dict[str, Any]:
    """Start the engine, warm every worker up (model load), then time one pass over `articles`."""
    from eventwire.runners.run import DEFAULT_CONNECT_TIMEOUT, open_engine
    from eventwire.runners.stream import ordered_records
    from eventwire.runners.worker import extract_batch

    started = time.perf_counter()
    with open_engine(plan, options=options, task=extract_batch, max_in_flight=None,
                     connect_timeout=DEFAULT_CONNECT_TIMEOUT) as engine:
        warm_up = articles[:1] * plan.workers  # one single-article batch per worker
        list(ordered_records(warm_up, engine=engine, batch_size=1))
        startup_seconds = time.perf_counter() - started
        started = time.perf_counter()
        records = [record.to_dict() for record in ordered_records(articles, engine=engine, batch_size=batch_size)]
        seconds = time.perf_counter() - started
        worker_rss = _children_rss_mb()
    return {"seconds": round(seconds, 3), "startup_seconds": round(startup_seconds, 2),
            "main_max_rss_mb": _max_rss_mb(), "worker_rss_mb": worker_rss, "records": records}


def _serial_passes(articles: list) -> tuple[float, dict[str, Any], float]:
    """The plain spaCy pass and the pipeline pass, both in this process (bench_pipeline's method)."""
    from eventwire.nlp import load_nlp
    from eventwire.pipeline import extract_document, extract_many
    from eventwire.resources import load_resources
    from eventwire.text import prepare_article

    started = time.perf_counter()
    nlp = load_nlp()
    resources = load_resources(nlp=nlp)
    load_seconds = time.perf_counter() - started
    texts = [_prepared_text(article, prepare_article) for article in articles]
    extract_document(articles[0], resources=resources)  # warm-up, as the workers had
    list(nlp.pipe(texts[:1]))
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=16):
        pass
    spacy_seconds = time.perf_counter() - started
    started = time.perf_counter()
    records = [record.to_dict() for record in extract_many(articles, resources=resources)]
    seconds = time.perf_counter() - started
    return spacy_seconds, {"seconds": round(seconds, 3), "startup_seconds": round(load_seconds, 2),
                           "main_max_rss_mb": _max_rss_mb(), "worker_rss_mb": [], "records": records}, load_seconds


def _prepared_text(article, prepare_article) -> str:
    try:
        return prepare_article(article).text
    except Exception:  # the pipeline turns such a document into an error record
        return ""


def render(result: dict[str, Any]) -> str:
    spacy = result["spacy"]
    lines = [f"{result['articles']} articles from {result.get('input', '?')}; {result['workers']} workers, "
             f"batches of {result['batch_size']}; {result['machine']['cpus']} CPUs",
             f"plain spaCy pass (this process): {spacy['seconds']:.2f} s, {spacy['articles_per_s']} articles/s", "",
             f"{'pass':<8}{'start s':>9}{'seconds':>9}{'art/s':>8}{'/spaCy':>8}{'main RSS MB':>13}  worker RSS MB"]
    for name in ("serial", "local", "dask"):
        figures = result["passes"][name]
        workers = ", ".join(f"{rss:.0f}" for rss in figures["worker_rss_mb"]) or "-"
        lines.append(f"{name:<8}{figures['startup_seconds']:>9.2f}{figures['seconds']:>9.2f}"
                     f"{figures['articles_per_s']:>8.2f}{figures['ratio_to_spacy']:>8.2f}"
                     f"{figures['main_max_rss_mb']:>13.0f}  {workers}")
    same = {name: result["passes"][name]["same_records_as_serial"] for name in ("local", "dask")}
    lines += ["", f"records identical to serial: local {same['local']}, dask {same['dask']}",
              f"failed documents: {result['failed_documents']}",
              "start s: serial = model + dictionaries load; parallel = engine start + every worker's load"]
    return "\n".join(lines)


def _max_rss_mb() -> float:
    """Peak resident memory of this process so far (ru_maxrss is KiB on Linux, bytes on macOS)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def _children_rss_mb() -> list[float]:
    """Current RSS of every descendant process using over 200 MB (the workers; skips Dask's
    nannies and the pool's helper processes)."""
    import psutil

    sizes = [child.memory_info().rss / 2**20 for child in psutil.Process().children(recursive=True)]
    return sorted(round(size, 1) for size in sizes if size > 200)


def _cpu_count() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


if __name__ == "__main__":
    sys.exit(main())
