"""Mentions -> actors: dictionary names, titles around persons, spaCy entities outside the dictionary.

Only article-body sentences (`parsed.content`) are read. The longest dictionary name wins; a state
name or demonym inside a longer name ("Russian" in "Russian Foreign Minister Sergey Lavrov") stays a
mention of the state as well. A person's mention includes the title phrase before the name.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Span

from eventwire.actors.aliases import AliasTable
from eventwire.actors.ambiguous_names import ambiguous_candidates, ambiguous_word, named_candidate
from eventwire.actors.coref import resolve_references
from eventwire.actors.disambiguate import Hints, decide
from eventwire.actors.kb import KnowledgeBase, normalize_name
from eventwire.actors.matcher import Match, find_matches, longest_first
from eventwire.actors.open_names import open_name_matches
from eventwire.actors.named_groups import named_groups
from eventwire.actors.persons import find_person, find_surname
from eventwire.actors.registry import ProtoActor, Registry
from eventwire.actors.titles import (ORG_HEAD_SECTORS, PERSON_TITLE_HEADS, TitleInfo, appositive_after, doc_text,
                                     state_media_sector, title_before)
from eventwire.nlp import Parsed
from eventwire.schema import Actor

ENTITY_LABELS = {"PERSON", "ORG", "NORP", "GPE"}
NO_ALIASES = AliasTable()


def resolve_actors(parsed: Parsed, *, kb: KnowledgeBase, aliases: AliasTable | None = None) -> list[Actor]:
    """`aliases`: learned aliases (actors/aliases.py) for persons the knowledge base does not know."""
    return _resolve(parsed, kb=kb, aliases=aliases).actors_in_order()


def resolve_window_actors(parsed: Parsed, *, kb: KnowledgeBase, known: list[ProtoActor],
                          aliases: AliasTable | None = None) -> tuple[list[Actor], list[ProtoActor]]:
    """`resolve_actors` for one window of a long document, knowing the actors of earlier windows.
    Returns the window's actors and, in the same order, their state after it (to carry on)."""
    registry = _resolve(parsed, kb=kb, known=known, aliases=aliases)
    return registry.actors_in_order(), registry.mentioned_in_order()


def named_states(parsed: Parsed, *, kb: KnowledgeBase) -> list[tuple[Match, str]]:
    """The state names and demonyms of the body sentences, as `resolve_actors` reads them."""
    return _dictionary_matches(parsed, kb=kb)[3]


def _dictionary_matches(parsed: Parsed, *, kb: KnowledgeBase):
    doc = parsed.doc
    spans = [(sent.start_char, sent.end_char) for _, sent in parsed.content_sentences()]
    names, agents = find_matches(parsed.text, kb=kb)
    names += open_name_matches(doc, kb=kb)   # "Ithilen state-run television": ITHILEN TELEVISION
    ents = list(doc.ents)  # doc.ents builds new Spans on every access
    persons = [ent for ent in ents if ent.label_ == "PERSON"]
    names = [match for match in names if _inside(match, spans) and not _inside_longer_person(persons, match)]
    agents = [match for match in agents if _inside(match, spans)]
    states = [(match, kb.entries[match.entry].code) for match in names if kb.entries[match.entry].kind == "state"]
    return ents, persons, names, states, agents, spans


def _resolve(parsed: Parsed, *, kb: KnowledgeBase, known: list[ProtoActor] = (),
             aliases: AliasTable | None = None) -> Registry:
    doc = parsed.doc
    ents, persons, names, states, agents, spans = _dictionary_matches(parsed, kb=kb)
    registry = Registry(kb, parsed.published, known=known)
    context = _Context(parsed, registry, agents, states, aliases or NO_ALIASES)
    person_starts = {ent.start_char for ent in persons}
    person_starts |= {match.start for match in names if kb.entries[match.entry].kind == "person"}
    names = [match for match in names if not _title_before_person(doc, match, kb, person_starts)]
    chosen = longest_first(names)
    chosen_set = set(chosen)
    for match in chosen:
        context.add_name(match)
    for match, _ in states:  # states nested inside longer names
        if match not in chosen_set and any(c.start <= match.start and match.end <= c.end
                                       and kb.entries[c.entry].kind != "state" for c in chosen):
            registry.add(registry.entry_actor(match.entry), match.start, match.end)
    taken = [(match.start, match.end) for match in chosen]
    for start, end, phrase_end in named_groups(doc):  # before spaCy's guesses: "the Ojota movement"
        if _inside_offsets(start, phrase_end, spans) and not any(s < end and start < e for s, e in taken):
            registry.add(registry.new_actor("organization", doc_text(doc)[start:end]), start, end)
            taken.append((start, end))
    for name in _titled_names(doc, agents, states, taken + [(ent.start_char, ent.end_char) for ent in persons]):  # "Arnor President Umbardacil", no PERSON tag
        context.add_person(name)
        taken.append((name.start_char, name.end_char))
    for ent in ents:
        if ent.label_ in ENTITY_LABELS and _inside(ent, spans) and not _overlaps(ent, taken):
            context.add_entity(ent)
    _family_name_mentions(parsed, registry)
    _domestic_countries(parsed, registry, states)
    resolve_references(parsed, registry, agents=agents, states=states)
    return registry


