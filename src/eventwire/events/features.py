"""What the learned event coder sees: named sparse features and dense vectors for a candidate (is it an
event, of which category, in which modality) and for a candidate-mention pair (is the mention its
source, its target, or neither).

The same functions build the training rows (scripts/train_event_model.py) and the rows coded at run time,
so the two cannot drift apart. Dense vectors are the sentence encoder's contextual word vectors (events/encoder.py).
"""

from __future__ import annotations

import numpy as np
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire.events.candidates import EventCandidate, MentionSlot
from eventwire.events.modality import event_modality

QUOTE_MARKS = frozenset('"“”')
GOVERNOR_DEPS = frozenset({"xcomp", "ccomp", "advcl", "conj", "pcomp", "acomp", "relcl", "acl"})
MAX_PATH = 5


def event_inputs(candidates: list[EventCandidate], sent: SpacySpan, mentions: list[MentionSlot], *,
                 sentence_number: int, vectors: np.ndarray | None) -> tuple[list[list[str]], np.ndarray]:
    """Rows of the event network for a sentence's candidates: named features and dense vectors (the
    trigger's contextual vector and the sentence's mean vector; `vectors`: the sentence's token vectors
    from the encoder, or None)."""
    rows = [event_features(candidate, sent, mentions, sentence_number=sentence_number) for candidate in candidates]
    if vectors is None:
        return rows, np.zeros((len(rows), 0), dtype=np.float32)
    sentence = vectors.mean(axis=0)
    dense = [np.concatenate([vectors[[c.trigger.i - sent.start, c.end_token.i - sent.start]].mean(axis=0), sentence])
             for c in candidates]
    return rows, np.stack(dense).astype(np.float32)


def role_inputs(candidate: EventCandidate, mentions: list[MentionSlot], sent: SpacySpan,
                vectors: np.ndarray | None) -> tuple[list[list[str]], np.ndarray]:
    """Rows of the role network for one candidate and each actor mention of its sentence: named
    features and dense vectors (the mention head's vector, and its product with the trigger's)."""
    rows = [role_features(candidate, slot, mentions) for slot in mentions]
    if vectors is None:
        return rows, np.zeros((len(rows), 0), dtype=np.float32)
    trigger = vectors[candidate.trigger.i - sent.start]
    heads = vectors[[slot.head.i - sent.start for slot in mentions]]
    return rows, np.concatenate([heads, heads * trigger], axis=1).astype(np.float32)


def event_features(candidate: EventCandidate, sent: SpacySpan, mentions: list[MentionSlot], *,
                   sentence_number: int) -> list[str]:
    """Named features of one candidate: the word and its parse, the dictionary's reading, the rule
    participants, the clause it sits in (governors, auxiliaries, negation, quotes) and the sentence."""
    trigger = candidate.trigger
    lemma = trigger.lemma_.lower()
    names = [f"lem={lemma}", f"low={trigger.lower_}", f"pos={trigger.pos_}", f"tag={trigger.tag_}",
             f"dep={trigger.dep_}", f"hl={trigger.head.lemma_.lower()}", f"hdep={trigger.head.dep_}",
             f"lem+dep={lemma}|{trigger.dep_}"]
    if candidate.light:
        noun = candidate.end_token.lemma_.lower()
        names += ["light", f"lnoun={noun}", f"lem+lnoun={lemma}|{noun}"]
    if candidate.noun:
        names.append("noun")
    names += _dictionary_features(candidate, lemma)
    names += _argument_features(trigger, lemma)
    names += _clause_features(trigger, lemma)
    names += _rule_participant_features(candidate)
    names += _context_features(trigger, sent)
    names.append(f"mod={event_modality(trigger)}")
    names.append(f"sent={min(sentence_number, 3)}")
    names.append(f"nment={min(len(mentions), 4)}")
    names.append(f"quote={_inside_quote(trigger, sent)}")
    return names


