"""Read queries: events with their evidence sentence, dyad aggregates, table counts.

Events are the deduplicated ones (global_events: one row per real-world event however many articles
reported it) unless `mentions=True` asks for every article sentence that reported one. A merged event's
actors, date and location are its first-published mention's (as in the GDELT export); its evidence is
its most confident mention (sentence, trigger, document).

Actor codes match a participant whose country equals the code or whose CAMEO code starts with it
(`RUS` matches RUSGOV and RUSMIL; `RUSGOV` matches only that). Dates are the event's own date, or
the document's publication date where the event has none. Historical events (history an article
tells: eventwire.attributes.history) are left out unless `include_historical` asks for them.
"""

from __future__ import annotations

from dataclasses import dataclass

EVENT_DATE = "COALESCE(e.date, substr(d.published, 1, 10))"
PERIODS = ("day", "week", "month", "quarter", "year")


@dataclass(frozen=True)
class _Columns:
    """Where a filter finds an event's participants, date and codes: in a mention or a merged event."""
    doc: str
    event: str
    date: str
    table: str


MENTION = _Columns(doc="e.doc_id", event="e.event_id", date=EVENT_DATE, table="e")
MERGED = _Columns(doc="g.first_doc_id", event="g.first_event_id", date="g.day", table="g")


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
    include_historical: bool = False         # history told in an article (attributes/history.py) too


def _participant_exists(at: _Columns, side: str | None) -> str:
    side_clause = "AND p.side = ?" if side else ""
    return (f"EXISTS (SELECT 1 FROM event_participants p WHERE p.doc_id = {at.doc} "
            f"AND p.event_id = {at.event} {side_clause} AND (p.country = ? OR p.code LIKE ?))")


def _actor_params(code: str) -> list[str]:
    code = code.strip().upper()
    return [code, code + "%"]


def _where(filters: EventFilter, at: _Columns) -> tuple[str, list]:
    clauses, params = ["TRUE"], []
    if not filters.include_historical:
        clauses.append(f"NOT COALESCE({at.table}.historical, FALSE)")
    if filters.actor:
        clauses.append(_participant_exists(at, None))
        params += _actor_params(filters.actor)
    if filters.dyad:
        clause, dyad_params = _dyad_clause(at, *filters.dyad)
        clauses.append(clause)
        params += dyad_params
    for condition, value in ((f"{at.date} >= ?", filters.since), (f"{at.date} <= ?", filters.until),
                             (f"{at.table}.plover = ?", filters.plover and filters.plover.upper()),
                             (f"{at.table}.root = ?", filters.root and filters.root.zfill(2)),
                             (f"{at.table}.quad_class = ?", filters.quad_class)):
        if value is not None:
            clauses.append(condition)
            params.append(value)
    return " AND ".join(clauses), params


def _dyad_clause(at: _Columns, first: str, second: str) -> tuple[str, list]:
    """A→B, B→A, or A and B together as sources of a reciprocal event without a target."""
    source, target = _participant_exists(at, "source"), _participant_exists(at, "target")
    no_target = (f"NOT EXISTS (SELECT 1 FROM event_participants p WHERE p.doc_id = {at.doc} "
                 f"AND p.event_id = {at.event} AND p.side = 'target')")
    clause = (f"(({source} AND {target}) OR ({source} AND {target}) "
              f"OR ({source} AND {source} AND {no_target}))")
    a, b = _actor_params(first), _actor_params(second)
    params = ["source", *a, "target", *b, "source", *b, "target", *a, "source", *a, "source", *b]
    return clause, params


def _side_list(at: _Columns, side: str) -> str:
    return (f"(SELECT list({{'actor': p.actor_id, 'text': p.text, 'country': p.country, 'code': p.code}} "
            f"ORDER BY p.position) FROM event_participants p WHERE p.doc_id = {at.doc} "
            f"AND p.event_id = {at.event} AND p.side = '{side}')")


def select_events(con, filters: EventFilter, *, mentions: bool = False) -> list[dict]:
    """Deduplicated events matching the filters, oldest first, each with NumMentions/NumArticles/
    NumSources and its evidence sentence; `mentions=True`: every event mention instead."""
    return (_select_mentions if mentions else _select_merged)(con, filters)


def _select_merged(con, filters: EventFilter) -> list[dict]:
    where, params = _where(filters, MERGED)
    sql = f"""
        SELECT g.global_event_id, g.day AS date, g.date_end, g.date_precision, f.date_source, g.historical,
               g.cameo, g.root, g.plover,
               g.quad_class, g.goldstein, g.modality, g.num_mentions, g.num_articles, g.num_sources,
               g.event_tone AS tone,
               e.confidence, e.trigger_text AS trigger,
               {_side_list(MERGED, 'source')} AS sources, {_side_list(MERGED, 'target')} AS targets,
               g.location_text AS location, g.location_country, f.location_source, s.text AS sentence_text,
               e.doc_id, e.event_id, d.title, d.source AS outlet, d.url, g.first_doc_id
        FROM global_events g
        JOIN events e ON e.doc_id = g.evidence_doc_id AND e.event_id = g.evidence_event_id
        JOIN events f ON f.doc_id = g.first_doc_id AND f.event_id = g.first_event_id
        JOIN documents d ON d.doc_id = e.doc_id
        LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence
        WHERE {where}
        ORDER BY date NULLS LAST, g.first_doc_id, g.first_event_id
        {_limit(filters, params)}"""
    return _dicts(con.execute(sql, params))


