"""The country of a toponym the gazetteer cannot place: that of the nearest placed toponym in the text.

A street, a square, a race circuit or a village too small for the gazetteer ("Kingsley Road",
"Snetterton", "Fitzwilliam Place") is named in passing in a story about somewhere: it lies, almost
always, in the country of the places named around it. Such a toponym keeps null coordinates, name and
feature (the contract's "unresolvable"), and takes only that country.
"""

from __future__ import annotations

from eventwire.schema import Place


def fill_nearby_countries(places: list[Place]) -> None:
    """Give each unresolved place (no gazetteer name) the country of the placed toponym closest to it
    in the text, either side; regions in no country (continents, seas, the EU) are no evidence."""
    placed = [place for place in places if place.name is not None and place.country]
    if not placed:
        return
    for place in places:
        if place.name is None and place.country is None:
            place.country = min(placed, key=lambda other: text_gap(place, other)).country


def text_gap(place: Place, other: Place) -> int:
    """Characters between two spans (0 when they touch or overlap)."""
    return max(other.start - place.end, place.start - other.end, 0)
