"""Who said it: the speaker of a cue verb, as a text span linked to an actor through its mentions.

The speaker is the cue's subject — through coordination ("met X and stressed …"), participles
("experts saying …"), relative clauses ("Kugelman, who said …" -> Kugelman) and passive agents
("was told by aides"). Pronoun subjects stay pronouns in the text; the actor link resolves them, because
the actors stage lists pronoun mentions among an actor's mentions.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from eventwire.mentions import MentionIndex
from eventwire.nlp import entities_overlapping
from eventwire.schema import Speaker

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
SPEAKER_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
EMPTY_SUBJECTS = {"it", "there"}  # "It is said that …" has no source


def speaker_of(cue: Token, index: MentionIndex) -> Speaker | None:
    subject = cue_subject(cue)
    if subject is None:
        return None
    return speaker_at(speaker_span(subject), index)


def speaker_at(span: SpacySpan, index: MentionIndex) -> Speaker:
    """A Speaker for a span of text, linked to the actor whose innermost mention holds it (or its root)."""
    root = span.root
    actors = index.actors_at(span.start_char, span.end_char) or \
        index.actors_at(root.idx, root.idx + len(root.text))
    return Speaker(text=span.text, start=span.start_char, end=span.end_char,
                   actor=actors[0].id if actors else None)


def cue_subject(verb: Token) -> Token | None:
    """The verb's subject; for "met X and emphasized …" the first verb's; for "experts saying …"
    the noun the participle modifies; for "X, who said …" the noun the clause describes; for a passive
    "was told by aides" the agent."""
    token = verb
    while True:
        subject = next((child for child in token.children if child.dep_ in SUBJECT_DEPS), None)
        if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
            return token.head
        if subject is not None and subject.dep_ == "nsubjpass":
            return _agent(token)
        if subject is not None:
            return None if subject.lower_ in EMPTY_SUBJECTS else subject
        agent = _agent(token)
        if agent is not None:
            return agent
        if token.dep_ in ("conj", "xcomp") and token.head != token:
            token = token.head
            continue
        if token.dep_ in ("acl", "advcl") and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return token.head
        if token.dep_ == "advcl" and token.head.pos_ in ("VERB", "AUX"):  # "…, adding that …"
            token = token.head
            continue
        return None


def _agent(verb: Token) -> Token | None:
    agent = next((child for child in verb.children if child.dep_ == "agent"), None)
    if agent is None:
        return None
    return next((child for child in agent.children if child.dep_ == "pobj"), None)


def speaker_span(subject: Token) -> SpacySpan:
    """A named entity holding the subject ("Shah Mahmood Qureshi" in "Pakistan's foreign minister Shah
    Mahmood Qureshi"), else the subject's noun phrase up to the head (appositions and clauses cut)."""
    doc = subject.doc
    if subject.ent_type_ in SPEAKER_LABELS:
        for ent in entities_overlapping(doc, subject.i, subject.i + 1):
            if ent.start <= subject.i < ent.end:
                start = ent.start + (1 if doc[ent.start].lower_ == "the" and len(ent) > 1 else 0)
                return doc[start:ent.end]
    end = subject.i + 1
    while end < len(doc) and doc[end].dep_ in ("compound", "flat") and doc[end].head == subject:
        end += 1
    return doc[subject.left_edge.i:end]
