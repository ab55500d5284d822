"""A store's content, for comparing two stores: every table's rows, sorted, without wall-clock times.

Used by the crash tests (tests/store/test_crash.py) and the kill stress script (bench/stress_kills.py).
"""

from __future__ import annotations

from pathlib import Path

# first-ingest times differ between two runs that store the same records
CLOCK_COLUMNS = {"documents": " EXCLUDE (ingested_at)", "global_events": " EXCLUDE (date_added)"}


def snapshot(path: Path) -> dict[str, list]:
    """Every table's rows, sorted; wall-clock times (ingested_at, date_added = first ingest) left out."""
    from eventwire.store import Store
    from eventwire.store.schema import ALL_TABLES

    with Store(path, read_only=True) as store:
        return {table: sorted(store.con.execute(f"SELECT *{CLOCK_COLUMNS.get(table, '')} FROM {table}").fetchall(),
                              key=repr)
                for table in ALL_TABLES}
