"""Hand-built actors for coder tests: mentions are every occurrence of the given phrases."""

from __future__ import annotations

import re

import pytest

from eventwire.schema import Actor


def build_actor(text: str, actor_id: str, country: str, *phrases: str, kind: str = "state",
                sector: str | None = None) -> Actor:
    mentions = sorted([m.start(), m.end()] for phrase in phrases for m in re.finditer(re.escape(phrase), text))
    return Actor(id=actor_id, name=phrases[0], kind=kind, country=country, sector=sector,
                 code=country + (sector or ""), mentions=mentions)


@pytest.fixture()
def make_actor():
    return build_actor
