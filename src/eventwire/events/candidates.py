"""Event candidates of a sentence: every predicate or event noun that could be a political event, with
the actor mentions around it, and what the dictionary coder reads there.

The learned coder (events/learned.py) decides which candidates are events and who the participants are;
the dictionary's code, its pattern and its rule-based participants are evidence for that decision, not
the decision itself.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire.events.coder import verb_candidate
from eventwire.events.nouns import EVENT_NOUNS, is_topic, light_verb_object, noun_code
from eventwire.events.participants import Participants, ParticipantFinder, noun_participants, \
    verb_participants
from eventwire.events.verbs import VerbDictionary
from eventwire.schema import Actor

# dependencies under which a verb form is no predicate: auxiliaries, and participles used as
# prepositions ("according to", "following the talks")
NOT_PREDICATE_DEPS = {"aux", "auxpass", "prep"}


@dataclass
class MentionSlot:
    """One actor mention inside the sentence: its span, head token and actor."""

    start: int
    end: int
    head: Token
    actor: Actor
    nested: bool = False      # inside a longer mention ("Russian" in "Russian Foreign Minister Lavrov")


@dataclass
class EventCandidate:
    trigger: Token
    end_token: Token                 # last token of the trigger phrase (light verb + event noun)
    dictionary_code: str | None      # the built-in dictionary's reading, if any
    from_pattern: bool = False
    noun: bool = False
    light: bool = False
    rule: Participants = field(default_factory=Participants)   # the dictionary coder's participants

    @property
    def start(self) -> int:
        return self.trigger.idx

    @property
    def end(self) -> int:
        return self.end_token.idx + len(self.end_token)


def sentence_mentions(sent: SpacySpan, actors_by_id: dict[str, Actor],
                      entries: list[tuple[int, int, str]]) -> list[MentionSlot]:
    """The actor mentions inside a sentence (`entries`: the document's (start, end, actor id), sorted)."""
    slots: list[MentionSlot] = []
    doc = sent.doc
    for start, end, actor_id in entries:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        slots.append(MentionSlot(start, end, span.root, actors_by_id[actor_id]))
    for slot in slots:
        slot.nested = any(other is not slot and other.start <= slot.start and slot.end <= other.end
                          and (other.end - other.start) > (slot.end - slot.start) for other in slots)
    return slots


def find_candidates(sent: SpacySpan, *, verbs: VerbDictionary, finder: ParticipantFinder,
                    event_nouns: frozenset[str] = frozenset()) -> list[EventCandidate]:
    """Predicates (verbs, light verb + event noun) and event nouns of the sentence, in text order.
    `event_nouns`: noun lemmas learned as triggers, on top of the shipped event-noun table."""
    found: dict[int, EventCandidate] = {}
    light_nouns: set[int] = set()
    for token in sent:
        if token.pos_ == "VERB" and token.dep_ not in NOT_PREDICATE_DEPS:
            candidate = _verb(token, verbs, finder)
            found[token.i] = candidate
            if candidate.light:
                light_nouns.add(candidate.end_token.i)
    for token in sent:
        if token.pos_ not in ("NOUN", "PROPN") or token.i in light_nouns or token.i in found:
            continue
        lemma = token.lemma_.lower()
        if lemma not in EVENT_NOUNS and lemma not in event_nouns:
            continue
        code = noun_code(token)
        if code and is_topic(token):
            code = None   # "the treaty covers attacks": a subject matter; the model still sees it
        found[token.i] = EventCandidate(token, token, code, noun=True, rule=noun_participants(token, finder))
    return [found[i] for i in sorted(found)]


def _verb(token: Token, verbs: VerbDictionary, finder: ParticipantFinder) -> EventCandidate:
    noun = light_verb_object(token)
    coded = verb_candidate(token, verbs, names_actor=finder.resolves)
    end = noun if noun is not None else token
    code = coded.code if coded is not None and coded.code else None
    subject_is_target = coded.subject_is_target if coded is not None else False
    rule = verb_participants(token, finder, subject_is_target=subject_is_target)
    return EventCandidate(token, end, code, from_pattern=bool(coded and coded.from_pattern),
                          light=noun is not None, rule=rule)
