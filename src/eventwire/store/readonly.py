"""Running a user's SQL against the store without letting it change anything.

The connection is already read-only (DuckDB refuses INSERT/UPDATE/CREATE on it); turning off external
access also stops COPY … TO, ATTACH and reading or writing other files from the query. One statement at a
time: DuckDB runs every statement of "SELECT …; SET …; SELECT …" and returns the last result only, so
the statements before it would run unseen.
"""

from __future__ import annotations

from eventwire.errors import EventwireError


def run_query(con, query: str, *, limit: int) -> tuple[list[str], list[tuple]]:
    import duckdb

    try:
        con.execute("SET enable_external_access = false")
        statements = con.extract_statements(query)
        if len(statements) != 1:
            raise EventwireError("E404", f"SQL failed: give one statement at a time (this query has "
                                         f"{len(statements)})")
        result = con.execute(statements[0])
        if result.description is None:
            return [], []
        columns = [column[0] for column in result.description]
        return columns, result.fetchmany(limit)
    except duckdb.Error as exc:
        raise EventwireError("E404", f"SQL failed: {str(exc).splitlines()[0]}") from exc
