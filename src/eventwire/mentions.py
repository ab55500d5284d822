"""Find which resolved actors a stretch of text refers to, via the actors' mention spans.

Used by every stage that links text back to actors (events, quotes). A span refers to the actors whose
mention contains it; nested mentions prefer the innermost ("Russian" inside "Russian Foreign Minister
Sergey Lavrov" is Russia, the whole phrase is Lavrov), and a shared mention ("the two countries") refers
to every actor that lists it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from eventwire.schema import Actor, ActorRef


class MentionIndex:
    def __init__(self, actors: list[Actor]):
        self._actors = {actor.id: actor for actor in actors}
        entries = sorted((start, end, actor.id) for actor in actors for start, end in actor.mentions)
        self._entries = entries
        self._starts = [start for start, _, _ in entries]
        # no mention is longer: a mention containing [start, end) starts at most this far before it
        self._longest = max((end - start for start, end, _ in entries), default=0)

    def actors_at(self, start: int, end: int) -> list[Actor]:
        """Actors whose innermost mention contains [start, end)."""
        best_length = None
        found: list[str] = []
        first = bisect_left(self._starts, start - self._longest)
        for m_start, m_end, actor_id in self._entries[first: bisect_right(self._starts, start)]:
            if m_end < end:
                continue
            length = m_end - m_start
            if best_length is None or length < best_length:
                best_length, found = length, [actor_id]
            elif length == best_length and actor_id not in found:
                found.append(actor_id)
        return [self._actors[actor_id] for actor_id in found]

    def entries_within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """(start, end, actor id) of every mention inside [start, end), in text order."""
        first = bisect_left(self._starts, start)
        return [entry for entry in self._entries[first: bisect_left(self._starts, end)] if entry[1] <= end]

    def any_within(self, start: int, end: int) -> bool:
        """Whether some actor mention lies inside [start, end) ("Thousands of *Gondor* protesters")."""
        first, last = bisect_left(self._starts, start), bisect_left(self._starts, end)
        return any(m_end <= end for _, m_end, _ in self._entries[first:last])

    def get(self, actor_id: str) -> Actor | None:
        return self._actors.get(actor_id)


def actor_refs(actors: list[Actor], *, text: str, start: int, end: int) -> list[ActorRef]:
    """ActorRefs for a participant span: one per actor it resolves to, or one unresolved ref."""
    if not actors:
        return [ActorRef(actor=None, text=text, start=start, end=end)]
    return [ActorRef(actor=actor.id, text=text, start=start, end=end, country=actor.country,
                     sector=actor.sector, code=actor.code) for actor in actors]
