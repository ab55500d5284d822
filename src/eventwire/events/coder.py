"""The dictionary coder: triggers in content sentences -> CAMEO-coded events between resolved actors.

It decides alone with a user's verb dictionary (PETRARCH mode); with the built-in dictionaries the
learned coder (events/learned.py) decides and reads this coder's candidates and participants as evidence.

One event per clause: for a verb governing another coded verb ("agreed to collaborate", "refused to
meet"), intent/aspect governors (agree, plan, promise, will …) give way to the governed act, other
governors (refuse, threaten, demand) keep the event. Statement verbs ("said", CAMEO 010 from the bare
verb) are coded only with a resolved target ("told Pakistan"): their clauses usually carry a more
specific event, and a generic 010 between speaker and nobody is noise. Events with no participant
resolved to an actor are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire.dictionaries.pico import NO_NEGATIONS, Negations
from eventwire.events.codebook import Codebook
from eventwire.events.commas import skipped_clauses
from eventwire.events.linking import fill_missing_targets
from eventwire.events.options import DEFAULT_OPTIONS, CoderOptions
from eventwire.events.matching import VerbMatch, match_verb
from eventwire.events.modality import INTENT_GOVERNORS, event_modality
from eventwire.events.new_actors import code_new_actors
from eventwire.events.nouns import REVERSED_CODES, is_topic, light_verb_object, noun_code
from eventwire.events.participants import ParticipantFinder, Participants, noun_participants, \
    verb_participants
from eventwire.events.verbs import VerbDictionary
from eventwire.mentions import MentionIndex
from eventwire.nlp import Parsed
from eventwire.schema import Actor, Event, Span

PROMISE_ROOT = "03"
# "promise/agree to provide aid" = CAMEO 03x "express intent to …" (PETRARCH's combination rule)
INTENT_EQUIVALENT = {"061": "0311", "062": "0312", "063": "0313", "064": "0314", "060": "031",
                     "070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
                     "040": "036", "041": "036", "042": "036", "043": "036", "044": "036", "046": "036",
                     "045": "039", "050": "032", "057": "032", "080": "035", "081": "0351", "084": "0353"}


@dataclass
class Candidate:
    """A coded trigger before participants are attached."""

    trigger: Token
    end_token: Token          # last token of the trigger phrase (light verbs: the event noun)
    code: str
    subject_is_target: bool
    from_pattern: bool
    noun: bool = False
    intent_governor: bool = False
    marked: dict[str, list[Token]] = field(default_factory=dict)   # pattern-marked participants ("(WITH +)")
    paired_code: str | None = None   # `[032:033]`: the act seen from the target (033, host a visit)


def code_events(parsed: Parsed, actors: list[Actor], *, verbs: VerbDictionary, codebook: Codebook,
                options: CoderOptions | None = None) -> list[Event]:
    """Events of the content sentences as the dictionaries code them; `options` (default:
    DEFAULT_OPTIONS) are PETRARCH's coder switches (events/options.py)."""
    options = options or DEFAULT_OPTIONS
    judge = Judge(codebook, negations=verbs.negations)
    finder = ParticipantFinder(MentionIndex(actors), parsed.text)
    events: list[Event] = []
    sentences = list(parsed.content_sentences())
    discards = verbs.discards
    if discards and any(discards.discards_story(sent.text) for _, sent in sentences):
        return events  # a story-level discard phrase: PETRARCH codes nothing in the story
    for index, sent in sentences:
        if discards and discards.discards_sentence(sent.text):
            continue
        skipped = skipped_clauses(sent, options)   # PETRARCH's comma options (events/commas.py)
        built = [(candidate, build_event(candidate, index, finder, judge))
                 for candidate in sentence_candidates(sent, verbs, names_actor=finder.resolves)
                 if candidate.trigger.i not in skipped]
        found = _without_background(built)
        kept = one_per_dyad(found)
        paired = paired_events(kept, {id(event): candidate.paired_code for candidate, event in built
                                      if event is not None and candidate.paired_code}, judge.codebook)
        for event in kept + _mirrored_meetings(kept) + paired:
            event.id = f"e{len(events) + 1}"
            events.append(event)
    fill_missing_targets(events)
    code_new_actors(events, parsed.doc, max_words=options.new_actor_length)
    if options.require_dyad:
        events = [event for event in events if has_dyad(event)]
        for number, event in enumerate(events, start=1):
            event.id = f"e{number}"
    return events