def hints_of(*infos: TitleInfo) -> Hints:
    """What titles around a name say, for choosing among persons who share it."""
    return Hints(country=next((info.country for info in infos if info.country), None),
                 sector=next((info.sector for info in infos if info.sector), None),
                 titles=frozenset(title for info in infos for title in info.titles))


def _family_name_mentions(parsed: Parsed, registry: Registry) -> None:
    """"Xi" after "Xi Jinping": a capitalised family name of a person already named is that person,
    also where spaCy tags no entity. Only when exactly one person has that family name."""
    by_family: dict[str, list[ProtoActor]] = {}
    for actor in registry.actors.values():
        if actor.surname and (actor.mentions or actor.key in registry.carried):  # carried: named in an earlier window
            by_family.setdefault(actor.surname, []).append(actor)
    covered = [(start, end) for start, end, _ in registry.mentions_in_order()]
    for _, sent in parsed.content_sentences():
        for token in sent:
            owners = by_family.get(token.text)
            if not owners or len(owners) != 1 or token.pos_ != "PROPN" \
                    or any(start <= token.idx < end for start, end in covered):
                continue
            if owners[0].key not in registry.carried and token.idx < min(owners[0].mentions)[0]:
                continue  # before the full name: another person may share it
            registry.add(owners[0], token.idx, token.idx + len(token))


def _domestic_countries(parsed: Parsed, registry: Registry, states: list[tuple[Match, str]]) -> None:
    """An organisation the knowledge base does not know ("the Kifaya group") and nothing around it
    places, in a sentence that names exactly one state, is taken to be of that state: the dictionaries
    hold the international and well-known actors, so unknown parties and movements are mostly local to
    the country the sentence is about."""
    for actor in list(registry.actors.values()):
        if actor.key[0] != "new" or actor.kind != "organization" or actor.country or not actor.mentions:
            continue
        first = min(actor.mentions)
        if _reports(parsed.doc, first[1]):
            continue  # "…, AFP reported": a news source, not a party of the state it reports on
        ambiguous = ambiguous_candidates(parsed.doc, first[0], first[1])
        if ambiguous:  # "the Korean navy" is the Korea the article names, not the sentence's other state
            actor.country = named_candidate(ambiguous, states)
            actor.code = actor.country + (actor.sector or "") if actor.country else actor.code
            if actor.country:
                actor.inferred = {"clue": ambiguous_word(parsed.doc, first[0], first[1]).text, "by": "named elsewhere"}
            continue
        sent = next((s for s in parsed.sentences if s.start_char <= first[0] < s.end_char), None)
        if sent is None:
            continue
        named = [(match, iso3) for match, iso3 in states if sent.start_char <= match.start < sent.end_char]
        if len({iso3 for _, iso3 in named}) == 1:
            match, actor.country = named[0]
            actor.code = actor.country + (actor.sector or "")
            actor.inferred = {"clue": doc_text(parsed.doc)[match.start:match.end], "by": "sentence state"}


