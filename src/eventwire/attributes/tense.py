"""Which way from the publication date an event's clause points: its verb group's tense.

Read from the parse: the clause's verb (the trigger, or for a noun trigger such as "the visit" the
nearest verb above it) and its auxiliaries. Past: a past-tense verb or auxiliary ("met", "was
meeting", "had met", "did not meet"), the present perfect ("has met") and a bare past participle ("the
man arrested on Friday"). Future: "will"/"shall", "going to", an infinitive ("plans to meet on
Friday" - or, under a past-tense verb, past: "sought to strike a deal in February"). Present: a
present-tense verb or auxiliary ("meets", "is meeting"). None when the verb
group says nothing (a modal: "would meet", "could meet"; a bare gerund).
"""

from __future__ import annotations

from spacy.tokens import Token

PAST, PRESENT, FUTURE = "past", "present", "future"

FUTURE_AUXILIARIES = {"will", "shall", "'ll", "wo"}  # "won't" is "wo" + "n't"
PERFECT_AUXILIARIES = {"has", "have", "'ve", "'s"}
PAST_TAGS = {"VBD"}
PRESENT_TAGS = {"VBZ", "VBP"}


def clause_verb(token: Token) -> Token:
    """The nearest verb at or above `token` (the sentence root when there is none)."""
    while token.pos_ not in ("VERB", "AUX") and token.head != token:
        token = token.head
    return token


def clause_tense(token: Token) -> str | None:
    """PAST, PRESENT, FUTURE or None for the clause `token` belongs to."""
    verb = clause_verb(token)
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass") and child.i < verb.i]
    words = {aux.lower_ for aux in auxiliaries}
    if words & FUTURE_AUXILIARIES or _going_to(verb):
        return FUTURE
    if any(aux.tag_ == "MD" for aux in auxiliaries):
        return None
    if "to" in words and verb.tag_ == "VB":
        return _infinitive_tense(verb)
    if any(aux.tag_ in PAST_TAGS for aux in auxiliaries) or verb.tag_ in PAST_TAGS:
        return PAST
    if verb.tag_ == "VBN" and (words & PERFECT_AUXILIARIES or not auxiliaries):
        return PAST
    if any(aux.tag_ in PRESENT_TAGS for aux in auxiliaries) or verb.tag_ in PRESENT_TAGS:
        return PRESENT
    return None


def _infinitive_tense(verb: Token) -> str:
    """An infinitive points after the clause governing it: forward from a present or future one ("plans
    to meet on Friday"), but a past one keeps it in the past ("sought to strike a deal in February", in
    an April article)."""
    governor = verb.head
    if governor == verb or verb.dep_ not in ("xcomp", "advcl", "ccomp", "acl", "relcl"):
        return FUTURE
    return PAST if clause_tense(governor) == PAST else FUTURE


def perfect(token: Token) -> bool:
    """Whether the clause is in a perfect tense ("has met", "had met"): a past told apart from the
    story's own time (unspecified, or before it)."""
    verb = clause_verb(token)
    return verb.tag_ == "VBN" and any(child.dep_ == "aux" and child.lower_ in PERFECT_AUXILIARIES | {"had", "'d"}
                                      for child in verb.children)


def _going_to(verb: Token) -> bool:
    """ "is going to meet": the verb is the complement of "going"."""
    return verb.dep_ == "xcomp" and verb.head.lower_ == "going" and any(
        child.lower_ == "to" for child in verb.children)
