"""Source and target participants of a trigger, read from the dependency parse and linked to actors.

Verbs: subject -> source; indirect object, direct object, prepositional objects, then "with/to/against"
phrases nested in those objects and the subject of a complement clause ("believes Y can …") -> target; a
passive's "by" agent is the source and its subject the target. Subject-less verbs (xcomp, coordinated)
inherit their governor's subject. Coordinated phrases give lists. Event nouns: possessor / "of" / "by"
-> source, "to" / "with" / "against" / "on" -> target.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.mentions import MentionIndex, actor_refs
from eventwire.schema import ActorRef

TARGET_PREPS = ("to", "with", "against", "on", "at", "for", "from", "toward", "towards", "into", "in")
NOUN_SOURCE_PREPS = ("of", "by")
NESTED_TARGET_PREPS = ("to", "with", "against", "toward", "towards", "on")
NOUN_TARGET_PREPS = ("to", "with", "against", "on", "in", "at")
PHRASE_CUT_DEPS = {"relcl", "appos", "acl", "conj", "cc", "punct", "advcl", "prep", "case"}
POSSESSIVE_PRONOUNS = {"his", "her", "its", "their"}


@dataclass
class Participants:
    source: list[ActorRef] = field(default_factory=list)
    target: list[ActorRef] = field(default_factory=list)
    distance: int = 1  # parse hops from trigger to the farthest participant used (evidence strength)

    @property
    def resolved(self) -> bool:
        return any(ref.actor for ref in self.source + self.target)

    @property
    def both_resolved(self) -> bool:
        return any(ref.actor for ref in self.source) and any(ref.actor for ref in self.target)


class ParticipantFinder:
    def __init__(self, mentions: MentionIndex, text: str):
        self.mentions = mentions
        self.text = text

    def refs(self, head: Token, *, exclude: frozenset[str] | set[str] = frozenset()) -> list[ActorRef]:
        """ActorRefs for a noun phrase and the phrases coordinated with it; `exclude` (actor ids)
        passes over a modifier naming only those actors."""
        refs: list[ActorRef] = []
        modifiers = _coordinated_modifiers(head)
        for token in [*modifiers, head, *head.conjuncts]:
            if any(token.i == modifier.i for modifier in modifiers):  # only a modifier that is a name itself: "its war and jail …" is a misparse
                actors, via = self.mentions.actors_at(token.idx, token.idx + len(token)), token
            else:
                actors, via = self.actors_via(token, exclude=exclude)
            start, end = phrase_span(via if via.dep_ == "compound" else token)
            refs.extend(actor_refs(actors, text=self.text[start:end], start=start, end=end))
        return refs

    def actors_via(self, token: Token, *, exclude: frozenset[str] | set[str] = frozenset()) -> tuple[list, Token]:
        """Actors of a phrase head; else of its apposition or of a possessor/modifier naming one
        ("Pakistan's army chief" -> Pakistan when the chief is not known), and the token used. A
        modifier naming only excluded actors is passed over: in "X demanded that *its* EC partners …"
        the possessor is X itself, and the partners are the EC's."""
        found = self.mentions.actors_at(token.idx, token.idx + len(token))
        if found:
            return found, token
        for child in token.children:
            if child.dep_ in ("appos", "poss", "compound", "amod"):
                found = self.mentions.actors_at(child.idx, child.idx + len(child))
                if found and not all(actor.id in exclude for actor in found):
                    return found, child
        return [], token

    def resolves(self, token: Token) -> bool:
        return any(ref.actor for ref in self.refs(token))


def _coordinated_modifiers(head: Token) -> list[Token]:
    """spaCy sometimes parses coordinated names before a head as its modifiers ("Fornost and the evil
    awful Gondor": *Fornost* an nmod of Gondor, with "and … awful" coordinated to it); a modifier with
    a conjunction of its own is a conjunct of the head, not a description of it."""
    found: list[Token] = []
    for child in head.lefts:
        if child.dep_ in ("nmod", "compound", "npadvmod") and any(c.dep_ in ("cc", "conj") for c in child.children):
            found.extend([child, *child.conjuncts])
    return found


