"""Groups, owners and several countries behind one agent noun (real spaCy model: slow)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.matcher import find_matches
from eventwire.evaluate.scorers.actors import country_matches
from eventwire.schema import Actor
from actor_spans import covering_all

pytestmark = pytest.mark.slow


@pytest.fixture()
def resolve(resolve_text):
    def _resolve(text):
        return resolve_text(text, date(2012, 5, 1)), text

    return _resolve


def best(actors, text, phrase):
    found = covering_all(actors, text, phrase)
    return min(found, key=lambda actor: min(e - s for s, e in actor.mentions)) if found else None


def test_agents_of_several_countries_are_one_actor_each(resolve):
    actors, text = resolve("The envoys of Kenya, Uganda and Tanzania met the president of Somalia on Monday.")
    envoys = covering_all(actors, text, "envoys")
    assert sorted((actor.country, actor.sector) for actor in envoys) == [
        ("KEN", "GOV"), ("TZA", "GOV"), ("UGA", "GOV")]


def test_agents_of_an_armed_group_compose_its_code(resolve):
    actors, text = resolve("A drone strike killed two senior al-Qaeda commanders near the border.")
    commanders = best(actors, text, "al-Qaeda commanders")
    assert commanders.country is None  # the contract's country is a state, IGO or NGO
    assert commanders.code.startswith("IMG") and commanders.code.endswith(commanders.sector)


def test_lower_case_arabic_article_still_names(kb):
    names, _ = find_matches("Officials blamed al-Qaeda for the attack.", kb=kb)
    assert any(kb.entries[match.entry].code.startswith("IMG") for match in names)


def test_plural_demonyms_are_civilians_and_ethnic_groups_live_where_placed(resolve):
    actors, text = resolve("Kenyans queued to vote, while ethnic Somalis in northern Kenya boycotted the poll.")
    kenyans = best(actors, text, "Kenyans")
    assert (kenyans.kind, kenyans.country, kenyans.sector) == ("group", "KEN", "CVL")
    somalis = best(actors, text, "ethnic Somalis")
    assert (somalis.country, somalis.sector) == ("KEN", "CVL")


def test_country_names_ending_in_s_stay_states(resolve):
    actors, text = resolve("The Philippines protested to Beijing.")
    assert best(actors, text, "Philippines").kind == "state"


def test_unknown_named_group_takes_the_one_state_of_its_sentence(resolve):
    actors, text = resolve("Police in Nigeria broke up a march by the Ojota (``Freedom'') movement on Friday.")
    group = best(actors, text, "Ojota")
    assert (group.kind, group.country) == ("organization", "NGA")


def test_unknown_named_group_stays_without_country_when_two_states_are_named(resolve):
    actors, text = resolve("Troops from Chad and Niger attacked the Ojota movement on Friday.")
    assert best(actors, text, "Ojota").country is None


def test_scorer_compares_non_state_gold_with_the_code():
    group = Actor(id="a1", name="Al Qa'ida", kind="group", country=None, sector=None, code="IMGMUSALQ",
                  role=None, mentions=[[0, 8]])
    state = Actor(id="a2", name="Iraq", kind="state", country="IRQ", sector=None, code="IRQ", role=None,
                  mentions=[[0, 4]])
    assert country_matches(group, "IMG") and not country_matches(group, "IRQ")
    assert country_matches(state, "IRQ") and not country_matches(state, "IMG")
