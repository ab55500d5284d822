"""Time and peak memory against document length: the pipeline vs a plain spaCy pass over the same text.

    python bench/bench_length.py                                  # 10k, 30k, 100k, 300k, 1M characters
    python bench/bench_length.py --lengths 10000 100000 --json out.json

Each length runs twice, each time in a fresh subprocess (so one run's memory never counts for the next):
once `nlp(text)`, the plain spaCy pass (the floor every pipeline pays; one piece, as a user would call
it, up to the model's max_length), once `eventwire.pipeline.extract_document` on the same text. The
article is bench/long_text.py's: varied news sentences in paragraphs, the same seed for every length.
Reported per length: CPU seconds of the process (robust on a machine shared with other jobs; wall
seconds too), CPU seconds per 10,000 characters, the ratio pipeline/spaCy, and the peak resident memory
of the process (max RSS) and its growth over the memory after loading.

Linear cost shows as a flat "s per 10k chars" column; the check at the end compares the longest
length with 100,000 characters (`--check`: fail unless the 1M article takes at most 10x the 100k one
per 10x the length). Not a test: run it by hand on an idle machine.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_LENGTHS = (10_000, 30_000, 100_000, 300_000, 1_000_000)


def measure(mode: str, length: int, seed: int) -> dict:
    """One run, in this process: load, warm up, time one pass over one article of `length` characters."""
    sys.path.insert(0, str(HERE))
    from long_text import long_article

    from eventwire.pipeline import extract_document
    from eventwire.resources import load_resources
    from eventwire.schema import DocInput

    resources = load_resources()
    warm = "Russian Foreign Minister Sergey Lavrov met Pakistan's army chief in Islamabad on Tuesday."
    extract_document(DocInput(id="warm-up", text=warm), resources=resources)
    text = long_article(length, seed=seed)
    after_load = _max_rss_mb()
    started, cpu_started = time.perf_counter(), time.process_time()
    if mode == "spacy":
        doc = resources.nlp(text)
        found = {"tokens": len(doc)}
    else:
        record = extract_document(DocInput(id="long", text=text, published="2021-04-08"), resources=resources)
        found = {"error": record.error, "events": len(record.events), "actors": len(record.actors),
                 "sentences": len(record.sentences)}
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    return {"mode": mode, "chars": len(text), "seconds": round(seconds, 2), "cpu_seconds": round(cpu_seconds, 2),
            "rss_after_load_mb": after_load,
            "peak_rss_mb": _max_rss_mb(), **found}


def run_fresh(mode: str, length: int, seed: int) -> dict:
    command = [sys.executable, __file__, "--one", mode, str(length), "--seed", str(seed)]
    finished = subprocess.run(command, capture_output=True, text=True, check=False)
    if finished.returncode != 0:
        return {"mode": mode, "chars": length, "failed": finished.stderr.strip().splitlines()[-1:]}
    return json.loads(finished.stdout.strip().splitlines()[-1])


def run(lengths: list[int], seed: int) -> dict:
    rows = []
    for length in lengths:
        spacy_run, pipeline_run = run_fresh("spacy", length, seed), run_fresh("pipeline", length, seed)
        rows.append({"length": length, "spacy": spacy_run, "pipeline": pipeline_run})
        print(render_row(rows[-1]), flush=True)
    return {"rows": rows, "seed": seed,
            "machine": {"python": platform.python_version(), "platform": platform.platform(),
                        "processor": platform.processor() or platform.machine()}}


HEADER = ("| characters | spaCy CPU s | pipeline CPU s | pipeline CPU s per 10k chars | ratio pipeline/spaCy "
          "| pipeline wall s | spaCy peak RSS MB (+ over load) | pipeline peak RSS MB (+ over load) | events |\n"
          "|---:|---:|---:|---:|---:|---:|---:|---:|---:|")


def render_row(row: dict) -> str:
    spacy_run, pipeline_run = row["spacy"], row["pipeline"]
    if "failed" in pipeline_run or "failed" in spacy_run:
        return f"| {row['length']:,} | failed: {spacy_run.get('failed') or pipeline_run.get('failed')} |"
    chars = pipeline_run["chars"]
    spacy_cpu, pipeline_cpu = spacy_run["cpu_seconds"], pipeline_run["cpu_seconds"]
    per_10k = pipeline_cpu / chars * 10_000
    ratio = pipeline_cpu / spacy_cpu if spacy_cpu else float("nan")
    return (f"| {chars:,} | {spacy_cpu:.1f} | {pipeline_cpu:.1f} | {per_10k:.2f} | {ratio:.2f} "
            f"| {pipeline_run['seconds']:.1f} | {_memory(spacy_run)} | {_memory(pipeline_run)} "
            f"| {pipeline_run['events']:,} |")


def _memory(measured: dict) -> str:
    return f"{measured['peak_rss_mb']:,} (+{measured['peak_rss_mb'] - measured['rss_after_load_mb']:,})"


def linear_enough(result: dict) -> tuple[bool, str]:
    """The longest article within 10x the 100k one's time per 10x its length."""
    by_length = {row["length"]: row["pipeline"] for row in result["rows"] if "failed" not in row["pipeline"]}
    if 100_000 not in by_length or len(by_length) < 2:
        return False, "needs 100,000 and a longer length"
    longest = max(by_length)
    base, top = by_length[100_000], by_length[longest]
    allowed = base["cpu_seconds"] * top["chars"] / base["chars"]
    return top["cpu_seconds"] <= allowed, (f"{top['chars']:,} characters: {top['cpu_seconds']:.1f} CPU s; allowed "
                                            f"{allowed:.1f} s (10x the {base['chars']:,}-character article's "
                                            f"{base['cpu_seconds']:.1f} s per 10x the length)")


def _max_rss_mb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lengths", type=int, nargs="+", default=list(DEFAULT_LENGTHS))
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", metavar="OUT", help="also write the figures as JSON")
    parser.add_argument("--check", action="store_true", help="exit 1 unless cost is linear enough")
    parser.add_argument("--one", nargs=2, metavar=("MODE", "LENGTH"), help=argparse.SUPPRESS)
    options = parser.parse_args(argv)
    if options.one:
        print(json.dumps(measure(options.one[0], int(options.one[1]), options.seed)))
        return 0
    print(HEADER)
    result = run(options.lengths, options.seed)
    ok, message = linear_enough(result)
    print(f"\nlinear: {'yes' if ok else 'NO'} — {message}")
    if options.json:
        Path(options.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 1 if options.check and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
