"""PETRARCH's `new_actor_length`: a participant no dictionary codes is written as its own noun phrase.

With `new_actor_length = N` (> 0), PETRARCH codes an uncoded noun phrase of at most N words as the
phrase itself, upper case in double quotes ("Gryffindor's head Minerva McGonagall left for the Ministry
of Magic" -> `"GRYFFINDOR HEAD MINERVA MCGONAGALL"` and `"THE MINISTRY OF MAGIC"`); a longer phrase
stays uncoded. Possessive markers and punctuation are not words of the code. The noun phrase is the
participant's head noun with everything it governs except clauses of their own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from eventwire.schema import ActorRef, Event

CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis"}
NOT_WORDS = ("case", "punct")


def code_new_actors(events: list[Event], doc: Doc, *, max_words: int) -> None:
    """Give each uncoded participant of `events` its noun phrase as code when it has ≤ `max_words`."""
    if max_words <= 0:
        return
    for event in events:
        for ref in event.source + event.target:
            if not (ref.code or ref.country or ref.sector):
                ref.code = phrase_code(doc, ref, max_words=max_words)


def phrase_code(doc: Doc, ref: ActorRef, *, max_words: int) -> str | None:
    head = _phrase_head(doc, ref)
    if head is None:
        return None
    words = [token.text.upper() for token in head.subtree
             if token.dep_ not in NOT_WORDS and not _inside_clause(token, head)]
    return f'"{" ".join(words)}"' if 0 < len(words) <= max_words else None


def _phrase_head(doc: Doc, ref: ActorRef) -> Token | None:
    """The token of the participant's span whose head lies outside it."""
    span = doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _inside_clause(token: Token, top: Token) -> bool:
    while token.i != top.i:
        if token.dep_ in CLAUSE_DEPS:
            return True
        token = token.head
    return False
