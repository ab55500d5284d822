"""What a document record teaches about who is who: the persons it introduces with a title.

News introduce an official once with a title ("Kenya's interior minister, Kamau Otieno", "Defence Minister
Hulusi Akar") and call them by name after that. Within the article the actors stage already makes the
later "Otieno" the same actor; `observe` keeps the introduction for later articles: the store writes the
observations of every document it stores (table `alias_observations`), and their sum is the learned
alias table (actors/aliases.py, `eventwire actors learned`).

A person actor of a record is observed when the record is dated, its name is a full name (two words or
more, capitalised), it has a country and a code, and one of its mentions is that name with a title
written before it. It gives two aliases: the full name, and the family name (persons.family_name) when
that has at least four letters ("Xi", "Li" stand for too many people to learn).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from eventwire.actors.kb import normalize_chars, normalize_name
from eventwire.actors.persons import family_name
from eventwire.schema import Actor, DocumentRecord

SHORTEST_FAMILY_NAME = 4
NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "del", "della", "di", "du", "la", "le",
                  "van", "von", "der", "den", "ter", "y", "e", "dos", "das"}
DETERMINERS = ("the ", "a ", "an ")


@dataclass(frozen=True)
class Observation:
    """One alias of one person, as one document introduced them."""

    doc_id: str
    actor_id: str
    alias: str
    alias_key: str     # normalised (kb.normalize_name): what lookups and the table group on
    name: str
    name_key: str
    code: str
    role: str          # the actor's role ("interior minister"), else the title as written
    seen: str          # the document's publication date, YYYY-MM-DD


def observe(record: DocumentRecord) -> list[Observation]:
    """The alias observations of one record (none for an undated or failed one)."""
    seen = _day(record.published)
    if seen is None or record.error is not None:
        return []
    found = []
    for actor in record.actors:
        title = _introducing_title(record.text, actor)
        if title is None:
            continue
        aliases = [actor.name]
        family = family_name(actor.name, actor.country)
        if family and len(family) >= SHORTEST_FAMILY_NAME:
            aliases.append(family)
        found += [Observation(doc_id=record.doc_id, actor_id=actor.id, alias=alias, alias_key=normalize_name(alias),
                              name=actor.name, name_key=normalize_name(actor.name), code=actor.code,
                              role=actor.role or title, seen=seen.isoformat()) for alias in aliases]
    return found


def _introducing_title(text: str, actor: Actor) -> str | None:
    """The title written before the person's full name in one of its mentions, or None."""
    if actor.kind != "person" or not actor.code or not actor.country or not _full_name(actor.name):
        return None
    name = normalize_chars(actor.name)
    for start, end in sorted(actor.mentions):
        mention = text[start:end]
        if len(mention) > len(name) and normalize_chars(mention).endswith(name):
            title = mention[: len(mention) - len(name)].strip().rstrip(",").strip()
            lowered = title.lower()
            for determiner in DETERMINERS:
                if lowered.startswith(determiner):
                    title, lowered = title[len(determiner):], lowered[len(determiner):]
            if any(char.isalpha() for char in title):
                return " ".join(title.split())
    return None


def _full_name(name: str) -> bool:
    """"Kamau Otieno", "Bashar al-Assad", "Ursula von der Leyen": two words or more, each capitalised
    or a name particle (not a description such as "Pakistan's water minister")."""
    words = name.split()
    return len(words) >= 2 and all(word[:1].isupper() or word.split("-")[0].lower() in NAME_PARTICLES
                                   for word in words) and any(char.isalpha() for char in words[-1])


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat((published or "")[:10])
    except ValueError:
        return None
