"""The dashboard's overview: what the store holds, the pairs with most events and the most cooperative
and most hostile ones, the busiest actors and the latest confident events.

Pairs are unordered country pairs of the deduplicated events, negated and hypothetical events left out
(as eventwire.relations counts them): cooperation = quad classes 1-2, conflict = 3-4, net = the difference.
The answer is a few GROUP BYs over the whole store, so it is kept until the store changes (its generation).
"""

from __future__ import annotations

from eventwire.server.search import Search, search_events
from eventwire.store.queries import _dicts

TOP = 10
# "High confidence": the evidence mention's confidence (calibrated: the chance the event is right) at least
# this, i.e. more likely right than wrong (docs/server.md).
CONFIDENT = 0.5
CURRENT = "NOT COALESCE(historical, FALSE)"  # history an article retold is left out, as everywhere by default

_PAIRS = f"""
    SELECT least(source_country, target_country) AS a, greatest(source_country, target_country) AS b,
           count(*) AS events, count(*) FILTER (WHERE quad_class <= 2) AS cooperation,
           count(*) FILTER (WHERE quad_class >= 3) AS conflict,
           count(*) FILTER (WHERE quad_class <= 2) - count(*) FILTER (WHERE quad_class >= 3) AS net,
           round(avg(goldstein), 2) AS goldstein_mean
    FROM event_dyads
    WHERE modality NOT IN ('negated', 'hypothetical') AND source_country <> target_country AND {CURRENT}
    GROUP BY ALL"""


def overview(con) -> dict:
    counts = _dicts(con.execute(f"""
        SELECT (SELECT count(*) FROM documents) AS documents, count(*) AS events,
               (SELECT count(*) FROM events) AS mentions,
               count(*) FILTER (WHERE location_lat IS NOT NULL) AS located,
               (SELECT count(DISTINCT country) FROM event_participants WHERE country IS NOT NULL) AS countries,
               min(day) AS first_date, max(day) AS last_date
        FROM global_events WHERE {CURRENT}"""))[0]
    by_quad = dict(con.execute(f"SELECT quad_class, count(*) FROM global_events WHERE {CURRENT} GROUP BY ALL").fetchall())
    counts["quad"] = {str(quad): by_quad.get(quad, 0) for quad in range(1, 5)}
    pairs = f"WITH pairs AS ({_PAIRS}) SELECT * FROM pairs"
    return {
        "counts": counts,
        "dyads_by_events": _dicts(con.execute(f"{pairs} ORDER BY events DESC, a, b LIMIT {TOP}")),
        "most_cooperative": _dicts(con.execute(f"{pairs} WHERE net > 0 ORDER BY net DESC, events DESC, a, b "
                                               f"LIMIT {TOP}")),
        "most_hostile": _dicts(con.execute(f"{pairs} WHERE net < 0 ORDER BY net, events DESC, a, b LIMIT {TOP}")),
        "busiest_actors": busiest_actors(con),
        "confident_events": search_events(con, Search(min_confidence=CONFIDENT), limit=TOP, count=False)["rows"],
        "confidence_threshold": CONFIDENT,
    }


def busiest_actors(con, limit: int = TOP) -> list[dict]:
    """CAMEO actor codes by the deduplicated events they take part in, with their most frequent name."""
    return _dicts(con.execute(f"""
        SELECT p.code, mode(COALESCE(a.name, p.text)) AS name, any_value(p.country) AS country,
               count(DISTINCT g.global_event_id) AS events
        FROM global_events g
        JOIN event_participants p ON p.doc_id = g.first_doc_id AND p.event_id = g.first_event_id
        LEFT JOIN actors a ON a.doc_id = p.doc_id AND a.actor_id = p.actor_id
        WHERE p.code IS NOT NULL AND NOT COALESCE(g.historical, FALSE)
        GROUP BY p.code ORDER BY events DESC, p.code LIMIT {int(limit)}"""))


class OverviewCache:
    """The overview, recomputed only when the store's generation changed (a write committed)."""

    def __init__(self, shared):
        self._shared = shared
        self._cached: tuple[int, dict] | None = None

    def get(self) -> dict:
        generation = self._shared.generation
        if self._cached and self._cached[0] == generation:
            return self._cached[1]
        with self._shared.reading() as cursor:
            body = overview(cursor)
        self._cached = (generation, body)
        return body
