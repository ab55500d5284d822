"""Events stage: Parsed + actors -> list[Event] (CAMEO / PLOVER coded, with modality and confidence).

With the built-in dictionaries the learned coder decides (events/learned.py, the model in
events/model.py); with a user's verb dictionary the dictionary coder decides alone (events/coder.py),
as PETRARCH does.
"""

from __future__ import annotations

from eventwire.events.coder import code_events as code_events_by_dictionary
from eventwire.events.learned import code_events_learned


def code_events(parsed, actors, *, verbs, codebook, options=None, model=None, encoder=None,
                min_confidence: float | None = None):
    """Events of a parsed document: learned when `model` is given (and the verb dictionary is the
    built-in one), else from the dictionaries alone."""
    if model is not None and verbs.builtin:
        return code_events_learned(parsed, actors, verbs=verbs, codebook=codebook, model=model, encoder=encoder,
                                   min_confidence=min_confidence)
    return code_events_by_dictionary(parsed, actors, verbs=verbs, codebook=codebook, options=options)


__all__ = ["code_events", "code_events_by_dictionary", "code_events_learned"]