class _Context:
    def __init__(self, parsed: Parsed, registry: Registry, agents: list[Match], states: list[tuple[Match, str]],
                 aliases: AliasTable):
        self.parsed, self.doc, self.registry = parsed, parsed.doc, registry
        self.kb = registry.kb
        self.agents, self.states = agents, states
        self.aliases = aliases

    def add_name(self, match: Match) -> None:
        entry = self.kb.entries[match.entry]
        if entry.kind == "person":
            self._add_named_person(match)
            return
        actor = self.registry.entry_actor(match.entry)
        start = match.start
        if entry.kind in ("organization", "group", "unknown"):
            actor.country = actor.country or self._country_before(match.start)
            # "Moro Islamic Liberation Front" (IMG…, no sector in its code): the title in its name
            actor.sector = actor.sector or self._title_inside(match).sector
        elif entry.kind == "state":
            actor, start = self._titled_state_name(actor, match)
            if actor.kind == "state":
                actor, start = self._demonym_group(actor, match, start)
        self.registry.add(actor, start, match.end)

    def _add_named_person(self, match: Match) -> None:
        """A dictionary person's name; a name several persons share is decided by the article (date,
        title, country) or left as an unresolved person of its own."""
        info = title_before(self.doc, match.start, agents=self.agents, states=self.states)
        index = match.entry
        if match.key in self.kb.homonyms:
            index = decide(self.kb.candidates(match.key), kb=self.kb, when=self.parsed.published, hints=hints_of(info))
        if index is None:
            actor = self.registry.new_actor("person", doc_text(self.doc)[match.start: match.end])
        else:
            actor = self.registry.entry_actor(index)
        self._apply(actor, info)
        self._apply(actor, self._title_inside(match))
        self.registry.add(actor, info.start if info.start is not None else match.start, match.end)

    def _demonym_group(self, state: ProtoActor, match: Match, start: int) -> tuple[ProtoActor, int]:
        """A plural demonym heading its phrase names people, not the state: "Ghanaians" -> GHA CVL
        (PETRARCH's ETHNIC_GROUP is ~CVL). An ethnic group lives where the text places it:
        "Ethnic Albanians in south Serbia" -> SRB CVL."""
        token = _token_ending(self.doc, match.end)
        if token is None or not _plural_demonym(self.kb, match, state) or token.dep_ in ("amod", "compound", "poss"):
            return state, start
        country = state.country
        before = self.doc[token.i - 1] if token.i > 0 else None
        if before is not None and before.lower_ == "ethnic":
            start = before.idx
            country = located_state(token, self.states) or country
        name = doc_text(self.doc)[start: match.end]
        return self.registry.new_actor("group", name, country=country, sector="CVL"), start

    def _titled_state_name(self, state: ProtoActor, match: Match) -> tuple[ProtoActor, int]:
        """A title right before a name the dictionary codes as a bare country ("Prime Minister
        ROMENDACIL [BRE]"): a person of that country in that sector (PETRARCH composes BREGOV)."""
        info = title_before(self.doc, match.start, agents=self.agents, states=self.states)
        if not info.sector or info.start is None or _after_preposition(self.doc, match.start):
            return state, match.start
        name = doc_text(self.doc)[match.start: match.end]
        person = self.registry.new_actor("person", name, country=state.country, sector=info.sector)
        person.role, person.titles = info.role, set(info.titles)
        return person, info.start

    def add_entity(self, ent: Span) -> None:
        if ent.text.endswith(("’s", "'s")) and len(ent) > 1:  # "Baghdadi’s": the name without the possessive
            ent = Span(ent.doc, ent.start, ent.end - 1, label=ent.label_)
        text = ent.text
        if any(char.isdigit() for char in text) or not text[:1].isupper() and not text.startswith("the "):
            return
        if ent.label_ == "NORP" and ent.root.dep_ in ("amod", "compound"):
            return  # "Kurdish forces": an adjective, not a group mentioned as such
        surname_actor = self._known_surname(text)
        if surname_actor is not None:
            self.registry.add(surname_actor, ent.start_char, ent.end_char)
            return
        if ent.label_ == "PERSON" or self._office_holder_surname(ent):
            self.add_person(ent)
        else:
            self._add_other(ent)

    def _office_holder_surname(self, ent: Span) -> bool:
        """A lone name spaCy tags ORG that is the family name of the one person holding an office on
        the article date ("Trump said", "Baghdadi's fighters"), or that a learned alias gives: that
        person, not an organisation."""
        when = self.parsed.published
        return ent.label_ == "ORG" and len(ent) == 1 and ent.root.pos_ == "PROPN" \
            and (find_surname(ent.text, kb=self.kb, when=when) is not None
                 or self.aliases.lookup(ent.text, when) is not None)

    def add_person(self, ent: Span) -> None:
        info = title_before(self.doc, ent.start_char, agents=self.agents, states=self.states)
        after = appositive_after(self.doc, ent.end_char, agents=self.agents, states=self.states)
        hints = hints_of(info, after)
        when = self.parsed.published
        entry_index = find_person(ent.text, kb=self.kb, when=when, hints=hints)
        if entry_index is None:  # "President Mugabe": a family name one office-holder has on the date
            entry_index = find_surname(ent.text, kb=self.kb, when=when, hints=hints)
        learned = self.aliases.lookup(ent.text, when) if entry_index is None else None
        if entry_index is not None:
            actor = self.registry.entry_actor(entry_index, name=ent.text)
        elif learned is not None:  # the knowledge base does not know them; an earlier article did
            actor = self.registry.learned_actor(learned)
            if info.country or after.country:
                actor.inferred = None  # this article says who they are itself
        else:
            actor = self.registry.new_actor("person", ent.text)
        self._apply(actor, info)
        self._apply(actor, after)
        self.registry.add(actor, info.start if info.start is not None else ent.start_char, ent.end_char)

    def _add_other(self, ent: Span) -> None:
        name = ent.text[4:] if ent.text.startswith("the ") else ent.text
        head = name.split()[-1].lower()
        if head in ORG_HEAD_SECTORS or ent.label_ == "ORG":
            kind, sector = "organization", ORG_HEAD_SECTORS.get(head) or self._agent_sector_ending(ent.end_char)
        else:
            kind, sector = ("group" if ent.label_ == "NORP" else "unknown"), None
        country = self._country_before(ent.start_char) if kind == "organization" else None
        if ent.label_ == "NORP" and ent.root.tag_ in ("NNPS", "NNS"):  # "West Africans ordered out of Nigeria"
            demonym = self.kb.names.get(normalize_name(name)[:-1])  # "Kenyans": the dictionary has "Kenyan"
            if demonym is not None and self.kb.entries[demonym].kind == "state":
                country, sector = self.kb.entries[demonym].code, "CVL"
            if country is None or ent.text.lower().startswith("ethnic "):  # as in _demonym_group
                country = located_state(ent.root, self.states) or country
        actor = self.registry.new_actor(kind, name, country=country, sector=sector)
        self.registry.add(actor, ent.start_char, ent.end_char)

    def _agent_sector_ending(self, end: int) -> str | None:
        """State media spaCy reads as an ORG ("the state news agency"): the sector of the agent
        phrase it ends with, only when that is MED (other agent sectors come from the rules in coref)."""
        agent = next((match for match in self.agents if match.end == end), None)
        return state_media_sector(agent) if agent is not None else None

    def _apply(self, actor: ProtoActor, info: TitleInfo) -> None:
        """Title facts fill what the dictionary left open; the dictionary's dated code wins, except
        that a sitting title written in the text ("President X") beats the dictionary's ELI
        (out of office) — the dictionary's dates go stale, the article does not."""
        actor.titles |= info.titles
        actor.role = actor.role or info.role
        if not actor.country and info.country:
            actor.country = info.country
        sitting = info.sector and actor.sector == "ELI" and "former" not in (info.role or "").lower() \
            and not (info.titles & {"former"})
        if (not actor.sector or sitting) and info.sector:
            actor.sector = info.sector
            if sitting:
                actor.code = (actor.country or "") + info.sector
        if actor.key[0] == "new" or not actor.code or actor.code == actor.country:
            actor.code = (actor.country or "") + (actor.sector or "") or None

    def _title_inside(self, match: Match) -> TitleInfo:
        """Titles written inside a dictionary alias ("RUSSIAN FOREIGN MINISTER SERGEY LAVROV")."""
        inner = [agent for agent in self.agents if match.start <= agent.start and agent.end <= match.end]
        if not inner:
            return TitleInfo()
        info = title_before(self.doc, inner[-1].end, agents=inner, states=self.states)
        return TitleInfo(country=info.country, sector=info.sector, role=info.role, titles=info.titles)

    def _known_surname(self, text: str) -> ProtoActor | None:
        """"Lavrov" after (or before) "Sergey Lavrov": the same person."""
        words = text.split()
        if len(words) != 1:
            return None
        return next((actor for actor in self.registry.actors.values() if actor.surname == text), None)

    def _country_before(self, offset: int) -> str | None:
        """A state name or demonym right before an organisation: "the U.S.-based Wilson Center"."""
        for match, iso3 in self.states:
            gap = doc_text(self.doc)[match.end: offset]
            if match.end <= offset and len(gap) <= 8 and gap.strip(" -").lower() in ("", "based", "'s", "’s"):
                return iso3
        return None


