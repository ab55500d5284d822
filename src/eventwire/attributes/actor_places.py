"""Where each event participant is (GDELT's Actor1Geo/Actor2Geo): `ActorRef.location`.

In this order:
1. a place the text states for the actor: inside the participant's span ("the US envoy", "Kurdish
   fighters in Raqqa") - the most specific one, a town before a country - or hanging from the
   participant's head by "in", "from", "at", "of" or "based in" ("fighters in Raqqa", "residents of Idlib");
2. the actor's country (ISO3; not IGO/NGO): a place of the document naming that country, else the
   gazetteer's country record (its centre point, with null offsets: the text names no such place).
An actor without either has no location.
"""

from __future__ import annotations

from eventwire.attributes.gazetteer import Gazetteer
from eventwire.attributes.locate import SPECIFIC_FIRST, place_location
from eventwire.nlp import Parsed
from eventwire.schema import ActorRef, Event, Location, Place

STATED_PREPOSITIONS = {"in", "from", "at", "of", "inside", "near"}
NON_STATE = {"IGO", "NGO"}


def locate_actors(parsed: Parsed, events: list[Event], places: list[Place], *, gazetteer: Gazetteer) -> None:
    """Sets `location` on every source and target of every event."""
    resolved = [place for place in places if place.country or place.lat is not None]
    countries = {}
    for place in resolved:
        if place.feature == "country":
            countries.setdefault(place.country, place)
    for event in events:
        for ref in event.source + event.target:
            ref.location = _stated(parsed, ref, resolved) or _country(ref.country, countries, gazetteer)


def _stated(parsed: Parsed, ref: ActorRef, places: list[Place]) -> Location | None:
    inside = [place for place in places if ref.start <= place.start and place.end <= ref.end]
    if not inside:
        inside = _attached(parsed, ref, places)
    if not inside:
        return None
    best = min(inside, key=lambda place: (SPECIFIC_FIRST.get(place.feature or "other", 3), place.start))
    return place_location(best)


def _attached(parsed: Parsed, ref: ActorRef, places: list[Place]) -> list[Place]:
    """Places under a preposition hanging from the participant's head ("fighters [in Raqqa]",
    "fighters based [in Raqqa]")."""
    span = parsed.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return []
    head = span.root
    heads = [head] + [child for child in head.children if child.dep_ == "acl"]  # "based in", "stationed in"
    objects = [grandchild for token in heads for child in token.children
               if child.dep_ == "prep" and child.lower_ in STATED_PREPOSITIONS
               for grandchild in child.children if grandchild.dep_ == "pobj"]
    found = []
    for token in objects:
        found += [place for place in places if token.idx <= place.start < token.idx + len(token) or (
            place.start <= token.idx < place.end)]
    return found


def _country(iso3: str | None, named: dict[str, Place], gazetteer: Gazetteer) -> Location | None:
    if not iso3 or iso3 in NON_STATE:
        return None
    if iso3 in named:
        return place_location(named[iso3])
    entry = gazetteer.country_entry(iso3)
    if entry is None:
        return None
    return Location(text=entry.name, start=None, end=None, country=entry.country, lat=entry.lat, lon=entry.lon,
                    geonameid=entry.geonameid)
