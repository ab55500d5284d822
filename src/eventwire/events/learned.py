"""The learned event coder: candidates -> events, decided by the event model (events/model.py).

For every candidate of a content sentence that has an actor mention, the event network gives the
probability of each event class and modality; the most probable class other than "none" is read further
when it passes the model's floor. The role network then picks the source and target among the
sentence's actor mentions, and the confidence model turns all of that (class probability, how sure and
how complete the participants are) into `confidence`, the probability that the coded event is right; an
event is kept when it reaches the threshold. The dictionary's code gives the specific CAMEO code where
it agrees with the model's class; otherwise the class's usual code is written.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Span as SpacySpan

from eventwire.events.candidates import EventCandidate, MentionSlot, find_candidates, sentence_mentions
from eventwire.events.codebook import CameoCode, Codebook, quad_class_of
from eventwire.events.coder import one_per_dyad
from eventwire.events.encoder import SentenceEncoder
from eventwire.events.features import event_inputs, role_inputs
from eventwire.events.model import MODALITIES, NO_EVENT, ROLES, EventModel, class_name, class_parts
from eventwire.events.participants import ParticipantFinder
from eventwire.events.verbs import VerbDictionary
from eventwire.mentions import MentionIndex
from eventwire.nlp import Parsed
from eventwire.schema import Actor, ActorRef, Event, Span

SOURCE, TARGET = ROLES.index("source"), ROLES.index("target")


@dataclass
class SentenceWork:
    """A content sentence with actor mentions and candidates, and its encoder vectors."""

    number: int
    sent: SpacySpan
    slots: list[MentionSlot]
    candidates: list[EventCandidate]
    vectors: np.ndarray | None = None


@dataclass
class Reading:
    """The model's reading of one candidate: its class and modality, then its participants."""

    candidate: EventCandidate
    event_class: str
    probability: float               # of that class
    modality: str
    sources: list[tuple[MentionSlot, float]] | None = None    # chosen mentions with their role probability
    targets: list[tuple[MentionSlot, float]] | None = None


def code_events_learned(parsed: Parsed, actors: list[Actor], *, verbs: VerbDictionary, codebook: Codebook,
                        model: EventModel, encoder: SentenceEncoder | None,
                        min_confidence: float | None = None) -> list[Event]:
    """`encoder` None codes from the named features alone (tests with hand-built Docs)."""
    threshold = model.min_confidence if min_confidence is None else min_confidence
    events: list[Event] = []
    for work in sentence_work(parsed, actors, verbs=verbs, event_nouns=model.event_nouns, encoder=encoder):
        for event in code_sentence(work, model=model, codebook=codebook, text=parsed.text, threshold=threshold):
            event.id = f"e{len(events) + 1}"
            events.append(event)
    return events


def sentence_work(parsed: Parsed, actors: list[Actor], *, verbs: VerbDictionary, event_nouns: frozenset[str],
                  encoder: SentenceEncoder | None) -> list[SentenceWork]:
    """The content sentences that have an actor mention and a candidate, encoded in one batch."""
    index = MentionIndex(actors)
    finder = ParticipantFinder(index, parsed.text)
    actors_by_id = {actor.id: actor for actor in actors}
    work = []
    for number, sent in parsed.content_sentences():
        slots = sentence_mentions(sent, actors_by_id, index.entries_within(sent.start_char, sent.end_char))
        if slots:
            candidates = find_candidates(sent, verbs=verbs, finder=finder, event_nouns=event_nouns)
            if candidates:
                work.append(SentenceWork(number, sent, slots, candidates))
    if encoder is not None and work:
        for item, vectors in zip(work, encoder.token_vectors([item.sent for item in work])):
            item.vectors = vectors
    return work


def code_sentence(work: SentenceWork, *, model: EventModel, codebook: Codebook, text: str,
                  threshold: float) -> list[Event]:
    """The events of one sentence whose confidence reaches `threshold`."""
    found = []
    for reading in read_candidates(work, model=model):
        reading.sources, reading.targets = choose_roles(reading.candidate, work, model=model)
        if not reading.sources and not reading.targets:
            continue          # events are done by or to actors
        confidence = event_confidence(reading, model=model, codebook=codebook)
        if confidence >= threshold:
            event = build_event(reading, work, confidence, model=model, codebook=codebook, text=text)
            if event is not None:
                found.append(event)
    return one_per_dyad(found)


def read_candidates(work: SentenceWork, *, model: EventModel) -> list[Reading]:
    """The candidates whose most probable event class (other than none) passes the model's floor."""
    rows, dense = event_inputs(work.candidates, work.sent, work.slots, sentence_number=work.number,
                               vectors=work.vectors)
    heads = model.events.probabilities(rows, dense)
    classes, modalities = heads["class"], heads["modality"]
    none = model.classes.index(NO_EVENT)
    readings = []
    for row, candidate in enumerate(work.candidates):
        probabilities = classes[row].copy()
        probabilities[none] = -1.0
        best = int(np.argmax(probabilities))
        if classes[row, best] >= model.candidate_floor:
            readings.append(Reading(candidate, model.classes[best], float(classes[row, best]),
                                    MODALITIES[int(np.argmax(modalities[row]))]))
    return readings