def phrase_span(head: Token) -> tuple[int, int]:
    """Character span of a participant phrase: the head's subtree without clauses, appositions,
    coordination and trailing prepositional phrases ("Pakistan's powerful army chief")."""
    tokens = [head]
    stack = [child for child in head.children if child.dep_ not in PHRASE_CUT_DEPS]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(child for child in token.children if child.dep_ not in {"relcl", "appos", "acl", "advcl"})
    tokens.sort(key=lambda t: t.i)
    while len(tokens) > 1 and tokens[-1].is_punct:
        tokens.pop()
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def verb_participants(verb: Token, finder: ParticipantFinder, *, subject_is_target: bool = False) -> Participants:
    subject, passive = find_subject(verb)
    agent = _agent(verb)
    found = Participants()
    if passive:
        found.source = finder.refs(agent) if agent is not None else []
        found.target = finder.refs(subject) if subject is not None else []
    else:
        found.source = finder.refs(subject) if subject is not None else []
        if not any(ref.actor for ref in found.source) and (between := _between_sides(verb, finder)):
            found.source = between   # "Fighting broke out between A and B": both sides act (reciprocal)
            return found
        own = {ref.actor for ref in found.source if ref.actor}
        own_countries = {ref.country for ref in found.source if ref.country}
        target, distance = _target(verb, finder, exclude=own, own_countries=own_countries)
        found.target = finder.refs(target, exclude=own) if target is not None else []
        found.distance = distance
    if subject_is_target:
        found.source, found.target = [], found.source + found.target
    return found


def _between_sides(verb: Token, finder: ParticipantFinder) -> list[ActorRef]:
    """The actors of a "between A and B" phrase of the verb, when it names two or more."""
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "between":
            refs = [ref for ref in _pobj_refs(prep, finder) if ref.actor]
            if len({ref.actor for ref in refs}) >= 2:
                return refs
    return []


def find_subject(verb: Token) -> tuple[Token | None, bool]:
    """(subject, passive?) of a verb, inheriting through xcomp / conj / relative clauses."""
    current = verb
    for _ in range(5):
        for child in current.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                if child.tag_ in ("WDT", "WP") and current.dep_ == "relcl":
                    return current.head, False
                return child, child.dep_ == "nsubjpass" and current.i == verb.i
        # "X is about to restore": the subject sits on the copula above the adjective ("acomp")
        if current.dep_ in ("xcomp", "conj", "advcl", "acomp") and current.head.i != current.i:
            current = current.head
        elif _complement_of_predicate(current):
            current = current.head.head   # "X are guilty of violating": on to the adjective, then its copula
        elif current.dep_ == "relcl":
            return current.head, False
        else:
            break
    return None, False


def _complement_of_predicate(verb: Token) -> bool:
    """A gerund under a predicate adjective's preposition ("guilty *of violating*", "responsible for
    attacking") is done by the adjective's subject."""
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.dep_ == "prep" and prep.head.dep_ == "acomp"


def _agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            return next((t for t in child.children if t.dep_ == "pobj"), None)
    return None


def _target(verb: Token, finder: ParticipantFinder, *, exclude: set[str] = frozenset(),
            own_countries: set[str] = frozenset()) -> tuple[Token | None, int]:
    """The first resolving candidate among: indirect object, direct object, prepositional objects
    (of the verb, then inside its object: "supply of gear to the country"). The source's own people
    ("withdrew *its troops* from Afghanistan", "recalled their envoys") are what it acts with, not on."""
    children = list(verb.children)
    direct = [c for c in children if c.dep_ in ("dative", "dobj", "attr", "oprd")]
    direct.sort(key=lambda c: c.dep_ != "dative")
    candidates = [(c, 1) for c in direct if c.dep_ != "dative" or c.pos_ != "ADP"]
    candidates += [(pobj, 2) for c in direct if c.dep_ == "dative" and c.pos_ == "ADP" for pobj in c.children
                   if pobj.dep_ == "pobj"]
    candidates += [(pobj, 2) for prep in children if prep.dep_ == "prep" and prep.lower_ in TARGET_PREPS
                   for pobj in prep.children if pobj.dep_ == "pobj"]
    for obj in direct + [pobj for pobj, _ in candidates if pobj.dep_ == "pobj"]:
        candidates += [(pobj, 3) for pobj in nested_targets(obj)]
    # a reported clause before the verb ("X will restore ties, an official said") is what is said, not
    # whom it is said to: only a complement after the verb may hold the target ("accused X of …")
    candidates += [(subject, 3) for clause in children if clause.dep_ == "ccomp" and clause.i > verb.i
                   for subject in clause.children if subject.dep_ == "nsubj"]
    candidates += [(token, 4) for token in _phrase_nouns(verb)]
    uncoded: tuple[Token | None, int] = (None, 1)
    for token, distance in candidates:
        # "presented their credentials to X": a phrase naming only the source is not the target
        refs = [ref for ref in finder.refs(token, exclude=exclude) if ref.actor and ref.actor not in exclude]
        if not refs or _own_people(token, refs, own_countries):
            continue
        # Last resort, as PETRARCH reads the phrase: its first *coded* actor. A name with no code
        # ("blocked the bridge spanning the Rhine from France …") is kept only when nothing else is.
        if distance == 4 and not any(ref.code for ref in refs):
            uncoded = uncoded if uncoded[0] is not None else (token, distance)
            continue
        return token, distance
    return uncoded


