"""JSON lines and Parquet exports of the store's events (eventwire's deduplicated ones and imported GDELT rows).

JSONL: one object per event of v_events (origin, global_event_id, date, source/target code and country,
cameo, root, quad_class, goldstein, plover, modality, num_mentions/sources/articles, avg_tone, location,
source_url, historical) plus, for eventwire events, `mentions`: every article sentence that reported it
(doc_id, event_id, sentence, sentence_text, trigger, confidence, url) — GDELT's Mentions table inline.
Parquet: the same event columns, without mentions, and the event's evidence (the mention a listing shows:
the most confident one): evidence_doc_id, evidence_event_id, evidence_sentence (its text),
evidence_trigger with evidence_trigger_start/end (offsets in the document's text), evidence_confidence;
NULL for imported GDELT rows. Written by DuckDB (no pyarrow needed).
Both leave historical events (history an article retold) out unless asked to include them.
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import TextIO

_ORDER = "ORDER BY origin DESC, global_event_id"
_CURRENT = "WHERE ? OR NOT historical"  # history an article retold, only when asked for


def write_jsonl(con, output: TextIO, *, include_historical: bool = False) -> int:
    mentions = _mentions(con)
    result = con.execute(f"SELECT * FROM v_events {_CURRENT} {_ORDER}", [include_historical])
    names = [column[0] for column in result.description]
    count = 0
    for row in result.fetchall():
        event = dict(zip(names, row))
        event["date"] = event["date"].isoformat() if event["date"] else None
        if event["origin"] == "eventwire":
            event["mentions"] = mentions.get(event["global_event_id"], [])
        output.write(json.dumps(event, ensure_ascii=False) + "\n")
        count += 1
    return count


_WITH_EVIDENCE = f"""
    SELECT v.*, e.doc_id AS evidence_doc_id, e.event_id AS evidence_event_id, s.text AS evidence_sentence,
           e.trigger_text AS evidence_trigger, e.trigger_start AS evidence_trigger_start,
           e.trigger_end AS evidence_trigger_end, e.confidence AS evidence_confidence
    FROM v_events v
    LEFT JOIN global_events g ON v.origin = 'eventwire' AND g.global_event_id = v.global_event_id
    LEFT JOIN events e ON e.doc_id = g.evidence_doc_id AND e.event_id = g.evidence_event_id
    LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.idx = e.sentence
    WHERE {{include_historical}} OR NOT v.historical
    {_ORDER}"""


def write_parquet(con, path: Path, *, include_historical: bool = False) -> int:
    escaped = str(path).replace("'", "''")
    current = "TRUE" if include_historical else "FALSE"
    con.execute(f"COPY ({_WITH_EVIDENCE.format(include_historical=current)}) TO '{escaped}' (FORMAT parquet)")
    return con.execute(f"SELECT count(*) FROM v_events {_CURRENT}", [include_historical]).fetchall()[0][0]


def _mentions(con) -> dict[int, list[dict]]:
    found: dict[int, list[dict]] = defaultdict(list)
    rows = con.execute("SELECT global_event_id, doc_id, event_id, sentence, sentence_text, trigger_text, "
                       "trigger_start, trigger_end, confidence, url FROM v_event_mentions "
                       "ORDER BY global_event_id, published NULLS LAST, doc_id, event_id").fetchall()
    for gid, doc_id, event_id, sentence, text, trigger, start, end, confidence, url in rows:
        found[gid].append({"doc_id": doc_id, "event_id": event_id, "sentence": sentence, "sentence_text": text,
                           "trigger": {"text": trigger, "start": start, "end": end}, "confidence": confidence,
                           "url": url})
    return found
