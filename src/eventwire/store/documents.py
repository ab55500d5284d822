"""One stored document read back from its rows: metadata, text, tone, sentences, actors, event
mentions, quotes and places.

The store keeps each record's rows (docs/store.md), not the record itself, so this reads them back.
Events are the document's mentions with their `global_event_id`, the id /api/events lists merged events
under; quotes and places have the contract's shape (speaker and cue as nested spans).
"""

from __future__ import annotations

import json


def document_view(con, doc_id: str) -> dict | None:
    row = _rows(con, """SELECT doc_id, title, published, url, source, text, tone_score, tone_positive,
                               tone_negative, warnings, CAST(ingested_at AS VARCHAR) AS ingested_at
                        FROM documents WHERE doc_id = ?""", doc_id)
    if not row:
        return None
    document = row[0]
    document["tone"] = {key: document.pop(f"tone_{key}") for key in ("score", "positive", "negative")}
    document["warnings"] = json.loads(document["warnings"]) if document["warnings"] else []
    document["sentences"] = [[sentence["start_char"], sentence["end_char"]] for sentence in _rows(
        con, "SELECT start_char, end_char FROM sentences WHERE doc_id = ? ORDER BY idx", doc_id)]
    document["actors"] = _actors(con, doc_id)
    document["events"] = _events(con, doc_id)
    document["quotes"] = [_quote(row) for row in _rows(
        con, "SELECT * EXCLUDE (doc_id, idx) FROM quotes WHERE doc_id = ? ORDER BY idx", doc_id)]
    document["places"] = _rows(
        con, """SELECT text, start_char AS start, end_char AS "end", name, feature, country, admin1, lat, lon, geonameid
                FROM places WHERE doc_id = ? ORDER BY idx""", doc_id)
    return document


def _quote(row: dict) -> dict:
    """A quotes row as the contract's QUOTE: the speaker and cue columns folded into nested spans."""
    def span(prefix: str, extra: dict) -> dict | None:
        if row[f"{prefix}_text"] is None:
            return None
        return {"text": row[f"{prefix}_text"], "start": row[f"{prefix}_start"], "end": row[f"{prefix}_end"], **extra}

    return {"text": row["text"], "start": row["start_char"], "end": row["end_char"], "kind": row["kind"],
            "speaker": span("speaker", {"actor": row["speaker_actor"]}), "cue": span("cue", {})}


def _actors(con, doc_id: str) -> list[dict]:
    actors = _rows(con, """SELECT actor_id AS id, name, kind, country, sector, code, role, mentions, inferred
                           FROM actors WHERE doc_id = ? ORDER BY length(actor_id), actor_id""", doc_id)
    for actor in actors:
        actor["mentions"] = json.loads(actor["mentions"]) if actor["mentions"] else []
        inferred = actor.pop("inferred")
        if inferred:  # as in the record: the key only where something was inferred
            actor["inferred"] = json.loads(inferred)
    return actors


def _events(con, doc_id: str) -> list[dict]:
    events = _rows(con, """SELECT event_id AS id, global_event_id, sentence, trigger_text AS trigger, cameo, root,
                                  quad_class, goldstein, plover, modality, date, date_end, date_source,
                                  COALESCE(historical, FALSE) AS historical, location_text AS location,
                                  location_country, location_source, confidence
                           FROM events WHERE doc_id = ? ORDER BY sentence, event_id""", doc_id)
    sides = _rows(con, """SELECT event_id, side, actor_id AS actor, text, country, code FROM event_participants
                          WHERE doc_id = ? ORDER BY event_id, side, position""", doc_id)
    for event in events:
        for side, key in (("source", "sources"), ("target", "targets")):
            event[key] = [{name: value for name, value in participant.items() if name not in ("event_id", "side")}
                          for participant in sides if participant["event_id"] == event["id"]
                          and participant["side"] == side]
    return events


def _rows(con, sql: str, *params) -> list[dict]:
    result = con.execute(sql, list(params))
    columns = [column[0] for column in result.description]
    return [dict(zip(columns, row)) for row in result.fetchall()]
