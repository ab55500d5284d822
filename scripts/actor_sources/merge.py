"""Adding the sources' actors to the knowledge base: one entry per real actor, every role with its source.

- The same person: an entry of kind person with one of the actor's names, of the same country (or
  either without one). The curated file, reviewed by hand, joins by name alone. Two persons of
  different countries with one name are kept apart, and the name becomes a homonym the article
  decides (eventwire.actors.disambiguate).
- A curated group, organisation, NGO or IGO takes over the entry of its names: its code replaces the
  Phoenix one (Ansar Allah is Yemen's, not Lebanon's), Phoenix aliases keep pointing to it. A curated
  person takes their name back from an organisation Phoenix filed it under (Masoud Barzani is no
  alias of the Kurdistan Regional Government, nor Hassan Nasrallah of Hezbollah).
- After all sources: a person the complete sources date (the curated file, the US executive, the
  IfG ministers) is dated by them: their years-only and snapshot roles go, and an open-ended Phoenix
  role ends where the complete source says the office ended (see `close_stale_roles`).
"""

from __future__ import annotations

from collections import defaultdict

from eventwire.actors.kb import Entry, KnowledgeBase, normalize_name
from eventwire.actors.persons import index_person_name, person_candidates
from eventwire.actors.roles import EXACT, FAR_FUTURE, role_precision, role_source

from actor_sources.records import SourcedActor

PERSON = "person"
MERGED = "merged"   # an entry absorbed by another; dropped by `compact`


class Merger:
    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self._keys_of: dict[int, set[str]] = defaultdict(set)   # entry -> the names that may mean it
        for key, index in kb.names.items():
            self._keys_of[index].add(key)
        for key, indexes in kb.homonyms.items():
            for index in indexes:
                self._keys_of[index].add(key)

    def add(self, actor: SourcedActor, *, source: int, join_by_name: bool = False) -> int:
        """The entry index the actor went into (an existing one, or a new one)."""
        if actor.kind == PERSON:
            index = self._same_person(actor, join_by_name=join_by_name)
        else:
            index = self._same_organisation(actor)
        if index is None:
            index = len(self.kb.entries)
            self.kb.entries.append(Entry(name=actor.name, kind=actor.kind, code=actor.code, source=source))
        elif actor.kind != PERSON:  # a curated organisation decides its name, code and kind
            entry = self.kb.entries[index]
            entry.name, entry.kind, entry.code, entry.source = actor.name, actor.kind, actor.code, source
            entry.dated = [role for role in entry.dated if role_source(role, None) not in (None, source)]
        else:
            if actor.code and not self.kb.entries[index].code or join_by_name and actor.code:
                self.kb.entries[index].code = actor.code
            if join_by_name:  # the curated file's name is the one news use
                self.kb.entries[index].name = actor.name
        entry = self.kb.entries[index]
        entry.dated.extend([code, start, end, office, source, precision]
                           for code, start, end, office, precision in actor.roles)
        if actor.source:
            self.kb.notes[index] = "; ".join(filter(None, [self.kb.notes.get(index), actor.source]))
        self._add_names(index, actor.names, takes_over=join_by_name)
        return index

    def add_aliases(self, index: int, aliases: list[str]) -> None:
        self._add_names(index, aliases, takes_over=False)

    def _same_person(self, actor: SourcedActor, *, join_by_name: bool) -> int | None:
        """The entry of this person; two entries that both are (one name each: Phoenix's "Ali Hoseini
        Khamenei", Wikidata's "Ali Khamenei") become one."""
        countries = actor.countries()
        found: list[int] = []
        for name in actor.names:
            for index in self.kb.candidates(normalize_name(name)):
                entry = self.kb.entries[index]
                theirs = self.kb.countries_of(entry)
                if _person_like(entry) and index not in found \
                        and (join_by_name or not countries or not theirs or countries & theirs):
                    entry.kind = PERSON
                    found.append(index)
        if not found and countries:
            found = self._spelling_variants(actor.names, countries)
        for other in found[1:]:
            self._absorb(found[0], other)
        return found[0] if found else None

    def _spelling_variants(self, names: list[str], countries: set[str]) -> list[int]:
        """Persons of the same country whose name is a spelling variant of one of these (the CIA's
        "Hasan Ruhani" is Phoenix's "Hassan Rouhani"): every given name and the family name agree, and
        a two-word name only matches a two-word name ("Ali Khan" is not "Imran Ali Khan")."""
        for name in names:
            found = [index for index in person_candidates(name, kb=self.kb)
                     if self.kb.entries[index].kind == PERSON and countries & self.kb.countries_of(self.kb.entries[index])
                     and (len(name.split()) >= 3 or len(self.kb.entries[index].name.split()) == len(name.split()))]
            if found:
                return found[:1]
        return []

    def _absorb(self, index: int, other: int) -> None:
        """Move `other`'s roles and names to `index`; `other` keeps no name."""
        entry, gone = self.kb.entries[index], self.kb.entries[other]
        entry.dated.extend([*role[:4], role_source(role, gone.source), role_precision(role)] for role in gone.dated)
        entry.code = entry.code or gone.code
        gone.dated, gone.kind = [], MERGED
        for key in self._keys_of.pop(other, set()):
            if self.kb.names.get(key) == other:
                self.kb.names[key] = index
            if key in self.kb.homonyms:
                merged = list(dict.fromkeys(index if item == other else item for item in self.kb.homonyms[key]))
                if len(merged) > 1:
                    self.kb.homonyms[key] = merged
                else:
                    del self.kb.homonyms[key]
            self._keys_of[index].add(key)

    def _same_organisation(self, actor: SourcedActor) -> int | None:
        for name in actor.names:
            for index in self.kb.candidates(normalize_name(name)):
                if self.kb.entries[index].kind not in (PERSON, "state"):
                    return index
        return None

    def _add_names(self, index: int, names: list[str], *, takes_over: bool) -> None:
        for name in names:
            key = normalize_name(name)
            if len(key) < 2:
                continue
            existing = self.kb.candidates(key)
            if not existing or takes_over and all(self.kb.entries[other].kind not in ("state", PERSON)
                                                  for other in existing):
                self.kb.names[key] = index
                self.kb.homonyms.pop(key, None)
            elif index not in existing and all(self.kb._other_person(other, index) for other in existing):
                self.kb.homonyms[key] = existing + [index]
            else:  # a state's or an organisation's name, or the same person's: kept as it is
                continue
            self._keys_of[index].add(key)
            if self.kb.entries[index].kind == PERSON:
                index_person_name(self.kb, key, index)


