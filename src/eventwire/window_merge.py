"""The windows of a long document back into one record's lists (see eventwire.windows).

Each window's stages ran on the window's own text, so its offsets start at 0, its sentences at 0 and
its actors at a1. Here every offset moves by the window's start in the full text, every sentence
number by the sentences of the windows before it, and actors merge by identity: the same actor key
(the same knowledge-base entry, or the same kind and name of an actor the knowledge base lacks) is
one actor across the document, numbered a1, a2, … by its first mention as in a short document. Its
fields are those it had after the last window that mentioned it. Events are numbered e1, e2, … again.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from eventwire.schema import Actor, ActorRef, Event, Location, Place, Quote, Span


@dataclass
class WindowResult:
    """What the stages found in one window, in the window's own offsets."""

    start: int                       # the window's first character in the full text
    first_sentence: int              # the number of the window's first sentence in the full document
    sentences: list[list[int]]
    actors: list[Actor]
    actor_keys: list[tuple]          # the registry key of each actor, same order
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)


@dataclass
class MergedLists:
    sentences: list[list[int]]
    actors: list[Actor]
    events: list[Event]
    quotes: list[Quote]
    places: list[Place]


def merge_windows(results: list[WindowResult]) -> MergedLists:
    actors, ids = _merge_actors(results)
    sentences, events, quotes, places = [], [], [], []
    for number, result in enumerate(results):
        shift = result.start
        actor_id = {actor.id: ids[(number, actor.id)] for actor in result.actors}
        sentences += [[start + shift, end + shift] for start, end in result.sentences]
        events += [_event(event, shift, result.first_sentence, actor_id) for event in result.events]
        quotes += [_quote(quote, shift, actor_id) for quote in result.quotes]
        places += [replace(place, start=place.start + shift, end=place.end + shift) for place in result.places]
    for index, event in enumerate(events, start=1):
        event.id = f"e{index}"
    return MergedLists(sentences=sentences, actors=actors, events=events, quotes=quotes, places=places)


def _merge_actors(results: list[WindowResult]) -> tuple[list[Actor], dict[tuple[int, str], str]]:
    """Document actors, and the document id of each (window number, window actor id)."""
    merged: dict[tuple, Actor] = {}
    window_ids: dict[tuple, list[tuple[int, str]]] = {}
    for number, result in enumerate(results):
        for actor, key in zip(result.actors, result.actor_keys):
            mentions = [[start + result.start, end + result.start] for start, end in actor.mentions]
            earlier = merged.get(key)
            merged[key] = replace(actor, mentions=(earlier.mentions if earlier else []) + mentions)
            window_ids.setdefault(key, []).append((number, actor.id))
    ordered = sorted(merged.items(), key=lambda item: item[1].mentions[0])
    actors, ids = [], {}
    for number, (key, actor) in enumerate(ordered, start=1):
        actor_id = f"a{number}"
        actors.append(replace(actor, id=actor_id))
        ids.update({window_id: actor_id for window_id in window_ids[key]})
    return actors, ids


def _event(event: Event, shift: int, first_sentence: int, actor_id: dict[str, str]) -> Event:
    return replace(
        event,
        sentence=event.sentence + first_sentence,
        trigger=_span(event.trigger, shift),
        source=[_ref(ref, shift, actor_id) for ref in event.source],
        target=[_ref(ref, shift, actor_id) for ref in event.target],
        location=_location(event.location, shift),
        quantities=[replace(quantity, start=quantity.start + shift, end=quantity.end + shift)
                    for quantity in event.quantities],
    )


def _quote(quote: Quote, shift: int, actor_id: dict[str, str]) -> Quote:
    speaker = quote.speaker
    if speaker is not None:
        speaker = replace(speaker, start=speaker.start + shift, end=speaker.end + shift,
                          actor=actor_id.get(speaker.actor) if speaker.actor else None)
    return replace(quote, start=quote.start + shift, end=quote.end + shift, speaker=speaker,
                   cue=_span(quote.cue, shift) if quote.cue is not None else None)


def _ref(ref: ActorRef, shift: int, actor_id: dict[str, str]) -> ActorRef:
    return replace(ref, start=ref.start + shift, end=ref.end + shift,
                   actor=actor_id.get(ref.actor) if ref.actor else None, location=_location(ref.location, shift))


def _location(location: Location | None, shift: int) -> Location | None:
    """A location's offsets moved; an actor located by its country alone has none to move."""
    if location is None or location.start is None:
        return location
    return replace(location, start=location.start + shift, end=location.end + shift)


def _span(span: Span, shift: int) -> Span:
    return replace(span, start=span.start + shift, end=span.end + shift)
