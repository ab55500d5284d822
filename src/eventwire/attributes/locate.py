"""Give each event the place where it happened; `location_source` says where the place came from.

1. `event` - a place attached to the event: under a locative preposition hanging from the trigger
   ("met in Ankara"), one inside the trigger's clause ("at the UN in New York", "near the Turkish
   border town of Kobani"), or a destination ("visit to Pakistan", "flew to Moscow");
2. `sentence` - else a place of its sentence: under a place preposition elsewhere in it, then any
   other place it names that is not only an actor's name;
3. `article` - else the article's place: its dateline ("ISTANBUL (Reuters) -"), else the place its lead's
   first event is attached to ("On his crucial visit to Pakistan, ..."), else the place it most often
   puts things in or sends them to (under "in", "at", "near", "to", ...). Not for a historical event:
   the article's place is where today's story is, not where the past happened.
Never a place that only names an actor: one inside an actor's mention or a participant's span ("the US
envoy", "Russia condemned") that no place preposition governs. Among places attached alike the most
specific wins (a town before its country), then the one nearest the trigger.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from spacy.tokens import Token

from eventwire.attributes.tense import clause_verb
from eventwire.attributes.triggers import trigger_token
from eventwire.nlp import Parsed
from eventwire.schema import Actor, Event, Location, Place

LOCATIVE_PREPOSITIONS = {"in", "at", "near", "inside", "outside", "within", "across", "throughout",
                         "around", "on", "along", "off"}
DIRECTIONAL_PREPOSITIONS = {"to", "into", "toward", "towards", "from"}
PLACE_PREPOSITIONS = LOCATIVE_PREPOSITIONS | DIRECTIONAL_PREPOSITIONS
# What puts the story somewhere ("in", "to"), unlike "on Russia" (called on), "from Syria" (fled from).
STORY_PREPOSITIONS = {"in", "at", "near", "inside", "within", "across", "throughout", "to", "into"}
EVENT, SENTENCE, ARTICLE = "event", "sentence", "article"
SPECIFIC_FIRST = {"landmark": 0, "city": 0, "admin2": 1, "admin1": 2, "region": 3, "other": 3, "country": 4}
# Nouns a place name can modify and still be where something is ("in the Raqqa province", "in Syria's
# north-east"); any other noun makes it a name of that thing ("response to the Afrin operation").
PLACE_NOUNS = {"province", "city", "town", "village", "region", "area", "areas", "border", "borderlands",
               "enclave", "district", "countryside", "capital", "outskirts", "suburbs", "suburb", "centre",
               "center", "camp", "camps", "prison", "base", "airport", "port", "coast", "side", "part", "parts",
               "territory", "governorate", "state", "county", "neighbourhood", "neighborhood", "streets",
               "desert", "mountains", "valley", "frontier", "heartland", "stronghold", "canton", "embassy",
               "consulate", "north", "south", "east", "west", "north-east", "north-west", "south-east",
               "south-west", "northeast", "northwest", "southeast", "southwest", "interior", "mainland",
               "waters", "airspace", "soil", "battlefield", "front", "hospital", "square", "compound"}
# "ISTANBUL (Reuters) -", "Kabul, Afghanistan -", "BEIRUT —": a dateline opens the text
DATELINE = re.compile(r"\s*[A-Z][\w.'\- ]{1,40}?(?:,\s*[A-Z][\w.'\- ]{1,30}?)?\s*(?:\([^)]{1,40}\)\s*)?[-\u2013\u2014:]\s")
DATELINE_CHARS = 80
LEAD_SENTENCES = 3


def locate_events(parsed: Parsed, events: list[Event], places: list[Place], *, actors: list[Actor] = ()) -> None:
    """Sets `event.location` and `event.location_source`; None when neither the sentence nor the
    article has a usable place (or only the article has, for a historical event)."""
    places = sorted(places, key=lambda place: place.start)  # find_places sorts them already
    starts = [place.start for place in places]
    actor_spans = [tuple(mention) for actor in actors for mention in actor.mentions]
    found = []
    for event in events:
        sentence = parsed.sentences[event.sentence]
        first = bisect_left(starts, sentence.start_char)
        in_sentence = [p for p in places[first:bisect_left(starts, sentence.end_char)] if p.end <= sentence.end_char]
        found.append(_best_place(parsed, event, in_sentence, actor_spans))
    article = None
    for event, (best, source) in zip(events, found):
        if best is None and not event.historical:
            if article is None:
                article = (article_place(parsed, places, events, found),)
            best, source = article[0], ARTICLE
        event.location = place_location(best) if best else None
        event.location_source = source if best else None


def article_place(parsed: Parsed, places: list[Place], events: list[Event] = (),
                  located: list[tuple[Place | None, str | None]] = ()) -> Place | None:
    """Where the article's story is: its dateline's place; else the place its lead's first event is
    attached to ("On his crucial visit to Pakistan, ..."); else the resolved place it most often puts
    things in or sends them to (first named on a tie); None when it names none so."""
    dateline = DATELINE.match(parsed.text[:DATELINE_CHARS])
    if dateline is not None:
        opening = [p for p in places if p.end <= dateline.end() and p.country]
        if opening:
            return opening[0]
    lead = set(sorted(parsed.content)[:LEAD_SENTENCES])
    for event, (place, source) in sorted(zip(events, located), key=lambda pair: pair[0].trigger.start):
        if event.sentence in lead and source == EVENT and not event.historical and place.country:
            return place
    used = [p for p in places if p.country and (preposition := _place_preposition(parsed, p)) is not None
            and preposition.lower_ in STORY_PREPOSITIONS]
    counts = Counter(_same_place(p) for p in used)
    if not counts:
        return None
    most = max(counts.values())
    return next(p for p in used if counts[_same_place(p)] == most)


def _same_place(place: Place) -> tuple:
    return (place.geonameid, place.name, place.country) if place.geonameid is None else (place.geonameid,)


def _best_place(parsed: Parsed, event: Event, places: list[Place],
                actor_spans: list[tuple[int, int]]) -> tuple[Place | None, str | None]:
    trigger = trigger_token(parsed.doc, event.trigger)
    participants = [(ref.start, ref.end) for ref in event.source + event.target]
    ranked = []
    for place in places:
        if _names_the_trigger(parsed, place, trigger):  # "the Raqqa offensive", "the Afrin operation"
            if not _names_an_actor(place, participants):
                ranked.append(((0, _specificity(place), abs(place.start - event.trigger.start)), place))
            continue
        preposition = _place_preposition(parsed, place)
        if preposition is None and _names_an_actor(place, participants + actor_spans):
            continue
        if preposition is not None and _a_verb_on_its_participant(preposition, place, participants):
            continue  # "called on Russia", "relies on Turkey": the actor, not a place
        rank = _attachment_rank(preposition, trigger)
        ranked.append(((rank, _specificity(place), abs(place.start - event.trigger.start)), place))
    if not ranked:
        return None, None
    (rank, _, _), best = min(ranked, key=lambda item: item[0])
    return best, EVENT if rank <= 2 else SENTENCE


def _specificity(place: Place) -> int:
    """Among places attached alike, the most specific: "an attack on Syria's Idlib province" was in Idlib."""
    return SPECIFIC_FIRST.get(place.feature or "other", 3)


def _names_the_trigger(parsed: Parsed, place: Place, trigger: Token | None) -> bool:
    """A place modifying a noun trigger: the place of that happening."""
    if trigger is None or trigger.pos_ not in ("NOUN", "PROPN"):
        return False
    span = parsed.doc.char_span(place.start, place.end, alignment_mode="expand")
    return span is not None and span.root.head == trigger and span.root.dep_ in ("compound", "amod", "nmod", "poss")


def _a_verb_on_its_participant(preposition: Token, place: Place, participants: list[tuple[int, int]]) -> bool:
    return preposition.lower_ == "on" and preposition.head.pos_ in ("VERB", "AUX") \
        and _names_an_actor(place, participants)


def _names_an_actor(place: Place, spans: list[tuple[int, int]]) -> bool:
    return any(start <= place.start and place.end <= end for start, end in spans)


def _attachment_rank(preposition: Token | None, trigger: Token | None) -> int:
    """0 locative on the trigger, 1 locative in its clause (not in a clause under it: "As fighting raged in
    Syria, Russia condemned ..."), 2 a destination or origin of the trigger itself, 3 under a place
    preposition elsewhere, 4 a bare place name."""
    if preposition is None:
        return 4
    word = preposition.lower_
    if trigger is not None and word in LOCATIVE_PREPOSITIONS and preposition.head == trigger:
        return 0
    in_clause = trigger is not None and preposition in trigger.subtree and clause_verb(preposition) == clause_verb(trigger)
    if in_clause and word in LOCATIVE_PREPOSITIONS:
        return 1
    if word in DIRECTIONAL_PREPOSITIONS and trigger is not None and preposition.head == trigger:
        return 2  # "flew to Moscow", "visit to Islamabad"; not "observers from the African Union"
    return 3


def _place_preposition(parsed: Parsed, place: Place) -> Token | None:
    """The place preposition a place hangs from, looking through coordination ("in X and Y"),
    apposition ("in Kobani, Syria"), "of" ("in the town of Manbij") and a place noun it modifies ("in
    the Raqqa province", "in Syria's north-east"); None when no place preposition governs it."""
    span = parsed.doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    for _ in range(6):  # a few steps up: the place's own phrase, not the whole sentence
        if token.dep_ in ("conj", "appos") and token.head != token:
            token = token.head
            continue
        if token.dep_ in ("compound", "amod", "nmod", "poss") and token.head.lower_ in PLACE_NOUNS:
            token = token.head
            continue
        if token.dep_ == "pobj" and token.head.pos_ == "ADP":
            preposition = token.head
            if preposition.lower_ in PLACE_PREPOSITIONS:
                return preposition
            if preposition.lower_ == "of" and preposition.head.pos_ in ("NOUN", "PROPN"):
                token = preposition.head
                continue
        return None
    return None


def place_location(place: Place) -> Location:
    return Location(text=place.text, start=place.start, end=place.end, country=place.country,
                    lat=place.lat, lon=place.lon, geonameid=place.geonameid)