def has_dyad(event: Event) -> bool:
    """A coded source and a coded target, or several coded sources of a reciprocal act (PETRARCH's
    `require_dyad`: PETRARCH sees only actors its dictionaries code, so "AFP reported" with an
    uncoded AFP has no source)."""
    sources = [ref for ref in event.source if _coded(ref)]
    return bool(sources) and (any(_coded(ref) for ref in event.target) or len(sources) > 1)


def _coded(ref) -> bool:
    return bool(ref.code or ref.country or ref.sector)


# Meeting is mutual: "X will meet Y" is also Y meeting X (PETRARCH codes both directions).
SYMMETRIC_TRIGGERS = {"meet", "meets", "met", "meeting", "meetings"}


def _mirrored_meetings(found: list[Event]) -> list[Event]:
    """The reverse of each meet-type event between a resolved source and target."""
    mirrored = []
    for event in found:
        if event.trigger.text.lower() in SYMMETRIC_TRIGGERS and event.source and event.target \
                and event.root in ("03", "04"):
            mirrored.append(replace(event, source=list(event.target), target=list(event.source)))
    return mirrored


def paired_events(kept: list[Event], paired_codes: dict[int, str], codebook: Codebook) -> list[Event]:
    """TABARI's paired codes (`LEFT [032:033]`): "X left for Y" is X visiting Y (032) and Y hosting X
    (033), so the act is also coded from the target back to the source with the second code."""
    found = []
    for event in kept:
        entry = codebook.get(paired_codes.get(id(event), ""))
        if entry is not None and event.source and event.target:
            found.append(replace(event, source=list(event.target), target=list(event.source), cameo=entry.code,
                                 root=entry.root, quad_class=entry.quad_class, goldstein=entry.goldstein,
                                 plover=entry.plover))
    return found


def one_per_dyad(found: list[Event]) -> list[Event]:
    """Within a sentence, one event per category and dyad: "providing vaccines … to help Pakistan", a verb
    recoded to the category of its sentence's other event, or "the attack killed …, the strike hit …" say
    the same thing twice. The most confident is kept (the earliest on ties). Both coders use it."""
    best: dict[tuple, Event] = {}
    for event in found:
        key = (event.plover or event.cameo, frozenset(ref.actor for ref in event.source),
               frozenset(ref.actor for ref in event.target))
        if key not in best or event.confidence > best[key].confidence:
            best[key] = event
    kept = {id(event) for event in best.values()}
    return [event for event in found if id(event) in kept]


@dataclass
class Judge:
    """The codebook, and how a negated verb is coded."""

    codebook: Codebook
    negations: Negations = NO_NEGATIONS   # a user's PICO ontology: the code of a negated verb


def sentence_candidates(sent: SpacySpan, verbs: VerbDictionary, *,
                        names_actor: Callable[[Token], bool] | None = None) -> list[Candidate]:
    coded: dict[int, Candidate] = {}
    light_nouns: set[int] = set()
    for token in sent:
        # a participle used as a preposition ("according to", "following") is no act
        if token.pos_ in ("VERB", "AUX") and token.dep_ not in ("aux", "auxpass", "prep"):
            candidate = verb_candidate(token, verbs, names_actor=names_actor)
            if candidate is not None:
                coded[token.i] = candidate
                light_nouns.add(candidate.end_token.i)
    resolve_governed(coded, verbs)
    for token in sent:
        if token.pos_ not in ("NOUN", "PROPN") or token.i in light_nouns:
            continue
        code = noun_code(token)
        if code and is_topic(token):
            continue   # "the treaty covers attacks on X": a subject matter, not a happening
        if code and not _object_of_coded(token, coded):
            coded[token.i] = Candidate(token, token, code, False, False, noun=True)
        elif code in REVERSED_CODES.values() and token.head.i in coded and not coded[token.head.i].from_pattern:
            coded[token.head.i].code = code   # "sanctions were eased": the easing, not a bare "ease"
    return [coded[i] for i in sorted(coded)]


