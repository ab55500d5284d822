"""Agents compose with countries a user's PETRARCH actor file defines (real spaCy model: slow)."""

from __future__ import annotations

import pytest

from eventwire.actors import resolve_actors
from eventwire.actors.kb import load_knowledge_base

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
def kb(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dictionaries")
    (folder / "actors.txt").write_text(ACTORS)
    (folder / "agents.txt").write_text(AGENTS)
    return load_knowledge_base(actor_files=[folder / "actors.txt"], agent_files=[folder / "agents.txt"],
                               use_defaults=False)


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
