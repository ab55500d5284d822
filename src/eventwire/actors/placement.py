"""Where an unnamed actor described by an agent noun belongs, and the clue that says so.

`coref._resolve_descriptions` reads these in order; the first that finds a state wins:

- the country word written with the agent ("Danish aid groups", "Pakistan's army chief");
- the actor written right before it ("the Biden administration", "Moscow's envoy");
- the subject that a possessive pronoun before it binds to ("the US to withdraw its troops");
- a state after it ("protesters in Lahore", "the ambassadors of Arnor, Osgiliath and Gondor") or the
  state of an organisation after "of" ("a spokesman of Hamas");
- for "the government" / "the regime" / "the authorities", the state named last (this or two sentences
  back); "the regime" first takes the state the story is set in (context_country.story_state): in a
  Syria story it is Damascus's, whichever state the sentence before named;
- then the wider context (context_country.py).

Each gives a `Placed`: the country, the clue as written and the rule's name, which the actor carries as
`inferred` in the record. `rubric_place` comes before them all: groups the annotation rubric
(docs/annotation.md 4) codes by the story, not by a country word.
"""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

from spacy.tokens import Token

from eventwire.actors.context_country import Placed, story_place_of
from eventwire.actors.matcher import Match
from eventwire.actors.registry import ProtoActor, Registry
from eventwire.actors.titles import TitleInfo, doc_text
from eventwire.nlp import Parsed

GOVERNMENT_NOUNS = {"government", "regime", "administration", "authorities", "leadership", "cabinet"}
PLACE_PREPOSITIONS = {"in", "of", "from", "inside", "within"}
# Sectors of a state's own organs: Kurdish ones in Syria are the self-administration's, an armed group
# by the rubric (SYR REB), not Syria's government or army.
ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "UAF", "REB"})


def written_country(doc, info: TitleInfo, states: list[tuple[Match, str]], start: int,
                    agent_start: int) -> Placed | None:
    """The country word of the agent's own phrase, as title_before read it ("Danish" aid groups)."""
    if not info.country:
        return None
    word = next((match for match, iso3 in states if start <= match.start < agent_start and iso3 == info.country),
                None)
    clue = doc_text(doc)[word.start:word.end] if word is not None else info.country
    return Placed(info.country, clue, "country word")


def owner_country(registry: Registry, doc, start: int) -> Placed | None:
    """The actor written right before the agent: "the Biden administration", "Moscow's envoy"."""
    text = doc_text(doc)
    for m_start, m_end, actor in reversed(registry.mentions_in_order()):
        if m_end <= start and text[m_end:start].strip().lower() in ("", "'s", "’s") \
                and actor.country and actor.country not in ("IGO", "NGO"):
            return Placed(actor.country, text[m_start:m_end], "owner")
        if m_end < start - 3:
            break
    return None


def bound_possessor_state(pronoun: Token | None, states: list[tuple[Match, str]]) -> Placed | None:
    """A possessive pronoun in a verb's object names the verb's subject: "the US to withdraw its troops
    from Afghanistan" is the US's troops, not Afghanistan's (the "from" place is where they leave)."""
    if pronoun is None:
        return None
    verb = pronoun.head
    while verb.dep_ in ("dobj", "pobj", "prep", "conj", "appos") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [child for child in verb.children if child.dep_ in ("nsubj", "nsubjpass")] if verb.pos_ in (
        "VERB", "AUX") else []
    state_at = {match.start: (match, iso3) for match, iso3 in states}
    text = doc_text(pronoun.doc)
    for subject in subjects:
        for token in subject.subtree:
            if token.idx in state_at and token.i <= subject.i:
                match, iso3 = state_at[token.idx]
                return Placed(iso3, f"{text[match.start:match.end]} … {pronoun.text}", "possessive pronoun")
    return None


def places_after(doc, last: Token, states: list[tuple[Match, str]]) -> list[Placed]:
    """"opposition groups in Zimbabwe", "the president of Egypt", "militants inside Turkey", "ambassadors
    of Arnor, Osgiliath and Gondor" (the first state and the states conjoined with it, each with the phrase
    as its clue)."""
    following = doc[last.i + 1: last.i + 4]
    if not len(following) or following[0].lower_ not in PLACE_PREPOSITIONS:
        return []
    state_at = {match.start: (match, iso3) for match, iso3 in states}
    for token in following[1:]:
        if token.idx in state_at:
            found = [state_at[token.idx]]
            for conj in token.conjuncts:
                item = state_at.get(conj.idx)
                if item and conj.i > token.i and item[1] not in {iso3 for _, iso3 in found}:
                    found.append(item)
            clue = doc_text(doc)[following[0].idx: max(match.end for match, _ in found)]
            return [Placed(iso3, clue, "place after") for _, iso3 in found]
        if token.lower_ != "the":
            break
    return []