def role_features(candidate: EventCandidate, slot: MentionSlot, mentions: list[MentionSlot]) -> list[str]:
    """Named features of a (candidate, actor mention) pair: the dependency path between them, what the
    dictionary coder's participant rules said, the mention's own form and actor, and how it sits among
    the sentence's other mentions (a modifier of another mention's noun: "*Iraq's* Hizbullah Brigades")."""
    trigger, head = candidate.trigger, slot.head
    lemma = trigger.lemma_.lower()
    path = dependency_path(trigger, head)
    rule = _rule_role(candidate, slot)
    kind = "noun" if candidate.noun else "verb"
    actor = slot.actor
    names = [f"path={path}", f"lem+path={lemma}|{path}", f"kind+path={kind}|{path}", f"rule={rule}",
             f"rule+path={rule}|{path}", f"mdep={head.dep_}", f"mpos={head.pos_}", f"mkind={actor.kind}",
             f"msec={actor.sector}", f"mcountry={actor.country is not None}", f"side={_side(trigger, head)}",
             f"dist={_bucket(abs(head.i - trigger.i))}", f"lem+rule={lemma}|{rule}"]
    if candidate.dictionary_code:
        names.append(f"droot+path={candidate.dictionary_code[:2]}|{path}")
    if head.pos_ == "PRON":
        names.append(f"pron={head.lower_}")
    if slot.nested:
        names.append("nested")
    prep = _governing_preposition(head)
    if prep:
        names += [f"mprep={prep}", f"lem+mprep={lemma}|{prep}"]
    if _passive(trigger):
        names += ["passive", f"passive+path={path}"]
    modified = _modifies_other(slot, mentions)
    if modified:
        names += [f"modifies={modified}", f"modifies+rule={modified}|{rule}"]
    if any(other.head.i in {child.i for child in head.conjuncts} for other in mentions if other is not slot):
        names.append("coordinated")
    return names


def dependency_path(start: Token, end: Token) -> str:
    """Dependency labels from `start` up to the common ancestor and down to `end` ("^nsubj" climbs,
    "vdobj" descends); "self" when they are the same token, "far" when longer than MAX_PATH steps."""
    if start.i == end.i:
        return "self"
    up = [start]
    while up[-1].head.i != up[-1].i and len(up) <= 12:
        up.append(up[-1].head)
    index = {token.i: n for n, token in enumerate(up)}
    down = [end]
    while down[-1].i not in index and down[-1].head.i != down[-1].i and len(down) <= 12:
        down.append(down[-1].head)
    if down[-1].i not in index:
        return "far"
    climb = up[: index[down[-1].i]]
    steps = [f"^{token.dep_}" for token in climb] + [f"v{token.dep_}" for token in reversed(down[:-1])]
    return "far" if len(steps) > MAX_PATH else " ".join(steps)


def _dictionary_features(candidate: EventCandidate, lemma: str) -> list[str]:
    code = candidate.dictionary_code
    if not code:
        return ["dict=none"]
    names = [f"dict={code}", f"droot={code[:2]}", f"lem+droot={lemma}|{code[:2]}"]
    if candidate.from_pattern:
        names += ["dpat", f"dpat+droot={code[:2]}"]
    return names


def _argument_features(trigger: Token, lemma: str) -> list[str]:
    names = []
    for child in trigger.children:
        dep = child.dep_
        if dep in ("dobj", "attr", "oprd", "nsubjpass"):
            word = child.lemma_.lower()
            names += [f"obj={word}", f"lem+obj={lemma}|{word}"]
        elif dep in ("prep", "agent"):
            word = child.lower_
            names += [f"prep={word}", f"lem+prep={lemma}|{word}"]
            pobj = next((grand for grand in child.children if grand.dep_ == "pobj"), None)
            if pobj is not None:
                names.append(f"lem+prep+pobj={lemma}|{word}|{pobj.lemma_.lower()}")
        elif dep == "prt":
            names.append(f"lem+prt={lemma}|{child.lower_}")
        elif dep == "nsubj":
            names.append(f"subj={child.lemma_.lower()}" if child.pos_ != "PRON" else f"subjpron={child.lower_}")
        elif dep in ("aux", "auxpass"):
            names.append(f"aux={child.lower_}")
        elif dep == "neg":
            names.append("neg")
        elif dep == "mark":
            names.append(f"mark={child.lower_}")
        elif dep == "advmod":
            names.append(f"adv={child.lower_}")
    return names


