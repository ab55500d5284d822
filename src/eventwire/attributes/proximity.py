"""Nearby namesakes: a toponym re-read as the namesake its neighbours in the document sit next to.

A local story names small places close together ("Palestine", "Grapeland", "Elkhart", "Anderson
County", all in East Texas). Each one alone reads as its most prominent namesake, scattered over the
globe; read together, one namesake of each sits in the same corner of the map. A name is re-read as
the namesake that the most other names of the document (distinct names, in their current readings)
lie near, when at least MIN_SUPPORT of them do and more than support its current reading; repeated
until nothing changes, so one re-read name can support the next. Before that, the town and district
names are also read together as one cluster (`_read_as_one_cluster`), for names that can only move
all at once.
"""

from __future__ import annotations

import math
from collections import Counter

from eventwire.attributes.gazetteer import Gazetteer, GazetteerEntry, name_key

NEAR_KM = 100.0
# A namesake this close to another name's reading (a town inside the county named with it: "Lebanon"
# with "Boone County") counts as two supporters: one such neighbour is enough.
CLOSE_KM = 30.0
MIN_SUPPORT = 2
MAX_ROUNDS = 4
LOCAL_FEATURES = ("city", "admin2")
# A big city is named for its own sake, not as a landmark near a small namesake ("Washington" in a
# story naming London and Salisbury is still the US capital): it supports no namesake.
MAX_LANDMARK_POPULATION = 500_000
# Such a city is moved to a namesake by a cluster of at least this many names only: two names
# ("Los Angeles", "San Diego") also have namesakes side by side in Madrid.
MIN_CLUSTER_MOVING_BIG_CITY = 3
# A town this big, in a country another name of the document is read in, stays in that country.
COHERENT_TOWN_POPULATION = 100_000


def prefer_nearby_namesakes(pairs: list, gazetteer: Gazetteer) -> list:
    """`pairs` of (span, entry) with each entry re-read as above; spans keep their order."""
    keys = [_name_read(span.text, entry, gazetteer) for span, entry in pairs]
    readings = {key: entry for key, (_, entry) in zip(keys, pairs) if entry is not None}
    _place_towns_in_their_counties(readings, gazetteer)
    _read_as_one_cluster(readings, gazetteer)
    for _ in range(MAX_ROUNDS):
        changed = False
        for key, current in list(readings.items()):
            others = [entry for other, entry in readings.items() if other != key]
            best, best_support = current, _support(current, others)
            for candidate in _namesakes(key, gazetteer):
                support = _support(candidate, others)
                if support >= MIN_SUPPORT and support > best_support:
                    best, best_support = candidate, support
            if best is not current:
                readings[key], changed = best, True
        if not changed:
            break
    return [(span, readings.get(key, entry) if entry is not None else None)
            for key, (span, entry) in zip(keys, pairs)]


def _name_read(text: str, entry: GazetteerEntry | None, gazetteer: Gazetteer) -> str:
    """The name a toponym was read by: its own text, or the part of it the reading came from
    ("Enfield Borough" was read as "Enfield"), longest part first, rightmost first. Its namesakes are
    that part's."""
    words = name_key(text).split()
    if entry is None or len(words) == 1:
        return " ".join(words)
    for length in range(len(words), 0, -1):
        for start in range(len(words) - length, -1, -1):
            part = " ".join(words[start:start + length])
            if any(candidate.entry == entry for candidate in gazetteer.lookup(part)):
                return part
    return " ".join(words)


