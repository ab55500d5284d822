"""Agents compose with countries a user's PETRARCH actor file defines (real spaCy model: slow)."""

from __future__ import annotations

import pytest

from eventwire.actors import resolve_actors

pytestmark = pytest.mark.slow

ACTORS = """FORNOST  [FOR]
GONDOR [GON]
+MINAS_TIRITH
KUWAIT  [KUW]
ROMENDACIL  [FOR]
"""
AGENTS = """PRESIDENT [~GOV]
PRIME_MINISTER  [~GOV]
GOVERNMENT  [~GOV]
SOLDIER  [~MIL]
"""


@pytest.fixture(scope="module")
def kb(kb_from_dictionaries):
    return kb_from_dictionaries(ACTORS, AGENTS)


def code_of(parse_text, kb, text, phrase):
    actors = resolve_actors(parse_text(text), kb=kb)
    start = text.index(phrase)
    covering = [actor for actor in actors for s, e in actor.mentions if s <= start and start + len(phrase) <= e]
    return min(covering, key=lambda actor: min(e - s for s, e in actor.mentions)).code


def test_user_country_codes_are_countries(kb):
    assert kb.split("FORGOV") == ("FOR", "GOV")
    assert kb.lookup("Minas Tirith").kind == "state"


@pytest.mark.parametrize("text, phrase, code", [
    ("Fornost President Umbardacil appealed for peace.", "Umbardacil", "FORGOV"),
    ("Soldiers from Gondor cordoned off the roads.", "Soldiers", "GONMIL"),
    ("The Kuwait government will restore ties with Gondor.", "government", "KUWGOV"),
    ("Prime Minister Romendacil will meet Gondor leaders.", "Romendacil", "FORGOV"),
])
def test_agent_and_user_country_compose(parse_text, kb, text, phrase, code):
    assert code_of(parse_text, kb, text, phrase) == code


def test_bare_country_name_stays_the_state(parse_text, kb):
    assert code_of(parse_text, kb, "Fornost will restore ties with Gondor.", "Fornost") == "FOR"