def verb_candidate(token: Token, verbs: VerbDictionary, *,
                   names_actor: Callable[[Token], bool] | None = None) -> Candidate | None:
    found: VerbMatch | None = match_verb(token, verbs, names_actor=names_actor)
    noun = light_verb_object(token)
    if noun is not None and (found is None or found.pattern is None):
        return Candidate(token, noun, noun_code(noun), False, True)
    if found is None:
        return None
    lemma = token.lemma_.lower()
    intent = lemma in INTENT_GOVERNORS or (found.code or "").startswith(PROMISE_ROOT)
    if found.code is None:
        if not intent:
            return None
        return Candidate(token, token, "", False, False, intent_governor=True)
    end = noun if noun is not None else token  # a pattern on a light verb: "held talks" stays the trigger
    return Candidate(token, end, found.code, found.subject_is_target, found.pattern is not None,
                     intent_governor=intent and found.pattern is None, marked=found.marked,
                     paired_code=found.paired_code)


def resolve_governed(coded: dict[int, Candidate], verbs: VerbDictionary) -> None:
    """One event per clause: merge a governor with the coded verb in its xcomp."""
    for index in sorted(coded):
        candidate = coded.get(index)
        if candidate is None:
            continue
        governor = coded.get(candidate.trigger.head.i) if candidate.trigger.dep_ in ("xcomp", "advcl") else None
        if governor is None:
            continue
        if candidate.trigger.dep_ == "advcl":
            continue
        elif governor.intent_governor:
            if governor.code.startswith(PROMISE_ROOT):
                candidate.code = INTENT_EQUIVALENT.get(candidate.code, candidate.code)
            del coded[governor.trigger.i]
        else:
            del coded[index]
    for index in [i for i, c in coded.items() if not c.code]:
        del coded[index]


# Appeals, demands and warnings (CAMEO 02, 10, 13) may govern a finite clause ("demanded that its
# partners refuse …"): the act demanded is their content.
DEMANDING_ROOTS = ("02", "10", "13")


BACKGROUND_MARKERS = {"after", "since", "because", "when", "before", "following"}


def _without_background(built: list[tuple[Candidate, Event | None]]) -> list[Event]:
    """"X recalled its ambassador after crowds burned down its embassy": the clause under "after/since/
    because …" is background to the sentence's event and is not coded when that event is."""
    found = [(_in_background_clause(candidate.trigger), event) for candidate, event in built if event is not None]
    if all(background for background, _ in found):
        return [event for _, event in found]
    return [event for background, event in found if not background]


def _in_background_clause(token: Token) -> bool:
    clause = token
    while clause.dep_ in ("xcomp", "conj", "ccomp") and clause.head.i != clause.i:
        clause = clause.head
    return clause.dep_ == "advcl" and any(child.dep_ == "mark" and child.lower_ in BACKGROUND_MARKERS
                                          for child in clause.children)


def _object_of_coded(noun: Token, coded: dict[int, Candidate]) -> bool:
    """The noun is inside a coded verb's object ("promised … cooperation"): the verb's event covers it."""
    head = noun.head
    while head.dep_ in ("prep", "pobj", "conj", "dobj", "compound") and head.head.i != head.i:
        if head.i in coded and head.dep_ != "pobj":
            return True
        head = head.head
    return head.i in coded and noun.dep_ != "pobj"


