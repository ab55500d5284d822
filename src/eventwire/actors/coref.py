"""In-document coreference by rule. Each rule adds the referring span to its antecedent's mentions.

1. Descriptions: a country + title without a name ("the Russian FM", "Pakistan foreign minister") is the
   person with that country and title when one exists; otherwise it becomes its own actor
   ("Russian foreign ministry": organisation RUS/GOV).
2. Pronouns he/she/him/his/her: the nearest preceding person in the same sentence, preferring a
   subject; else a possessive before the sentence's subject points forward to it ("On his visit, X …");
   else the subject (or last person) of the previous sentence. "his country" -> that person's state.
3. "the country"/"the nation": the most recent state (this or the 3 previous sentences) other than the
   country of the clause's subject ("Lavrov promised the country …" -> not Russia).
4. "the two countries"/"both sides"/…: two states coordinated earlier in the same sentence ("Beijing
   and New Delhi …, and both"); else the two states most mentioned so far among those in this and
   the previous sentence (else in the document so far); "the two leaders", or "the two"/"both" alone:
   the last two persons in this and the previous sentence, else the two states.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.ambiguous_names import ambiguous_candidates, ambiguous_word, named_candidate
from eventwire.actors.context_country import Placed, context_country
from eventwire.actors.matcher import Match
from eventwire.actors.placement import (GOVERNMENT_NOUNS, bound_possessor_state, governed_state, mention_starting,
                                        owner_country, owner_state_after, places_after, rubric_place,
                                        written_country)
from eventwire.actors.registry import ProtoActor, Registry
from eventwire.actors.titles import (ORG_HEAD_SECTORS, PERSON_TITLE_HEADS, canonical_title,
                                     doc_text, state_media_sector, title_before)
from eventwire.nlp import Parsed

PRONOUNS = {"he", "she", "him", "his", "her", "himself", "herself"}
SUBJECTS = {"nsubj", "nsubjpass"}
COUNTRY_NOUNS = {"country", "nation"}
PAIR_NOUNS = {"countries", "nations", "sides", "governments", "states"}
PERSON_PAIR_NOUNS = {"leaders", "ministers", "men", "women"}
# it/its -> a state or organisation; they/them/their -> also a group ("the Taliban said they …").
COLLECTIVE_PRONOUNS = {"it", "its", "itself", "they", "them", "their", "themselves"}
COLLECTIVE_KINDS = {"state", "organization", "igo", "ngo", "group"}


def resolve_references(parsed: Parsed, registry: Registry, *, agents: list[Match],
                       states: list[tuple[Match, str]]) -> None:
    _resolve_descriptions(parsed, registry, agents, states)
    for index, sent in parsed.content_sentences():
        for token in sent:
            lower = token.lower_
            if lower in PRONOUNS:
                _resolve_pronoun(parsed, registry, index, token)
            elif lower in COLLECTIVE_PRONOUNS and token.dep_ != "expl":
                _resolve_collective(parsed, registry, index, token)
            elif lower in COUNTRY_NOUNS and token.i > 0 and token.doc[token.i - 1].lower_ == "the":
                _resolve_the_country(parsed, registry, index, token)
            elif lower in ("two", "both"):
                _resolve_pair(parsed, registry, index, token)


def _resolve_descriptions(parsed: Parsed, registry: Registry, agents: list[Match],
                          states: list[tuple[Match, str]]) -> None:
    """Unnamed actors described by an agent noun: "the Russian FM", "French farmers", "Pakistan's army
    chief", "opposition groups in Zimbabwe", "the Biden administration", "the government" (of the
    state last named), "soldiers" (sector only). Where their country comes from: placement.py."""
    doc = parsed.doc
    for agent in agents:
        last = _token_at(doc, agent.end - 1)
        if _covered(registry, agent.start, agent.end) or last is None or _pair_phrase(last):
            continue  # "the two governments" are two states (rule 4), not one unnamed government
        if not _heads_phrase(last) and not _state_agent_modifier(doc, agent, last, agents, states):
            continue
        _resolve_description(parsed, registry, agent, last, agents, states)


def _resolve_description(parsed: Parsed, registry: Registry, agent: Match, last: Token, agents: list[Match],
                         states: list[tuple[Match, str]]) -> None:
    doc = parsed.doc
    head = agent.key.split()[-1]
    info = title_before(doc, agent.end, agents=agents, states=states)
    start = info.start if info.start is not None else _determiner_start(doc, agent.start)
    pronoun_owner = _possessive_pronoun(last)
    after = [] if pronoun_owner is not None else \
        places_after(doc, last, states) or owner_state_after(registry, doc, last)
    kind = _described_kind(head, last)
    sector, code = _described_sector(registry, agent, info, kind)
    written = written_country(doc, info, states, start, agent.start)
    rubric = rubric_place(doc, last, states, after, written=written, sector=sector)
    by_rubric = rubric is not None
    if by_rubric:  # the mention names the people: "Kurdish authorities", not "authorities"
        placed, start = rubric.placed, min(start, _determiner_start(doc, rubric.word.idx))
        if placed is not None:
            sector = code = "REB"
    else:
        placed = written or owner_country(registry, doc, agent.start) \
            or bound_possessor_state(pronoun_owner, states) \
            or (after[0] if after else None) or governed_state(parsed, registry, agent, last, start, states)
    ambiguous = None if placed or by_rubric else ambiguous_candidates(doc, start, agent.start)
    if ambiguous:  # "the Korean navy": the Korea the article names, never a guess from context
        country = named_candidate(ambiguous, states)
        word = ambiguous_word(doc, start, agent.start)
        placed = Placed(country, word.text, "named elsewhere") if country else None
    owner = None if placed or ambiguous or by_rubric else _code_owner(registry, doc, agent.start, last)
    if owner is not None:
        _add_owned_agent(registry, doc, agent, owner, info.sector or _agent_sector(agent))
        return
    if not placed and not (last.tag_ in ("NNS", "NNPS") or head in ORG_HEAD_SECTORS):
        _resolve_lone_title(registry, doc, agent, start, head)
        return
    if not placed and not ambiguous and not by_rubric:
        placed = context_country(parsed, registry, last, states, sector=sector, domestic=_government_side(agent, last, sector))
    # "the ambassadors of Arnor, Osgiliath and Gondor": one actor per country, as PETRARCH codes it
    others = after[1:] if after and placed == after[0] else []
    pair = _their_pair(parsed, registry, pronoun_owner, start) if placed is None and not by_rubric else []
    if pair:  # "Pakistan and Turkey …, as their foreign ministers met": both states' ministers
        placed, others = pair[0], pair[1:]
    if info.country and placed and placed.country == info.country:  # "Chinese and Indian troops": both
        conjoined, start = _conjoined_demonyms(doc, info, start, states)
        others = [item for item in conjoined if item.country != placed.country]
    found = [*others, placed] if info.country and others else [placed, *others]  # text order
    for item in found:
        actor = _described_actor(registry, doc, agent, start, item, info, kind, sector, code)
        registry.add(actor, start, agent.end)


def _conjoined_demonyms(doc, info, start: int, states: list[tuple[Match, str]]) -> tuple[list[Placed], int]:
    """States conjoined before the one the title phrase found: "Chinese and Indian troops" -> CHN
    (with IND found); the phrase then starts at the first of them."""
    state_at = {match.start: (match, iso3) for match, iso3 in states}
    found = next((match for match, iso3 in states if match.start >= start and iso3 == info.country), None)
    token = _token_at(doc, found.start) if found is not None else None
    if token is None:
        return [], start
    conjoined = [conj for conj in token.conjuncts if conj.i < token.i and conj.idx in state_at]
    if not conjoined:
        return [], start
    first = min(conjoined, key=lambda conj: conj.i)
    text = doc_text(doc)
    placed = [Placed(state_at[conj.idx][1], text[conj.idx:state_at[conj.idx][0].end], "country word")
              for conj in conjoined]
    return placed, _determiner_start(doc, min(first.idx, start))


def _government_side(agent: Match, last: Token, sector: str | None) -> bool:
    """"government forces", "pro-government militias": armed forces of the state the story is in (not
    "the government" itself, which may be the reporting country's)."""
    return sector in ARMED_SECTORS and ("government" in agent.key.split()[:-1] or any(
        token.lower_ == "government" for token in last.doc[last.left_edge.i: last.i]))


def _described_kind(head: str, last: Token) -> str:
    return "person" if head in PERSON_TITLE_HEADS and last.tag_ not in ("NNS", "NNPS") else \
        "organization" if head in ORG_HEAD_SECTORS or head in GOVERNMENT_NOUNS else "group"


def _described_sector(registry: Registry, agent: Match, info, kind: str) -> tuple[str | None, str | None]:
    """(sector, code after the country) of an unnamed actor. A group takes PLOVER's code for its agent
    phrase where PLOVER's agent list has one ("protesters" CVLOPP, "aid groups" NGO: kb.group_sectors);
    a person, or a phrase PLOVER lacks, the sector of its title. State media stay media ("state-run
    television": MED, where PLOVER writes GOVJRN)."""
    if state_media_sector(agent):
        return "MED", "MED"
    plover = registry.kb.group_sectors.get(agent.key) if kind != "person" else None
    if plover:
        return plover[:3], plover
    sector = info.sector or _agent_sector(agent)
    return sector, sector


def _described_actor(registry: Registry, doc, agent: Match, start: int, placed: Placed | None, info,
                     kind: str, sector: str | None, code: str | None) -> ProtoActor:
    country = placed.country if placed else None
    person = _person_with(registry, country, {canonical_title(agent.key)}) if country else None
    if person is not None:
        return person
    phrase = doc_text(doc)[start: agent.end]
    name = phrase.split(" ", 1)[1] if phrase.split(" ", 1)[0].lower() in ("the", "a", "an") \
        and " " in phrase else phrase
    actor = registry.new_actor(kind, name, country=country, sector=sector,
                               code=(country or "") + (code or "") or None)
    actor.role = doc_text(doc)[agent.start: agent.end] if kind == "person" else None
    if placed is not None and actor.inferred is None:
        actor.inferred = placed.note()
    return actor


def _resolve_lone_title(registry: Registry, doc, agent: Match, start: int, head: str) -> None:
    """"the minister" / "The Prime Minister": the one person in the document with that title; with
    none, a capitalised title names a person of its own ("Foreign Secretary" said …)."""
    if head not in PERSON_TITLE_HEADS:
        return
    title = canonical_title(agent.key)
    titled = {actor.key: actor for actor in registry.actors.values()
              if actor.kind == "person" and title in actor.titles}
    if len(titled) == 1:
        registry.add(next(iter(titled.values())), start, agent.end)
    elif not titled and (doc_text(doc)[agent.start].isupper() or _indefinite(doc, start)):
        # "a senior official" introduces someone new: an actor with the title's sector and no country
        text = doc_text(doc)[agent.start: agent.end]
        person = registry.new_actor("person", text, sector=_agent_sector(agent))
        person.role, person.titles = text, {title}
        registry.add(person, start, agent.end)


def _indefinite(doc, start: int) -> bool:
    token = _token_at(doc, start)
    return token is not None and token.lower_ in ("a", "an")


def _pair_phrase(last: Token) -> bool:
    """"the two governments", "both governments": a pair noun after "the two"/"both"."""
    doc, i = last.doc, last.i
    if last.lower_ not in PAIR_NOUNS or i == 0:
        return False
    before = doc[i - 1].lower_
    return before == "both" or (before == "two" and i > 1 and doc[i - 2].lower_ == "the")


def _token_at(doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _state_agent_modifier(doc, agent: Match, last: Token, agents: list[Match],
                          states: list[tuple[Match, str]]) -> bool:
    """"The Calenardhon government issue": an agent noun right after a state name that only modifies a
    noun which is no agent itself composes with the state (CALGOV), as PETRARCH reads the phrase.
    ("the Kuwait government spokesman" is left to "spokesman".)"""
    if last.dep_ != "compound" or last.head.pos_ != "NOUN" or last.head.i <= last.i:
        return False
    head_start = last.head.idx
    if any(match.start <= head_start < match.end for match in agents):
        return False
    return any(match.end + 1 == agent.start and doc_text(doc)[match.end] == " " for match, _ in states)


def _heads_phrase(token: Token) -> bool:
    """The agent noun heads its phrase ("forces" in "military forces", not "military")."""
    return token.pos_ in ("NOUN", "PROPN") and token.dep_ not in ("compound", "amod", "poss")


def _determiner_start(doc, start: int) -> int:
    token = _token_at(doc, start)
    before = doc[token.i - 1] if token is not None and token.i > 0 else None
    return before.idx if before is not None and before.lower_ in ("the", "a", "an") else start


POSSESSIVE_PRONOUNS = {"its", "their"}
ARMED_SECTORS = {"MIL", "UAF", "COP", "REB"}


def _possessive_pronoun(last: Token) -> Token | None:
    """"its troops", "their ambassadors": the possessive pronoun owning the agent noun, if any."""
    return next((child for child in last.children if child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUNS),
                None)


def _their_pair(parsed: Parsed, registry: Registry, pronoun: Token | None, start: int) -> list[Placed]:
    """The countries of two states coordinated earlier in the sentence of "their <agents>"."""
    if pronoun is None or pronoun.lower_ != "their":
        return []
    states = [actor for actor in _coordinated_states(parsed, registry, parsed.sentence_index(pronoun), start)
              if actor.country]
    clue = " and ".join(actor.name for actor in states)
    return [Placed(actor.country, clue, "pair") for actor in states]


def _code_owner(registry: Registry, doc, start: int, last: Token) -> tuple[int, int, ProtoActor] | None:
    """An organisation or armed group that owns the agent, written right before it ("al-Qaeda
    leaders", "Hamas's militants") or after "of" ("opposition members of the ANC"): (start, end, actor).
    Only actors with a code and no state country: state owners give a country above."""
    text = doc_text(doc)
    for m_start, m_end, actor in reversed(registry.mentions_in_order()):
        if m_end <= start and text[m_end:start].strip().lower() in ("", "'s", "’s"):
            return (m_start, m_end, actor) if _codes_without_state(actor) else None
        if m_end < start - 3:
            break
    following = list(doc[last.i + 1: last.i + 4])
    if not following or following[0].lower_ != "of":
        return None
    owner = mention_starting(registry, following)
    return owner if owner is not None and _codes_without_state(owner[2]) else None


def _codes_without_state(actor: ProtoActor) -> bool:
    return bool(actor.code) and actor.kind in COLLECTIVE_KINDS - {"state"} \
        and (actor.country is None or actor.country in ("IGO", "NGO"))


def _add_owned_agent(registry: Registry, doc, agent: Match, owner: tuple[int, int, ProtoActor],
                     sector: str | None) -> None:
    """PETRARCH composes the owner's code with the agent's: al-Qaeda (IMGMUSALQ) + leaders (~GOV) ->
    IMGMUSALQGOV. The country stays the owner's (none for an armed group: the contract's country is a
    state, IGO or NGO). The mention spans owner and agent, so it is what "al-Qaeda leaders" names."""
    m_start, m_end, actor = owner
    text = doc_text(doc)
    name = text[min(m_start, agent.start): max(m_end, agent.end)]
    group = registry.new_actor("group", name, country=actor.country, sector=sector)
    code = actor.code or ""
    group.code = code if not sector or code.endswith(sector) else code + sector
    registry.add(group, min(m_start, _determiner_start(doc, agent.start)), max(m_end, agent.end))


def _agent_sector(agent: Match) -> str | None:
    from eventwire.actors.codes import SECTORS

    sector = (agent.agent or "").strip("~")[:3]
    return state_media_sector(agent) or (sector if sector in SECTORS else None)


def _person_with(registry: Registry, country: str, titles: set[str]) -> ProtoActor | None:
    """A named person with this country and title (description actors carry no titles)."""
    return next((actor for actor in registry.actors.values() if actor.kind == "person"
                 and actor.country == country and actor.titles & titles), None)


def _resolve_pronoun(parsed: Parsed, registry: Registry, index: int, token: Token) -> None:
    person = _antecedent(parsed, registry, index, token)
    if person is None:
        return
    registry.add(person, token.idx, token.idx + len(token))
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if token.lower_ in ("his", "her") and following is not None and following.lower_ in COUNTRY_NOUNS \
            and person.country and len(person.country) == 3 and person.country not in ("IGO", "NGO"):
        registry.add(registry.state_actor(person.country), token.idx, following.idx + len(following))


def _resolve_collective(parsed: Parsed, registry: Registry, index: int, token: Token) -> None:
    """The nearest state/organisation before the pronoun in this sentence (a subject first), else the
    subject or last one of the previous sentence. "it" before "is/was + clause" is not referential."""
    if token.lower_ == "it" and token.head.lemma_ in ("be", "seem", "appear", "take") \
            and any(child.dep_ in ("ccomp", "xcomp", "csubj") for child in token.head.children):
        return
    if token.lower_ in ("they", "them", "their", "themselves") and _person_mentions(
            parsed, registry, parsed.sentences[index].start_char, token.idx):
        return  # persons are nearer in the sentence: "they" may be them
    sent = parsed.sentences[index]
    found = _collective_mentions(parsed, registry, sent.start_char, token.idx)
    if not found and index - 1 in parsed.content:
        previous = parsed.sentences[index - 1]
        found = _collective_mentions(parsed, registry, previous.start_char, previous.end_char)
    if not found:
        return
    subjects = [item for item in found if _is_subject(parsed, item)]
    registry.add((subjects or found)[-1][2], token.idx, token.idx + len(token))


def _collective_mentions(parsed: Parsed, registry: Registry, start: int, end: int) -> list:
    # outermost mentions only: "Russian" inside "the Russian foreign ministry" is not the antecedent
    items = [item for item in registry.mentions_in_order()
             if item[2].kind in COLLECTIVE_KINDS and start <= item[0] and item[1] <= end]
    return [item for item in items
            if not any(o[0] <= item[0] and item[1] <= o[1] and (o[1] - o[0]) > (item[1] - item[0])
                       for o in registry.mentions_in_order() if o[0] <= item[0] < o[1])]


def _antecedent(parsed: Parsed, registry: Registry, index: int, token: Token) -> ProtoActor | None:
    sent = parsed.sentences[index]
    before = _person_mentions(parsed, registry, sent.start_char, token.idx)
    if before:
        subjects = [item for item in before if _is_subject(parsed, item)]
        return (subjects or before)[-1][2]
    if token.lower_ in ("his", "her"):
        after = [item for item in _person_mentions(parsed, registry, token.idx + len(token), sent.end_char)
                 if _is_subject(parsed, item)]
        if after:
            return after[0][2]
    if index - 1 in parsed.content:
        previous = parsed.sentences[index - 1]
        earlier = _person_mentions(parsed, registry, previous.start_char, previous.end_char)
        subjects = [item for item in earlier if _is_subject(parsed, item)]
        if subjects or earlier:
            return (subjects or earlier)[-1][2]
    # a pronoun opening a paragraph: the person last named in the three sentences before
    window = [i for i in range(max(0, index - 3), index - 1) if i in parsed.content]
    if window:
        earlier = _person_mentions(parsed, registry, parsed.sentences[window[0]].start_char,
                                   parsed.sentences[window[-1]].end_char)
        if earlier:
            return earlier[-1][2]
    return None


def _person_mentions(parsed: Parsed, registry: Registry, start: int, end: int) -> list[tuple[int, int, ProtoActor]]:
    return [item for item in registry.mentions_in_order()
            if item[2].kind == "person" and start <= item[0] and item[1] <= end]


def _is_subject(parsed: Parsed, item: tuple[int, int, ProtoActor]) -> bool:
    span = parsed.doc.char_span(item[0], item[1], alignment_mode="expand")
    return span is not None and span.root.dep_ in SUBJECTS


def _resolve_the_country(parsed: Parsed, registry: Registry, index: int, token: Token) -> None:
    start = token.doc[token.i - 1].idx
    subject_country = _clause_subject_country(parsed, registry, token)
    window_start = parsed.sentences[max(0, index - 3)].start_char
    candidates = [item for item in registry.mentions_in_order()
                  if item[2].kind == "state" and window_start <= item[0] and item[1] <= start
                  and item[2].country != subject_country]
    if candidates:
        registry.add(candidates[-1][2], start, token.idx + len(token))


def _clause_subject_country(parsed: Parsed, registry: Registry, token: Token) -> str | None:
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subject = next((child for child in verb.children if child.dep_ in SUBJECTS), None)
    if subject is None:
        return None
    covering = [item for item in registry.mentions_in_order() if item[0] <= subject.idx < item[1]]
    if not covering:
        return None
    actor = min(covering, key=lambda item: item[1] - item[0])[2]
    return actor.country


def _resolve_pair(parsed: Parsed, registry: Registry, index: int, token: Token) -> None:
    doc = token.doc
    if token.lower_ == "two" and (token.i == 0 or doc[token.i - 1].lower_ != "the"):
        return
    start = doc[token.i - 1].idx if token.lower_ == "two" else token.idx
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.lower_ in PAIR_NOUNS:
        pair, end = _two_states(parsed, registry, index, start), following.idx + len(following)
    elif following is not None and following.lower_ in PERSON_PAIR_NOUNS:
        pair, end = _two_persons(parsed, registry, index, start), following.idx + len(following)
    elif token.dep_ in SUBJECTS | {"dobj", "pobj", "conj", "appos"}:
        end = token.idx + len(token)
        pair = _coordinated_states(parsed, registry, index, start) or _two_persons(parsed, registry, index, start) \
            or _two_states(parsed, registry, index, start)
    else:
        return
    for actor in pair:
        registry.add(actor, start, end)


def _two_states(parsed: Parsed, registry: Registry, index: int, start: int) -> list[ProtoActor]:
    return _coordinated_states(parsed, registry, index, start) or _most_mentioned_states(parsed, registry, index, start)


def _coordinated_states(parsed: Parsed, registry: Registry, index: int, start: int) -> list[ProtoActor]:
    """"Beijing and New Delhi have long competed …, and both …": two states written as one
    coordinated phrase earlier in the sentence are the pair, whatever else the story names more."""
    sent = parsed.sentences[index]
    mentions = [item for item in registry.mentions_in_order()
                if item[2].kind == "state" and sent.start_char <= item[0] and item[1] <= start]
    by_root = {}
    for item in mentions:
        span = parsed.doc.char_span(item[0], item[1], alignment_mode="expand")
        if span is not None:
            by_root.setdefault(span.root.i, item[2])
    for root_index in sorted(by_root, reverse=True):
        first = by_root[root_index]
        for conj in parsed.doc[root_index].conjuncts:
            other = by_root.get(conj.i)
            if other is not None and other is not first:
                return [first, other] if conj.i > root_index else [other, first]
    return []


def _most_mentioned_states(parsed: Parsed, registry: Registry, index: int, start: int) -> list[ProtoActor]:
    before = [item for item in registry.mentions_in_order() if item[2].kind == "state" and item[1] <= start]
    counts: dict[tuple, int] = {}
    last_seen: dict[tuple, int] = {}
    for position, (_, _, actor) in enumerate(before):
        counts[actor.key] = counts.get(actor.key, 0) + 1
        last_seen[actor.key] = position
    window_start = parsed.sentences[max(0, index - 1)].start_char
    window = {item[2].key: item[2] for item in before if item[0] >= window_start}
    pool = window if len(window) >= 2 else {item[2].key: item[2] for item in before}
    ranked = sorted(pool.values(), key=lambda actor: (counts[actor.key], last_seen[actor.key]), reverse=True)
    return ranked[:2] if len(ranked) >= 2 else []


def _two_persons(parsed: Parsed, registry: Registry, index: int, start: int) -> list[ProtoActor]:
    window_start = parsed.sentences[index - 1 if index - 1 in parsed.content else index].start_char
    distinct: list[ProtoActor] = []
    for _, _, actor in reversed(_person_mentions(parsed, registry, window_start, start)):
        if actor not in distinct:
            distinct.append(actor)
    return distinct[:2] if len(distinct) >= 2 else []


def _covered(registry: Registry, start: int, end: int) -> bool:
    return any(m_start <= start and end <= m_end for m_start, m_end, _ in registry.mentions_in_order())