LOCATIVE_PREPOSITIONS = {"in", "of", "from", "inside", "within"}


def located_state(noun, states: list[tuple[Match, str]]) -> str | None:
    """The state a group noun is placed in: "Albanians in south Serbia", "West Africans ordered out
    of Nigeria" (a state object of in/of/from within six words after the noun, in its subtree)."""
    state_at = {match.start: iso3 for match, iso3 in states}
    for token in noun.subtree:
        if noun.i < token.i <= noun.i + 6 and token.idx in state_at and token.dep_ == "pobj" \
                and token.head.lower_ in LOCATIVE_PREPOSITIONS:
            return state_at[token.idx]
    return None


def _plural_demonym(kb: KnowledgeBase, match: Match, state: ProtoActor) -> bool:
    """"albanians" (its singular "albanian" names the same state, and neither is the country's name:
    "Philippines" is a country, not its people)."""
    key = match.key
    if not key.endswith("s") or normalize_name(kb.countries.get(state.country or "", "")) == key:
        return False
    singular = kb.names.get(key[:-1])
    return singular is not None and singular == match.entry


REPORTING_VERBS = {"report", "quote", "cite"}


def _reports(doc, end: int) -> bool:
    """The name ending at `end` is the subject of a reporting verb ("AFP reported", "Reuters quoted")."""
    token = _token_ending(doc, end)
    return token is not None and token.dep_ == "nsubj" and token.head.lemma_.lower() in REPORTING_VERBS


