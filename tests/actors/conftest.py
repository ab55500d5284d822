"""Fixtures shared by the actor tests: the built-in knowledge base, loaded once, and a resolver."""

from __future__ import annotations

import pytest

from eventwire.actors import resolve_actors
from eventwire.actors.kb import load_knowledge_base


@pytest.fixture(scope="session")
def kb():
    return load_knowledge_base()


@pytest.fixture(scope="session")
def kb_from_dictionaries(tmp_path_factory):
    """kb_from_dictionaries(actors_text, agents_text) -> a knowledge base of only these PETRARCH files."""

    def _build(actors: str, agents: str):
        folder = tmp_path_factory.mktemp("dictionaries")
        (folder / "actors.txt").write_text(actors)
        (folder / "agents.txt").write_text(agents)
        return load_knowledge_base(actor_files=[folder / "actors.txt"], agent_files=[folder / "agents.txt"],
                                   use_defaults=False)

    return _build


@pytest.fixture()
def resolve_text(parse_text, kb):
    """resolve_text(text, published) -> the actors the real pipeline resolves in `text`."""

    def _resolve(text, published):
        return resolve_actors(parse_text(text, published=published), kb=kb)

    return _resolve


@pytest.fixture()
def resolve_2019(resolve_text):
    """resolve_2019(text) -> (actors, text): resolved as published on 2019-03-01 (news of the years the
    learned-alias and placement tests write about)."""
    from datetime import date

    def _resolve(text):
        return resolve_text(text, date(2019, 3, 1)), text

    return _resolve