def choose_roles(candidate: EventCandidate, work: SentenceWork, *, model: EventModel
                 ) -> tuple[list[tuple[MentionSlot, float]], list[tuple[MentionSlot, float]]]:
    """Sources and targets among the sentence's mentions, with their probabilities: a mention is a source
    (target) when the role network gives that role at least the model's threshold, and more than the
    other role; an actor is a participant once (its best mention); a mention inside a chosen longer one
    ("Russian" in "Russian Foreign Minister Lavrov") is part of it, not a participant of its own."""
    rows, dense = role_inputs(candidate, work.slots, work.sent, work.vectors)
    probabilities = model.roles.probabilities(rows, dense)["role"]
    best: dict[tuple[int, str], tuple[float, MentionSlot]] = {}
    for slot, row in zip(work.slots, probabilities):
        role = SOURCE if row[SOURCE] >= row[TARGET] else TARGET
        if row[role] >= model.role_thresholds[role - 1]:
            key = (role, slot.actor.id)
            if key not in best or row[role] > best[key][0]:
                best[key] = (float(row[role]), slot)
    chosen = {role: sorted(((slot, p) for (r, _), (p, slot) in best.items() if r == role),
                           key=lambda item: item[0].start) for role in (SOURCE, TARGET)}
    every = [slot for role in (SOURCE, TARGET) for slot, _ in chosen[role]]
    for role in (SOURCE, TARGET):
        chosen[role] = [(slot, p) for slot, p in chosen[role] if not _inside_other(slot, every)]
    source_actors = {slot.actor.id for slot, _ in chosen[SOURCE]}
    targets = [(slot, p) for slot, p in chosen[TARGET] if slot.actor.id not in source_actors]
    return chosen[SOURCE], targets


def confidence_features(reading: Reading, *, codebook: Codebook) -> dict[str, float]:
    """What the confidence model reads: how sure the class is, and how sure and complete the chosen
    participants are (an actor with no country, a pronoun, a missing source are where coded events go
    wrong)."""
    probability = min(max(reading.probability, 1e-4), 1 - 1e-4)
    root, _ = class_parts(reading.event_class)
    features = {"bias": 1.0, "class_logit": math.log(probability / (1 - probability)),
                f"quad={quad_class_of(root) if root not in ('01', '02') else 0}": 1.0,
                f"modality={reading.modality}": 1.0}
    for name, chosen in (("source", reading.sources), ("target", reading.targets)):
        features[f"{name}s={min(len(chosen), 2)}"] = 1.0
        if chosen:
            features[f"{name}_probability"] = min(p for _, p in chosen)
            features[f"{name}_no_country"] = float(any(slot.actor.country is None for slot, _ in chosen))
            features[f"{name}_pronoun"] = float(any(slot.head.pos_ == "PRON" for slot, _ in chosen))
    entry = codebook.get(reading.candidate.dictionary_code) if reading.candidate.dictionary_code else None
    features["dictionary_agrees"] = float(entry is not None and class_name(entry.root, entry.plover) ==
                                          reading.event_class)
    features["noun"] = float(reading.candidate.noun)
    return features


def event_confidence(reading: Reading, *, model: EventModel, codebook: Codebook) -> float:
    weights = model.confidence_weights
    if not weights:
        return reading.probability
    score = sum(weights.get(name, 0.0) * value for name, value in confidence_features(reading, codebook=codebook).items())
    return 1.0 / (1.0 + math.exp(-max(min(score, 30.0), -30.0)))


def build_event(reading: Reading, work: SentenceWork, confidence: float, *, model: EventModel,
                codebook: Codebook, text: str) -> Event | None:
    candidate = reading.candidate
    entry = event_code(reading.event_class, candidate.dictionary_code, model=model, codebook=codebook)
    if entry is None:
        return None
    start, end = candidate.start, candidate.end
    return Event(id="", sentence=work.number, trigger=Span(text[start:end], start, end),
                 source=[_ref(slot, text) for slot, _ in reading.sources],
                 target=[_ref(slot, text) for slot, _ in reading.targets],
                 cameo=entry.code, root=entry.root, quad_class=entry.quad_class, goldstein=entry.goldstein,
                 plover=entry.plover, modality=reading.modality, confidence=round(confidence, 3))


def event_code(event_class: str, dictionary_code: str | None, *, model: EventModel,
               codebook: Codebook) -> CameoCode | None:
    """The dictionary's specific code when it has the model's root and category, else the class's
    usual code."""
    root, plover = class_parts(event_class)
    entry = codebook.get(dictionary_code) if dictionary_code else None
    if entry is not None and entry.root == root and entry.plover == plover:
        return entry
    return codebook.get(model.default_codes.get(event_class, root + "0"))


def _inside_other(slot: MentionSlot, chosen: list[MentionSlot]) -> bool:
    return any(other is not slot and other.start <= slot.start and slot.end <= other.end
               and other.end - other.start > slot.end - slot.start for other in chosen)


def _ref(slot: MentionSlot, text: str) -> ActorRef:
    actor = slot.actor
    return ActorRef(actor=actor.id, text=text[slot.start:slot.end], start=slot.start, end=slot.end,
                    country=actor.country, sector=actor.sector, code=actor.code)