def _read_as_one_cluster(readings: dict, gazetteer: Gazetteer) -> None:
    """Ambiguous local names read together: for each namesake of each town or district name (a
    seed), every other such name takes its reading nearest the seed when one lies within NEAR_KM
    (its namesakes or its current reading); the cluster that most raises the count of names with
    MIN_SUPPORT is kept. Re-reading one name at a time cannot do this when each name's local reading
    is supported only by the others' local readings: "Edmonton", "Clacton" and "Essex" in a London
    story first read as the biggest namesakes (Alberta, Ontario), and none alone can move.
    Countries and admin1 areas are left to the one-at-a-time rule: a cluster of towns named after
    countries ("Peru", "Mexico", "China" in Maine) is no reason to move them."""
    options = {key: _cluster_namesakes(key, gazetteer) for key, entry in readings.items()
               if entry.feature in LOCAL_FEATURES}
    best, best_count = None, _supported_count(readings)
    sizeable_countries = Counter(entry.country for entry in readings.values() if _sizeable(entry))
    for key, namesakes in options.items():
        for seed in namesakes:
            cluster = _cluster_around(seed, key, readings, options)
            if len(cluster) < 2 or _moves_a_big_city_with_too_few(cluster, readings) \
                    or _breaks_a_country_reading(cluster, readings, sizeable_countries):
                continue
            count = _supported_count({**readings, **cluster})
            if count > best_count:
                best, best_count = cluster, count
    if best is not None:
        readings.update(best)


def _cluster_namesakes(key: str, gazetteer: Gazetteer) -> list[GazetteerEntry]:
    """A name's namesakes, and the towns whose own name only adds to it ("Enfield" is an alternate
    name of Enfield Town, "Clacton" of Clacton-on-Sea)."""
    longer = [c.entry for c in gazetteer.lookup(key) if not c.primary and c.entry.feature == "city"
              and c.entry.lat is not None and name_key(c.entry.name).startswith((key + " ", key + "-"))]
    return _namesakes(key, gazetteer) + longer


def _moves_a_big_city_with_too_few(cluster: dict, readings: dict) -> bool:
    """A big city moves only with MIN_CLUSTER_MOVING_BIG_CITY names, and only towards a name already
    read there (an anchor: "Clacton" beside "Edmonton" in a London story); "Athens, Rome, Berlin" all
    have namesakes side by side in Georgia, none of them already read so."""
    moves_big = any(_big_city(readings[key]) and entry is not readings[key] for key, entry in cluster.items())
    anchored = any(entry is readings[key] for key, entry in cluster.items())
    return moves_big and (len(cluster) < MIN_CLUSTER_MOVING_BIG_CITY or not anchored)


def _breaks_a_country_reading(cluster: dict, readings: dict, sizeable_countries: Counter) -> bool:
    """A cluster abroad does not move a sizeable town whose country another sizeable reading shares:
    "Leeds, Manchester and Bristol … and Paris" are England's and France's, not the namesakes that
    sit side by side in Maine."""
    return any(entry is not readings[key] and entry.country != readings[key].country
               and _sizeable(readings[key]) and sizeable_countries[readings[key].country] >= 2
               for key, entry in cluster.items())


def _sizeable(entry: GazetteerEntry) -> bool:
    return entry.feature in ("country", "admin1") or entry.population >= COHERENT_TOWN_POPULATION


def _big_city(entry: GazetteerEntry) -> bool:
    return entry.feature == "city" and entry.population >= MAX_LANDMARK_POPULATION


def _cluster_around(seed: GazetteerEntry, seed_key: str, readings: dict, options: dict) -> dict:
    """Each name with a reading within NEAR_KM of the seed, the nearest one."""
    cluster = {seed_key: seed}
    for key, namesakes in options.items():
        if key == seed_key:
            continue
        near = [(_distance_km(seed.lat, seed.lon, entry.lat, entry.lon), index, entry)
                for index, entry in enumerate([readings[key], *namesakes]) if entry.lat is not None]
        near = [item for item in near if item[0] <= NEAR_KM]
        if near:
            cluster[key] = min(near)[2]
    return cluster


def _supported_count(readings: dict) -> int:
    """How many names, big cities aside, have at least MIN_SUPPORT from the others' readings. A big
    city needs no neighbours (and supports none): a small namesake beside London is no company for it."""
    entries = list(readings.items())
    return sum(not _big_city(entry) and _support(entry, [other for other_key, other in entries
                                                         if other_key != key]) >= MIN_SUPPORT
               for key, entry in entries)


