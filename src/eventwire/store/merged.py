"""The deduplicated events, kept as tables so that reads are one scan and one GROUP BY.

    global_events   one row per event (all its mentions merged): NumMentions/NumArticles/NumSources, tone
                    (avg_tone: of the reporting articles, as GDELT; event_tone: mean of the mentions' own),
                    the first-published mention (its actors, location, URL) and the evidence mention (the
                    most confident one: the sentence a listing shows)
    event_dyads     one row per event and (source country, target country) pair it involves, with what a
                    dyad aggregate needs (date, codes, Goldstein, tone, mentions, historical)

An event is `historical` when its mentions are (store/dedup.py keys them apart from current ones); the
readers leave such events out unless asked (eventwire.store.queries, eventwire.relations).

Both are derived from the events, participants and documents tables and refreshed by the writer, in
the batch's own transaction, for exactly the events the batch touched (refresh_merged). Every row is a
function of the stored mentions only, so ingest order, re-runs and crashes cannot change them.
"""

from __future__ import annotations

from eventwire.store.bulk import in_list

MERGED_DDL = """
CREATE TABLE global_events (
    global_event_id BIGINT PRIMARY KEY, dedup_key VARCHAR, day VARCHAR, date_end VARCHAR, date_precision VARCHAR,
    cameo VARCHAR, root VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover VARCHAR, modality VARCHAR,
    num_mentions INTEGER, num_sources INTEGER, num_articles INTEGER, avg_tone DOUBLE, event_tone DOUBLE,
    is_root INTEGER, date_added TIMESTAMP, first_doc_id VARCHAR, first_event_id VARCHAR, first_url VARCHAR,
    evidence_doc_id VARCHAR, evidence_event_id VARCHAR,
    location_text VARCHAR, location_start INTEGER, location_end INTEGER, location_country VARCHAR,
    location_lat DOUBLE, location_lon DOUBLE, location_geonameid BIGINT);
CREATE TABLE event_dyads (
    global_event_id BIGINT NOT NULL, source_country VARCHAR NOT NULL, target_country VARCHAR NOT NULL,
    date DATE, cameo VARCHAR, quad_class INTEGER, goldstein DOUBLE, plover VARCHAR, modality VARCHAR,
    avg_tone DOUBLE, num_mentions INTEGER, PRIMARY KEY (global_event_id, source_country, target_country));
"""

# The first-published mention speaks for the event (GDELT: actors, location and URL of the first report);
# the evidence is the mention the coder was most sure of.
_FIRST = "ORDER BY published NULLS LAST, doc_id, event_id"
_EVIDENCE = "ORDER BY confidence DESC NULLS LAST, published NULLS LAST, doc_id, event_id"

_GLOBAL_EVENTS = f"""
    WITH scoped AS (
        SELECT e.*, d.published, d.url, d.source, d.tone_score, d.ingested_at
        FROM events e JOIN documents d USING (doc_id) WHERE {{scope}}),
    counted AS (
        SELECT global_event_id, count(*) AS num_mentions, count(DISTINCT doc_id) AS num_articles,
               count(DISTINCT COALESCE(source, url, doc_id)) AS num_sources, avg(tone_score) AS avg_tone,
               avg(tone) AS event_tone,
               max(CASE WHEN sentence = 0 THEN 1 ELSE 0 END) AS is_root, min(ingested_at) AS date_added,
               first(struct_pack(doc_id, event_id) {_FIRST}) AS first_mention,
               first(struct_pack(doc_id, event_id) {_EVIDENCE}) AS evidence
        FROM scoped GROUP BY global_event_id)
    SELECT c.global_event_id, f.dedup_key, COALESCE(f.date, substr(f.published, 1, 10)), f.date_end,
           f.date_precision, f.cameo, f.root, f.quad_class, f.goldstein, f.plover, f.modality, c.num_mentions,
           c.num_sources, c.num_articles, c.avg_tone, c.event_tone, c.is_root, c.date_added,
           f.doc_id, f.event_id, f.url, c.evidence.doc_id, c.evidence.event_id,
           f.location_text, f.location_start, f.location_end, f.location_country, f.location_lat,
           f.location_lon, f.location_geonameid, COALESCE(f.historical, FALSE)
    FROM counted c JOIN scoped f ON f.doc_id = c.first_mention.doc_id AND f.event_id = c.first_mention.event_id"""

# Pairs come from the first mention's participants: source x target; an event with sources but no target
# at all ("Russia and China agreed") is reciprocal and gives each pair of its source countries. A target
# without a country still makes the event one-sided ("X and Y condemned the militants" is no X-Y relation).
# `{node}` is what a participant counts as: its country here; its actor in the actor-level dyads
# (eventwire.store.actor_nodes), which join the resolved actors in `{actors_join}`.
EVENT_PAIRS = """
    WITH scoped AS (SELECT * FROM global_events WHERE {scope}),
    participants AS (
        SELECT g.global_event_id, p.side, {node} AS node
        FROM scoped g JOIN event_participants p ON p.doc_id = g.first_doc_id AND p.event_id = g.first_event_id
        {actors_join}),
    sides AS (SELECT DISTINCT global_event_id, side, node FROM participants WHERE node IS NOT NULL),
    one_sided AS (SELECT global_event_id FROM scoped
                  EXCEPT SELECT global_event_id FROM participants WHERE side = 'target'),
    pairs AS (
        SELECT s.global_event_id, s.node AS source_node, t.node AS target_node
        FROM sides s JOIN sides t USING (global_event_id) WHERE s.side = 'source' AND t.side = 'target'
        UNION ALL
        SELECT a.global_event_id, a.node, b.node
        FROM sides a JOIN sides b USING (global_event_id) JOIN one_sided USING (global_event_id)
        WHERE a.side = 'source' AND b.side = 'source' AND a.node < b.node)
    SELECT p.global_event_id, p.source_node, p.target_node, TRY_CAST(g.day AS DATE) AS date, g.cameo, g.quad_class,
           g.goldstein, g.plover, g.modality, g.avg_tone, g.num_mentions, g.historical
    FROM pairs p JOIN scoped g USING (global_event_id)"""
_EVENT_DYADS = EVENT_PAIRS.replace("{node}", "p.country").replace("{actors_join}", "")


def refresh_merged(con, global_event_ids: set[int] | None = None) -> None:
    """Recompute global_events and event_dyads for these events (all events when None). Call inside the
    transaction that changed their mentions; an id whose mentions are all gone just loses its rows."""
    if global_event_ids is not None and not global_event_ids:
        return
    params = [] if global_event_ids is None else [sorted(global_event_ids)]

    def scope(column: str) -> str:
        return "TRUE" if global_event_ids is None else in_list(column)

    for table in ("event_dyads", "global_events"):
        con.execute(f"DELETE FROM {table} WHERE {scope('global_event_id')}", params)
    con.execute("INSERT INTO global_events " + _GLOBAL_EVENTS.format(scope=scope("e.global_event_id")), params)
    con.execute("INSERT INTO event_dyads " + _EVENT_DYADS.format(scope=scope("global_event_id")), params)