def _clause_features(trigger: Token, lemma: str) -> list[str]:
    """The verbs this one depends on ("refused to meet", "said that … attacked", "after … struck")."""
    names = []
    current = trigger
    for depth in range(2):
        if current.dep_ not in GOVERNOR_DEPS or current.head.i == current.i:
            break
        governor = current.head
        names += [f"gov{depth}={governor.lemma_.lower()}", f"gov{depth}dep={current.dep_}",
                  f"lem+gov{depth}={lemma}|{governor.lemma_.lower()}"]
        current = governor
    if trigger.dep_ == "ROOT":
        names.append("root")
    return names


def _rule_participant_features(candidate: EventCandidate) -> list[str]:
    names = []
    for role in ("source", "target"):
        refs = [ref for ref in getattr(candidate.rule, role) if ref.actor]
        names.append(f"r{role}={len(refs) > 0}")
        for ref in refs[:2]:
            names.append(f"r{role}sec={ref.sector}")
            names.append(f"r{role}country={ref.country is not None}")
    sources = {ref.country for ref in candidate.rule.source if ref.country}
    targets = {ref.country for ref in candidate.rule.target if ref.country}
    if sources and targets:
        names.append(f"rsame={bool(sources & targets)}")
    return names


def _context_features(trigger: Token, sent: SpacySpan) -> list[str]:
    names = []
    for offset in (-2, -1, 1, 2):
        i = trigger.i + offset
        word = sent.doc[i].lemma_.lower() if sent.start <= i < sent.end else "<s>"
        names.append(f"w{offset:+d}={word}")
    return names


def _inside_quote(trigger: Token, sent: SpacySpan) -> bool:
    text = sent.text[:trigger.idx - sent.start_char]  # not doc.text: spaCy joins the whole document for it
    return sum(text.count(mark) for mark in QUOTE_MARKS) % 2 == 1


NOUN_PHRASE_DEPS = frozenset({"poss", "amod", "compound", "nmod", "npadvmod", "appos", "case"})


def _modifies_other(slot: MentionSlot, mentions: list[MentionSlot]) -> str | None:
    """The dependency by which the mention's head hangs inside another mention's noun phrase, if it does."""
    heads = {other.head.i for other in mentions if other is not slot and other.head.i != slot.head.i}
    token, first = slot.head, None
    for _ in range(3):
        if token.dep_ not in NOUN_PHRASE_DEPS or token.head.i == token.i:
            return None
        first = first or token.dep_
        token = token.head
        if token.i in heads:
            return first
    return None


def _rule_role(candidate: EventCandidate, slot: MentionSlot) -> str:
    for role in ("source", "target"):
        for ref in getattr(candidate.rule, role):
            if ref.actor == slot.actor.id and ref.start <= slot.start and slot.end <= ref.end + 1:
                return role
    return "none"


def _side(trigger: Token, head: Token) -> str:
    return "before" if head.i < trigger.i else "after" if head.i > trigger.i else "same"


def _bucket(distance: int) -> str:
    return str(distance) if distance <= 3 else "4-6" if distance <= 6 else "7-12" if distance <= 12 else "13+"


def _governing_preposition(token: Token) -> str | None:
    current = token
    while current.dep_ in ("conj", "compound", "appos") and current.head.i != current.i:
        current = current.head
    if current.dep_ in ("pobj",) and current.head.dep_ in ("prep", "agent"):
        return current.head.lower_
    if current.dep_ == "poss":
        return "'s"
    return None


def _passive(trigger: Token) -> bool:
    return any(child.dep_ in ("nsubjpass", "auxpass") for child in trigger.children)
