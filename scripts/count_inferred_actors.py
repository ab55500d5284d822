"""Actors marked inferred, by rule and clue, over Guardian rows 0-199 (never 200-248).

Usage: python scripts/count_inferred_actors.py [--rows 200] [--clues 10] [--show TEXT] [--save OUT.jsonl]
       python scripts/count_inferred_actors.py --records RECORDS.jsonl   (records `eventwire extract` wrote)
       python scripts/count_inferred_actors.py --learn [--rows 200]      (ingest twice: the second pass
                                                                          resolves with what the first learned)

An actor is inferred when its country or code comes from a clue outside its own name: the place of its
sentence or story, a state named before it, a learned alias (docs/actors.md, "Actors placed by
context"); the record carries `"inferred": {"clue": …, "by": …}`. Printed: actors in all, with a
country, inferred (and how many of those have a country), then per rule (`by`) the count and its
commonest clues. `--show TEXT` lists every actor whose name contains TEXT (case-insensitive) with its
code and clue, e.g. `--show kurdish`. `--save` keeps the records for a later `--records` run.

`--learn` runs the rows as `eventwire ingest` would twice into a new database: the first pass stores the
records (and so the learned aliases, printed with their count), the second resolves every row again with
the table the first left (a re-ingest); the counts and the source-country share
(scripts/count_source_countries.py) are then the second pass's.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guardian_rows import GUARDIAN_CSV, READABLE_ROWS, read_guardian_rows  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=GUARDIAN_CSV)
    parser.add_argument("--rows", type=int, default=READABLE_ROWS, help="first N rows (at most 200)")
    parser.add_argument("--records", type=Path, help="read these JSON-lines records instead of running the pipeline")
    parser.add_argument("--save", type=Path, help="write the records the pipeline made here (JSON lines)")
    parser.add_argument("--clues", type=int, default=5, help="commonest clues shown per rule")
    parser.add_argument("--show", metavar="TEXT", help="list the actors whose name contains TEXT")
    parser.add_argument("--json", metavar="OUT", help="write the counts as JSON to OUT")
    parser.add_argument("--learn", action="store_true", help="two ingest passes; count the second")
    args = parser.parse_args()
    if args.learn:
        records = _learn_and_rerun(args.input, args.rows)
    else:
        records = _read_records(args.records) if args.records else _run_pipeline(args.input, args.rows)
    if args.save:
        args.save.write_text("".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records),
                             encoding="utf-8")
    result = count_inferred(records, clues=args.clues)
    print(render(result))
    if args.show:
        for line in shown(records, args.show):
            print(line)
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _run_pipeline(path: Path, rows: int) -> list[dict]:
    from eventwire.pipeline import extract_many
    from eventwire.resources import load_resources

    return [record.to_dict() for record in extract_many(read_guardian_rows(path, rows=rows),
                                                        resources=load_resources())]


def _learn_and_rerun(path: Path, rows: int) -> list[dict]:
    import tempfile
    from dataclasses import replace

    from count_source_countries import count_sources, render as render_sources, summarise
    from eventwire.pipeline import extract_many
    from eventwire.resources import load_resources, with_aliases_for
    from eventwire.store import Store

    articles = read_guardian_rows(path, rows=rows)
    resources = load_resources()
    with tempfile.TemporaryDirectory() as folder, Store(Path(folder) / "learn.duckdb") as store:
        store.write(extract_many(articles, resources=resources))
        table = store.alias_table()
    people = {alias.name for alias in table.aliases}
    print(f"learned: {len(table)} aliases of {len(people)} persons from {len(articles)} rows")
    learned = replace(resources, aliases=with_aliases_for(resources.kb, table))
    records = list(extract_many(articles, resources=learned))
    counts, _ = count_sources(records)
    print(render_sources(summarise(counts, documents=len(records), failed=sum(1 for r in records if r.error))))
    return [record.to_dict() for record in records]


def _read_records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def count_inferred(records: list[dict], *, clues: int = 5) -> dict:
    """Counts over the records' actors: all, with a country, inferred, and inferred per rule."""
    actors = [actor for record in records for actor in record.get("actors", [])]
    inferred = [actor for actor in actors if actor.get("inferred")]
    by_rule: dict[str, Counter] = defaultdict(Counter)
    with_country: Counter = Counter()
    for actor in inferred:
        rule = actor["inferred"]["by"]
        by_rule[rule][" ".join(actor["inferred"]["clue"].split())] += 1
        with_country[rule] += bool(actor.get("country"))
    rules = sorted(by_rule, key=lambda rule: (-sum(by_rule[rule].values()), rule))
    return {"documents": len(records), "actors": len(actors),
            "actors_with_country": sum(1 for actor in actors if actor.get("country")),
            "inferred": len(inferred), "inferred_with_country": sum(with_country.values()),
            "by_rule": {rule: {"actors": sum(by_rule[rule].values()), "with_country": with_country[rule],
                               "clues": by_rule[rule].most_common(clues)} for rule in rules}}


def render(result: dict) -> str:
    lines = [f"{result['documents']} documents, {result['actors']} actors, "
             f"{result['actors_with_country']} with a country",
             f"inferred: {result['inferred']} actors ({result['inferred_with_country']} with a country)"]
    for rule, item in result["by_rule"].items():
        lines.append(f"  {rule:<22}{item['actors']:6d}  (with a country: {item['with_country']})")
        lines += [f"      {number:4d}  {clue}" for clue, number in item["clues"]]
    return "\n".join(lines)


def shown(records: list[dict], text: str) -> list[str]:
    """One line per actor whose name contains `text`: document, name, code, clue."""
    needle = text.lower()
    return [f"  {record['doc_id']:<14}{actor['name'][:40]:<42}{actor.get('code') or '-':<12}"
            + (f"{actor['inferred']['by']}: {actor['inferred']['clue']}" if actor.get("inferred") else "")
            for record in records for actor in record.get("actors", []) if needle in actor["name"].lower()]


if __name__ == "__main__":
    main()
