"""Events stage: Parsed + actors -> list[Event]. OWNER: events helper."""

from __future__ import annotations

from eventwire.nlp import Parsed
from eventwire.schema import Actor, Event


def code_events(parsed: Parsed, actors: list[Actor], *, verbs, codebook) -> list[Event]:
    raise NotImplementedError
