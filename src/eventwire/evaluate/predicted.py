"""Reading a predicted DocumentRecord the way the gold formats count: countries, codes, best event."""

from __future__ import annotations

from eventwire.schema import ActorRef, DocumentRecord, Event


def actor_country(ref: ActorRef) -> str | None:
    """The country (ISO3, IGO, NGO) of a participant; the first three letters of its code otherwise."""
    if ref.country:
        return ref.country.upper()
    return ref.code[:3].upper() if ref.code and len(ref.code) >= 3 else None


def actor_code(ref: ActorRef) -> str:
    """The participant's actor code as PETRARCH writes it (country + sector when no code is given)."""
    if ref.code:
        return ref.code.upper()
    return ((ref.country or "") + (ref.sector or "")).upper()


def countries(refs: list[ActorRef]) -> set[str]:
    return {country for country in map(actor_country, refs) if country}


def best_event(events: list[Event]) -> Event | None:
    """The most confident event (the first one on ties, i.e. earliest in the text)."""
    return max(events, key=lambda event: event.confidence, default=None)


def coded_events(record: DocumentRecord) -> list[Event]:
    """Events of a record; an error record has none."""
    return [] if record.error else list(record.events)


def dyad_codes(event: Event) -> set[tuple[str, str]]:
    """(source code, target code) pairs of an event. Reciprocal events ("X and Y agreed": several
    sources, no target) count in both directions between every two sources, as PETRARCH codes them."""
    sources = [actor_code(ref) for ref in event.source]
    targets = [actor_code(ref) for ref in event.target]
    if targets:
        return {(source, target) for source in sources for target in targets}
    if len(sources) > 1:
        return {(a, b) for a in sources for b in sources if a != b}
    return {(source, "") for source in sources}
