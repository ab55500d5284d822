"""Nearby namesakes: names re-read as the namesakes their neighbours in the document sit next to."""

from types import SimpleNamespace

import pytest

from eventwire.attributes.gazetteer import load_gazetteer
from eventwire.attributes.proximity import prefer_nearby_namesakes


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _pairs(gazetteer, names):
    """(span stand-in, default reading) pairs, as find_places hands them over."""
    return [(SimpleNamespace(text=name), gazetteer.resolve(name)) for name in names]


def _read(gazetteer, names):
    return {span.text: entry for span, entry in prefer_nearby_namesakes(_pairs(gazetteer, names), gazetteer)}


def test_local_namesakes_follow_their_neighbours(gazetteer):
    # East Texas: Tyler and Corsicana lie near Athens, Texas, which then supports its Henderson County
    readings = _read(gazetteer, ["Athens", "Henderson County", "Tyler", "Corsicana", "Athens"])
    assert readings["Athens"].country == "USA" and readings["Athens"].admin1 == "TX"
    assert readings["Henderson County"].admin1 == "TX"


def test_one_neighbour_is_not_enough(gazetteer):
    # Tyler lies ~55 km from Athens, Texas: near, but one town alone does not move Athens from Greece
    default = gazetteer.resolve("Athens")
    readings = _read(gazetteer, ["Athens", "Tyler"])
    assert readings["Athens"] == default


def test_a_town_named_with_its_county_is_read_inside_it(gazetteer):
    # Athens, Texas is the seat of Henderson County, Texas; neither default reading has any support
    readings = _read(gazetteer, ["Athens", "Henderson County"])
    assert (readings["Athens"].country, readings["Athens"].admin1) == ("USA", "TX")
    assert readings["Henderson County"].admin1 == "TX"


def test_a_supported_reading_is_not_paired_away(gazetteer):
    # Lebanon the country among its own places stays the country, whatever county is also named
    readings = _read(gazetteer, ["Lebanon", "Beirut", "Tripoli", "Boone County"])
    assert readings["Lebanon"].feature == "country"


def test_a_province_counts_the_places_inside_it(gazetteer):
    readings = _read(gazetteer, ["Ontario", "Toronto", "Ottawa", "Buffalo", "Rochester"])
    assert (readings["Ontario"].feature, readings["Ontario"].country) == ("admin1", "CAN")


def test_big_cities_are_no_landmarks(gazetteer):
    # London and Salisbury do not make "Washington" the West Sussex village
    default = gazetteer.resolve("Washington")
    assert _read(gazetteer, ["Washington", "London", "Salisbury"])["Washington"] == default


def test_a_country_keeps_its_reading_among_its_own_places(gazetteer):
    readings = _read(gazetteer, ["Georgia", "Tbilisi", "Batumi", "Kutaisi"])
    assert readings["Georgia"].feature == "country" and readings["Georgia"].country == "GEO"


def test_unresolved_names_stay_unresolved(gazetteer):
    pairs = [(SimpleNamespace(text="Nowhereville"), None)]
    assert prefer_nearby_namesakes(pairs, gazetteer) == pairs
