"""Cross-article event identity: the key under which mentions of one event are merged.

Two event mentions are the same event when they agree on the day, the source actors, the target actors,
the full CAMEO code and the modality (a denial is not the event it denies). Actors are compared by CAMEO
code, falling back on country, then on the lower-cased text, and each side is a sorted set, so word order
("Russia and China" / "China and Russia") does not matter. The day is the event's own date, else its
article's publication date. Location is left out: one article names a city, another only the country.
A historical mention (dated more than 30 days before its own article) is keyed apart: history told in
today's article does not merge into, or create, a current event.

GDELT merges the same way (same actors, event code and day in its 15-minute batch) and counts the merged
rows' mentions as NumMentions; unlike GDELT, the key does not depend on ingest order or batches, so the
same records always give the same events and ids.
"""

from __future__ import annotations

import hashlib
from typing import Iterable

KEY_SEPARATOR = "|"
HISTORICAL = "historical"


def participant_label(*, code: str | None, country: str | None, text: str | None) -> str:
    if code or country:
        return (code or country).upper()
    return (text or "").strip().lower() or "?"


def event_key(*, day: str | None, sources: Iterable[str], targets: Iterable[str], cameo: str,
              modality: str, historical: bool = False) -> str:
    """A historical mention's key ends in HISTORICAL: it merges with other articles' mentions of that
    past event, never with a current one (a current event's key is as it always was)."""
    parts = (day or "undated", "+".join(sorted(set(sources))), "+".join(sorted(set(targets))), cameo, modality)
    return KEY_SEPARATOR.join(parts + ((HISTORICAL,) if historical else ()))


def global_event_id(key: str) -> int:
    """A positive 60-bit integer from the key (GDELT tools read GLOBALEVENTID as an integer).
    Collisions need ~1e9 distinct events before they become likely."""
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:15], 16)


def event_day(*, date: str | None, published: str | None) -> str | None:
    return date or (published[:10] if published else None)
