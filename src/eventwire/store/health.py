"""Is the store readable, for real: every row of every table read back, not only the file opened.

DuckDB checks a block's checksum when it reads the block, and a count comes from metadata without
reading any: so the check hashes every row (all columns) of every table. That costs a full read (about
40 ms for the tests' 536-document corpus), so callers cache the answer while the store is unchanged.
"""

from __future__ import annotations

from eventwire.store.faults import is_duckdb_error, store_error
from eventwire.store.schema import ALL_TABLES


def verify_tables(con, path=None) -> dict[str, int]:
    """Rows per table, after reading every row; raises the EventwireError of the fault (E407 a damaged
    block) naming the table."""
    counts = {}
    for table in ALL_TABLES:
        try:
            counts[table] = con.execute(f"SELECT count(*), bit_xor(hash(t)) FROM {table} t").fetchall()[0][0]
        except Exception as exc:
            if not is_duckdb_error(exc):
                raise
            error = store_error(exc, path)
            raise type(error)(error.code, f"{error.message} (reading table {table})") from exc
    return counts
