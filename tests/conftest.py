"""Shared fixtures. Model-backed fixtures are session-scoped: the spaCy model loads once per run."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared when it exists; tests that need it skip cleanly in a user's fresh clone."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (a fresh clone has no shared data)")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from eventwire.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def resources(nlp):
    from eventwire.resources import load_resources

    return load_resources(nlp=nlp)


@pytest.fixture(scope="session")
def dictionary_resources(resources):
    """The same resources with the dictionary coder deciding (no event model): for tests of the
    dictionary coder's rules, which the learned coder also reads as evidence."""
    from dataclasses import replace

    return replace(resources, event_model=None, encoder=None)


@pytest.fixture()
def parse_text(nlp):
    """parse_text("...", published=date(...)) -> Parsed, using the real model."""
    from eventwire.nlp import parse

    def _parse(text, *, published=None, boilerplate=()):
        return parse(nlp, text, published=published, boilerplate=boilerplate)

    return _parse


@pytest.fixture(scope="session")
def lavrov_article(shared_dir):
    import json

    from eventwire.schema import DocInput

    line = (shared_dir / "examples" / "lavrov_pakistan_2021.jsonl").read_text(encoding="utf-8").splitlines()[0]
    return DocInput(**json.loads(line))
