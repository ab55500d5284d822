"""A news source is no party of the state it reports on; an agent noun modifying another noun right
after a state name composes with it (real spaCy model: slow)."""

from __future__ import annotations

import pytest

from eventwire.actors import resolve_actors

pytestmark = pytest.mark.slow

ACTORS = """GONDOR [GON]
CALENARDHON [CAL]
OSGILIATH [OSG]
"""
AGENTS = """GOVERNMENT  [~GOV]
SPOKESMAN  [~GOV]
SOLDIER  [~MIL]
"""


@pytest.fixture(scope="module")
def kb(kb_from_dictionaries):
    return kb_from_dictionaries(ACTORS, AGENTS)


def codes_at(parse_text, kb, text, phrase):
    start = text.index(phrase)
    return {actor.code for actor in resolve_actors(parse_text(text), kb=kb)
            for s, e in actor.mentions if s <= start < e}


def test_reporting_agency_takes_no_country(parse_text, kb):
    assert codes_at(parse_text, kb, "Gollum will bargain for asylum in Gondor, AFP reported.", "AFP") <= {None}


def test_unknown_organisation_still_takes_the_sentence_state(parse_text, kb):
    text = "The Kifaya movement protested in Gondor on Monday."
    assert "GON" in {code[:3] for code in codes_at(parse_text, kb, text, "Kifaya") if code}


def test_agent_modifier_after_a_state_composes(parse_text, kb):
    text = "The Calenardhon government issue condemned an attack by Osgiliath soldiers."
    assert "CALGOV" in codes_at(parse_text, kb, text, "government")
