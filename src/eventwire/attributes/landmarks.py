"""Streets, squares, buildings and villages the gazetteer cannot place, located at the town named beside them.

"Grosvenor Square", "Court Square", "Kelley Lane", a hamlet "in Roskear", a race "at Snetterton": the
gazetteer has no such places, but the story names the town they are at close by ("… in Springfield.
The 97-year-old building at Court Square …"). Such a toponym takes that town's point, country and
admin1, with no geonameid: a town-precision location, good for a map, not a survey. It is named as
written, with feature `landmark` for a street or building and `other` for the rest.

Only names that read as a local place are moved so: a street or building name anywhere, any other
name only after a locative word ("in Roskear", "at Snetterton", "the village of Xinmo", "south of
Holliday"). A lake, river, bay,
island or mountain, and a district, county or region, are left alone: they can lie far from the town
named beside them.
"""

from __future__ import annotations

import re

from eventwire.attributes.nearby_country import text_gap
from eventwire.attributes.streets import STREET_WORDS
from eventwire.schema import Place

BUILT_FEATURE_WORDS = STREET_WORDS | {
    "square", "park", "plaza", "bridge", "station", "stadium", "arena", "market", "mall", "hall", "cathedral",
    "church", "mosque", "temple", "synagogue", "palace", "tower", "castle", "embassy", "hospital", "campus",
    "courthouse", "airport", "harbor", "harbour", "marina", "pier", "wharf", "gardens", "cemetery"}
# Natural features and areas: any of these words in the name keeps it unplaced.
WIDE_FEATURE_WORDS = {
    "river", "lake", "creek", "bay", "sea", "gulf", "ocean", "strait", "straits", "channel", "canal", "island",
    "islands", "isle", "isles", "reef", "shoal", "shoals", "atoll", "cape", "lagoon", "glacier", "canyon",
    "mount", "mountain", "mountains", "range", "hills", "valley", "forest", "desert", "coast", "national",
    "peninsula", "delta", "basin", "plateau", "region", "province", "county", "district", "state", "territory"}
# Locative words only: after "of", "to" or "from" come as many people, firms and diseases ("the deaths of
# Helen", "a loss to Petrojet", "linked to Ebola") as villages; "of" counts after a settlement noun or a
# direction ("the village of Xinmo", "south of Holliday").
LOCATIVE_WORDS = {"in", "at", "near", "outside", "around", "into"}
_LOCATIVE_OF = re.compile(r"\b(village|town|hamlet|suburb|neighbou?rhood|north|south|east|west|northeast|northwest"
                          r"|southeast|southwest)\s+of\s*$", re.IGNORECASE)  # "two miles south of Holliday"
# The town must be named this close to the place (characters between the spans): about a paragraph.
MAX_GAP = 400
_LAST_WORD = re.compile(r"(\w+)\W*$")


def place_local_names_at_towns(places: list[Place], text: str) -> None:
    """Give each unresolved local name the point of the town or district named nearest to it within
    MAX_GAP characters, either side; when a country or state is named nearer, of the nearest town inside
    it ("Utah's Zion National Park" is not at a town of another state named a line further on)."""
    placed = [place for place in places if place.name is not None and place.lat is not None]
    for place in places:
        feature = None if place.name is not None else _local_feature(place, text)
        if feature is None:
            continue
        near = sorted((other for other in placed if text_gap(place, other) <= MAX_GAP),
                      key=lambda other: text_gap(place, other))
        anchor = _anchor(near)
        if anchor is not None:
            place.name, place.feature = place.text, feature
            place.country, place.admin1, place.lat, place.lon = anchor.country, anchor.admin1, anchor.lat, anchor.lon


def _anchor(near: list[Place]) -> Place | None:
    """The nearest named town or district ("Snetterton, Norfolk" is at Norfolk); when a wider area is
    named nearest, the nearest town inside it."""
    if not near:
        return None
    if near[0].feature in ("city", "admin2"):
        return near[0]
    return next((other for other in near if other.feature == "city" and _inside(other, near[0])), None)


def _local_feature(place: Place, text: str) -> str | None:
    words = place.text.lower().split()
    if len(words) > 1 and words[-1] in BUILT_FEATURE_WORDS:
        return "landmark"
    if WIDE_FEATURE_WORDS.intersection(words):
        return None
    before = text[max(0, place.start - 30):place.start]
    last = _LAST_WORD.search(before)
    locative = (last is not None and last.group(1).lower() in LOCATIVE_WORDS) or _LOCATIVE_OF.search(before)
    return "other" if locative else None


def _inside(town: Place, area: Place) -> bool:
    """The town lies in the area (a country or an admin1 area)."""
    if area.feature == "country":
        return town.country == area.country
    return area.feature == "admin1" and (town.country, town.admin1) == (area.country, area.admin1)
