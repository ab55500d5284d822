"""Store: an embedded DuckDB database of document records (one writer, many readers).

    with Store(path) as store:                 # default: $EVENTWIRE_DB or ./eventwire.duckdb
        summary = store.write(records)         # new / unchanged / replaced / failed
        store.events(actor="RUS", since="2021-01-01")   # deduplicated; mentions=True: every mention
        store.dyads(plover="AGREE", period="month")
        store.learned_aliases()                # persons the stored articles introduced with a title

Schema: see eventwire.store.schema. Writes are idempotent: a document whose content hash is
already stored is skipped; a changed one replaces its old rows in the same transaction.
"""

from __future__ import annotations

from pathlib import Path

from eventwire.schema import DocumentRecord
from eventwire.store.faults import is_duckdb_error, store_error
from eventwire.store.learned import learned_alias_table, learned_aliases
from eventwire.store.queries import EventFilter, select_dyads, select_events, table_counts
from eventwire.store.schema import SCHEMA_VERSION, connect, default_db_path
from eventwire.store.writer import DEFAULT_BATCH_SIZE, WriteSummary, write_records


class Store:
    def __init__(self, path: str | Path | None = None, *, read_only: bool = False, con=None):
        """Open the store at `path`; or, with `con`, read through a connection opened elsewhere (a cursor of
        eventwire.store.shared.SharedStore), which `close` closes."""
        self.path = Path(path) if path is not None else default_db_path()
        self.con = con if con is not None else connect(self.path, read_only=read_only)

    def write(self, records, *, batch_size: int = DEFAULT_BATCH_SIZE, batch_seconds: float | None = None,
              summary: WriteSummary | None = None) -> WriteSummary:
        """Store records, one transaction per batch (eventwire.store.writer.write_records). A DuckDB failure
        comes out as the EventwireError of its cause: E408 disk full, E407 a damaged file (store.faults)."""
        try:
            return write_records(self.con, records, batch_size=batch_size, batch_seconds=batch_seconds,
                                 summary=summary)
        except Exception as exc:
            if is_duckdb_error(exc):
                raise store_error(exc, self.path) from exc
            raise

    def events(self, *, mentions: bool = False, **filters) -> list[dict]:
        """Deduplicated events (every mention with mentions=True). Filters: actor, dyad=(A, B), since,
        until, plover, root, quad_class, limit."""
        return select_events(self.con, EventFilter(**filters), mentions=mentions)

    def dyads(self, *, period: str | None = None, by: str = "country", **filters) -> list[dict]:
        """Deduplicated events per directed country pair (and period: day … year); `by="actor"`:
        armed groups, NGOs and IGOs as ends of their own. Filters as events."""
        return select_dyads(self.con, EventFilter(**filters), period=period, by=by)

    def counts(self) -> dict[str, int]:
        return table_counts(self.con)

    def learned_aliases(self, *, alias: str | None = None) -> list:
        """The learned alias table (eventwire.store.learned); `alias`: one alias only."""
        return learned_aliases(self.con, alias=alias)

    def alias_table(self):
        """The learned aliases as the actors stage reads them (eventwire.actors.aliases.AliasTable)."""
        return learned_alias_table(self.con)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


__all__ = ["SCHEMA_VERSION", "DocumentRecord", "EventFilter", "Store", "WriteSummary", "default_db_path"]
