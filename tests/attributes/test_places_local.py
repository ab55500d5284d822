"""Local-news toponyms: streets, listed counties, towns with their county or state, hyphenated
modifiers ("U.S.-led"), and place names the model tagged PERSON."""

import pytest

from eventwire.attributes.compounds import compound_names
from eventwire.attributes.county_lists import county_lists
from eventwire.attributes.places import find_places
from eventwire.attributes.streets import street_spans

pytestmark = pytest.mark.slow


def _places(parse_text, resources, text):
    return find_places(parse_text(text), gazetteer=resources.gazetteer, actors=[])


def _by_text(places):
    return {place.text: place for place in places}


def test_street_names_are_found(parse_text):
    parsed = parse_text("He was stopped in the 500 block of Kelley Lane near East Washington Street on Monday.")
    found = [span.text for _, sent in parsed.content_sentences() for span in street_spans(sent)]
    assert found == ["Kelley Lane", "East Washington Street"]


def test_institutions_and_named_after_streets_are_not_streets(parse_text):
    parsed = parse_text("The Supreme Court ruled, the Wall Street Journal reported, and Main Street Bank closed.")
    assert [span.text for _, sent in parsed.content_sentences() for span in street_spans(sent)] == []


def test_a_street_is_a_landmark_at_its_town_not_the_town_in_its_name(parse_text, resources):
    places = _by_text(_places(parse_text, resources, "The crash happened on East Washington Street in Lebanon, "
                                                      "Indiana."))
    street, town = places["East Washington Street"], places["Lebanon"]
    assert (street.feature, street.geonameid, street.admin1) == ("landmark", None, "IN")
    assert (street.lat, street.lon) == (town.lat, town.lon)
    assert "Washington" not in places


def test_listed_counties_read_together_in_one_state(parse_text, resources):
    text = "The combined population of Douglas, Sarpy and Lancaster counties continues to grow."
    parsed = parse_text(text)
    listed = [[span.text for span, _ in names]
              for _, sent in parsed.content_sentences() for names in county_lists(sent)]
    assert listed == [["Douglas", "Sarpy", "Lancaster"]]
    places = _by_text(_places(parse_text, resources, text))
    assert {(places[name].feature, places[name].country, places[name].admin1)
            for name in ("Douglas", "Sarpy", "Lancaster")} == {("admin2", "USA", "NE")}


def test_a_single_qualifier_before_counties_is_not_a_county(parse_text):
    parsed = parse_text("In adjacent Tennessee counties, unemployment rose. Several counties reported losses.")
    assert [names for _, sent in parsed.content_sentences() for names in county_lists(sent)] == []


def test_a_district_follows_the_state_the_document_names(parse_text, resources):
    text = ("Deputies searched six Iowa locations, including Allamakee County, Dallas County and Plymouth "
            "County.")
    places = _by_text(_places(parse_text, resources, text))
    assert places["Dallas County"].admin1 == "IA" and places["Plymouth County"].admin1 == "IA"


def test_hyphenated_modifiers_hold_places(parse_text, resources):
    text = "Turkey is a partner in the U.S.-led campaign, and the Kent-based team won again."
    parsed = parse_text(text)
    names = [name.text for _, sent in parsed.content_sentences() for name in compound_names(sent)]
    assert "U.S." in names and "Kent" in names
    places = _by_text(_places(parse_text, resources, text))
    us = places["U.S."]
    assert (us.feature, us.country) == ("country", "USA")
    assert text[us.start:us.end] == "U.S."


def test_nationality_compounds_are_not_places(parse_text, resources):
    places = _places(parse_text, resources, "The Russian-backed rebels and the Saudi-led coalition met in Geneva.")
    assert [place.text for place in places] == ["Geneva"]


def test_places_tagged_person_are_read_from_their_company_and_mentions(parse_text, resources):
    # the small model tags "Tamil Nadu" and "Puducherry" PERSON here; listed with Karnataka and
    # Kerala they are places, and once placed, "Tamil Nadu said" is the state too
    text = "Water is shared among Tamil Nadu, Karnataka, Kerala and Puducherry. Tamil Nadu said it would appeal."
    places = _places(parse_text, resources, text)
    assert [(place.text, place.country) for place in places] == [
        ("Tamil Nadu", "IND"), ("Karnataka", "IND"), ("Kerala", "IND"), ("Puducherry", "IND"), ("Tamil Nadu", "IND")]



