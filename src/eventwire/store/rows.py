"""DocumentRecord -> table rows (tuples in the column order of schema.DDL)."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone

from eventwire.schema import DocumentRecord, Event
from eventwire.store.dedup import event_day, event_key, global_event_id, participant_label


def content_hash(record: DocumentRecord) -> str:
    """Hash of the whole record: the same text coded the same way is unchanged; new dictionaries or
    a new eventwire that code it differently make it a changed document."""
    canonical = json.dumps(record.to_dict(), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def document_row(record: DocumentRecord, *, digest: str, minhash: list[int] | None = None) -> tuple:
    tone = record.tone
    return (record.doc_id, record.title, record.published, record.url, record.source, record.text,
            digest, tone.score, tone.positive, tone.negative, json.dumps(record.warnings, ensure_ascii=False),
            record.error, datetime.now(timezone.utc).replace(tzinfo=None),
            minhash)


def sentence_rows(record: DocumentRecord) -> list[tuple]:
    return [(record.doc_id, idx, start, end, record.text[start:end])
            for idx, (start, end) in enumerate(record.sentences)]


def actor_rows(record: DocumentRecord) -> list[tuple]:
    return [(record.doc_id, actor.id, actor.name, actor.kind, actor.country, actor.sector, actor.code,
             actor.role, json.dumps(actor.mentions),
             json.dumps(actor.inferred, ensure_ascii=False) if actor.inferred else None) for actor in record.actors]


def alias_rows(record: DocumentRecord) -> list[tuple]:
    """The persons the record introduces with a title (eventwire.actors.learning), one row per alias."""
    from eventwire.actors.learning import observe

    return [(item.doc_id, item.actor_id, item.alias, item.alias_key, item.name, item.name_key, item.code,
             item.role, item.seen) for item in observe(record)]


def event_rows(record: DocumentRecord) -> list[tuple]:
    rows = []
    for event in record.events:
        where = event.location
        rows.append((
            record.doc_id, event.id, event.sentence,
            event.trigger.text, event.trigger.start, event.trigger.end,
            event.cameo, event.root, event.quad_class, event.goldstein, event.plover, event.modality,
            event.date, event.date_end,
            *_location_columns(where),
            event.confidence,
            json.dumps([vars(quantity) for quantity in event.quantities], ensure_ascii=False),
            *dedup_columns(event, published=record.published),
            event.date_precision, event.tone,
            event.date_source, event.historical, event.location_source,
        ))
    return rows


GLOBAL_EVENT_ID_COLUMN = 24  # event rows: 23 columns of version 1, dedup_key, global_event_id, version 3's, 4's


def dedup_columns(event: Event, *, published: str | None) -> tuple[str, int]:
    """(dedup_key, global_event_id): mentions of one event in several articles share both."""
    def labels(refs):
        return [participant_label(code=ref.code, country=ref.country, text=ref.text) for ref in refs]

    key = event_key(day=event_day(date=event.date, published=published), sources=labels(event.source),
                    targets=labels(event.target), cameo=event.cameo, modality=event.modality,
                    historical=event.historical)
    return key, global_event_id(key)


def participant_rows(record: DocumentRecord) -> list[tuple]:
    return [(record.doc_id, event.id, side, position, ref.actor, ref.text, ref.start, ref.end,
             ref.country, ref.sector, ref.code, *_location_columns(ref.location))
            for event in record.events
            for side, refs in (("source", event.source), ("target", event.target))
            for position, ref in enumerate(refs)]


def _location_columns(where) -> tuple:
    if where is None:
        return (None,) * 7
    return (where.text, where.start, where.end, where.country, where.lat, where.lon, where.geonameid)


def quote_rows(record: DocumentRecord) -> list[tuple]:
    rows = []
    for idx, quote in enumerate(record.quotes):
        speaker, cue = quote.speaker, quote.cue
        rows.append((record.doc_id, idx, quote.text, quote.start, quote.end, quote.kind,
                     *((speaker.text, speaker.start, speaker.end, speaker.actor) if speaker else (None,) * 4),
                     *((cue.text, cue.start, cue.end) if cue else (None,) * 3)))
    return rows


def place_rows(record: DocumentRecord) -> list[tuple]:
    return [(record.doc_id, idx, place.text, place.start, place.end, place.name, place.feature,
             place.country, place.admin1, place.lat, place.lon, place.geonameid)
            for idx, place in enumerate(record.places)]


CHILD_ROWS = {
    "sentences": sentence_rows,
    "actors": actor_rows,
    "events": event_rows,
    "event_participants": participant_rows,
    "quotes": quote_rows,
    "places": place_rows,
    "alias_observations": alias_rows,
}
