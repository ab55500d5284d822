"""Geoparsing scores: toponym recognition and resolution against the news geoparsing gold.

Matching rule: a gold toponym is found when a predicted place's span overlaps it by at least one
character; each prediction is matched at most once (largest overlap first). A predicted place that
overlaps no gold toponym is a false positive; one that overlaps only a gold toponym left out of scoring
(a demonym, an adjectival modifier, an unaligned span) counts neither way. Resolution is scored over
the matched toponyms: within 161 km (100 miles, the field's usual threshold), the gold place's country,
and the error distance. A matched place without coordinates is a miss for accuracy and is not averaged
into the error distances (`unresolved` counts them).

The gold country is the one the file names (LGL, TR-News: a gaztag with an empty country is a place
in no country, such as a continent), else the country of the gazetteer place nearest to the gold
coordinates (GWN, GeoVirus give coordinates only); gold points more than COUNTRY_SEARCH_KM from any
gazetteer place (seas) have no gold country, and neither has a gold toponym that names a continent or
another supranational region near its gold point ("Africa" at GeoNames' continent point, "EU"): its
point lies in some country, but the toponym means none.
"""

from __future__ import annotations

import math
from collections import defaultdict
from statistics import mean, median
from typing import Callable, Iterable, Mapping

from eventwire.evaluate.metrics import prf, ratio
from eventwire.evaluate.readers.geoparsing import GeoArticle, GoldToponym
from eventwire.schema import DocInput, DocumentRecord, Place

ACCURACY_KM = 161.0
COUNTRY_SEARCH_KM = 200.0
# A gold point this close to a supranational region of the gold name means that region (datasets place
# "Europe" at different reference points: GeoNames' continent point, Wikipedia's, Brussels for the EU).
SUPRANATIONAL_KM = 1500.0
EARTH_RADIUS_KM = 6371.0


def documents(articles: list[GeoArticle]) -> list[DocInput]:
    return [DocInput(id=article.id, text=article.text, published=article.published) for article in articles]


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle (haversine) distance."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


class NearestCountry:
    """The country of the nearest known point: (lat, lon, ISO3) points bucketed in 1-degree cells."""

    def __init__(self, points: Iterable[tuple[float, float, str]]):
        self._cells: dict[tuple[int, int], list[tuple[float, float, str]]] = defaultdict(list)
        for lat, lon, country in points:
            self._cells[(math.floor(lat), math.floor(lon))].append((lat, lon, country))

    def __call__(self, lat: float, lon: float) -> str | None:
        reach = 2  # cells each way: 2 degrees of latitude is ~222 km > COUNTRY_SEARCH_KM
        base_lat, base_lon = math.floor(lat), math.floor(lon)
        best, best_km = None, COUNTRY_SEARCH_KM
        for dlat in range(-reach, reach + 1):
            for dlon in range(-reach * 3, reach * 3 + 1):  # longitude degrees shrink towards the poles
                for point_lat, point_lon, country in self._cells.get((base_lat + dlat, (base_lon + dlon + 180)
                                                                      % 360 - 180), ()):
                    km = distance_km(lat, lon, point_lat, point_lon)
                    if km < best_km:
                        best, best_km = country, km
        return best


class SupranationalGold:
    """Whether a gold toponym names a region in no country: `regions(name)` gives the (lat, lon) of
    the countryless regions (continents, seas, unions) the name can mean."""

    def __init__(self, regions: Callable[[str], list[tuple[float, float]]]):
        self._regions = regions

    def __call__(self, toponym: GoldToponym) -> bool:
        return toponym.lat is not None and any(distance_km(toponym.lat, toponym.lon, lat, lon) <= SUPRANATIONAL_KM
                                               for lat, lon in self._regions(toponym.name))


