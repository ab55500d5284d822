"""Fixtures shared by the actor tests: the built-in knowledge base, loaded once, and a resolver."""

from __future__ import annotations

import pytest

from eventwire.actors import resolve_actors
from eventwire.actors.kb import load_knowledge_base


@pytest.fixture(scope="session")
def kb():
    return load_knowledge_base()


@pytest.fixture()
def resolve_text(parse_text, kb):
    """resolve_text(text, published) -> the actors the real pipeline resolves in `text`."""

    def _resolve(text, published):
        return resolve_actors(parse_text(text, published=published), kb=kb)

    return _resolve
