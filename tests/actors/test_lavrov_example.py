"""The must-show items on the real example article (../shared/examples/lavrov_pakistan_2021.jsonl)."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors import resolve_actors
from eventwire.actors.kb import load_knowledge_base
from eventwire.mentions import MentionIndex

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def lavrov(lavrov_article, nlp):
    from eventwire.nlp import parse

    text = lavrov_article.text
    footer = text.index("Author’s Profile")
    parsed = parse(nlp, text, published=date.fromisoformat(lavrov_article.published),
                   boilerplate=[(footer, len(text))])
    kb = load_knowledge_base()
    actors = resolve_actors(parsed, kb=kb)
    return text, actors


def find(actors, name):
    return next(actor for actor in actors if actor.name == name)


def at(text, actors, phrase, *, after=None):
    """The actors a phrase (its first occurrence after `after`) refers to, via MentionIndex."""
    start = text.index(phrase, text.index(after) if after else 0)
    return {actor.name for actor in MentionIndex(actors).actors_at(start, start + len(phrase))}


@pytest.mark.parametrize("name, kind, country, sector, code", [
    ("Sergey Lavrov", "person", "RUS", "GOV", "RUSGOV"),
    ("Qamar Javed Bajwa", "person", "PAK", "MIL", "PAKMIL"),
    ("Shah Mahmood Qureshi", "person", "PAK", "GOV", None),
    ("Imran Khan", "person", "PAK", "GOV", None),
    ("Michael Kugelman", "person", "USA", None, None),
    ("Russia", "state", "RUS", None, "RUS"),
    ("Pakistan", "state", "PAK", None, "PAK"),
    ("United States", "state", "USA", None, "USA"),
    ("India", "state", "IND", None, "IND"),
    ("China", "state", "CHN", None, "CHN"),
    ("Afghanistan", "state", "AFG", None, "AFG"),
    ("Taliban", "group", "AFG", None, None),
])
def test_actors(lavrov, name, kind, country, sector, code):
    actor = find(lavrov[1], name)
    assert (actor.kind, actor.country) == (kind, country)
    assert sector is None or actor.sector == sector
    assert code is None or actor.code == code


def test_lavrov_mention_and_role(lavrov):
    text, actors = lavrov
    lavrov_actor = find(actors, "Sergey Lavrov")
    assert lavrov_actor.role == "Foreign Minister"
    assert at(text, actors, "Russian Foreign Minister Sergey Lavrov") == {"Sergey Lavrov"}
    assert at(text, actors, "Russian", after="On his") == {"Russia"}
    assert at(text, actors, "Washington") == {"United States"}
    assert at(text, actors, "Moscow") == {"Russia"}


def test_coreference(lavrov):
    text, actors = lavrov
    assert at(text, actors, "He", after="Wilson Center") == {"Michael Kugelman"}
    assert at(text, actors, "he", after="deal is signed") == {"Sergey Lavrov"}
    assert at(text, actors, "The two countries") == {"Russia", "Pakistan"}
    assert at(text, actors, "Lavrov", after="Imran Khan") == {"Sergey Lavrov"}  # "Lavrov’s trip"
    assert at(text, actors, "the two", after="Qamar Javed Bajwa") == {"Sergey Lavrov", "Qamar Javed Bajwa"}
    assert at(text, actors, "Pakistan foreign minister") == {"Shah Mahmood Qureshi"}
    assert at(text, actors, "the Russian FM", after="his country") == {"Sergey Lavrov"}


def test_nothing_from_the_footer(lavrov):
    text, actors = lavrov
    footer = text.index("Author’s Profile")
    assert all(start < footer for actor in actors for start, _ in actor.mentions)
    assert not any("Google" in actor.name or "EurAsian" in actor.name for actor in actors)
