"""Actors stage: Parsed -> list[Actor] (resolved, with all their mentions incl. coreference).

See resolver.py (matching and entities), titles.py (titles around names), coref.py (the coreference
rules) and kb.py (the compiled knowledge base).
"""

from __future__ import annotations

from eventwire.actors.resolver import resolve_actors

__all__ = ["resolve_actors"]
