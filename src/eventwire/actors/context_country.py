"""The country of an agent written without one ("Police", "troops", "soldiers"), from its context.

Nothing written next to the agent places it (no demonym, possessive or "in/of <country>" — those are
read in `coref.py`); these rules read the wider context, and each gives a country only when the
context names exactly one candidate. A wrong country is worse than none, so anything ambiguous
("Chinese and Indian troops clashed …, killing 20 soldiers") leaves the country empty.

1. **Sent forces**: the object of a deploying verb belongs to the state that is its subject
   ("India sent troops to the border with China" -> IND).
2. **The place of the sentence**: a state placed as a location in the sentence ("in Dhaka", "at
   the border of Chad") when the sentence names no other state ("Police arrested dozens in Dhaka" ->
   BGD). Capitals count as their state.
3. **The speaker's state**: a definite agent ("the armed forces", "the ministry") in what an actor of
   a state says is that state's own ("South Korea's defence minister said the armed forces were
   ready" -> KOR).
4. **The document's one state**: the sentence names no state at all and the whole document names
   exactly one, at least once as a location — PETRARCH-style coders give unplaced domestic agents the
   country the story happens in.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.matcher import Match
from eventwire.actors.registry import Registry
from eventwire.nlp import Parsed

DEPLOY_VERBS = {"send", "deploy", "dispatch", "mobilize", "mobilise", "station", "move", "withdraw", "pull",
                "recall", "rush", "amass", "mass", "post", "redeploy", "reinforce"}
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "across", "outside", "inside", "throughout", "within", "around"}
SUBJECTS = {"nsubj", "nsubjpass"}
DOCUMENT_STATES = "document_states"  # key of the memo in Parsed.memo
SPEECH_VERBS = {"say", "tell", "state", "warn", "announce", "add", "insist", "declare", "stress", "claim",
                "vow", "pledge", "assure", "confirm", "note"}


def context_country(parsed: Parsed, registry: Registry, last: Token,
                    states: list[tuple[Match, str]]) -> str | None:
    """The country of the agent whose head noun is `last`, or None when the context is not clear."""
    return _sending_state(registry, last) or _sentence_place(parsed, last, states) \
        or _speaker_state(registry, last) or _document_place(parsed, last, states)


def _sending_state(registry: Registry, noun: Token) -> str | None:
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in DEPLOY_VERBS:
        return None
    subject = next((child for child in verb.children if child.dep_ in SUBJECTS), None)
    if subject is None:
        return None
    covering = [(end - start, actor) for start, end, actor in registry.mentions_in_order()
                if start <= subject.idx < end and actor.kind == "state"]
    return min(covering, key=lambda item: item[0])[1].country if covering else None


def _speaker_state(registry: Registry, noun: Token) -> str | None:
    if not any(child.lower_ == "the" and child.dep_ == "det" for child in noun.children):
        return None  # "troops were ready" may be anyone's; "the armed forces" are the speaker's own
    clause = noun.head
    while clause.dep_ != "ccomp" and clause.head.i != clause.i and clause.pos_ not in ("VERB", "AUX"):
        clause = clause.head
    speech = clause.head
    if clause.dep_ != "ccomp" or speech.lemma_.lower() not in SPEECH_VERBS:
        return None
    subject = next((child for child in speech.children if child.dep_ in SUBJECTS), None)
    if subject is None:
        return None
    covering = [(end - start, actor) for start, end, actor in registry.mentions_in_order()
                if start <= subject.idx < end and actor.country and actor.country not in ("IGO", "NGO")]
    return min(covering, key=lambda item: item[0])[1].country if covering else None


def _sentence_place(parsed: Parsed, noun: Token, states: list[tuple[Match, str]]) -> str | None:
    sent = noun.sent
    named = _states_between(states, sent.start_char, sent.end_char)
    if len(set(named.values())) != 1:
        return None
    located = {iso3 for start, iso3 in named.items() if _is_location(parsed.doc, start)}
    return located.pop() if located else None


def _document_place(parsed: Parsed, noun: Token, states: list[tuple[Match, str]]) -> str | None:
    sent = noun.sent
    if _states_between(states, sent.start_char, sent.end_char):
        return None
    named = document_states(parsed, states)
    if len(named) != 1:
        return None
    (iso3, located), = named.items()
    return iso3 if located else None


def document_states(parsed: Parsed, states: list[tuple[Match, str]]) -> dict[str, bool]:
    """The states the document's body names, each with whether it is named as a location somewhere.
    Read once per document, not once per agent; a window of a long document is given the whole
    document's (pipeline.py), so rule 4 still sees every window."""
    if DOCUMENT_STATES not in parsed.memo:
        parsed.memo[DOCUMENT_STATES] = states_named(parsed, states)
    return parsed.memo[DOCUMENT_STATES]


def states_named(parsed: Parsed, states: list[tuple[Match, str]]) -> dict[str, bool]:
    """iso3 -> located at least once, for the states named in this Parsed's body sentences."""
    named: dict[str, bool] = {}
    for match, iso3 in states:
        if any(parsed.sentence_index(sent[0]) in parsed.content
               for sent in parsed.sentences_touching(match.start, match.start)):
            named[iso3] = named.get(iso3, False) or _is_location(parsed.doc, match.start)
    return named


def _states_between(states: list[tuple[Match, str]], start: int, end: int) -> dict[int, str]:
    return {match.start: iso3 for match, iso3 in states if start <= match.start < end}


def _is_location(doc, start: int) -> bool:
    """The state name at `start` is the object of a locative preposition ("in Dhaka")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span[0]
    while token.dep_ in ("compound", "amod", "det") and token.head.i != token.i:
        token = token.head  # "in South Sudan": the head of the name
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS
