"""Dyad/period aggregation on 1M synthetic events: eventwire's dyad_series vs a plain DuckDB GROUP BY.

    . .venv/bin/activate
    python bench/bench_aggregation.py                      # 1,000,000 events, monthly periods
    python bench/bench_aggregation.py --events 200000 --period week --repeat 5 --json out.json

The store is filled by SQL (documents, events with dedup keys, source/target participants; 4 events per
document, 40 countries, 2019-2024), not through the writer, so only aggregation is measured; the merged
tables the writer keeps (global_events, event_dyads: eventwire.store.merged) are then derived in one
refresh, timed and reported apart as `merge_at_write_seconds` (the writer pays it batch by batch). The plain
baseline gets a flat table of the same events (one row per event with its two countries, built before
timing) and groups it per unordered country pair and period. Both sides must agree on every dyad's
event count and Goldstein sum, or the run fails. Each measurement runs in a fresh process (so peak RSS
belongs to it alone): seconds are the median of --repeat runs; memory is the process's peak resident set
(VmHWM) and its growth during the aggregation (the peak is reset just before it, Linux only).
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COUNTRIES = 40
PLAIN_SQL = """
    SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b,
           date_trunc('{period}', date)::DATE AS period, count(*) AS events,
           count(*) FILTER (WHERE quad_class = 1) AS quad1, count(*) FILTER (WHERE quad_class = 2) AS quad2,
           count(*) FILTER (WHERE quad_class = 3) AS quad3, count(*) FILTER (WHERE quad_class = 4) AS quad4,
           sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean
    FROM flat GROUP BY ALL ORDER BY a, b, period"""


def build(path: Path, events: int) -> float:
    """Fill the store; returns the seconds spent deriving the merged tables (global_events, event_dyads)."""
    from eventwire.store import Store
    from eventwire.store.merged import refresh_merged

    with Store(path) as store:
        con = store.con
        con.execute(f"""
            INSERT INTO documents (doc_id, title, published, source, text, content_hash, tone_score, ingested_at)
            SELECT 'd' || i, NULL, strftime(DATE '2019-01-01' + CAST(i % 2190 AS INTEGER), '%Y-%m-%d'),
                   'outlet ' || (i % 50), '', '', (i % 21) - 10.0, TIMESTAMP '2024-01-01'
            FROM range({events // 4}) t(i)""")
        con.execute(f"""
            INSERT INTO events (doc_id, event_id, sentence, cameo, root, quad_class, goldstein, plover, modality,
                                date, dedup_key, global_event_id)
            SELECT 'd' || (i // 4), 'e' || (i % 4), i % 4, lpad(CAST(1 + (i * 7) % 20 AS VARCHAR), 2, '0') || '0',
                   lpad(CAST(1 + (i * 7) % 20 AS VARCHAR), 2, '0'),
                   CASE WHEN 1 + (i * 7) % 20 <= 5 THEN 1 WHEN 1 + (i * 7) % 20 <= 9 THEN 2
                        WHEN 1 + (i * 7) % 20 <= 14 THEN 3 ELSE 4 END,
                   ((i * 13) % 201) / 10.0 - 10.0, NULL, 'asserted',
                   strftime(DATE '2019-01-01' + CAST((i // 4) % 2190 AS INTEGER), '%Y-%m-%d'), 'k' || i, i
            FROM range({events}) t(i)""")
        con.execute(f"""
            INSERT INTO event_participants (doc_id, event_id, side, position, country, code)
            SELECT 'd' || (i // 4), 'e' || (i % 4), side, 0, country, country FROM (
                SELECT i, 'source' AS side, 'C' || lpad(CAST(hash(i) % {COUNTRIES} AS VARCHAR), 2, '0') AS country
                FROM range({events}) t(i)
                UNION ALL
                SELECT i, 'target', 'C' || lpad(CAST((hash(i) + 1 + hash(i * 3) % {COUNTRIES - 1}) % {COUNTRIES}
                                                  AS VARCHAR), 2, '0')
                FROM range({events}) t(i))""")
        started = time.perf_counter()
        refresh_merged(con)  # what the writer does batch by batch: merge mentions, expand dyad pairs
        merged_seconds = time.perf_counter() - started
        con.execute("""
            CREATE TABLE flat AS
            SELECT e.global_event_id, CAST(e.date AS DATE) AS date, s.country AS source_country,
                   t.country AS target_country, e.quad_class, e.goldstein
            FROM events e
            JOIN event_participants s ON s.doc_id = e.doc_id AND s.event_id = e.event_id AND s.side = 'source'
            JOIN event_participants t ON t.doc_id = e.doc_id AND t.event_id = e.event_id AND t.side = 'target'""")
    return merged_seconds


def measure(path: Path, method: str, period: str) -> dict:
    """Runs in its own process: one aggregation, its seconds and the process's peak RSS."""
    from eventwire.store import Store

    with Store(path, read_only=True) as store:
        before = _reset_peak()
        started = time.perf_counter()
        if method == "eventwire":
            from eventwire.relations import dyad_series

            rows = dyad_series(store.con, period=period)
            totals = {(r["actor_a"], r["actor_b"]): 0 for r in rows}
            sums = dict(totals)
            for row in rows:
                totals[(row["actor_a"], row["actor_b"])] += row["events"]
                sums[(row["actor_a"], row["actor_b"])] += row["goldstein_sum"]
        else:
            result = store.con.execute(PLAIN_SQL.format(period=period)).fetchall()
            totals, sums = {}, {}
            for a, b, _, events, *_rest, goldstein_sum, _mean in result:
                totals[(a, b)] = totals.get((a, b), 0) + events
                sums[(a, b)] = sums.get((a, b), 0) + goldstein_sum
            rows = result
        seconds = time.perf_counter() - started
        peak = _peak_kb()
    return {"seconds": seconds, "peak_rss_mb": peak / 1024, "rss_growth_mb": (peak - before) / 1024,
            "rows": len(rows), "totals": {f"{a}-{b}": [n, round(sums[(a, b)], 6)] for (a, b), n in totals.items()}}


def _peak_kb() -> int:
    """VmHWM: this process's peak resident set (unlike ru_maxrss, not inherited from the parent at fork)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _reset_peak() -> int:
    """Reset the peak to the current resident set (Linux clear_refs 5), so the peak is the query's own."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass
    return _peak_kb()


def run_child(path: Path, method: str, period: str) -> dict:
    output = subprocess.run([sys.executable, __file__, "--child", method, "--db", str(path), "--period", period],
                            check=True, capture_output=True, text=True).stdout
    return json.loads(output)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--period", default="month", choices=["day", "week", "month", "quarter", "year"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, help="Also write the figures here.")
    parser.add_argument("--child", choices=["eventwire", "plain"], help=argparse.SUPPRESS)
    parser.add_argument("--db", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.db, args.child, args.period)))
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.duckdb"
        started = time.perf_counter()
        merged_seconds = build(path, args.events)
        print(f"built {args.events:,} events in {time.perf_counter() - started:.1f} s "
              f"(deriving the merged tables: {merged_seconds:.1f} s)", flush=True)
        runs = {method: [run_child(path, method, args.period) for _ in range(args.repeat)]
                for method in ("plain", "eventwire")}
    if runs["plain"][0]["totals"] != runs["eventwire"][0]["totals"]:
        raise SystemExit("eventwire and plain GROUP BY disagree on dyad totals")
    report = {"events": args.events, "period": args.period, "repeat": args.repeat, "python": platform.python_version(),
              "platform": platform.platform(), "dyad_period_rows": runs["plain"][0]["rows"],
              "merge_at_write_seconds": merged_seconds}
    for method, found in runs.items():
        report[method] = {"seconds_median": statistics.median(run["seconds"] for run in found),
                          "peak_rss_mb": max(run["peak_rss_mb"] for run in found),
                          "rss_growth_mb": max(run["rss_growth_mb"] for run in found)}
    report["ratio_seconds"] = report["eventwire"]["seconds_median"] / report["plain"]["seconds_median"]
    report["ratio_peak_rss"] = report["eventwire"]["peak_rss_mb"] / report["plain"]["peak_rss_mb"]
    print(json.dumps(report, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
