"""The DuckDB schema (version SCHEMA_VERSION) and opening a database.

Offsets are stored as `start_char`/`end_char` (`end` is an SQL keyword); JSON-valued columns
(`mentions`, `quantities`, `warnings`) hold JSON text. Dates are ISO strings as in the contract.
"""

from __future__ import annotations

import os
from pathlib import Path

from eventwire.errors import EventwireError

SCHEMA_VERSION = 1
DEFAULT_DB = "eventwire.duckdb"
DB_ENV = "EVENTWIRE_DB"

TABLES = ("documents", "sentences", "actors", "events", "event_participants", "quotes", "places")
CHILD_TABLES = TABLES[1:]

DDL = """
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS documents (
    doc_id VARCHAR PRIMARY KEY, title VARCHAR, published VARCHAR, url VARCHAR, source VARCHAR,
    text VARCHAR NOT NULL, content_hash VARCHAR NOT NULL,
    tone_score DOUBLE, tone_positive DOUBLE, tone_negative DOUBLE,
    warnings VARCHAR, error VARCHAR, ingested_at TIMESTAMP NOT NULL);
CREATE TABLE IF NOT EXISTS sentences (
    doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, start_char INTEGER, end_char INTEGER, text VARCHAR,
    PRIMARY KEY (doc_id, idx));
CREATE TABLE IF NOT EXISTS actors (
    doc_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, name VARCHAR, kind VARCHAR, country VARCHAR,
    sector VARCHAR, code VARCHAR, role VARCHAR, mentions VARCHAR, PRIMARY KEY (doc_id, actor_id));
CREATE TABLE IF NOT EXISTS events (
    doc_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, sentence INTEGER,
    trigger_text VARCHAR, trigger_start INTEGER, trigger_end INTEGER,
    cameo VARCHAR, root VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover VARCHAR, modality VARCHAR,
    date VARCHAR, date_end VARCHAR,
    location_text VARCHAR, location_start INTEGER, location_end INTEGER, location_country VARCHAR,
    location_lat DOUBLE, location_lon DOUBLE, location_geonameid BIGINT,
    confidence DOUBLE, quantities VARCHAR, PRIMARY KEY (doc_id, event_id));
CREATE TABLE IF NOT EXISTS event_participants (
    doc_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL, side VARCHAR NOT NULL, position INTEGER NOT NULL,
    actor_id VARCHAR, text VARCHAR, start_char INTEGER, end_char INTEGER,
    country VARCHAR, sector VARCHAR, code VARCHAR, PRIMARY KEY (doc_id, event_id, side, position));
CREATE TABLE IF NOT EXISTS quotes (
    doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR, start_char INTEGER, end_char INTEGER,
    kind VARCHAR, speaker_text VARCHAR, speaker_start INTEGER, speaker_end INTEGER, speaker_actor VARCHAR,
    cue_text VARCHAR, cue_start INTEGER, cue_end INTEGER, PRIMARY KEY (doc_id, idx));
CREATE TABLE IF NOT EXISTS places (
    doc_id VARCHAR NOT NULL, idx INTEGER NOT NULL, text VARCHAR, start_char INTEGER, end_char INTEGER,
    name VARCHAR, feature VARCHAR, country VARCHAR, admin1 VARCHAR, lat DOUBLE, lon DOUBLE,
    geonameid BIGINT, PRIMARY KEY (doc_id, idx));
"""


def default_db_path() -> Path:
    """$EVENTWIRE_DB, else ./eventwire.duckdb."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


def connect(path: Path, *, read_only: bool = False):
    """Open (and for writers create/upgrade) the database; a missing one for readers is an error."""
    import duckdb

    if read_only and not path.exists():
        raise EventwireError("E401", f"{path}: no eventwire database here (create one with `eventwire ingest`)")
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.Error as exc:
        raise EventwireError("E402", f"{path}: cannot open database: {exc}") from exc
    if not read_only:
        con.execute(DDL)
    _check_version(con, path=path, read_only=read_only)
    return con


def _check_version(con, *, path: Path, read_only: bool) -> None:
    try:
        rows = con.execute("SELECT version FROM schema_version").fetchall()
    except Exception as exc:  # duckdb.CatalogException: not an eventwire database
        raise EventwireError("E403", f"{path}: not an eventwire database (no schema_version table)") from exc
    if not rows and not read_only:
        con.execute("INSERT INTO schema_version VALUES (?)", [SCHEMA_VERSION])
        return
    found = rows[0][0] if rows else None
    if found != SCHEMA_VERSION:
        raise EventwireError("E403", f"{path}: database schema version {found}, this eventwire reads "
                                     f"version {SCHEMA_VERSION}")
