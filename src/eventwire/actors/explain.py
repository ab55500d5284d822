"""How one name resolves in the knowledge base, and why (behind `eventwire actors lookup`).

Routes, tried in order: the whole name is a dictionary name or alias; a dictionary name inside it
(titles and honorifics around it: "President Vladimir Putin"); a spelling variant of a dictionary
person ("Sergei Lavrov" ~ "Sergey Lavrov"); a known surname alone; a title or agent phrase ("foreign
minister" -> sector GOV). The article date picks among an entry's dated roles.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from eventwire.actors.kb import KnowledgeBase, normalize_name
from eventwire.actors.matcher import find_matches
from eventwire.actors.persons import find_person, find_surname


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
    roles: list[dict] = field(default_factory=list)   # every dated role, `chosen` marks the one used
    titles: list[str] = field(default_factory=list)   # agent phrases found ("foreign minister: ~GOV")


def explain_name(name: str, *, kb: KnowledgeBase, when: date | None = None) -> Explanation:
    key = normalize_name(name)
    names, agents = find_matches(name, kb=kb)
    titles = [f"{match.key}: {match.agent}" for match in agents]
    if key in kb.names:
        entry = kb.names[key]
        same = key == normalize_name(kb.entries[entry].name)
        return _with_entry(Explanation(name, "dictionary name" if same else "dictionary alias", titles=titles),
                           kb, entry, key, when)
    if names:
        longest = max(names, key=lambda match: match.end - match.start)
        return _with_entry(Explanation(name, "dictionary name inside the text", titles=titles),
                           kb, longest.entry, longest.key, when)
    person = find_person(name, kb=kb, when=when)
    if person is not None:
        return _with_entry(Explanation(name, "spelling variant of a dictionary person", titles=titles),
                           kb, person, None, when)
    person = find_surname(name, kb=kb, when=when)
    if person is not None:
        return _with_entry(Explanation(name, "surname of exactly one dictionary person", titles=titles),
                           kb, person, None, when)
    if agents:
        sector = kb.split(agents[-1].agent.strip("~"))[1] if agents[-1].agent else None
        return Explanation(name, "title/agent phrase only (no name)", sector=sector, titles=titles)
    return Explanation(name, "no match", titles=titles)


def _with_entry(result: Explanation, kb: KnowledgeBase, index: int, key: str | None,
                when: date | None) -> Explanation:
    entry = kb.entries[index]
    code, note = entry.code_at(when)
    if code is None and entry.dated:  # every role ended: the country stays, the sector goes
        code = kb.split(max(entry.dated, key=lambda item: item[2])[0])[0]
    chosen = next((role for role in entry.dated if role[0] == code and role[3] == note
                   and (when is None or role[1] <= _day(when) <= role[2])), None)
    result.entry, result.matched_key, result.code, result.role = index, key, code, note
    result.country, result.sector = kb.split(code)
    result.roles = [{"code": role[0], "from": _iso(role[1]), "to": _iso(role[2]), "role": role[3],
                     "chosen": role is chosen} for role in entry.dated]
    return result


def _day(when: date) -> int:
    return when.year * 10000 + when.month * 100 + when.day


def _iso(day: int) -> str | None:
    if day <= 10101 or day >= 99991231:
        return None
    return f"{day // 10000:04d}-{day // 100 % 100:02d}-{day % 100:02d}"
