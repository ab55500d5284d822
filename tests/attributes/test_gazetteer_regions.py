"""Named regions, islands, seas, news aliases and bare district names in the compiled gazetteer."""

import pytest

from eventwire.attributes.gazetteer import load_gazetteer


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _resolved(gazetteer, name, **options):
    entry = gazetteer.resolve(name, **options)
    assert entry is not None, name
    return entry


@pytest.mark.parametrize("name, country, lat, lon", [
    ("Sumatra", "IDN", 0.0, 102.0),
    ("Java", "IDN", -7.5, 110.0),  # the island, not the Georgian village of 400 people
    ("Mindanao", "PHL", 8.0, 125.0),
    ("Tortola", "VGB", 18.4, -64.6),
    ("Borneo", None, 1.0, 114.0),  # three countries share it
])
def test_islands(gazetteer, name, country, lat, lon):
    entry = _resolved(gazetteer, name)
    assert (entry.feature, entry.country) == ("region", country)
    assert (entry.lat, entry.lon) == (pytest.approx(lat, abs=0.5), pytest.approx(lon, abs=0.5))


@pytest.mark.parametrize("name, country", [
    ("Darfur", "SDN"), ("Sinai Peninsula", "EGY"), ("Siberia", "RUS"), ("Nagorno-Karabakh", "AZE"),
    ("Karabakh", "AZE"), ("Golan Heights", None), ("South Ossetia", "GEO"), ("Patagonia", None),
    ("Himalayas", None), ("Iraqi Kurdistan", "IRQ"),
])
def test_news_regions(gazetteer, name, country):
    entry = _resolved(gazetteer, name)
    assert (entry.feature, entry.country) == ("region", country)


@pytest.mark.parametrize("name, lat, lon", [
    ("Gulf of Mexico", 25.0, -90.0), ("Gulf of Alaska", 57.0, -144.0), ("Bay of Bengal", 15.0, 88.0),
    ("Caspian Sea", 42.0, 50.5), ("the North Sea", 56.0, 3.0), ("Aegean", 39.0, 25.0),
    ("Strait of Malacca", 2.5, 101.5), ("Lake Victoria", -1.0, 33.0),
])
def test_seas_and_lakes_lie_in_no_country(gazetteer, name, lat, lon):
    entry = _resolved(gazetteer, name)
    assert (entry.feature, entry.country) == ("region", None)
    assert (entry.lat, entry.lon) == (pytest.approx(lat, abs=0.5), pytest.approx(lon, abs=0.5))
    assert gazetteer.countryless_regions(name)  # so a scorer does not ask it for a country


def test_canals_lie_in_their_country(gazetteer):
    assert _resolved(gazetteer, "Suez Canal").country == "EGY"
    assert _resolved(gazetteer, "Panama Canal").country == "PAN"


@pytest.mark.parametrize("name, country", [
    ("Zaire", "COD"), ("Zaïre", "COD"), ("Ceylon", "LKA"), ("Holland", "NLD"), ("Burma", "MMR"),
    ("Bosnia", "BIH"), ("East Timor", "TLS"), ("Falklands", "FLK"), ("Persia", "IRN"),
])
def test_country_aliases(gazetteer, name, country):
    entry = _resolved(gazetteer, name)
    assert (entry.feature, entry.country) == ("country", country)


def test_zaire_the_country_wins_over_the_angolan_province(gazetteer):
    assert {c.entry.feature for c in gazetteer.lookup("Zaire")} == {"country", "admin1"}
    assert _resolved(gazetteer, "Zaire", context={"AGO"}).country == "COD"


@pytest.mark.parametrize("name", ["L.A.", "Los Angeles"])
def test_city_aliases(gazetteer, name):
    entry = _resolved(gazetteer, name)
    assert (entry.name, entry.country) == ("Los Angeles", "USA")
    assert _resolved(gazetteer, "NYC").name == "New York City"


