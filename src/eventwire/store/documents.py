"""One stored document read back from its rows: metadata, text, tone, sentences, actors and event mentions.

The store keeps each record's rows (docs/store.md), not the record itself, so this reads them back;
quotes and places stay out (the API and dashboard do not show them). Events are the document's mentions with
their `global_event_id`, the id /api/events lists merged events under.
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
    return document


def _actors(con, doc_id: str) -> list[dict]:
    actors = _rows(con, """SELECT actor_id AS id, name, kind, country, sector, code, role, mentions
                           FROM actors WHERE doc_id = ? ORDER BY actor_id""", doc_id)
    for actor in actors:
        actor["mentions"] = json.loads(actor["mentions"]) if actor["mentions"] else []
    return actors


def _events(con, doc_id: str) -> list[dict]:
    events = _rows(con, """SELECT event_id AS id, global_event_id, sentence, trigger_text AS trigger, cameo, root,
                                  quad_class, goldstein, plover, modality, date, date_end,
                                  location_text AS location, location_country, confidence
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