def _own_people(token: Token, refs: list[ActorRef], own_countries: set[str]) -> bool:
    """Its own troops, or — for a joint act of several states — one of those states' people ("the two
    countries agreed to collaborate during the visit of the Russian FM"): no target either way."""
    inside = bool(own_countries) and all(ref.country in own_countries for ref in refs)
    owned = any(child.dep_ == "poss" and child.lower_ in ("its", "their") for child in token.children)
    return inside and (owned or len(own_countries) >= 2)


# Dependencies that start a clause of its own: actors inside it belong to that clause's event.
CLAUSE_DEPS = {"relcl", "acl", "advcl", "ccomp", "xcomp", "conj", "cc", "parataxis", "nsubj", "nsubjpass",
               "csubj", "agent", "mark", "punct", "aux", "auxpass", "neg", "advmod"}


def _phrase_nouns(verb: Token) -> list[Token]:
    """Last resort, as PETRARCH does it: nouns of the verb phrase after the verb, in text order,
    outside clauses of their own ("fired two shells at Seoul", "appealed for peace in X")."""
    found: list[Token] = []
    stack = [child for child in verb.children if child.i > verb.i and child.dep_ not in CLAUSE_DEPS]
    while stack:
        token = stack.pop()
        if token.pos_ in ("NOUN", "PROPN", "PRON"):
            found.append(token)
        stack.extend(child for child in token.children if child.dep_ not in CLAUSE_DEPS - {"conj", "cc"}
                     or _participle_phrase(child))
    # a compound modifier is tried as its whole phrase first, at the phrase's place: "an attack by
    # Osgiliath soldiers" is the soldiers (OSGMIL), not the bare country word
    ordered: list[Token] = []
    for token in sorted(found, key=lambda token: token.i):
        ordered.extend(t for t in (_compound_head(token), token) if t not in ordered)
    return ordered


def _participle_phrase(child: Token) -> bool:
    """A participle describing a noun of the verb phrase has no actor of its own, so PETRARCH reads its
    nouns as the verb phrase's ("cordoned off the roads *leading into* X", "memos *sent by* X")."""
    if child.dep_ == "acl" and child.tag_ in ("VBG", "VBN") and child.head.pos_ in ("NOUN", "PROPN"):
        return True
    return child.dep_ == "agent" and child.head.dep_ == "acl"


def _compound_head(token: Token) -> Token:
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    return token


def nested_targets(phrase: Token, *, depth: int = 3) -> list[Token]:
    """Objects of 'to/with/against…' phrases inside an object phrase, passing through 'of' chains:
    "welcomed the resumption of ties with X", "called for a boycott against X"."""
    found: list[Token] = []
    for prep in phrase.children:
        if prep.dep_ != "prep" or depth <= 0:
            continue
        for pobj in (t for t in prep.children if t.dep_ == "pobj"):
            if prep.lower_ in NESTED_TARGET_PREPS:
                found.append(pobj)
            if prep.lower_ in NESTED_TARGET_PREPS + ("of",):
                found.extend(nested_targets(pobj, depth=depth - 1))
    return found


def noun_participants(noun: Token, finder: ParticipantFinder) -> Participants:
    found = Participants(distance=2)
    for child in noun.children:
        if child.dep_ == "poss":
            found.source = finder.refs(child) if finder.resolves(child) else _pronoun_antecedent(child, finder)
        elif child.dep_ in ("prep", "agent") and child.lower_ in NOUN_SOURCE_PREPS and not found.source:
            found.source = _pobj_refs(child, finder)
        elif child.dep_ == "prep" and child.lower_ in NOUN_TARGET_PREPS and not found.target:
            found.target = _pobj_refs(child, finder)
        elif child.dep_ in ("compound", "amod", "nmod") and not found.source and finder.resolves(child):
            found.source = finder.refs(child)
    return found


def _pobj_refs(prep: Token, finder: ParticipantFinder) -> list[ActorRef]:
    pobj = next((t for t in prep.children if t.dep_ == "pobj"), None)
    return finder.refs(pobj) if pobj is not None and finder.resolves(pobj) else []


def _pronoun_antecedent(pronoun: Token, finder: ParticipantFinder) -> list[ActorRef]:
    """'On his visit to Pakistan, Lavrov promised …': a possessive pronoun in a fronted phrase refers to
    the main clause's subject (used only when the actors stage did not resolve the pronoun itself)."""
    if pronoun.lower_ not in POSSESSIVE_PRONOUNS:
        return []
    root = pronoun.sent.root
    subject, _ = find_subject(root)
    if subject is None or not finder.resolves(subject):
        return []
    return finder.refs(subject)