@pytest.mark.parametrize("name, full_name", [
    ("Somme", "Departement de la Somme"), ("Aisne", "Departement de l'Aisne"),
    ("Eure-et-Loir", "Departement d'Eure-et-Loir"), ("Landes", "Departement des Landes"),
    ("Nord", "Departement du Nord"), ("Oost-Vlaanderen", "Provincie Oost-Vlaanderen"),
    ("Ceredigion", "County of Ceredigion"),
])
def test_districts_are_found_under_their_bare_name(gazetteer, name, full_name):
    entry = _resolved(gazetteer, name, context={"FRA", "BEL", "GBR"})
    assert (entry.feature, entry.name) == ("admin2", full_name)


def test_a_bare_district_name_that_is_a_big_city_means_the_city(gazetteer):
    # "Citta metropolitana di Milano" and "Provincie Antwerpen" keep only their full names
    assert _resolved(gazetteer, "Milano").feature == "city"
    assert _resolved(gazetteer, "Antwerpen").feature == "city"


@pytest.mark.parametrize("name, lat, lon", [
    ("West Midlands", 52.5, -1.9), ("Greater Manchester", 53.5, -2.3), ("Merseyside", 53.4, -2.95),
    ("South Yorkshire", 53.5, -1.3), ("Tyne and Wear", 54.95, -1.55), ("Yorkshire", 54.0, -1.5),
])
def test_english_metropolitan_counties_and_yorkshire(gazetteer, name, lat, lon):
    entry = _resolved(gazetteer, name)
    assert (entry.feature, entry.country) == ("region", "GBR")
    assert (entry.lat, entry.lon) == (pytest.approx(lat, abs=0.5), pytest.approx(lon, abs=0.5))


@pytest.mark.parametrize("name, feature, country", [
    ("Paris", "city", "FRA"), ("Washington", "city", "USA"), ("Georgia", "country", "GEO"),
    ("Victoria", "admin1", "AUS"), ("Jordan", "country", "JOR"), ("Lebanon", "country", "LBN"),
    ("Zanzibar", "city", "TZA"), ("Manchester", "city", "GBR"), ("Sicily", "admin1", "ITA"),
    ("Crete", "admin1", "GRC"), ("Durham", "city", "USA"), ("Naples", "city", "ITA"),
])
def test_ordinary_names_resolve_as_expected(gazetteer, name, feature, country):
    entry = _resolved(gazetteer, name)
    assert (entry.feature, entry.country) == (feature, country)


def test_a_home_country_town_still_beats_a_region_in_context(gazetteer):
    # context decides first: "Yorkshire" in a story set in Virginia is the town there
    assert _resolved(gazetteer, "Yorkshire", context={"USA"}).feature == "city"


@pytest.mark.parametrize("name, country", [
    ("Danube", None), ("Yangtze River", "CHN"), ("the Thames", "GBR"), ("Cauvery", "IND"), ("Kaveri", "IND"),
])
def test_rivers(gazetteer, name, country):
    entry = _resolved(gazetteer, name)
    assert (entry.feature, entry.country) == ("region", country)


def test_rivers_sit_at_their_mouth(gazetteer):
    mississippi = _resolved(gazetteer, "Mississippi River")
    assert (mississippi.lat, mississippi.lon) == (pytest.approx(29.15, abs=0.5), pytest.approx(-89.25, abs=0.5))


def test_river_names_that_are_other_places_stay_those_places(gazetteer):
    assert not [c for c in gazetteer.lookup("Nile") if c.entry.feature == "region"]  # "West Nile" virus
    assert _resolved(gazetteer, "River Nile").country == "SDN"  # the Sudanese state
    assert _resolved(gazetteer, "Ganga").country == "AZE"  # a form of Ganja


def test_trinidad_and_tobago_short_form(gazetteer):
    assert _resolved(gazetteer, "T&T").country == "TTO"
    assert _resolved(gazetteer, "Trinidad").feature == "city"  # the Bolivian and Cuban cities stay
