"""Event coreference inside one document: several mentions of the same happening.

Articles name one event many times ("On his visit to Pakistan …", "during the visit of Russian FM on
April 6-7", "Lavrov's trip"). Mentions that share the CAMEO code and a source actor, and whose targets
do not contradict each other, are the same happening: a mention that lacks the target borrows it from an
earlier one, and the dates stage lets a mention without its own date take its twin's explicit date.
"""

from __future__ import annotations

from eventwire.schema import ActorRef, Event


def same_happening(event: Event, other: Event) -> bool:
    if event is other or event.cameo != other.cameo or event.modality != other.modality:
        return False
    sources, other_sources = _actor_ids(event.source), _actor_ids(other.source)
    targets, other_targets = _actor_ids(event.target), _actor_ids(other.target)
    if not sources & other_sources:
        return False
    return not targets or not other_targets or bool(targets & other_targets)


def fill_missing_targets(events: list[Event]) -> None:
    """Give a target-less mention the target of an earlier mention of the same happening."""
    for index, event in enumerate(events):
        if event.target or len(_actor_ids(event.source)) != 1:
            continue  # reciprocal events ("the two countries agreed") have no target on purpose
        twin = next((earlier for earlier in events[:index]
                     if earlier.target and same_happening(event, earlier)), None)
        if twin is not None:
            event.target = [ActorRef(**vars(ref)) for ref in twin.target]


def _actor_ids(refs: list[ActorRef]) -> set[str]:
    return {ref.actor for ref in refs if ref.actor is not None}
