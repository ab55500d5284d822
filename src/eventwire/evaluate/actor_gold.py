"""Gold actor spans, as the actor-resolution readers produce them and scorers/actors.py consumes them.

Every format reduces to the same shape: a document text and character spans of actors in it, each with
the gold country (ISO3, IGO, NGO) and sector (GOV, MIL, …) where the format gives them.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class GoldActorSpan:
    start: int
    end: int
    text: str
    label: str                      # Source/Target/Reciprocal, Person/Organisation/Location
    country: str | None = None      # gold or silver country code; None = not scored for country
    sector: str | None = None       # gold sector (first three letters); None = not scored for sector


@dataclass
class ActorGoldDoc:
    id: str
    text: str
    published: str | None = None
    spans: list[GoldActorSpan] = field(default_factory=list)
