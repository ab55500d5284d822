"""The events explorer's queries: deduplicated events under every dashboard filter, newest first, a page
at a time (keyset cursor), and the same events grouped into map cells.

The filters the CLI knows (actor, dyad, dates, PLOVER, CAMEO root, quad class) are eventwire.store.queries'
own, read on the merged events; the explorer adds the event's location country and map box, its modality,
the confidence of its evidence mention and a text search over the evidence sentence. A page is chosen on
event ids first and only its rows are then dressed with sentence, participants and highlight spans, so a
page costs the same on a 100k-event store as on a small one.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field, replace

from eventwire.store.queries import MERGED, EventFilter, _actor_params, _dicts, _where

ORDER_KEY = "COALESCE(g.day, '')"  # events without a date sort after every dated one (newest first)


@dataclass
class Search:
    """Every filter of the explorer; None means no filter."""
    events: EventFilter = field(default_factory=EventFilter)  # actor, dyad, since, until, plover, root, quad
    country: str | None = None                 # where it happened (ISO3 of the event's location)
    modality: str | None = None
    min_confidence: float | None = None        # of the evidence mention (the event's most confident one)
    text: str | None = None                    # in the evidence sentence, case-insensitive
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north: lon/lat, upper ends open


def where(search: Search) -> tuple[str, list]:
    """SQL over `global_events g` joined to its evidence mention `e` (and sentence `s`)."""
    clause, params = _where(replace(search.events, dyad=None), MERGED)
    clauses = [clause]
    if search.events.dyad:
        clauses.append(f"g.global_event_id IN ({_DYAD_EVENTS})")
        params += [value for code in search.events.dyad for value in _actor_params(code)]
    for condition, value in (("g.location_country = ?", search.country), ("g.modality = ?", search.modality),
                             ("e.confidence >= ?", search.min_confidence),
                             ("contains(lower(s.text), lower(?))", search.text)):
        if value is not None:
            clauses.append(condition)
            params.append(value)
    if search.bbox:
        clauses.append("g.location_lon >= ? AND g.location_lon < ? AND g.location_lat >= ? AND g.location_lat < ?")
        west, south, east, north = search.bbox
        params += [west, east, south, north]
    return " AND ".join(clauses), params


# The events between A and B either way, as eventwire.store.queries' dyad filter selects them (A→B, B→A, or
# A and B together as sources of an event without a target). Its six EXISTS subqueries join every
# participant six times (60 ms on 100k events); here one scan keeps the participants that are A or B, the
# mentions with both become candidates, and only the candidates' targets are looked up.
_DYAD_EVENTS = """
    WITH hits AS (
        SELECT doc_id, event_id, side, (country = ? OR code LIKE ?) AS is_a, (country = ? OR code LIKE ?) AS is_b
        FROM event_participants),
    sides AS (
        SELECT doc_id, event_id, bool_or(side = 'source' AND is_a) AS source_a, bool_or(side = 'source' AND is_b) AS source_b,
               bool_or(side = 'target' AND is_a) AS target_a, bool_or(side = 'target' AND is_b) AS target_b
        FROM hits WHERE is_a OR is_b GROUP BY doc_id, event_id HAVING bool_or(is_a) AND bool_or(is_b)),
    targeted AS (
        SELECT DISTINCT p.doc_id, p.event_id FROM event_participants p JOIN sides USING (doc_id, event_id)
        WHERE p.side = 'target')
    SELECT g2.global_event_id FROM sides
    JOIN global_events g2 ON g2.first_doc_id = sides.doc_id AND g2.first_event_id = sides.event_id
    LEFT JOIN targeted t ON t.doc_id = sides.doc_id AND t.event_id = sides.event_id
    WHERE (source_a AND target_b) OR (source_b AND target_a) OR (source_a AND source_b AND t.doc_id IS NULL)"""


def _matching(search: Search) -> tuple[str, list]:
    clause, params = where(search)
    sentence = ("LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence" if search.text is not None
                else "")
    return (f"""FROM global_events g
                JOIN events e ON e.doc_id = g.evidence_doc_id AND e.event_id = g.evidence_event_id
                {sentence} WHERE {clause}""", params)


def encode_cursor(day: str | None, global_event_id: int) -> str:
    return base64.urlsafe_b64encode(f"{day or ''}|{global_event_id}".encode()).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[str, int]:
    """(day, id) of the last row of the previous page; ValueError when it is not one this server gave."""
    try:
        text = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode()
        day, _, number = text.partition("|")
        return day, int(number)
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise ValueError("not a cursor from this server") from exc


def search_events(con, search: Search, *, limit: int, cursor: str | None = None, by_reports: bool = False,
                  count: bool = True) -> dict:
    """One page: `rows` (newest first, or most reported first with `by_reports`), `next` (the cursor
    of the following page, None at the end) and `total`: all matching events, counted in the same scan
    as the first page (None on the following pages, and when not `count`)."""
    source, params = _matching(search)
    after = ""
    if cursor is not None:
        day, last_id = decode_cursor(cursor)
        after = f"AND ({ORDER_KEY}, g.global_event_id) < (?, ?)"
        params += [day, last_id]
    counted = count and cursor is None
    order = (f"g.num_mentions DESC, e.confidence DESC NULLS LAST, {ORDER_KEY} DESC, g.global_event_id DESC"
             if by_reports else f"{ORDER_KEY} DESC, g.global_event_id DESC")
    found = con.execute(f"SELECT g.global_event_id{', count(*) OVER ()' if counted else ''} {source} {after} "
                        f"ORDER BY {order} LIMIT ?", [*params, limit + 1]).fetchall()
    rows = dress(con, [row[0] for row in found[:limit]])
    last = rows[-1] if rows else None
    more = len(found) > limit
    return {"rows": rows, "total": (found[0][1] if found else 0) if counted else None,
            "next": encode_cursor(last["date"], last["global_event_id"]) if more and not by_reports else None}


def matching_ids(con, search: Search, *, limit: int) -> list[int]:
    """Every matching event's id, in the explorer's order (newest first), at most `limit`."""
    source, params = _matching(search)
    return [row[0] for row in con.execute(
        f"SELECT g.global_event_id {source} ORDER BY {ORDER_KEY} DESC, g.global_event_id DESC LIMIT ?",
        [*params, limit]).fetchall()]


def dress(con, ids: list[int]) -> list[dict]:
    """The rows of these events, in this order: as /api/events gives them, plus location coordinates,
    confidence, `marks` (trigger, source and target spans within the evidence sentence) and `id`
    (global_event_id as a string). Participants are read for the page's mentions only, in a second query:
    a correlated subquery per row would make DuckDB scan every participant of the store."""
    if not ids:
        return []
    rows = _dicts(con.execute("""
        WITH page AS (SELECT unnest(?) AS global_event_id, generate_subscripts(?, 1) AS position)
        SELECT g.global_event_id, g.day AS date, g.cameo, g.root, g.plover, g.quad_class, g.goldstein,
               g.modality, g.num_mentions, g.num_articles, g.num_sources, e.confidence,
               e.trigger_text AS trigger, e.trigger_start, e.trigger_end, s.start_char AS sentence_start,
               length(s.text) AS sentence_length,
               g.first_doc_id, g.first_event_id,
               g.location_text AS location, g.location_country, g.location_lat, g.location_lon,
               s.text AS sentence_text, e.doc_id, e.event_id, d.title, d.source AS outlet, d.url, d.published
        FROM page JOIN global_events g USING (global_event_id)
        JOIN events e ON e.doc_id = g.evidence_doc_id AND e.event_id = g.evidence_event_id
        JOIN documents d ON d.doc_id = e.doc_id
        LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence
        ORDER BY page.position""", [ids, ids]))
    mentions = {(row["first_doc_id"], row["first_event_id"]) for row in rows} | {
        (row["doc_id"], row["event_id"]) for row in rows}
    sides = _participants(con, sorted(mentions))
    for row in rows:
        first = sides.get((row.pop("first_doc_id"), row.pop("first_event_id")), [])
        row["sources"] = [_reference(p) for p in first if p["side"] == "source"]
        row["targets"] = [_reference(p) for p in first if p["side"] == "target"]
        row["marks"] = _marks(row, sides.get((row["doc_id"], row["event_id"]), []))
        row["id"] = str(row["global_event_id"])  # ids pass 2**53: a browser reads the number rounded
    return rows


def _participants(con, mentions: list[tuple[str, str]]) -> dict[tuple[str, str], list[dict]]:
    found: dict[tuple[str, str], list[dict]] = {}
    result = con.execute("""
        SELECT p.doc_id, p.event_id, p.side, p.actor_id, p.text, p.country, p.code, p.start_char, p.end_char
        FROM event_participants p
        JOIN (SELECT unnest(?) AS doc_id, unnest(?) AS event_id) wanted USING (doc_id, event_id)
        ORDER BY p.doc_id, p.event_id, p.side, p.position""",
        [[doc for doc, _ in mentions], [event for _, event in mentions]])
    for row in _dicts(result):
        found.setdefault((row["doc_id"], row["event_id"]), []).append(row)
    return found


def _reference(participant: dict) -> dict:
    """A participant as /api/events lists it."""
    return {"actor": participant["actor_id"], "text": participant["text"], "country": participant["country"],
            "code": participant["code"]}


def _marks(row: dict, participants: list[dict]) -> list[dict]:
    """Trigger, source and target spans of the evidence mention, as offsets in its sentence; a span
    outside the sentence (or an article without sentence rows) gives none."""
    start, length = row.pop("sentence_start"), row.pop("sentence_length")
    trigger = (row.pop("trigger_start"), row.pop("trigger_end"))
    row.pop("event_id")
    if start is None or length is None:
        return []
    spans = [("trigger", *trigger)] + [(p["side"], p["start_char"], p["end_char"]) for p in participants]
    marks = [{"role": role, "start": begin - start, "end": end - start} for role, begin, end in spans
             if begin is not None and end is not None and start <= begin < end <= start + length]
    return sorted(marks, key=lambda mark: mark["start"])


def map_cells(con, search: Search, *, cell: float) -> list[dict]:
    """Located matching events per `cell`-degree square: count, quad-class mix, mean position and the
    square's box (the `bbox` filter that lists exactly its events)."""
    source, params = _matching(search)
    return _dicts(con.execute(f"""
        WITH located AS (
            SELECT g.quad_class, g.location_lat AS lat, g.location_lon AS lon,
                   floor(g.location_lon / ?) AS x, floor(g.location_lat / ?) AS y
            {source} AND g.location_lat IS NOT NULL AND g.location_lon IS NOT NULL)
        SELECT count(*) AS events, avg(lat) AS lat, avg(lon) AS lon,
               {", ".join(f"count(*) FILTER (WHERE quad_class = {n}) AS quad{n}" for n in range(1, 5))},
               [x * ?, y * ?, (x + 1) * ?, (y + 1) * ?] AS bbox
        FROM located GROUP BY x, y ORDER BY events DESC, x, y""", [cell, cell, *params, *[cell] * 4]))