def _token_ending(doc, end: int):
    span = doc.char_span(end - 1, end, alignment_mode="expand")
    return span[-1] if span is not None and len(span) else None


def _titled_names(doc, agents: list[Match], states: list[tuple[Match, str]],
                  taken: list[tuple[int, int]]) -> list[Span]:
    """Capitalised proper nouns right after "<country> <person title>" ("Arnor President Umbardacil",
    "Gondor Prime Minister X"): a person of that country even when spaCy tags no PERSON (it often
    reads the whole phrase as one ORG) and the dictionary does not know the name — PETRARCH composes
    the country with the agent the same way. Names spaCy does tag as PERSON (in `taken`) keep their
    full extent ("King Salman bin Abdulaziz") through the entity path."""
    found = []
    for agent in agents:
        if agent.key.split()[-1] not in PERSON_TITLE_HEADS:
            continue
        name = _proper_nouns_after(doc, agent.end)
        if name is None or _overlaps(name, taken) or _covering_state(states, name.start_char):
            continue
        if title_before(doc, name.start_char, agents=agents, states=states).country:
            found.append(name)
    return found


def _proper_nouns_after(doc, end: int) -> Span | None:
    title_end = _token_ending(doc, end)
    if title_end is None or title_end.i + 1 >= len(doc):
        return None
    first = last = title_end.i + 1
    while last < len(doc) and doc[last].pos_ == "PROPN" and doc[last].text[:1].isupper() \
            and doc[last].text.isalpha() and doc[last].idx - (doc[last - 1].idx + len(doc[last - 1])) <= 1:
        last += 1
    return Span(doc, first, last, label="PERSON") if last > first else None


def _covering_state(states: list[tuple[Match, str]], offset: int) -> bool:
    return any(match.start <= offset < match.end for match, _ in states)


def _inside(item, spans: list[tuple[int, int]]) -> bool:
    start = item.start if isinstance(item, Match) else item.start_char
    end = item.end if isinstance(item, Match) else item.end_char
    return _inside_offsets(start, end, spans)


def _inside_offsets(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    """Whether [start, end) lies inside one of `spans` (sentence spans: sorted, never overlapping, so
    only the last one starting at or before `start` can hold it)."""
    index = bisect_right(spans, (start, float("inf"))) - 1
    return index >= 0 and end <= spans[index][1]


def _overlaps(ent: Span, taken: list[tuple[int, int]]) -> bool:
    return any(ent.start_char < end and start < ent.end_char for start, end in taken)


def _after_preposition(doc, start: int) -> bool:
    """"the Chinese embassy *in* Manila", "ambassador *to* Beijing": a place name after a title ending in a
    preposition is where the title holder is, not a titled person's name."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and span.start > 0 and doc[span.start - 1].pos_ == "ADP"


def _title_before_person(doc, match: Match, kb: KnowledgeBase, person_starts: set[int]) -> bool:
    """A dictionary title-name right before a person ("German Chancellor" Olaf Scholz) is a title."""
    if kb.entries[match.entry].kind in ("state", "person"):
        return False
    rest = doc_text(doc)[match.end: match.end + 2]
    following = match.end + (len(rest) - len(rest.lstrip()))
    return following > match.end and following in person_starts


def _inside_longer_person(persons: list[Span], match: Match) -> bool:
    """"Washington" inside "George Washington" is not the United States."""
    return any(ent.start_char <= match.start and match.end <= ent.end_char
               and (ent.end_char - ent.start_char) > (match.end - match.start) for ent in persons)