def _place_towns_in_their_counties(readings: dict, gazetteer: Gazetteer) -> None:
    """A town named with a county ("Lebanon" and "Boone County"): when one namesake of the town lies
    inside a namesake of the county (same state, within CLOSE_KM) and neither name's current reading
    has any support in the document, both are re-read as that pair, the biggest such town first.
    One neighbour is little evidence in general, but a town with its own county is how local news
    names places; two unsupported readings far apart are the alternative."""
    counties = {key: entry for key, entry in readings.items() if entry.feature == "admin2"}
    for county_key, county in counties.items():
        county_namesakes = [c.entry for c in gazetteer.lookup(county.name)
                            if c.primary and c.entry.feature == "admin2" and c.entry.lat is not None]
        for town_key, town in list(readings.items()):
            if town_key in counties or not _unsupported([readings[county_key], town], readings):
                continue
            pairs = [(place, district) for place in _namesakes(town_key, gazetteer) if place.feature == "city"
                     for district in county_namesakes if _inside(place, district)]
            if pairs:
                readings[town_key], readings[county_key] = max(pairs, key=lambda pair: pair[0].population)


def _unsupported(entries: list[GazetteerEntry], readings: dict) -> bool:
    return all(_support(entry, [other for other in readings.values() if other is not entry]) == 0
               for entry in entries)


def _inside(place: GazetteerEntry, district: GazetteerEntry) -> bool:
    return (place.country, place.admin1) == (district.country, district.admin1) and _distance_km(
        place.lat, place.lon, district.lat, district.lon) <= CLOSE_KM


def _namesakes(key: str, gazetteer: Gazetteer) -> list[GazetteerEntry]:
    """Towns and districts of this very name (own names only: alternate names stretch too far)."""
    return [c.entry for c in gazetteer.lookup(key)
            if c.primary and c.entry.feature in LOCAL_FEATURES and c.entry.lat is not None]


def lies_near(entry: GazetteerEntry, others: list[GazetteerEntry]) -> bool:
    """Whether a town or district lies within NEAR_KM of another name's town or district reading, big
    cities included ("Hebden Bridge" near Leeds), or inside its admin1 area."""
    if entry.feature not in LOCAL_FEATURES or entry.lat is None:
        return False
    return any((other.country, other.admin1) == (entry.country, entry.admin1) if other.feature == "admin1" else
               other.feature in LOCAL_FEATURES and other.lat is not None
               and _distance_km(entry.lat, entry.lon, other.lat, other.lon) <= NEAR_KM for other in others)


def _support(entry: GazetteerEntry, others: list[GazetteerEntry]) -> int:
    """How many other names agree with this reading: for a country or an admin1 area, those inside it
    ("Toronto" for the province of Ontario); for a town or district, those near it or the admin1 area
    holding it."""
    if entry.feature == "country":
        return sum(other.country == entry.country and other.feature != "country" for other in others)
    if entry.feature == "admin1":
        return sum((other.country, other.admin1) == (entry.country, entry.admin1)
                   and other.feature in LOCAL_FEATURES for other in others)
    if entry.lat is None or entry.feature == "region":
        return 0
    return sum(_agrees(entry, other) for other in others)


def _agrees(entry: GazetteerEntry, other: GazetteerEntry) -> int:
    if other.feature == "admin1":
        return int(other.country == entry.country and other.admin1 == entry.admin1)
    if other.feature not in LOCAL_FEATURES or other.lat is None or (
            other.feature == "city" and other.population >= MAX_LANDMARK_POPULATION):
        return 0
    km = _distance_km(entry.lat, entry.lon, other.lat, other.lon)
    return 2 if km <= CLOSE_KM else int(km <= NEAR_KM)


def _distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((phi2 - phi1) / 2) ** 2
         + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
