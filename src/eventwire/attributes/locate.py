"""Give each event the place where it happened, from the places in its sentence."""

from __future__ import annotations

from bisect import bisect_left

from eventwire.attributes.triggers import trigger_token
from eventwire.nlp import Parsed
from eventwire.schema import Event, Location, Place

LOCATIVE_PREPOSITIONS = {"in", "at", "near", "inside", "outside", "within", "across", "throughout",
                         "around", "on"}
DIRECTIONAL_PREPOSITIONS = {"to", "into", "toward", "towards"}


def locate_events(parsed: Parsed, events: list[Event], places: list[Place]) -> None:
    """Sets `event.location`. Ranked: a place under a locative preposition attached to the trigger,
    then one under a locative preposition elsewhere in the trigger's clause, then a destination
    ("visit to Pakistan"), then any place that is not a participant's own span; nearest to the
    trigger breaks ties. None when the sentence has no usable place."""
    places = sorted(places, key=lambda place: place.start)  # find_places sorts them already
    starts = [place.start for place in places]
    for event in events:
        sentence = parsed.sentences[event.sentence]
        first = bisect_left(starts, sentence.start_char)
        in_sentence = [p for p in places[first:bisect_left(starts, sentence.end_char)] if p.end <= sentence.end_char]
        best = _best_place(parsed, event, in_sentence)
        event.location = _location(best) if best else None


def _best_place(parsed: Parsed, event: Event, places: list[Place]) -> Place | None:
    participants = [(ref.start, ref.end) for ref in event.source + event.target]
    usable = [p for p in places if not any(p.start >= s and p.end <= e for s, e in participants)]
    if not usable:
        return None
    trigger = trigger_token(parsed.doc, event.trigger)

    def rank(place: Place) -> tuple[int, int]:
        return (_attachment_rank(parsed, place, trigger), abs(place.start - event.trigger.start))

    return min(usable, key=rank)


def _attachment_rank(parsed: Parsed, place: Place, trigger) -> int:
    span = parsed.doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or trigger is None:
        return 4
    preposition = _governing_preposition(span.root)
    if preposition is None:
        return 3
    word = preposition.lower_
    if word in LOCATIVE_PREPOSITIONS and preposition.head == trigger:
        return 0
    if word in LOCATIVE_PREPOSITIONS and preposition in trigger.subtree:
        return 1
    if word in DIRECTIONAL_PREPOSITIONS | LOCATIVE_PREPOSITIONS:
        return 2
    return 3


def _governing_preposition(token):
    """The preposition a place hangs from, looking through coordination ("in X and Y")."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    if token.dep_ == "pobj" and token.head.pos_ == "ADP":
        return token.head
    return None


def _location(place: Place) -> Location:
    return Location(text=place.text, start=place.start, end=place.end, country=place.country,
                    lat=place.lat, lon=place.lon, geonameid=place.geonameid)
