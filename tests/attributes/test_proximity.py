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


def _entry(gazetteer, name, country):
    return next(c.entry for c in gazetteer.lookup(name) if c.primary and c.entry.country == country)


def test_local_names_are_read_together_as_one_cluster(gazetteer):
    # A London story: each first reading is the biggest namesake or one in a context country (Canada),
    # and no single name can move alone; the English namesakes all lie within 100 km of each other.
    pairs = [(SimpleNamespace(text="Edmonton"), _entry(gazetteer, "Edmonton", "CAN")),
             (SimpleNamespace(text="Clacton"), gazetteer.resolve("Clacton")),
             (SimpleNamespace(text="Essex"), _entry(gazetteer, "Essex", "CAN"))]
    readings = {span.text: entry for span, entry in prefer_nearby_namesakes(pairs, gazetteer)}
    assert {entry.country for entry in readings.values()} == {"GBR"}
    assert readings["Essex"].feature == "admin2"


def test_a_name_read_by_its_part_has_that_part_s_namesakes(gazetteer):
    # "Enfield Borough" was read as "Enfield"; Enfield Town (its own name extends "Enfield") is one
    # of them; with London that is three names, enough to move the big Canadian Edmonton
    pairs = [(SimpleNamespace(text="Edmonton"), _entry(gazetteer, "Edmonton", "CAN")),
             (SimpleNamespace(text="London"), gazetteer.resolve("London")),
             (SimpleNamespace(text="Enfield Borough"), _entry(gazetteer, "Enfield", "CAN"))]
    readings = {span.text: entry for span, entry in prefer_nearby_namesakes(pairs, gazetteer)}
    assert readings["Edmonton"].country == "GBR"
    assert readings["Enfield Borough"].name == "Enfield Town"


def test_two_big_cities_are_not_moved_by_their_namesakes_side_by_side(gazetteer):
    readings = _read(gazetteer, ["Los Angeles", "San Diego"])
    assert readings["Los Angeles"].country == "USA" and readings["San Diego"].country == "USA"


def test_countries_are_not_moved_by_a_cluster_of_their_namesakes(gazetteer):
    # Maine has towns named Peru, Mexico and China side by side
    readings = _read(gazetteer, ["Peru", "Mexico", "China"])
    assert {entry.feature for entry in readings.values()} == {"country"}
