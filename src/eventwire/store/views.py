"""Views for the common questions, recreated whenever a writer opens the database (docs/store.md).

    v_event_mentions   one row per event mention in an article (GDELT's Mentions table, with the sentence)
    v_global_events    one row per deduplicated eventwire event, with NumMentions/NumSources/NumArticles
    v_event_sides      the actors of each deduplicated event (from its first-published mention)
    v_events           eventwire and imported GDELT events side by side (`origin`), one row per event
    v_dyad_events      one row per event and (source country, target country) pair it involves (negated and
                       hypothetical events left out)
    v_dyad_month       per unordered country pair and month: counts by quad class, Goldstein, tone
"""

from __future__ import annotations

from eventwire.events.codebook import load_codebook

EVENT_DAY = "COALESCE(e.date, substr(d.published, 1, 10))"

VIEWS = {
    "v_event_mentions": f"""
        SELECT e.global_event_id, e.dedup_key, e.doc_id, e.event_id, e.sentence, s.text AS sentence_text,
               e.trigger_text, e.trigger_start, e.trigger_end, e.confidence, e.modality,
               {EVENT_DAY} AS day, d.published, d.source AS outlet, d.url, d.tone_score
        FROM events e JOIN documents d USING (doc_id)
        LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence""",
    "v_first_mentions": """
        SELECT * EXCLUDE (rank) FROM (
            SELECT e.*, d.url, d.published, row_number() OVER (
                PARTITION BY e.global_event_id ORDER BY d.published NULLS LAST, e.doc_id, e.event_id) AS rank
            FROM events e JOIN documents d USING (doc_id)) WHERE rank = 1""",
    "v_global_events": f"""
        WITH counted AS (
            SELECT e.global_event_id, count(*) AS num_mentions, count(DISTINCT e.doc_id) AS num_articles,
                   count(DISTINCT COALESCE(d.source, d.url, e.doc_id)) AS num_sources,
                   avg(d.tone_score) AS avg_tone, max(CASE WHEN e.sentence = 0 THEN 1 ELSE 0 END) AS is_root,
                   min(d.ingested_at) AS date_added
            FROM events e JOIN documents d USING (doc_id) GROUP BY e.global_event_id)
        SELECT f.global_event_id, COALESCE(f.date, substr(f.published, 1, 10)) AS day, f.cameo, f.root,
               f.quad_class, f.goldstein, f.plover, f.modality, c.num_mentions, c.num_sources, c.num_articles,
               c.avg_tone, c.is_root, c.date_added, f.doc_id AS first_doc_id, f.event_id AS first_event_id,
               f.url AS first_url, f.location_text, f.location_start, f.location_end, f.location_country,
               f.location_lat, f.location_lon, f.location_geonameid
        FROM v_first_mentions f JOIN counted c USING (global_event_id)""",
    "v_event_sides": """
        SELECT f.global_event_id, p.side, p.position, p.code, p.country, p.sector, p.text,
               COALESCE(a.name, p.text) AS name
        FROM v_first_mentions f
        JOIN event_participants p ON p.doc_id = f.doc_id AND p.event_id = f.event_id
        LEFT JOIN actors a ON a.doc_id = p.doc_id AND a.actor_id = p.actor_id""",
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
               g.location_country, g.location_lat, g.location_lon, g.first_url AS source_url
        FROM v_global_events g LEFT JOIN actor1 a1 USING (global_event_id)
        LEFT JOIN actor2 a2 USING (global_event_id)
        UNION ALL
        SELECT 'gdelt', TRY_CAST(GLOBALEVENTID AS BIGINT), TRY_CAST(strptime(SQLDATE, '%Y%m%d') AS DATE),
               NULLIF(Actor1Code, ''), NULLIF(Actor1CountryCode, ''), NULLIF(Actor2Code, ''),
               NULLIF(Actor2CountryCode, ''), EventCode, EventRootCode, TRY_CAST(QuadClass AS INTEGER),
               TRY_CAST(GoldsteinScale AS DOUBLE),
               COALESCE(p4.plover, p3.plover, p2.plover), 'asserted',
               TRY_CAST(NumMentions AS INTEGER), TRY_CAST(NumSources AS INTEGER), TRY_CAST(NumArticles AS INTEGER),
               TRY_CAST(AvgTone AS DOUBLE), NULLIF(ActionGeo_CountryCode, ''),
               TRY_CAST(ActionGeo_Lat AS DOUBLE), TRY_CAST(ActionGeo_Long AS DOUBLE), SOURCEURL
        FROM gdelt_events
        LEFT JOIN cameo_plover p4 ON p4.code = EventCode
        LEFT JOIN cameo_plover p3 ON p3.code = substr(EventCode, 1, 3)
        LEFT JOIN cameo_plover p2 ON p2.code = substr(EventCode, 1, 2)""",
    "v_dyad_events": """
        WITH sides AS (SELECT DISTINCT global_event_id, side, country FROM v_event_sides WHERE country IS NOT NULL),
             has_target AS (SELECT DISTINCT global_event_id FROM sides WHERE side = 'target'),
             pairs AS (
                SELECT s.global_event_id, s.country AS source_country, t.country AS target_country
                FROM sides s JOIN sides t USING (global_event_id) WHERE s.side = 'source' AND t.side = 'target'
                UNION ALL
                SELECT a.global_event_id, a.country, b.country
                FROM sides a JOIN sides b USING (global_event_id)
                WHERE a.side = 'source' AND b.side = 'source' AND a.country < b.country
                  AND a.global_event_id NOT IN (SELECT global_event_id FROM has_target))
        SELECT 'eventwire' AS origin, g.global_event_id, TRY_CAST(g.day AS DATE) AS date,
               p.source_country, p.target_country, g.cameo, g.quad_class, g.goldstein, g.plover,
               g.avg_tone, g.num_mentions
        FROM pairs p JOIN v_global_events g USING (global_event_id)
        WHERE g.modality NOT IN ('negated', 'hypothetical')  -- what did not or may not happen is no relation
        UNION ALL
        SELECT origin, global_event_id, date, source_country, target_country, cameo, quad_class, goldstein,
               plover, avg_tone, num_mentions
        FROM v_events WHERE origin = 'gdelt' AND source_country IS NOT NULL AND target_country IS NOT NULL""",
    "v_dyad_month": """
        SELECT least(source_country, target_country) AS country_a,
               greatest(source_country, target_country) AS country_b,
               date_trunc('month', date)::DATE AS month, count(*) AS events,
               count(*) FILTER (WHERE quad_class = 1) AS quad1, count(*) FILTER (WHERE quad_class = 2) AS quad2,
               count(*) FILTER (WHERE quad_class = 3) AS quad3, count(*) FILTER (WHERE quad_class = 4) AS quad4,
               sum(goldstein) AS goldstein_sum, avg(goldstein) AS goldstein_mean, avg(avg_tone) AS tone_mean
        FROM v_dyad_events WHERE date IS NOT NULL
        GROUP BY ALL""",
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