def _person_like(entry: Entry) -> bool:
    """A person, or a Phoenix entry without dated roles that its reader could not tell from an
    organisation (Phoenix's "ALBIN_KURTI [XKXOPP]" reads as one): a person source naming it settles it."""
    return entry.kind == PERSON or entry.kind == "organization" and not entry.dated and 2 <= len(entry.name.split()) <= 4


def close_stale_roles(kb: KnowledgeBase, *, complete: set[int], phoenix: int) -> int:
    """Date the persons the complete sources know by those sources; the number of entries changed.

    An open-ended Phoenix role of such a person ends when the complete source's role that covers its
    start ends (Theresa May's Home Office role, open in Phoenix, ends with her premiership in 2019, not
    never), or the day before the complete source's next role starts. Years-only and snapshot roles
    of such a person go: the complete source has the exact dates."""
    changed = 0
    for entry in kb.entries:
        exact = [role for role in entry.dated if role_source(role, entry.source) in complete]
        if entry.kind != PERSON or not exact:
            continue
        kept = []
        for role in entry.dated:
            if role_source(role, entry.source) not in complete and role_precision(role) != EXACT:
                continue
            if role_source(role, entry.source) == phoenix and role[2] >= FAR_FUTURE:
                role = [*role[:2], _closing_day(role[1], exact), *role[3:]]
                if role[2] < role[1]:
                    continue
            kept.append(role)
        if kept != entry.dated:
            entry.dated = kept
            changed += 1
    return changed


def _closing_day(start: int, exact: list[list]) -> int:
    covering = [role[2] for role in exact if role[1] <= start <= role[2]]
    if covering:
        return max(covering)
    later = [role[1] for role in exact if role[1] > start]
    return _previous_day(min(later)) if later else FAR_FUTURE


def _previous_day(day: int) -> int:
    from datetime import date, timedelta

    value = date(day // 10000, day // 100 % 100, day % 100) - timedelta(days=1)
    return value.year * 10000 + value.month * 100 + value.day


def compact(kb: KnowledgeBase) -> int:
    """Drop the entries no name leads to any more (absorbed ones); the number dropped."""
    live = sorted(set(kb.names.values()) | {index for indexes in kb.homonyms.values() for index in indexes}
                  | set(kb.open_names.values()) | set(kb.state_of.values()))
    new_index = {old: new for new, old in enumerate(live)}
    dropped = len(kb.entries) - len(live)
    kb.entries[:] = [kb.entries[old] for old in live]
    kb.names = {key: new_index[old] for key, old in kb.names.items()}
    kb.homonyms = {key: [new_index[old] for old in olds] for key, olds in kb.homonyms.items()}
    kb.open_names = {key: new_index[old] for key, old in kb.open_names.items()}
    kb.state_of = {code: new_index[old] for code, old in kb.state_of.items()}
    kb.notes = {new_index[old]: note for old, note in kb.notes.items() if old in new_index}
    return dropped
