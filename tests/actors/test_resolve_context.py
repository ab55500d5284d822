"""Roles, sectors and references from context (real spaCy model: slow)."""

from __future__ import annotations

from datetime import date

import pytest
from actor_spans import covering


pytestmark = pytest.mark.slow


@pytest.fixture()
def resolve(resolve_text):
    def _resolve(text, published=date(2023, 1, 10)):
        return resolve_text(text, published), text

    return _resolve


def test_group_nouns_take_country_and_sector(resolve):
    actors, text = resolve("French farmers blocked roads while opposition groups in Zimbabwe protested.")
    farmers = covering(actors, text, "farmers")
    assert (farmers.country, farmers.sector) == ("FRA", "AGR")
    groups = covering(actors, text, "opposition groups")
    assert (groups.country, groups.sector) == ("ZWE", "OPP")


def test_possessive_capital_and_compound_title(resolve):
    actors, text = resolve("Cairo's security chief met reporters on Monday.")
    chief = covering(actors, text, "security chief")
    assert chief.country == "EGY" and chief.sector == "COP"


def test_it_and_their_refer_to_organisations(resolve):
    actors, text = resolve("NATO said on Monday that it would send more troops to Poland.")
    assert covering(actors, text, "it").name == covering(actors, text, "NATO").name


def test_lone_surname_of_one_dictionary_person(resolve):
    actors, text = resolve("President Mugabe dissolved parliament.", published=date(2000, 1, 1))
    mugabe = covering(actors, text, "Mugabe")
    assert (mugabe.country, mugabe.sector) == ("ZWE", "GOV")


def test_the_government_is_the_state_named_last(resolve):
    actors, text = resolve("Protesters gathered in Syria. The government sent police.")
    government = covering(actors, text, "The government")
    assert (government.country, government.sector) == ("SYR", "GOV")


def test_hyphenated_name_and_new_igo(resolve):
    actors, text = resolve("President Omar Hassan al-Bashir met EU envoys.", published=date(2005, 1, 1))
    assert covering(actors, text, "al-Bashir").country == "SDN"
    assert covering(actors, text, "EU").country == "IGO"
