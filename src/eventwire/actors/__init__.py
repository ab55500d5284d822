"""Actors stage: Parsed -> list[Actor] (resolved, with all their mentions incl. coreference).

OWNER: actors helper. Interface fixed by pipeline.py.
"""

from __future__ import annotations

from eventwire.nlp import Parsed
from eventwire.schema import Actor


def resolve_actors(parsed: Parsed, *, kb) -> list[Actor]:
    raise NotImplementedError
