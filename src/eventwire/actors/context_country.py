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
5. **The story's state**: a domestic agent (police, rebels, the opposition, protesters, civilians,
   "government forces": `DOMESTIC_SECTORS`) in a document that names several states takes the state
   the story is set in, named as a location at least twice and at least twice as often as any other
   (`story_state`), when its own sentence names no other state: "police" in a story set in Turkey ->
   TUR. Troops, officials, diplomats, courts and parliaments — in foreign news often the reporting
   country's — take no story state.

Every rule says what placed the agent (`Placed`: the country, the clue as written, the rule's name);
the actor carries it as `inferred` in the record.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Token

from eventwire.actors.matcher import Match
from eventwire.actors.registry import Registry
from eventwire.actors.titles import doc_text
from eventwire.nlp import Parsed

DEPLOY_VERBS = {"send", "deploy", "dispatch", "mobilize", "mobilise", "station", "move", "withdraw", "pull",
                "recall", "rush", "amass", "mass", "post", "redeploy", "reinforce"}
LOCATIVE_PREPOSITIONS = {"in", "at", "near", "across", "outside", "inside", "throughout", "within", "around"}
SUBJECTS = {"nsubj", "nsubjpass"}
DOCUMENT_STATES = "document_states"  # key of the memo in Parsed.memo
SPEECH_VERBS = {"say", "tell", "state", "warn", "announce", "add", "insist", "declare", "stress", "claim",
                "vow", "pledge", "assure", "confirm", "note"}
STORY_STATE = "story_state"  # key of the memo in Parsed.memo
# Sectors of agents that belong to the country they are in (rule 5). Soldiers, officials and diplomats
# travel, and the courts and parliaments of foreign news are often the reporting country's ("judges"
# in a story about a Briton held in Syria), so a story's state says nothing about theirs.
DOMESTIC_SECTORS = frozenset({"COP", "REB", "INS", "SEP", "OPP", "CVL"})


class Placed(NamedTuple):
    """Where an unnamed actor's country came from: `clue` as written ("in Lahore"), `by` the rule."""

    country: str
    clue: str
    by: str

    def note(self) -> dict[str, str]:
        """The record's `inferred` field."""
        return {"clue": " ".join(self.clue.split()), "by": self.by}


@dataclass
class StateUse:
    """How a document uses one state's names: how often as a location, and the first such phrase."""

    located: int = 0
    clue: str | None = None   # "in Dhaka": the first location phrase naming the state

    def add(self, other: "StateUse") -> None:
        self.located += other.located
        self.clue = self.clue or other.clue


def context_country(parsed: Parsed, registry: Registry, last: Token, states: list[tuple[Match, str]], *,
                    sector: str | None = None, domestic: bool = False) -> Placed | None:
    """The country of the agent whose head noun is `last`, or None when the context is not clear.
    `sector`: the agent's; with `domestic` the agent is domestic whatever its sector ("government
    forces")."""
    return _sending_state(registry, last) or _sentence_place(parsed, last, states) \
        or _speaker_state(registry, last) or _document_place(parsed, last, states) \
        or (story_place_of(parsed, last, states) if domestic or sector in DOMESTIC_SECTORS else None)


def _sending_state(registry: Registry, noun: Token) -> Placed | None:
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in DEPLOY_VERBS:
        return None
    subject = next((child for child in verb.children if child.dep_ in SUBJECTS), None)
    if subject is None:
        return None
    covering = [(end - start, start, end, actor) for start, end, actor in registry.mentions_in_order()
                if start <= subject.idx < end and actor.kind == "state"]
    if not covering:
        return None
    _, start, end, actor = min(covering, key=lambda item: item[0])
    return Placed(actor.country, f"{doc_text(noun.doc)[start:end]} {verb.text}", "sender")


def _speaker_state(registry: Registry, noun: Token) -> Placed | None:
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
    covering = [(end - start, start, end, actor) for start, end, actor in registry.mentions_in_order()
                if start <= subject.idx < end and actor.country and actor.country not in ("IGO", "NGO")]
    if not covering:
        return None
    _, start, end, actor = min(covering, key=lambda item: item[0])
    return Placed(actor.country, f"{doc_text(noun.doc)[start:end]} {speech.text}", "speaker")


def _sentence_place(parsed: Parsed, noun: Token, states: list[tuple[Match, str]]) -> Placed | None:
    sent = noun.sent
    named = _sentence_states(parsed, sent, states)
    if len({iso3 for _, iso3 in named}) != 1:
        return None
    for match, iso3 in named:
        phrase = location_phrase(parsed.doc, match)
        if phrase:
            return Placed(iso3, phrase, "sentence place")
    return None


def _document_place(parsed: Parsed, noun: Token, states: list[tuple[Match, str]]) -> Placed | None:
    sent = noun.sent
    if any(sent.start_char <= match.start < sent.end_char for match, _ in states):
        return None
    named = document_states(parsed, states)
    if len(named) != 1:
        return None
    (iso3, use), = named.items()
    return Placed(iso3, use.clue, "story place") if use.located else None


def story_place_of(parsed: Parsed, noun: Token, states: list[tuple[Match, str]]) -> Placed | None:
    """Rule 5: the story's state, unless the agent's sentence names another ("… women and children from
    40 nations, including the US, UK …" in a Syria story are not Syria's)."""
    placed = _story_place(parsed, states)
    if placed is None or any(iso3 != placed.country for _, iso3 in _sentence_states(parsed, noun.sent, states)):
        return None
    return placed


BACKING = ("-backed", "-supported", "-funded", "-sponsored", "-allied", " backed", " supported", " funded")


def _sentence_states(parsed: Parsed, sent, states: list[tuple[Match, str]]) -> list[tuple[Match, str]]:
    """The states a sentence names, less backers: "Turkish-backed rebels … in Syria" names Syria as
    the rebels' candidate, not Turkey."""
    text = doc_text(parsed.doc)
    return [(match, iso3) for match, iso3 in states if sent.start_char <= match.start < sent.end_char
            and not text.startswith(BACKING, match.end)]


def _story_place(parsed: Parsed, states: list[tuple[Match, str]]) -> Placed | None:
    """The state the story is set in, as a `Placed` (see `story_state`)."""
    found = story_state(parsed, states)
    if found is None:
        return None
    iso3, use = found
    return Placed(iso3, use.clue, "story place")


def story_state(parsed: Parsed, states: list[tuple[Match, str]]) -> tuple[str, StateUse] | None:
    """The state the document is set in: named as a location at least twice, and at least twice as
    often as any other state ("in Syria" x5, "in Turkey" x2); None when no state stands out. One place
    is not enough: "EU ministers in Brussels" does not set a story about Belarus in Belgium. States
    named only as actors ("Beijing said", "the Chinese embassy") are no place."""
    if STORY_STATE not in parsed.memo:
        ranked = sorted(document_states(parsed, states).items(), key=lambda item: -item[1].located)
        first = ranked[0] if ranked else None
        second = ranked[1][1].located if len(ranked) > 1 else 0
        parsed.memo[STORY_STATE] = first if first and first[1].located >= max(2, 2 * second) else None
    return parsed.memo[STORY_STATE]


def document_states(parsed: Parsed, states: list[tuple[Match, str]]) -> dict[str, StateUse]:
    """The states the document's body names, each with how it is named as a location. Read once per
    document, not once per agent; a window of a long document is given the whole document's
    (pipeline.py), so rules 4 and 5 still see every window."""
    if DOCUMENT_STATES not in parsed.memo:
        parsed.memo[DOCUMENT_STATES] = states_named(parsed, states)
    return parsed.memo[DOCUMENT_STATES]


def states_named(parsed: Parsed, states: list[tuple[Match, str]]) -> dict[str, StateUse]:
    """iso3 -> its use as a location, for the states named in this Parsed's body sentences."""
    named: dict[str, StateUse] = {}
    for match, iso3 in states:
        if any(parsed.sentence_index(sent[0]) in parsed.content
               for sent in parsed.sentences_touching(match.start, match.start)):
            phrase = location_phrase(parsed.doc, match)
            named.setdefault(iso3, StateUse()).add(StateUse(located=int(bool(phrase)), clue=phrase))
    return named


def location_phrase(doc, match: Match) -> str | None:
    """"in Dhaka", "across northern Syria": the state name at `match` as the object of a locative
    preposition, from the preposition to the name's end; None when the name is no location."""
    span = doc.char_span(match.start, match.start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span[0]
    while token.dep_ in ("compound", "amod", "det") and token.head.i != token.i and token.head.idx < match.end:
        token = token.head  # "in South Sudan": the head of the name (not "the Chinese embassy": no place)
    if token.dep_ != "pobj" or token.head.lower_ not in LOCATIVE_PREPOSITIONS or token.head.idx > match.start:
        return None
    return doc_text(doc)[token.head.idx: match.end]
