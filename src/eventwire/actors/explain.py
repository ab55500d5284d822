"""How one name resolves in the knowledge base, and why (behind `eventwire actors lookup`).

Routes, tried in order: the whole name is a dictionary name or alias; a dictionary name inside it
(titles and honorifics around it: "President Vladimir Putin"); a spelling variant of a dictionary
person ("Sergei Lavrov" ~ "Sergey Lavrov"); a family name alone; a title or agent phrase ("foreign
minister" -> sector GOV). The article date picks among an entry's dated roles; the source of the role
that holds (or of the entry) is the deciding source. A name several entries fit is decided by date,
country and title (disambiguate.py), the titles and countries written in the query counting as the
article's: "Foreign Secretary Johnson" on 2018-01-01 is Boris Johnson. Undecided, the candidates are
listed and nothing is resolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from eventwire.actors.disambiguate import Hints, decide_why
from eventwire.actors.kb import KnowledgeBase, normalize_name
from eventwire.actors.matcher import find_matches
from eventwire.actors.persons import find_surname_why, person_candidates, surname_candidates
from eventwire.actors.roles import PRECISIONS, iso_day, role_precision, role_source


@dataclass
class Explanation:
    query: str
    route: str                          # how it matched, in words; "no match" when nothing did
    entry: int | None = None
    matched_key: str | None = None      # the dictionary name/alias that matched
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    source: dict | None = None          # the source that decided: the holding role's, else the entry's
    note: str | None = None             # the entry's provenance note (curated file, OFAC entry …)
    decided_by: str | None = None       # among several candidates: date, country, title
    candidates: list[dict] = field(default_factory=list)   # every entry the name may mean, when several
    roles: list[dict] = field(default_factory=list)   # every dated role, `chosen` marks the one used
    titles: list[str] = field(default_factory=list)   # agent phrases found ("foreign minister: ~GOV")


def explain_name(name: str, *, kb: KnowledgeBase, when: date | None = None) -> Explanation:
    key = normalize_name(name)
    names, agents = find_matches(name, kb=kb)
    titles = [f"{match.key}: {match.agent}" for match in agents]
    start = _name_start(name, kb, names, agents)   # "Foreign Secretary Johnson": the name is "Johnson"
    hints = _hints(kb, [match for match in names if match.end <= start], [match for match in agents
                                                                          if match.end <= start])
    bare = name[start:].strip() or name
    if key in kb.names:
        same = key == normalize_name(kb.entries[kb.names[key]].name)
        route = "dictionary name" if same else "dictionary alias"
        return _decided(Explanation(name, route, titles=titles), kb, kb.candidates(key), key, when, hints)
    named = [match for match in names if kb.entries[match.entry].kind != "state"] or names
    if named:
        longest = max(named, key=lambda match: match.end - match.start)
        return _decided(Explanation(name, "dictionary name inside the text", titles=titles), kb,
                        kb.candidates(longest.key), longest.key, when, hints)
    variants = person_candidates(bare, kb=kb)
    if variants:
        return _decided(Explanation(name, "spelling variant of a dictionary person", titles=titles), kb, variants,
                        None, when, hints)
    family = surname_candidates(bare, kb=kb)
    if family:
        return _lone_name(Explanation(name, "surname of a dictionary person", titles=titles), kb, bare, family,
                          when, hints)
    if agents:
        sector = kb.split(agents[-1].agent.strip("~"))[1] if agents[-1].agent else None
        return Explanation(name, "title/agent phrase only (no name)", sector=sector, titles=titles)
    return Explanation(name, "no match", titles=titles)


def _name_start(name: str, kb: KnowledgeBase, names, agents) -> int:
    """Where the name begins after the leading title and country words of the query ("British Foreign
    Secretary Johnson"); those words are the query's hints, as the words before a name are in a text.
    A country word inside a name ("Juan Orlando Hernández", "Al-Sabah") is part of the name."""
    covered = [(match.start, match.end) for match in agents]
    covered += [(match.start, match.end) for match in names if kb.entries[match.entry].kind == "state"]
    start = 0
    for word in re.finditer(r"\S+", name):
        if word.group().lower() not in ("the", "'s", "’s") \
                and not any(begin <= word.start() < end for begin, end in covered):
            break
        start = word.end()
    return start


def _lone_name(result: Explanation, kb: KnowledgeBase, bare: str, family: list[int], when: date | None,
               hints: Hints) -> Explanation:
    """A family name alone resolves as the resolver does it (persons.find_surname)."""
    found, why = find_surname_why(bare, kb=kb, when=when, hints=hints)
    if len(family) > 1:
        result.candidates = [_candidate(kb, index, when) for index in family]
        result.decided_by = why
    if found is None:
        result.route += f", ambiguous: {why}; left unresolved"
        return result
    return _with_entry(result, kb, found, None, when)


def _hints(kb: KnowledgeBase, names, agents) -> Hints:
    states = [kb.entries[match.entry].code for match in names if kb.entries[match.entry].kind == "state"]
    sector = kb.split(agents[-1].agent.strip("~"))[1] if agents and agents[-1].agent else None
    return Hints(country=states[0] if states else None, sector=sector,
                 titles=frozenset(match.key for match in agents))


def _decided(result: Explanation, kb: KnowledgeBase, candidates: list[int], key: str | None,
             when: date | None, hints: Hints) -> Explanation:
    index, why = decide_why(candidates, kb=kb, when=when, hints=hints)
    if len(candidates) > 1:
        result.candidates = [_candidate(kb, other, when) for other in candidates]
        result.decided_by = why
    if index is None:
        result.route = f"{result.route}, ambiguous: {why}; left unresolved"
        result.matched_key = key
        return result
    return _with_entry(result, kb, index, key, when)


def _candidate(kb: KnowledgeBase, index: int, when: date | None) -> dict:
    entry = kb.entries[index]
    code, office, role = kb.actor_code(entry, when)
    source = kb.source_of(entry, role)
    return {"entry": index, "name": entry.name, "kind": entry.kind, "code": code, "role": office,
            "source": source.id if source else None}


def _with_entry(result: Explanation, kb: KnowledgeBase, index: int, key: str | None,
                when: date | None) -> Explanation:
    entry = kb.entries[index]
    code, note, chosen = kb.actor_code(entry, when)
    result.entry, result.matched_key, result.code, result.role = index, key, code, note
    result.country, result.sector = kb.split(code)
    result.source = _source(kb, entry, chosen)
    result.note = kb.notes.get(index)
    result.roles = [{"code": role[0], "from": iso_day(role[1]), "to": iso_day(role[2]), "role": role[3],
                     "source": _source_id(kb, entry, role), "precision": PRECISIONS[role_precision(role)],
                     "chosen": role is chosen} for role in entry.dated]
    return result


def _source(kb: KnowledgeBase, entry, role: list | None) -> dict | None:
    source = kb.source_of(entry, role)
    if source is None:
        return None
    found = {"id": source.id, "name": source.name, "licence": source.licence}
    if role is not None:
        found["precision"] = PRECISIONS[role_precision(role)]
        if source.snapshot:
            found["snapshot"], found["window"] = source.snapshot, source.window
    return found


def _source_id(kb: KnowledgeBase, entry, role: list) -> str | None:
    index = role_source(role, entry.source)
    return kb.sources[index].id if index is not None and index < len(kb.sources) else None
