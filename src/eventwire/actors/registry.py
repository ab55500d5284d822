"""Collects mentions under actor keys while a document is resolved, then numbers the actors."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from eventwire.actors.kb import KnowledgeBase, normalize_name
from eventwire.actors.persons import family_name
from eventwire.schema import Actor


@dataclass
class ProtoActor:
    key: tuple
    name: str
    kind: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    role: str | None = None
    titles: set[str] = field(default_factory=set)
    mentions: set[tuple[int, int]] = field(default_factory=set)
    subject_mentions: set[tuple[int, int]] = field(default_factory=set)
    inferred: dict[str, str] | None = None  # the clue that placed it (context_country.Placed.note)

    @property
    def surname(self) -> str | None:
        return family_name(self.name, self.country) if self.kind == "person" else None


class Registry:
    def __init__(self, kb: KnowledgeBase, published: date | None, *, known: list[ProtoActor] = ()):
        """`known`: actors an earlier window of a long document resolved. They are here without
        mentions, so a later window's "Lavrov" or "the minister" finds them, and the same key stays
        the same actor; their copies are changed, never the originals."""
        self.kb = kb
        self.published = published
        self.actors: dict[tuple, ProtoActor] = {
            actor.key: replace(actor, titles=set(actor.titles), mentions=set(), subject_mentions=set())
            for actor in known}
        self.carried = frozenset(self.actors)
        self._ordered: list[tuple[int, int, ProtoActor]] | None = None

    def entry_actor(self, entry_index: int, *, name: str | None = None) -> ProtoActor:
        """The actor for a knowledge-base entry, its code chosen for the article date."""
        key = ("entry", entry_index)
        if key not in self.actors:
            entry = self.kb.entries[entry_index]
            code, note, _ = self.kb.actor_code(entry, self.published)
            country, sector = self.kb.split(code)
            self.actors[key] = ProtoActor(key=key, name=name or entry.name, kind=entry.kind, country=country,
                                          sector=sector, code=code, role=note)
        return self.actors[key]

    def learned_actor(self, alias) -> ProtoActor:
        """The person a learned alias stands for (actors/aliases.py), marked inferred with where it was
        learned; one actor per learned name, whichever of its aliases the text uses."""
        key = ("learned", normalize_name(alias.name))
        if key not in self.actors:
            country, sector = self.kb.split(alias.code)
            self.actors[key] = ProtoActor(key=key, name=alias.name, kind="person", country=country, sector=sector,
                                          code=alias.code, role=alias.role,
                                          inferred={"clue": alias.clue(), "by": "learned alias"})
        return self.actors[key]

    def state_actor(self, iso3: str) -> ProtoActor:
        return self.entry_actor(self.kb.state_entry(iso3))

    def new_actor(self, kind: str, name: str, *, country: str | None = None, sector: str | None = None,
                  code: str | None = None) -> ProtoActor:
        """An actor not in the knowledge base; the same kind and normalised name is the same actor.
        Its code is `code`, else country + sector."""
        key = ("new", kind, " ".join(name.lower().split()), country)
        if key not in self.actors:
            code = code or (country or "") + (sector or "") or None
            self.actors[key] = ProtoActor(key=key, name=name, kind=kind, country=country, sector=sector, code=code)
        return self.actors[key]

    def add(self, actor: ProtoActor, start: int, end: int) -> None:
        if (start, end) in actor.mentions:
            return
        actor.mentions.add((start, end))
        self._ordered = None

    def mentions_in_order(self) -> list[tuple[int, int, ProtoActor]]:
        """All (start, end, actor) in text order; cached until the next new mention."""
        if getattr(self, "_ordered", None) is None:
            self._ordered = sorted(((start, end, actor) for actor in self.actors.values()
                                    for start, end in actor.mentions), key=lambda item: (item[0], item[1]))
        return self._ordered

    def mentioned_in_order(self) -> list[ProtoActor]:
        """The actors with mentions, by first mention (the order of their ids a1, a2, …)."""
        return sorted((actor for actor in self.actors.values() if actor.mentions), key=lambda actor: min(actor.mentions))

    def actors_in_order(self) -> list[Actor]:
        ordered = self.mentioned_in_order()
        return [Actor(id=f"a{number}", name=actor.name, kind=actor.kind, country=actor.country,
                      sector=actor.sector, code=actor.code, role=actor.role,
                      mentions=[list(pair) for pair in sorted(actor.mentions)],
                      inferred=dict(actor.inferred) if actor.inferred else None)
                for number, actor in enumerate(ordered, start=1)]