def build_event(candidate: Candidate, sentence: int, finder: ParticipantFinder, judge: Judge) -> Event | None:
    entry = judge.codebook.get(candidate.code)
    if entry is None:
        return None
    if candidate.noun:
        found = noun_participants(candidate.trigger, finder)
    else:
        found = verb_participants(candidate.trigger, finder, subject_is_target=candidate.subject_is_target)
        _apply_marked(found, candidate.marked, finder)
    if not found.resolved:
        return None
    _drop_self_targets(found)
    if entry.root in PLACE_IS_NO_TARGET_ROOTS and not candidate.from_pattern and not candidate.noun:
        _drop_place_targets(found, candidate.trigger)
    if not _enough_for_verbal(candidate, entry, found, finder.mentions):
        return None
    _drop_unresolved(found)
    modality = event_modality(candidate.trigger, intent_code=entry.root in ("03",))
    if modality == "negated" and not candidate.noun:
        entry, modality = _negated_act(entry, judge)
    if _aid_without_recipient(entry, found):
        return None
    # the span over both tokens, whichever comes first: an end token before the trigger gave an
    # inverted span that failed the whole document later (E035 in trigger_token)
    start = min(candidate.trigger.idx, candidate.end_token.idx)
    end = max(candidate.trigger.idx + len(candidate.trigger), candidate.end_token.idx + len(candidate.end_token))
    return Event(id="", sentence=sentence, trigger=Span(finder.text[start:end], start, end),
                 source=found.source, target=found.target, cameo=entry.code, root=entry.root,
                 quad_class=entry.quad_class, goldstein=entry.goldstein, plover=entry.plover,
                 modality=modality,
                 confidence=confidence(candidate, found, modality))


def _negated_act(entry, judge: Judge):
    """With a PICO ontology, a negated verb is coded as the act its negation is, as UniversalPetrarch
    does: "didn't clash over the efforts" (110, disapprove) is 050. That act is asserted."""
    negated = judge.negations.negated(entry.code) if judge.negations else None
    recoded = judge.codebook.get(negated) if negated else None
    return (recoded, "asserted") if recoded is not None else (entry, "negated")


def _apply_marked(found: Participants, marked: dict[str, list[Token]], finder: ParticipantFinder) -> None:
    """A phrase the matched pattern marks (`(WITH +)`, `(BY $)`, `MAY_DAY $`) holds that participant, as
    in PETRARCH, when it names an actor: "celebrated Eid at X with Y" -> target Y, not the place X."""
    for role, heads in marked.items():
        head = next((head for head in heads if finder.resolves(head)), None)
        if head is not None:
            setattr(found, role, finder.refs(head))


VIOLENT_ROOTS = ("18", "19", "20")
# Acts one side does for another: several sources and no target do not make them mutual.
ONE_WAY_ROOTS = ("07",)


def _aid_without_recipient(entry, found: Participants) -> bool:
    """"Beijing and New Delhi … both have stepped up development aid": aid given by several actors
    is not aid given to each other (as "X and Y agreed" is mutual); without a recipient it is no event.
    Read on the final code: "X and Y agreed to expand defence production" (0332, intent) is mutual."""
    sources = {ref.actor for ref in found.source if ref.actor}
    return entry.root in ONE_WAY_ROOTS and len(sources) >= 2 and not any(ref.actor for ref in found.target)


def _violent_happening(candidate: Candidate) -> bool:
    """A violent event named as the subject ("Clashes killed 100 people", "An explosion hit the
    market") is a happening with an unknown perpetrator, not a non-actor subject."""
    subjects = [child for child in candidate.trigger.children if child.dep_ in ("nsubj", "nsubjpass")]
    return any((noun_code(subject) or "")[:2] in VIOLENT_ROOTS for subject in subjects)


def _subject_names_an_actor(candidate: Candidate, mentions) -> bool:
    """"Thousands of Gondor protesters": the subject phrase names an actor even if its head does not."""
    for subject in candidate.trigger.children:
        if subject.dep_ in ("nsubj", "nsubjpass"):
            if mentions.any_within(subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)):
                return True
    return False


