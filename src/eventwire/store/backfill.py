"""Derived columns computed from stored rows, for databases written before those columns existed."""

from __future__ import annotations

import json
from collections import defaultdict

from eventwire.attributes.history import HISTORY_DAYS
from eventwire.schema import Actor, DocumentRecord
from eventwire.store.bulk import insert_rows
from eventwire.store.copies import index_documents
from eventwire.store.neardup import signature
from eventwire.store.dedup import event_day, event_key, global_event_id, participant_label


def backfill_event_keys(con) -> None:
    sides: dict[tuple[str, str], dict[str, list[str]]] = defaultdict(lambda: {"source": [], "target": []})
    for doc_id, event_id, side, code, country, text in con.execute(
            "SELECT doc_id, event_id, side, code, country, text FROM event_participants").fetchall():
        sides[(doc_id, event_id)][side].append(participant_label(code=code, country=country, text=text))
    updates = []
    for doc_id, event_id, date, published, cameo, modality, historical in con.execute(
            "SELECT e.doc_id, e.event_id, e.date, d.published, e.cameo, e.modality, COALESCE(e.historical, FALSE) "
            "FROM events e JOIN documents d USING (doc_id)").fetchall():
        found = sides[(doc_id, event_id)]
        key = event_key(day=event_day(date=date, published=published), sources=found["source"],
                        targets=found["target"], cameo=cameo, modality=modality, historical=historical)
        updates.append((key, global_event_id(key), doc_id, event_id))
    if updates:
        con.executemany("UPDATE events SET dedup_key = ?, global_event_id = ? WHERE doc_id = ? AND event_id = ?",
                        updates)


def backfill_historical(con) -> None:
    """`historical` of stored mentions, by the rule extraction uses (eventwire.attributes.history):
    the whole date more than HISTORY_DAYS before the mention's own document."""
    con.execute(f"""
        UPDATE events SET historical = COALESCE(
            TRY_CAST(COALESCE(events.date_end, events.date) AS DATE)
            < TRY_CAST(substr(d.published, 1, 10) AS DATE) - INTERVAL {HISTORY_DAYS} DAY, FALSE)
        FROM documents d WHERE d.doc_id = events.doc_id""")


def backfill_signatures(con) -> None:
    documents = {doc_id: (signature(text), text)
                 for doc_id, text in con.execute("SELECT doc_id, text FROM documents ORDER BY doc_id").fetchall()}
    for doc_id, (sig, _) in documents.items():
        con.execute("UPDATE documents SET minhash = ? WHERE doc_id = ?", [sig, doc_id])
    index_documents(con, documents)


def backfill_alias_observations(con) -> None:
    """The learned-alias observations of the stored documents, from their text and actor rows."""
    from eventwire.store.rows import alias_rows

    actors: dict[str, list[Actor]] = defaultdict(list)
    for doc_id, actor_id, name, kind, country, sector, code, role, mentions in con.execute(
            "SELECT doc_id, actor_id, name, kind, country, sector, code, role, mentions FROM actors").fetchall():
        actors[doc_id].append(Actor(id=actor_id, name=name, kind=kind, country=country, sector=sector, code=code,
                                    role=role, mentions=json.loads(mentions) if mentions else []))
    rows = []
    for doc_id, text, published in con.execute(
            "SELECT doc_id, text, published FROM documents ORDER BY doc_id").fetchall():
        if actors.get(doc_id):
            rows += alias_rows(DocumentRecord(doc_id=doc_id, text=text, published=published, actors=actors[doc_id]))
    insert_rows(con, "alias_observations", rows)
