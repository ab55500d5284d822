"""Views for the common questions, recreated whenever a writer opens the database (docs/store.md).

The deduplicated events are tables kept current by the writer (eventwire.store.merged); the views put
names and the imported GDELT rows around them.

    v_event_mentions   one row per event mention in an article (GDELT's Mentions table, with the sentence)
    v_global_events    one row per deduplicated eventwire event, with NumMentions/NumSources/NumArticles
    v_event_sides      the actors of each deduplicated event (from its first-published mention)
    v_gdelt_events     imported GDELT rows in v_events' columns
    v_events           eventwire and imported GDELT events side by side (`origin`), one row per event
    v_dyad_events      one row per event and (source country, target country) pair it involves (negated and
                       hypothetical events left out; `historical` says which are history an article retold)
    v_dyad_month       per unordered country pair and month: counts by quad class, Goldstein, tone (historical
                       events left out)
    v_learned_aliases  the learned alias table: persons introduced with a title (eventwire.store.learned)
"""

from __future__ import annotations

from eventwire.events.codebook import load_codebook
from eventwire.store.learned import LEARNED_SQL

EVENT_DAY = "COALESCE(e.date, substr(d.published, 1, 10))"

VIEWS = {
    "v_event_mentions": f"""
        SELECT e.global_event_id, e.dedup_key, e.doc_id, e.event_id, e.sentence, s.text AS sentence_text,
               e.trigger_text, e.trigger_start, e.trigger_end, e.confidence, e.modality,
               {EVENT_DAY} AS day, d.published, d.source AS outlet, d.url, d.tone_score, e.date_source,
               COALESCE(e.historical, FALSE) AS historical, e.location_source
        FROM events e JOIN documents d USING (doc_id)
        LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence""",
    "v_first_mentions": """
        SELECT e.*, d.url, d.published
        FROM global_events g JOIN events e ON e.doc_id = g.first_doc_id AND e.event_id = g.first_event_id
        JOIN documents d ON d.doc_id = e.doc_id""",
    "v_global_events": "SELECT * FROM global_events",
    "v_event_sides": """
        SELECT g.global_event_id, p.side, p.position, p.code, p.country, p.sector, p.text,
               COALESCE(a.name, p.text) AS name, p.location_text, p.location_start, p.location_end,
               p.location_country, p.location_lat, p.location_lon, p.location_geonameid
        FROM global_events g
        JOIN event_participants p ON p.doc_id = g.first_doc_id AND p.event_id = g.first_event_id
        LEFT JOIN actors a ON a.doc_id = p.doc_id AND a.actor_id = p.actor_id""",
    "v_gdelt_events": """
        SELECT 'gdelt' AS origin, TRY_CAST(GLOBALEVENTID AS BIGINT) AS global_event_id,
               TRY_CAST(strptime(SQLDATE, '%Y%m%d') AS DATE) AS date,
               NULLIF(Actor1Code, '') AS source_code, NULLIF(Actor1CountryCode, '') AS source_country,
               NULLIF(Actor2Code, '') AS target_code, NULLIF(Actor2CountryCode, '') AS target_country,
               EventCode AS cameo, EventRootCode AS root, TRY_CAST(QuadClass AS INTEGER) AS quad_class,
               TRY_CAST(GoldsteinScale AS DOUBLE) AS goldstein, COALESCE(p4.plover, p3.plover, p2.plover) AS plover,
               'asserted' AS modality, TRY_CAST(NumMentions AS INTEGER) AS num_mentions,
               TRY_CAST(NumSources AS INTEGER) AS num_sources, TRY_CAST(NumArticles AS INTEGER) AS num_articles,
               TRY_CAST(AvgTone AS DOUBLE) AS avg_tone, NULLIF(ActionGeo_CountryCode, '') AS location_country,
               TRY_CAST(ActionGeo_Lat AS DOUBLE) AS location_lat, TRY_CAST(ActionGeo_Long AS DOUBLE) AS location_lon,
               SOURCEURL AS source_url, FALSE AS historical
        FROM gdelt_events
        LEFT JOIN cameo_plover p4 ON p4.code = EventCode
        LEFT JOIN cameo_plover p3 ON p3.code = substr(EventCode, 1, 3)
        LEFT JOIN cameo_plover p2 ON p2.code = substr(EventCode, 1, 2)""",
    "v_events": """
        WITH actor1 AS (SELECT * FROM v_event_sides WHERE side = 'source' AND position = 0),
             actor2 AS (SELECT global_event_id, min_by(s, s.side = 'source') AS s
                        FROM v_event_sides s WHERE (side = 'target' AND position = 0)
                           OR (side = 'source' AND position = 1) GROUP BY global_event_id)
        SELECT 'eventwire' AS origin, g.global_event_id, TRY_CAST(g.day AS DATE) AS date,
               a1.code AS source_code, a1.country AS source_country,
               a2.s.code AS target_code, a2.s.country AS target_country,
               g.cameo, g.root, g.quad_class, g.goldstein, g.plover, g.modality,
               g.num_mentions, g.num_sources, g.num_articles, g.avg_tone,
               g.location_country, g.location_lat, g.location_lon, g.first_url AS source_url, g.historical
        FROM v_global_events g LEFT JOIN actor1 a1 USING (global_event_id)
        LEFT JOIN actor2 a2 USING (global_event_id)
        UNION ALL
        SELECT * FROM v_gdelt_events""",
    "v_dyad_events": """
        SELECT 'eventwire' AS origin, global_event_id, date, source_country, target_country, cameo, quad_class,
               goldstein, plover, avg_tone, num_mentions, historical
        FROM event_dyads
        WHERE modality NOT IN ('negated', 'hypothetical')  -- what did not or may not happen is no relation
        UNION ALL
        SELECT origin, global_event_id, date, source_country, target_country, cameo, quad_class, goldstein,
               plover, avg_tone, num_mentions, historical
        FROM v_gdelt_events WHERE source_country IS NOT NULL AND target_country IS NOT NULL""",
    "v_dyad_month": """
        SELECT least(source_country, target_country) AS country_a,
               greatest(source_country, target_country) AS country_b,
               date_trunc('month', date)::DATE AS month, count(*) AS events,
               count(*) FILTER (WHERE quad_class = 1) AS quad1, count(*) FILTER (WHERE quad_class = 2) AS quad2,
               count(*) FILTER (WHERE quad_class = 3) AS quad3, count(*) FILTER (WHERE quad_class = 4) AS quad4,
               sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean, avg(avg_tone) AS tone_mean
        FROM v_dyad_events WHERE date IS NOT NULL AND NOT historical  -- relations now, not history retold
        GROUP BY ALL""",
    "v_learned_aliases": LEARNED_SQL,
}


def create_views(con) -> None:
    _create_cameo_plover(con)
    for name, sql in VIEWS.items():
        con.execute(f"CREATE OR REPLACE VIEW {name} AS {sql}")


def _create_cameo_plover(con) -> None:
    """CAMEO code -> PLOVER category, so imported GDELT rows get PLOVER categories as eventwire's do."""
    book = load_codebook()
    rows = [(code, book.get(code).plover) for code in book.codes() if book.get(code).plover]
    con.execute("CREATE OR REPLACE TABLE cameo_plover (code VARCHAR PRIMARY KEY, plover VARCHAR)")
    con.executemany("INSERT INTO cameo_plover VALUES (?, ?)", rows)
