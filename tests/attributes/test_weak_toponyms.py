"""Place names the recogniser tags as something else are kept only where they fit the document."""

import pytest

from eventwire.attributes.places import find_places, load_gazetteer
from eventwire.attributes.weak_toponyms import fits
from eventwire.attributes.gazetteer import GazetteerEntry


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def _town(country, admin1, population):
    return GazetteerEntry(1, "city", "Town", country, admin1, 1.0, 1.0, population)


def test_a_weak_town_must_sit_in_the_documents_country_and_area():
    assert fits(_town("USA", "GA", 5_000), context={"USA"}, areas={("USA", "GA")}, home="USA")
    assert not fits(_town("USA", "GA", 5_000), context={"USA"}, areas={("USA", "TX")}, home="USA")
    assert fits(_town("USA", "GA", 60_000), context=set(), areas=set(), home="USA")
    assert not fits(_town("GBR", "ENG", 900_000), context={"USA"}, areas=set(), home="USA")
    assert not fits(None, context={"USA"}, areas=set(), home="USA")


@pytest.mark.slow
def test_places_inside_institution_names_and_after_prepositions(parse_text, gazetteer):
    text = ("Police in Athens, Georgia, arrested two men on Friday. The Clarke County Sheriff's Office said "
            "the Ohio Department of Development paid for the program. Mr. Nelson said the men live in Macon.")
    places = find_places(parse_text(text), gazetteer=gazetteer, actors=[])
    by_text = {place.text: place for place in places}
    assert by_text["Clarke County"].feature == "admin2" and by_text["Clarke County"].admin1 == "GA"
    assert by_text["Ohio"].feature == "admin1"
    assert "Nelson" not in by_text  # a person, not the town
    assert by_text["Athens"].country == "USA"
