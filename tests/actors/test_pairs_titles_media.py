"""Coordinated pairs for "both", titled names the dictionary does not know, state media (slow)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors import resolve_actors
from eventwire.actors.kb import load_knowledge_base
from actor_spans import exact

pytestmark = pytest.mark.slow


@pytest.fixture()
def resolve(resolve_text):
    def _resolve(text):
        return resolve_text(text, date(2023, 3, 1)), text

    return _resolve


def test_both_is_the_coordinated_pair_not_the_most_named_states(resolve):
    actors, text = resolve("Kenya sent maize to Somalia and Somalia thanked Kenya. "
                           "Cairo and Ankara have long competed for influence there, and both have raised aid.")
    assert exact(actors, text, "both") == ["EGY", "TUR"]


def test_the_two_countries_after_a_coordinated_pair(resolve):
    actors, text = resolve("Ghana praised Togo on Monday. Paris and Berlin signed a pact, "
                           "and the two countries will share costs.")
    assert exact(actors, text, "the two countries") == ["DEU", "FRA"]


def test_the_two_governments_are_the_two_states_not_an_unnamed_government(resolve):
    actors, text = resolve("Kyrgyzstan and Tajikistan traded fire. Clashes killed 100 people, although the two "
                           "governments signed a border deal.")
    assert exact(actors, text, "the two governments") == ["KGZ", "TJK"]
    assert not any(actor.sector == "GOV" and actor.country is None for actor in actors)


def test_their_agents_after_a_coordinated_pair_belong_to_both_states(resolve):
    actors, text = resolve("Pakistan and Turkey agreed to expand defence production, as their foreign "
                           "ministers met in Ankara.")
    assert sorted(actor.code for actor in actors if actor.name == "foreign ministers") == ["PAKGOV", "TURGOV"]


def test_both_without_coordination_falls_back_to_the_most_named(resolve):
    actors, text = resolve("Peru and Chile met. Peru thanked Chile. Chile hosted Peru, and both pledged calm.")
    assert exact(actors, text, "both") == ["CHL", "PER"]


@pytest.fixture(scope="module")
def user_kb(tmp_path_factory):
    path = tmp_path_factory.mktemp("dictionaries") / "actors.txt"
    path.write_text("ARNOR_  [ARN]\nGONDOR [GON]\n")
    return load_knowledge_base(actor_files=[path])


@pytest.mark.parametrize("text, phrase, code", [
    ("Arnor President Umbardacil visited the border town.", "Arnor President Umbardacil", "ARNGOV"),
    ("Gondor Prime Minister Beregond Halmir rejected the offer.", "Gondor Prime Minister Beregond Halmir",
     "GONGOV"),
    ("Egypt Foreign Minister Tovalu Manara said the talks had failed.",
     "Egypt Foreign Minister Tovalu Manara", "EGYGOV"),
])
def test_country_title_and_unknown_name_is_a_person_of_that_country(parse_text, user_kb, text, phrase, code):
    actors = resolve_actors(parse_text(text, published=date(2023, 3, 1)), kb=user_kb)
    people = [actor for actor in actors if actor.kind == "person"]
    assert exact(people, text, phrase) == [code]


def test_title_without_country_gives_no_country(parse_text, user_kb):
    text = "President Umbardacil visited the border town."
    actors = resolve_actors(parse_text(text), kb=user_kb)
    assert exact(actors, text, "President Umbardacil") == ["GOV"]


@pytest.mark.parametrize("text, phrase, code", [
    ("Iranian state-run television said the missile was launched at dawn.", "Iranian state-run television",
     "IRNMED"),
    ("Syrian state media said the convoy was hit.", "Syrian state media", "SYRMED"),
])
def test_state_media_is_media_of_the_state(resolve, text, phrase, code):
    actors, text = resolve(text)
    assert exact(actors, text, phrase) == [code]


def test_information_minister_stays_government(resolve):
    actors, text = resolve("Iran's information minister said the talks would resume.")
    assert "IRNGOV" in exact(actors, text, "Iran's information minister")


@pytest.mark.parametrize("text, agency", [
    ("The strike killed 12 people, AFP reported, citing a local official.", "AFP"),
    ("Rebels attacked the town, Reuters reported.", "Reuters"),
    ("Protesters marched in Lima, according to the Associated Press.", "Associated Press"),
])
def test_news_agencies_are_media_not_parties_or_states(resolve, text, agency):
    actors, text = resolve(text)
    found = [actor for actor in actors for s, e in actor.mentions if text[s:e].endswith(agency)]
    assert found and all(actor.sector == "MED" and actor.kind == "organization" and not actor.country
                         for actor in found)
