"""Unresolved toponyms take the country of the nearest placed toponym (nearby_country.py)."""

from eventwire.attributes.nearby_country import fill_nearby_countries
from eventwire.schema import Place


def _placed(text, start, country, name=None):
    return Place(text=text, start=start, end=start + len(text), name=name or text, feature="city", country=country)


def test_an_unresolved_place_takes_the_country_of_the_nearest_placed_one():
    road = Place(text="Kingsley Road", start=100, end=113)
    places = [_placed("Dublin", 0, "IRL"), road, _placed("Fredericton", 120, "CAN")]
    fill_nearby_countries(places)
    assert road.country == "CAN"  # 7 characters away, Dublin 100
    assert (road.name, road.feature, road.lat, road.lon) == (None, None, None, None)  # still unresolvable


def test_countryless_regions_and_other_unresolved_places_are_no_evidence():
    square = Place(text="Kamenné Square", start=50, end=64)
    europe = Place(text="Europe", start=66, end=72, name="Europe", feature="region", country=None)
    other = Place(text="Feis Ceoil", start=70, end=80)
    places = [_placed("Bratislava", 0, "SVK"), square, europe, other]
    fill_nearby_countries(places)
    assert square.country == "SVK" and other.country == "SVK" and europe.country is None


def test_nothing_placed_leaves_everything_unresolved():
    road = Place(text="Kelley Lane", start=0, end=11)
    fill_nearby_countries([road])
    assert road.country is None
