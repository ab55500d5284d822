"""Read queries: events with their evidence sentence, dyad aggregates, table counts.

Actor codes match a participant whose country equals the code or whose CAMEO code starts with it
(`RUS` matches RUSGOV and RUSMIL; `RUSGOV` matches only that). Dates are the event's own date, or
the document's publication date where the event has none.
"""

from __future__ import annotations

from dataclasses import dataclass

EVENT_DATE = "COALESCE(e.date, substr(d.published, 1, 10))"


@dataclass
class EventFilter:
    actor: str | None = None                 # source or target
    dyad: tuple[str, str] | None = None      # (A, B) in either direction
    since: str | None = None                 # ISO date, inclusive
    until: str | None = None                 # ISO date, inclusive
    plover: str | None = None
    root: str | None = None                  # CAMEO root, e.g. "03"
    quad_class: int | None = None
    limit: int | None = None


def _participant_exists(side: str | None) -> str:
    side_clause = "AND p.side = ?" if side else ""
    return (f"EXISTS (SELECT 1 FROM event_participants p WHERE p.doc_id = e.doc_id "
            f"AND p.event_id = e.event_id {side_clause} AND (p.country = ? OR p.code LIKE ?))")


def _actor_params(code: str) -> list[str]:
    code = code.strip().upper()
    return [code, code + "%"]


def _where(filters: EventFilter) -> tuple[str, list]:
    clauses, params = ["TRUE"], []
    if filters.actor:
        clauses.append(_participant_exists(None))
        params += _actor_params(filters.actor)
    if filters.dyad:
        clause, dyad_params = _dyad_clause(*filters.dyad)
        clauses.append(clause)
        params += dyad_params
    for condition, value in ((f"{EVENT_DATE} >= ?", filters.since), (f"{EVENT_DATE} <= ?", filters.until),
                             ("e.plover = ?", filters.plover and filters.plover.upper()),
                             ("e.root = ?", filters.root and filters.root.zfill(2)),
                             ("e.quad_class = ?", filters.quad_class)):
        if value is not None:
            clauses.append(condition)
            params.append(value)
    return " AND ".join(clauses), params


def _dyad_clause(first: str, second: str) -> tuple[str, list]:
    """A→B, B→A, or A and B together as sources of a reciprocal event without a target."""
    source, target = _participant_exists("source"), _participant_exists("target")
    no_target = ("NOT EXISTS (SELECT 1 FROM event_participants p WHERE p.doc_id = e.doc_id "
                 "AND p.event_id = e.event_id AND p.side = 'target')")
    clause = (f"(({source} AND {target}) OR ({source} AND {target}) "
              f"OR ({source} AND {source} AND {no_target}))")
    a, b = _actor_params(first), _actor_params(second)
    params = ["source", *a, "target", *b, "source", *b, "target", *a, "source", *a, "source", *b]
    return clause, params


def _side_list(side: str) -> str:
    return (f"(SELECT list({{'actor': p.actor_id, 'text': p.text, 'country': p.country, 'code': p.code}} "
            f"ORDER BY p.position) FROM event_participants p WHERE p.doc_id = e.doc_id "
            f"AND p.event_id = e.event_id AND p.side = '{side}')")


def select_events(con, filters: EventFilter) -> list[dict]:
    """Events matching the filters, oldest first, each with its evidence sentence."""
    where, params = _where(filters)
    sql = f"""
        SELECT e.doc_id, e.event_id, {EVENT_DATE} AS date, e.date_end, e.cameo, e.root, e.plover,
               e.quad_class, e.goldstein, e.modality, e.confidence, e.trigger_text AS trigger,
               {_side_list('source')} AS sources, {_side_list('target')} AS targets,
               e.location_text AS location, e.location_country, s.text AS sentence_text,
               d.title, d.source AS outlet, d.url
        FROM events e JOIN documents d USING (doc_id)
        LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence
        WHERE {where}
        ORDER BY date NULLS LAST, e.doc_id, e.sentence, e.event_id
        {_limit(filters, params)}"""
    return _dicts(con.execute(sql, params))


def select_dyads(con, filters: EventFilter) -> list[dict]:
    """Per (source country, target country): event count, quad-class mix, Goldstein, date range.
    Reciprocal events (several source countries, no target) count for each pair of their sources."""
    where, params = _where(filters)
    sql = f"""
        WITH matching AS (
            SELECT e.doc_id, e.event_id, e.quad_class, e.goldstein, {EVENT_DATE} AS date
            FROM events e JOIN documents d USING (doc_id) WHERE {where}),
        sides AS (
            SELECT DISTINCT doc_id, event_id, side, country FROM event_participants WHERE country IS NOT NULL),
        pairs AS (
            SELECT s.doc_id, s.event_id, s.country AS source_country, t.country AS target_country
            FROM sides s JOIN sides t USING (doc_id, event_id)
            WHERE s.side = 'source' AND t.side = 'target'
            UNION
            SELECT a.doc_id, a.event_id, a.country, b.country
            FROM sides a JOIN sides b USING (doc_id, event_id)
            WHERE a.side = 'source' AND b.side = 'source' AND a.country < b.country
              AND NOT EXISTS (SELECT 1 FROM event_participants p WHERE p.doc_id = a.doc_id
                              AND p.event_id = a.event_id AND p.side = 'target'))
        SELECT source_country, target_country, count(*) AS events,
               count(*) FILTER (WHERE quad_class = 1) AS quad1, count(*) FILTER (WHERE quad_class = 2) AS quad2,
               count(*) FILTER (WHERE quad_class = 3) AS quad3, count(*) FILTER (WHERE quad_class = 4) AS quad4,
               round(sum(goldstein), 2) AS goldstein_sum, round(avg(goldstein), 2) AS goldstein_mean,
               min(date) AS first_date, max(date) AS last_date
        FROM matching JOIN pairs USING (doc_id, event_id)
        GROUP BY source_country, target_country
        ORDER BY events DESC, source_country, target_country
        {_limit(filters, params)}"""
    return _dicts(con.execute(sql, params))


def table_counts(con) -> dict[str, int]:
    from eventwire.store.schema import TABLES

    return {table: con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0] for table in TABLES}


def _limit(filters: EventFilter, params: list) -> str:
    if filters.limit is None:
        return ""
    params.append(int(filters.limit))
    return "LIMIT ?"


def _dicts(result) -> list[dict]:
    columns = [column[0] for column in result.description]
    return [dict(zip(columns, row)) for row in result.fetchall()]
