"""Events stage: Parsed + actors -> list[Event] (CAMEO / PLOVER coded, with modality and confidence)."""

from __future__ import annotations

from eventwire.events.coder import code_events

__all__ = ["code_events"]
