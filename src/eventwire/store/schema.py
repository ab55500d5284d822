"""The DuckDB schema (version SCHEMA_VERSION), its views, and opening a database.

Tables hold the document records (documents, sentences, actors, events, event_participants, quotes,
places), what each document teaches about who is who (alias_observations, summed up as the learned alias
table: eventwire.store.learned), the wire-copy index (document_bands, near_duplicates), the deduplicated
events derived from them (global_events, event_dyads) and imported GDELT rows (gdelt_events).
Offsets are stored as `start_char`/`end_char` (`end` is an SQL keyword); JSON-valued columns
(`mentions`, `quantities`, `warnings`) hold JSON text. Dates are ISO strings as in the contract.
How the schema evolves: eventwire.store.migrations; the views: eventwire.store.views; docs/store.md.
"""

from __future__ import annotations

import os
from pathlib import Path

from eventwire.errors import EventwireError
from eventwire.store.faults import store_error
from eventwire.store.migrations import LATEST, migrate, stored_version
from eventwire.store.views import create_views

SCHEMA_VERSION = LATEST
DEFAULT_DB = "eventwire.duckdb"
DB_ENV = "EVENTWIRE_DB"

TABLES = ("documents", "sentences", "actors", "events", "event_participants", "quotes", "places")
# what a document teaches about who is who (learned aliases: eventwire.store.learned)
LEARNING_TABLES = ("alias_observations",)
CHILD_TABLES = (*TABLES[1:], *LEARNING_TABLES)
INDEX_TABLES = ("document_bands", "near_duplicates")
MERGED_TABLES = ("global_events", "event_dyads")  # derived from the document tables: eventwire.store.merged
ALL_TABLES = (*TABLES, *LEARNING_TABLES, *INDEX_TABLES, *MERGED_TABLES, "gdelt_events")


def default_db_path() -> Path:
    """$EVENTWIRE_DB, else ./eventwire.duckdb."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


def connect(path: Path, *, read_only: bool = False):
    """Open the database; writers create it or upgrade it to SCHEMA_VERSION, readers need it current.
    Any DuckDB failure comes out as the EventwireError naming its cause (eventwire.store.faults)."""
    import duckdb

    if read_only and not path.exists():
        raise EventwireError("E401", f"{path}: no eventwire database here (create one with `eventwire ingest`)")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        raise store_error(exc, path) from exc
    try:
        _check_version(con, path, read_only=read_only)
        if not read_only:
            migrate(con)
            create_views(con)
    except BaseException as exc:
        con.close()
        if isinstance(exc, duckdb.Error):
            raise store_error(exc, path) from exc
        raise
    return con


def _check_version(con, path: Path, *, read_only: bool) -> None:
    found = stored_version(con)
    if found == -1:
        raise EventwireError("E403", f"{path}: not an eventwire database (no schema_version table)")
    if found is not None and found > SCHEMA_VERSION:
        raise EventwireError("E403", f"{path}: database schema version {found} is newer than this eventwire's "
                                     f"({SCHEMA_VERSION}); upgrade eventwire")
    if read_only and found != SCHEMA_VERSION:
        raise EventwireError("E403", f"{path}: database schema version {found}, this eventwire reads version "
                                     f"{SCHEMA_VERSION}; open it once for writing (any `eventwire ingest`) "
                                     f"to upgrade it")
