"""Finding the actors resolved on a phrase of a test sentence (shared by the actor tests)."""

from __future__ import annotations


def exact(actors, text, phrase):
    """Codes of the actors with a mention exactly on `phrase`."""
    start = text.index(phrase)
    return sorted(actor.code or "-" for actor in actors if [start, start + len(phrase)] in actor.mentions)


def codes_at(actors, text, phrase):
    """Codes of the actors whose mentions end where `phrase` ends (the head noun of a description)."""
    end = text.index(phrase) + len(phrase)
    return sorted(actor.code or "-" for actor in actors for _, e in actor.mentions if e == end)


def covering_all(actors, text, phrase):
    """The actors with a mention covering `phrase`."""
    start = text.index(phrase)
    return [actor for actor in actors for s, e in actor.mentions if s <= start and start + len(phrase) <= e]


def covering(actors, text, phrase):
    """The covering actor with the shortest mention, or None."""
    found = covering_all(actors, text, phrase)
    return min(found, key=lambda actor: min(e - s for s, e in actor.mentions)) if found else None
