"""Schema migrations: every database, new or old, reaches SCHEMA_VERSION through the same steps.

Version 1 is the first release's schema. Each later step is one function that upgrades the previous
version in place, inside one transaction (a failed upgrade leaves the old version intact). The store is
a cache of document records, so a step may recompute derived columns from what is stored rather than
ask for a re-ingest. The derived event columns (dedup keys, `historical`) and tables (global_events,
event_dyads) are computed by to_v4 from the stored rows: every upgrade path ends in the
same state a fresh ingest gives.
"""

from __future__ import annotations

from typing import Callable

from eventwire.export.gdelt_columns import GDELT_EVENT_COLUMNS
from eventwire.store.faults import rollback_quietly

V1_DDL = """
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

_GDELT_TABLE = ("CREATE TABLE gdelt_events (" + ", ".join(
    f"{name} VARCHAR{' PRIMARY KEY' if name == 'GLOBALEVENTID' else ''}" for name in GDELT_EVENT_COLUMNS)
    + ", imported_from VARCHAR)")

V2_DDL = f"""
ALTER TABLE events ADD COLUMN dedup_key VARCHAR;
ALTER TABLE events ADD COLUMN global_event_id BIGINT;
ALTER TABLE documents ADD COLUMN minhash BIGINT[];
CREATE TABLE document_bands (doc_id VARCHAR NOT NULL, band INTEGER NOT NULL, bucket BIGINT NOT NULL,
    PRIMARY KEY (doc_id, band));
CREATE TABLE near_duplicates (doc_a VARCHAR NOT NULL, doc_b VARCHAR NOT NULL, similarity DOUBLE NOT NULL,
    PRIMARY KEY (doc_a, doc_b));
{_GDELT_TABLE};
"""


def to_v2(con) -> None:
    """Event dedup keys, MinHash signatures for wire-copy detection, and the GDELT import table;
    existing documents get their signatures computed from the stored text (their keys: to_v4)."""
    from eventwire.store.backfill import backfill_signatures

    con.execute(V2_DDL)
    backfill_signatures(con)


V3_DDL = """
ALTER TABLE events ADD COLUMN date_precision VARCHAR;
ALTER TABLE events ADD COLUMN tone DOUBLE;
"""


def to_v3(con) -> None:
    """The events' date precision and clause tone (new Event fields; NULL for rows stored before them,
    until a re-ingest replaces those documents), and the deduplicated events as tables (global_events,
    event_dyads: eventwire.store.merged), so that listings and dyad aggregates read them instead of
    re-merging every mention on every query (filled by to_v4)."""
    from eventwire.store.merged import MERGED_DDL

    con.execute(V3_DDL)
    con.execute(MERGED_DDL)


# A participant's location: the columns of an event's location (Actor1Geo/Actor2Geo in the GDELT export).
_PARTICIPANT_LOCATION = (("text", "VARCHAR"), ("start", "INTEGER"), ("end", "INTEGER"), ("country", "VARCHAR"),
                         ("lat", "DOUBLE"), ("lon", "DOUBLE"), ("geonameid", "BIGINT"))
V4_DDL = """
ALTER TABLE events ADD COLUMN date_source VARCHAR;
ALTER TABLE events ADD COLUMN historical BOOLEAN;
ALTER TABLE events ADD COLUMN location_source VARCHAR;
ALTER TABLE global_events ADD COLUMN historical BOOLEAN;
ALTER TABLE event_dyads ADD COLUMN historical BOOLEAN;
""" + "".join(f"ALTER TABLE event_participants ADD COLUMN location_{name} {kind};\n" for name, kind in _PARTICIPANT_LOCATION)


def to_v4(con) -> None:
    """The events' `date_source`, `historical` and `location_source` and the participants' locations
    (new contract fields; NULL for rows stored before them, until a re-ingest replaces those
    documents), except `historical`, which is computed from each stored mention's date and its own
    document's publication date, as extraction decides it. Historical mentions then get dedup keys of
    their own (they never merge into current events) and the deduplicated events are recomputed."""
    from eventwire.store.backfill import backfill_event_keys, backfill_historical
    from eventwire.store.merged import refresh_merged

    con.execute(V4_DDL)
    backfill_historical(con)
    backfill_event_keys(con)
    refresh_merged(con)


V5_DDL = """
ALTER TABLE actors ADD COLUMN inferred VARCHAR;
CREATE TABLE alias_observations (
    doc_id VARCHAR NOT NULL, actor_id VARCHAR NOT NULL, alias VARCHAR NOT NULL, alias_key VARCHAR NOT NULL,
    name VARCHAR NOT NULL, name_key VARCHAR NOT NULL, code VARCHAR NOT NULL, role VARCHAR, seen VARCHAR NOT NULL,
    PRIMARY KEY (doc_id, actor_id, alias_key));
"""


def to_v5(con) -> None:
    """The actors' `inferred` clue (a new Actor field; NULL for rows stored before it, until a re-ingest
    replaces those documents), and the observations the learned aliases are made of, computed from the
    stored actors (persons introduced with a title: eventwire.actors.learning)."""
    from eventwire.store.backfill import backfill_alias_observations

    con.execute(V5_DDL)
    backfill_alias_observations(con)


MIGRATIONS: dict[int, Callable] = {2: to_v2, 3: to_v3, 4: to_v4, 5: to_v5}
LATEST = max(MIGRATIONS)


def stored_version(con) -> int | None:
    """The database's schema version; None for an empty database, -1 for a foreign one."""
    tables = {row[0] for row in con.execute("SELECT table_name FROM information_schema.tables "
                                            "WHERE table_schema = 'main'").fetchall()}
    if not tables:
        return None
    if "schema_version" not in tables:
        return -1
    rows = con.execute("SELECT version FROM schema_version").fetchall()
    return rows[0][0] if rows else None


def migrate(con) -> int:
    """Create or upgrade to LATEST; returns the version found (None when the database was new)."""
    found = stored_version(con)
    con.execute("BEGIN TRANSACTION")
    try:
        if found is None:
            con.execute(V1_DDL)
            con.execute("DELETE FROM schema_version")
            con.execute("INSERT INTO schema_version VALUES (1)")
        version = found or 1
        for step in range(version + 1, LATEST + 1):
            MIGRATIONS[step](con)
            con.execute("UPDATE schema_version SET version = ?", [step])
        con.execute("COMMIT")
    except BaseException:
        rollback_quietly(con)  # a failed COMMIT (full disk) has no transaction left to roll back
        raise
    return found
