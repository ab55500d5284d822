"""Find the parse token behind an event's trigger span (shared by the attribute stages)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.schema import Span


def trigger_token(doc: Doc, trigger: Span) -> Token | None:
    """The syntactic head of the trigger's tokens ("has promised" -> "promised")."""
    span = doc.char_span(trigger.start, trigger.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def clause_tokens(doc: Doc, trigger: Span) -> set[int]:
    """Token indices of the trigger's subtree: what belongs to the event's clause."""
    token = trigger_token(doc, trigger)
    return {t.i for t in token.subtree} if token is not None else set()
