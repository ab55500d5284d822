"""Hand-built actors for coder tests: mentions are every occurrence of the given phrases."""

from __future__ import annotations

import re

import pytest

from eventwire.events import code_events
from eventwire.events.codebook import load_codebook
from eventwire.events.verbs import load_verb_dictionary
from eventwire.schema import Actor


def build_actor(text: str, actor_id: str, country: str, *phrases: str, kind: str = "state",
                sector: str | None = None) -> Actor:
    mentions = sorted([m.start(), m.end()] for phrase in phrases for m in re.finditer(re.escape(phrase), text))
    return Actor(id=actor_id, name=phrases[0], kind=kind, country=country, sector=sector,
                 code=country + (sector or ""), mentions=mentions)


@pytest.fixture()
def make_actor():
    return build_actor


@pytest.fixture(scope="session")
def dictionaries():
    return load_verb_dictionary(), load_codebook()


@pytest.fixture()
def code(parse_text, dictionaries, make_actor):
    """code(text, (country, phrase, ...), ...) -> events, with one hand-built actor per tuple."""
    verbs, codebook = dictionaries

    def _code(text, *actors_spec, boilerplate=()):
        actors = [make_actor(text, f"a{i + 1}", country, *phrases) for i, (country, *phrases) in enumerate(actors_spec)]
        return code_events(parse_text(text, boilerplate=boilerplate), actors, verbs=verbs, codebook=codebook)

    return _code