def _enough_for_verbal(candidate: Candidate, entry, found: Participants, mentions) -> bool:
    """A bare verbal-event verb ("said", "claimed", "signaled": quad classes 1 and 3, no pattern) needs a
    resolved target or, except statements, an act it governs ("declined to resign"); only intent /
    consult / support verbs may instead have a reciprocal source. Any event whose subject is there
    but is no actor ("The emerging shift has pushed Russia …", "the floods damaged …", "The measures
    freeze …") is dropped: events are done by actors (people, groups and agents such as "troops" or
    "protesters" all resolve), so a subject that resolves to none means the verb is no event here."""
    if entry.root == "01" and not any(ref.actor for ref in found.source):
        return False  # a statement by no one known ("with experts saying that …") tells an analyst nothing
    if found.source and not any(ref.actor for ref in found.source):
        if entry.quad_class in (1, 3):
            return False  # words come from actors
        # "Clashes killed 100 people" is violence by an unknown hand; "attacks … disrupted routes" is
        # no one reducing relations: a violent happening stands in for an actor only in violent acts
        violent_act = entry.root in VIOLENT_ROOTS and _violent_happening(candidate)
        if not violent_act and not _subject_names_an_actor(candidate, mentions):
            return False
    if candidate.from_pattern or candidate.noun or entry.quad_class not in (1, 3):
        return True
    if any(ref.actor for ref in found.target):
        return True
    if governs_act(candidate.trigger, clauses=entry.root in DEMANDING_ROOTS) and not entry.root.startswith("01"):
        return True   # "declined to resign", "demanded that X …": the governed act is the content
    if found.source and not entry.root.startswith("01") and _object_is_event(candidate.trigger):
        return True   # "condemned the attack", "welcomed the talks": the act judged is the content
    reciprocal = len({ref.actor for ref in found.source if ref.actor}) >= 2
    return reciprocal and entry.root in ("03", "04", "05")


def _object_is_event(trigger: Token) -> bool:
    return any(child.dep_ == "dobj" and noun_code(child) for child in trigger.children)


def governs_act(trigger: Token, *, clauses: bool = False) -> bool:
    """The verb takes an infinitive complement of its own ("refused to meet", "vowed to retaliate");
    with `clauses`, also a finite one ("demanded that its partners refuse …")."""
    deps = ("xcomp", "ccomp") if clauses else ("xcomp",)
    return any(child.dep_ in deps and child.pos_ in ("VERB", "AUX") for child in trigger.children)


def _drop_self_targets(found: Participants) -> None:
    """A target that is the source again ("Russia … its own troops") is no dyad. A reciprocal
    ("The two countries agreed", "X and Y met") already has all actors in source and no target."""
    source_ids = {ref.actor for ref in found.source if ref.actor}
    found.target = [ref for ref in found.target if not (ref.actor and ref.actor in source_ids)]
    # within a role, an unresolved conjunct next to resolved ones is not a participant ("the country
    # … and enhanced cooperation")
    for role in ("source", "target"):
        refs = getattr(found, role)
        if any(ref.actor for ref in refs):
            setattr(found, role, [ref for ref in refs if ref.actor])


# "said in Nairobi", "met in Ankara": where one speaks or meets is not whom one addresses or meets
PLACE_IS_NO_TARGET_ROOTS = ("01", "04")
LOCATIVE_PREPS = {"in", "at"}


def _drop_place_targets(found: Participants, trigger: Token) -> None:
    """"He said in Nairobi": where a statement was made is no one it was made to (a statement's target
    is whom it addresses: "told Pakistan", "said to reporters")."""
    places = [(prep.left_edge.idx, prep.right_edge.idx + len(prep.right_edge)) for prep in trigger.children
              if prep.dep_ == "prep" and prep.lower_ in LOCATIVE_PREPS]
    found.target = [ref for ref in found.target if not any(start <= ref.start < end for start, end in places)]


def _drop_unresolved(found: Participants) -> None:
    """A participant phrase that names no actor ("Clashes killed 100 people", "attacks disrupted routes")
    only kept the event alive as a happening; it is not written as a source or target."""
    found.source = [ref for ref in found.source if ref.actor]
    found.target = [ref for ref in found.target if ref.actor]


def confidence(candidate: Candidate, found: Participants, modality: str) -> float:
    """Evidence score: base 0.4; dictionary pattern or light-verb phrase +0.2; both sides resolved +0.2,
    one +0.05; near participants +0.05; asserted +0.05; noun-only events -0.1; 010 statements -0.15."""
    score = 0.4
    score += 0.2 if candidate.from_pattern and not candidate.noun else 0.0
    score += 0.2 if found.both_resolved else 0.05
    score += 0.05 if found.distance <= 1 else 0.0
    score += 0.05 if modality == "asserted" else 0.0
    score -= 0.1 if candidate.noun else 0.0
    score -= 0.15 if candidate.code.startswith("01") else 0.0
    return round(min(0.95, max(0.05, score)), 2)