def score(articles: list[GeoArticle], predictions: Mapping[str, DocumentRecord], *,
          country_of_point: Callable[[float, float], str | None],
          country_of_name: Callable[[str], str | None],
          is_demonym: Callable[[str], bool],
          is_supranational: Callable[[GoldToponym], bool] = lambda toponym: False) -> tuple[dict, dict]:
    counts = {"tp": 0, "fp": 0, "fn": 0}
    resolved: list[tuple[GoldToponym, Place]] = []
    excluded = {"not_scored_types": 0, "demonyms": 0, "unaligned": 0}
    for article in articles:
        gold = _scored_gold(article, is_demonym, excluded)
        places = [] if predictions[article.id].error else predictions[article.id].places
        ignored = [toponym for toponym in article.toponyms if all(toponym is not kept for kept in gold)]
        pairs, false_positives = _match(gold, ignored, places)
        counts["tp"] += len(pairs)
        counts["fn"] += len(gold) - len(pairs)
        counts["fp"] += false_positives
        resolved += pairs
    metrics = {"articles": len(articles), "toponyms": counts["tp"] + counts["fn"], **excluded,
               "recognition": prf(counts["tp"], counts["fp"], counts["fn"]),
               **_resolution(resolved, country_of_point, country_of_name, is_supranational),
               "pipeline_errors": sum(predictions[article.id].error is not None for article in articles)}
    return metrics, {}


def _scored_gold(article: GeoArticle, is_demonym: Callable[[str], bool], excluded: dict) -> list[GoldToponym]:
    """Evaluated toponyms; demonyms ("Turkish", tagged as toponyms in TR-News) are never places in
    eventwire's contract, so they are left out here as in the GWN reader."""
    gold = []
    for toponym in article.toponyms:
        if not toponym.aligned:
            excluded["unaligned"] += 1
        elif not toponym.evaluated:
            excluded["not_scored_types"] += 1
        elif is_demonym(toponym.name):
            excluded["demonyms"] += 1
        else:
            gold.append(toponym)
    return gold


def _match(gold: list[GoldToponym], ignored: list[GoldToponym],
           places: list[Place]) -> tuple[list[tuple[GoldToponym, Place]], int]:
    """(gold, place) pairs by largest overlap, and the number of places overlapping no gold toponym."""
    candidates = sorted(((_overlap(toponym, place), index, number) for index, toponym in enumerate(gold)
                         for number, place in enumerate(places) if _overlap(toponym, place) > 0), reverse=True)
    used_gold, used_places, pairs = set(), set(), []
    for _, index, number in candidates:
        if index in used_gold or number in used_places:
            continue
        used_gold.add(index)
        used_places.add(number)
        pairs.append((gold[index], places[number]))
    false_positives = sum(1 for number, place in enumerate(places) if number not in used_places
                          and not any(_overlap(toponym, place) > 0 for toponym in gold + ignored))
    return pairs, false_positives


def _overlap(toponym: GoldToponym, place: Place) -> int:
    return max(0, min(toponym.end, place.end) - max(toponym.start, place.start))


def _resolution(pairs: list[tuple[GoldToponym, Place]], country_of_point, country_of_name,
                is_supranational) -> dict:
    with_gold_point = [(toponym, place) for toponym, place in pairs if toponym.lat is not None]
    errors = [distance_km(toponym.lat, toponym.lon, place.lat, place.lon)
              for toponym, place in with_gold_point if place.lat is not None]
    within = sum(error <= ACCURACY_KM for error in errors)
    country_pairs = [(_gold_country(toponym, country_of_point, country_of_name), place.country)
                     for toponym, place in pairs if not is_supranational(toponym)]
    country_pairs = [(gold, predicted) for gold, predicted in country_pairs if gold]
    return {
        "accuracy_161km": ratio(within, len(with_gold_point)),
        "country_accuracy": ratio(sum(gold == predicted for gold, predicted in country_pairs), len(country_pairs)),
        "country_scored": len(country_pairs),
        "mean_error_km": round(mean(errors), 1) if errors else None,
        "median_error_km": round(median(errors), 1) if errors else None,
        "unresolved": len(with_gold_point) - len(errors),
    }


def _gold_country(toponym: GoldToponym, country_of_point, country_of_name) -> str | None:
    if toponym.country is not None:  # the file names countries: an empty one is no country
        if not toponym.country.strip():
            return None
        named = country_of_name(toponym.country)
        if named:
            return named
    return country_of_point(toponym.lat, toponym.lon) if toponym.lat is not None else None