def owner_state_after(registry: Registry, doc, last: Token) -> list[Placed]:
    """"a spokesman of Hamas": the state of the organisation or group named after "of"."""
    following = list(doc[last.i + 1: last.i + 4])
    if not following or following[0].lower_ != "of":
        return []
    owner = mention_starting(registry, following)
    if owner is None:
        return []
    m_start, m_end, actor = owner
    if actor.kind == "state" or not actor.country or actor.country in ("IGO", "NGO"):
        return []
    return [Placed(actor.country, doc_text(doc)[following[0].idx:m_end], "owner after")]


def mention_starting(registry: Registry, following: list[Token]) -> tuple[int, int, ProtoActor] | None:
    """The longest mention starting right after "of" (its article inside or outside the mention)."""
    starts = {token.idx for token in following[1:2]}
    if len(following) > 2 and following[1].lower_ == "the":
        starts.add(following[2].idx)
    after = [item for item in registry.mentions_in_order() if item[0] in starts]
    return max(after, key=lambda item: item[1] - item[0]) if after else None


def governed_state(parsed: Parsed, registry: Registry, agent: Match, last: Token, start: int,
                   states: list[tuple[Match, str]]) -> Placed | None:
    """"the government", "the regime", "the authorities": the state named last (this or 2 sentences
    back). "the regime" is first the story's state: news call a government a regime in the story about
    it ("the regime" in a Syria story is Syria's, even right after "Turkey said …"), unless its own
    sentence names another state."""
    if agent.key not in GOVERNMENT_NOUNS or start == agent.start:
        return None
    if agent.key == "regime":
        story = story_place_of(parsed, last, states)
        if story is not None:
            return story
    index = next((i for i, sent in enumerate(parsed.sentences) if sent.start_char <= start < sent.end_char), 0)
    window_start = parsed.sentences[max(0, index - 2)].start_char
    named = [(m_start, m_end, actor) for m_start, m_end, actor in registry.mentions_in_order()
             if actor.kind == "state" and window_start <= m_start and m_end <= start]
    if not named:
        return None
    m_start, m_end, actor = named[-1]
    return Placed(actor.country, doc_text(parsed.doc)[m_start:m_end], "state named before")


# -- the rubric's fixed codes ------------------------------------------------------------------------

STATELESS_PEOPLE = {"kurdish", "kurd", "kurds"}


class RubricPlace(NamedTuple):
    placed: Placed | None   # None: the group has no country
    word: Token             # the word naming the people ("Kurdish")


def rubric_place(doc, last: Token, states: list[tuple[Match, str]], after: list[Placed], *,
                 written: Placed | None, sector: str | None) -> RubricPlace | None:
    """Kurdish authorities, administration, forces, fighters … (a state's organs: `ORGAN_SECTORS`)
    belong to no state by their name; the rubric codes those in Syria as SYR REB (the SDF, the YPG and
    their civil administration). In Syria: "Syrian" written with them, a place written after them ("in
    north-east Syria"), or a document that names Syria more often than Iraq. Elsewhere no country at
    all — never a state merely named in the sentence (the misread this replaces gave AUSGOV in a story
    about an Australian they hold). None: the other rules decide — no Kurdish word, no organ ("Kurdish
    civilians"), or another country written with them ("Britain's Kurdish community")."""
    word = next((token for token in doc[last.left_edge.i: last.i] if token.lower_ in STATELESS_PEOPLE), None)
    if word is None or sector not in ORGAN_SECTORS or written and written.country != "SYR":
        return None
    syria = written or (after[0] if after else None)
    if syria is not None:  # "Syrian Kurdish fighters", "Kurdish authorities in north-east Syria"
        return RubricPlace(Placed("SYR", syria.clue, "rubric"), word) if syria.country == "SYR" else None
    named = Counter(iso3 for _, iso3 in states if iso3 in ("SYR", "IRQ"))
    if named["SYR"] > named["IRQ"]:
        return RubricPlace(Placed("SYR", f"{word.text}, in a story naming Syria", "rubric"), word)
    return RubricPlace(None, word)