def _select_mentions(con, filters: EventFilter) -> list[dict]:
    where, params = _where(filters, MENTION)
    sql = f"""
        SELECT e.global_event_id, e.doc_id, e.event_id, {EVENT_DATE} AS date, e.date_end, e.date_precision,
               e.date_source, COALESCE(e.historical, FALSE) AS historical,
               e.cameo, e.root, e.plover, e.quad_class, e.goldstein, e.modality, e.tone, e.confidence,
               e.trigger_text AS trigger,
               {_side_list(MENTION, 'source')} AS sources, {_side_list(MENTION, 'target')} AS targets,
               e.location_text AS location, e.location_country, e.location_source, s.text AS sentence_text,
               d.title, d.source AS outlet, d.url
        FROM events e JOIN documents d USING (doc_id)
        LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence
        WHERE {where}
        ORDER BY date NULLS LAST, e.doc_id, e.sentence, e.event_id
        {_limit(filters, params)}"""
    return _dicts(con.execute(sql, params))


def select_dyads(con, filters: EventFilter, *, period: str | None = None, by: str = "country") -> list[dict]:
    """Deduplicated events per (source country, target country), and per period when one is given
    (day … year): event count, quad-class mix, Goldstein sum and mean, mentions, date range.
    Reciprocal events (several source countries, no target) count for each pair of their sources;
    negated and hypothetical events are left out, as in eventwire.relations. `by="actor"`: armed
    groups, NGOs and IGOs are ends of their own (source_actor, target_actor; store/actor_nodes.py)."""
    from eventwire.store.actor_nodes import dyad_source

    if period is not None and period not in PERIODS:
        raise ValueError(f"period must be one of {', '.join(PERIODS)}, not {period!r}")
    pairs = dyad_source(by)
    where, params = _where(filters, MERGED)
    period_column = f"CAST(date_trunc('{period}', date)::DATE AS VARCHAR) AS period, " if period else ""
    order = "period NULLS LAST, events DESC" if period else "events DESC"
    sql = f"""
        WITH matching AS (SELECT g.global_event_id FROM global_events g WHERE {where})
        SELECT source_node AS source_{by}, target_node AS target_{by}, {period_column}count(*) AS events,
               {", ".join(f"count(*) FILTER (WHERE quad_class = {n}) AS quad{n}" for n in range(1, 5))},
               round(sum(goldstein), 2) AS goldstein_sum, round(avg(goldstein), 2) AS goldstein_mean,
               sum(num_mentions) AS mentions,
               CAST(min(date) AS VARCHAR) AS first_date, CAST(max(date) AS VARCHAR) AS last_date
        FROM {pairs} AS dyads JOIN matching USING (global_event_id)
        WHERE modality NOT IN ('negated', 'hypothetical')
        GROUP BY ALL
        ORDER BY {order}, source_{by}, target_{by}
        {_limit(filters, params)}"""
    return _dicts(con.execute(sql, params))


def actor_event_counts(con, *, countries_only: bool = False) -> dict[str, int]:
    """Codes that events name, with how many events: countries (as `timeline` reads them: eventwire's and
    imported GDELT events) and, unless `countries_only`, CAMEO actor codes of eventwire's participants."""
    counts: dict[str, int] = {}
    queries = ["SELECT country, count(DISTINCT global_event_id) FROM (SELECT source_country AS country, "
               "global_event_id FROM v_dyad_events UNION ALL SELECT target_country, global_event_id "
               "FROM v_dyad_events) GROUP BY country"]
    if not countries_only:
        queries.append("SELECT p.code, count(DISTINCT e.global_event_id) FROM event_participants p "
                       "JOIN events e USING (doc_id, event_id) WHERE p.code IS NOT NULL GROUP BY p.code")
    for query in queries:
        for code, events in con.execute(query).fetchall():
            if code:
                counts[code] = max(counts.get(code, 0), events)
    return counts


def table_counts(con) -> dict[str, int]:
    """Rows per document table, and `global_events`: the deduplicated events."""
    from eventwire.store.schema import TABLES

    return {table: con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]
            for table in (*TABLES, "global_events")}


def _limit(filters: EventFilter, params: list) -> str:
    if filters.limit is None:
        return ""
    params.append(int(filters.limit))
    return "LIMIT ?"


def _dicts(result) -> list[dict]:
    columns = [column[0] for column in result.description]
    return [dict(zip(columns, row)) for row in result.fetchall()]