def test_a_state_the_story_is_set_in_is_read_inside_a_longer_name(parse_text, resources):
    text = ("Most Northeast Georgia school systems are reviewing their policies. Officials in Gainesville, "
            "Dahlonega and Cleveland met on Monday, and the Georgia Department of Education will publish rules.")
    places = _by_text(_places(parse_text, resources, text))
    assert (places["Northeast Georgia"].feature, places["Northeast Georgia"].country) == ("admin1", "USA")
    assert places["Gainesville"].admin1 == "GA"


def test_a_town_missing_from_its_named_state_stays_unresolved_in_that_country(parse_text, resources):
    places = _by_text(_places(parse_text, resources, "Police in Holliday, Mo., said the driver was hurt."))
    holliday = places["Holliday"]  # the gazetteer has only Holliday, Texas
    assert (holliday.lat, holliday.name, holliday.country) == (None, None, "USA")


def test_a_street_is_placed_at_the_town_named_beside_it(parse_text, resources):
    places = _by_text(_places(parse_text, resources, "The crash happened on Kingsley Road near Fredericton, N.B., "
                                                      "on Monday."))
    road = places["Kingsley Road"]
    assert (road.country, road.lat, road.lon) == ("CAN", places["Fredericton"].lat, places["Fredericton"].lon)
    assert (places["N.B."].feature, places["N.B."].admin1) == ("admin1", "04")


def test_an_abbreviated_town_name_is_read_in_the_state_the_story_names(parse_text, resources):
    places = _by_text(_places(parse_text, resources, "Students from Mt. Pleasant competed in Des Moines, Iowa, "
                                                      "on Saturday."))
    assert places["Mt. Pleasant"].admin1 == "IA"  # "Mt. Pleasant" alone is an alternate name of the SC town


def test_a_country_name_joined_by_and_is_one_place(parse_text, resources):
    places = _by_text(_places(parse_text, resources, "Officials in Trinidad and Tobago said the storm hit hard."))
    assert places["Trinidad and Tobago"].country == "TTO"
    assert "Trinidad" not in places and "Tobago" not in places


def test_a_natural_feature_is_not_the_town_it_is_named_after(parse_text, resources):
    places = _by_text(_places(parse_text, resources, "Whales were seen off the Farallon Islands, west of "
                                                      "San Francisco, and in the Gulf of Maine."))
    assert places["Farallon Islands"].name is None
    # named after a state and not in the gazetteer (the Gulf of Alaska is, as a sea): read as the state
    assert places["Gulf of Maine"].feature == "admin1"
    assert places["San Francisco"].country == "USA"


def test_a_river_still_reads_as_its_town(parse_text, resources):
    places = _by_text(_places(parse_text, resources, "The Sacramento River rose near the capital of California."))
    assert places["Sacramento River"].name == "Sacramento"


def test_an_abbreviated_county_is_read_when_the_story_writes_it_out(parse_text, resources):
    places = _places(parse_text, resources, "PLYMOUTH CO. - A tractor was stolen near Le Mars. The Plymouth "
                                            "County Sheriff's Office in Iowa said on Friday it had a suspect.")
    dateline = _by_text(places)["PLYMOUTH CO."]
    assert (dateline.feature, dateline.country, dateline.admin1) == ("admin2", "USA", "IA")


def test_a_company_named_co_is_not_a_county(parse_text, resources):
    places = _places(parse_text, resources, "The plant moved here from Boston in 1874. Crane Co., of Chicago, "
                                            "bought the company in 1959.")
    assert not any(place.feature == "admin2" for place in places)


def test_a_foreign_village_in_a_story_set_elsewhere_is_not_read_abroad(parse_text, resources):
    places = _by_text(_places(parse_text, resources, "Officers in Leeds, Manchester and Bristol said he had "
                                                      "visited a bar in Piccadilly near Birmingham and Liverpool."))
    piccadilly = places["Piccadilly"]  # not the Australian hamlet: placed at the town beside it
    assert (piccadilly.feature, piccadilly.geonameid, piccadilly.country) == ("other", None, "GBR")
    assert (piccadilly.lat, piccadilly.lon) == (places["Birmingham"].lat, places["Birmingham"].lon)
    assert places["Birmingham"].country == "GBR"


@pytest.mark.parametrize("text, expected", [
    ("The band played in Leeds, Manchester and Bristol last year, and then in Paris.",
     {"Leeds": "GBR", "Manchester": "GBR", "Bristol": "GBR", "Paris": "FRA"}),
    ("Ministers met in Athens, Rome, Berlin and Madrid.",
     {"Athens": "GRC", "Rome": "ITA", "Berlin": "DEU", "Madrid": "ESP"}),
])
def test_european_cities_are_not_moved_to_their_american_namesakes(parse_text, resources, text, expected):
    places = _by_text(_places(parse_text, resources, text))
    assert {name: places[name].country for name in expected} == expected
