"""The actor knowledge base: compiled Phoenix dictionaries + country tables, plus user dictionaries.

`names` maps a normalised name (lower case, straight apostrophes, single spaces) to an entry; countries,
their demonyms and capitals all map to the country's one `state` entry (capitals are metonyms for the
state, so "Moscow" and "Russia" resolve to the same actor). `agents` maps title/agent nouns to codes
("foreign minister" -> "~GOV").
"""

from __future__ import annotations

import gc
import gzip
import json
import unicodedata
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Mapping, Sequence

from eventwire.actors.codes import NON_STATE_PREFIXES, SECTORS, split_code, to_iso3_code
from eventwire.actors.plover_agents import plover_agent_codes
from eventwire.actors.roles import SNAPSHOT, Source, choose_role, day_number, role_precision, role_source
from eventwire.actors.userfile import UserActor, is_user_actor_file, read_user_actor_file
from eventwire.dictionaries.actors import ActorRecord, read_actor_file
from eventwire.dictionaries.agents import read_agent_file
from eventwire.errors import DictionaryError

# Sectors of state office: a person whose last such office has ended is a former official (ELI)
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "SPY", "COP"})
DATA_VERSION = 3  # 3: sources and dated roles from 2015-2025 sources, accents folded, homonyms kept
DATA_FILE = "actors.json.gz"


def normalize_name(text: str) -> str:
    """Lower case, straight apostrophes, single spaces: the key names and text are compared on."""
    return " ".join(normalize_chars(text).split())


def normalize_chars(text: str) -> str:
    """Same-length normalisation of a text (offsets stay valid): lower case, accents folded
    ("Çavuşoğlu" = "cavusoglu"), ’ and ‘ -> ', hyphens as spaces ("al-Bashir" = Phoenix's AL_BASHIR)."""
    lowered = "".join(char.lower() if len(char.lower()) == 1 else char for char in text)
    return lowered.translate(_FOLD)


def _fold_table() -> dict[int, str]:
    table = {ord("\u2019"): "'", ord("\u2018"): "'", ord("-"): " ", ord("\u2010"): " "}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFKD", chr(code))[0].lower()
        if base.isascii() and base.isalpha():
            table[code] = base
    table.update({ord(char): folded for char, folded in zip("ıØøŁłĐđĦħ", "ioollddhh")})
    return table


_FOLD = _fold_table()


@dataclass(slots=True)
class Entry:
    name: str
    kind: str
    code: str | None
    dated: list[list] | tuple[tuple, ...] = field(default_factory=list)   # roles: see roles.py
    source: int | None = None                         # index into KnowledgeBase.sources


@dataclass
class KnowledgeBase:
    countries: dict[str, str]              # ISO3 -> country name
    entries: list[Entry]
    names: dict[str, int]                  # normalised name -> entry index
    agents: dict[str, str]                 # normalised agent phrase -> "~GOV" style code
    state_of: dict[str, int] = field(default_factory=dict)   # ISO3 -> state entry index
    # names a PETRARCH file writes with spaces: modifiers may stand between their words (open_names.py)
    open_names: dict[str, int] = field(default_factory=dict)
    sources: list[Source] = field(default_factory=list)
    # names several entries share (two persons called the same): the article decides (disambiguate.py)
    homonyms: dict[str, list[int]] = field(default_factory=dict)
    notes: dict[int, str] = field(default_factory=dict)      # entry index -> provenance in words
    # agent phrase -> PLOVER code for unnamed groups ("protesters": CVLOPP; plover_agents.py)
    group_sectors: Mapping[str, str] = field(default_factory=dict)
    # normalised names of user-file actors and their persons' family names: what no learned alias may
    # take (actors/aliases.py: the user's file always wins)
    user_names: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.country_codes = frozenset(self.countries)
        for index, entry in enumerate(self.entries):
            if entry.kind == "state" and entry.code:
                self.state_of.setdefault(entry.code, index)
        self._automaton = None

    def role_at(self, entry: Entry, when: date | None) -> list | None:
        """The dated role that holds at `when` (roles.py says how sources that disagree are ranked);
        without a date, the most recently started role."""
        if not entry.dated:
            return None
        if when is None:
            return max(entry.dated, key=lambda role: role[1])
        return choose_role(entry.dated, day_number(when), sources=self.sources, default_source=entry.source)

    def code_at(self, entry: Entry, when: date | None) -> tuple[str | None, str | None]:
        """(code, office) at `when`: the role's, else the entry's own code outside every role."""
        role = self.role_at(entry, when)
        return (role[0], role[3]) if role is not None else (entry.code, None)

    def actor_code(self, entry: Entry, when: date | None) -> tuple[str | None, str | None, list | None]:
        """(code, office, role) an actor of this entry gets at `when`: the role that holds, else the
        entry's own code. With no code of its own, an entry that held an office of state before `when`
        is CAMEO's elite (ELI: former officials) of that state; otherwise the country of its last role
        stays and the sector goes (before a first office, or after a non-state role)."""
        role = self.role_at(entry, when)
        if role is not None:
            return role[0], role[3], role
        if entry.code is None and entry.dated:
            past = [item for item in entry.dated if when is not None and item[2] < day_number(when)
                    and role_precision(item) != SNAPSHOT and self.split(item[0])[1] in STATE_SECTORS]
            if past:
                country = self.split(max(past, key=lambda item: item[2])[0])[0]
                if country in self.country_codes:
                    return country + "ELI", None, None
            return self.split(max(entry.dated, key=lambda item: item[2])[0])[0], None, None
        return entry.code, None, None

    def source_of(self, entry: Entry, role: list | None = None) -> Source | None:
        index = role_source(role, entry.source) if role is not None else entry.source
        return self.sources[index] if index is not None and index < len(self.sources) else None

    def candidates(self, key: str) -> list[int]:
        """Every entry a normalised name may mean (one, unless several share the name)."""
        if key in self.homonyms:
            return list(self.homonyms[key])
        return [self.names[key]] if key in self.names else []

    def lookup(self, name: str) -> Entry | None:
        index = self.names.get(normalize_name(name))
        return None if index is None else self.entries[index]

    def split(self, code: str | None) -> tuple[str | None, str | None]:
        return split_code(code, countries=self.country_codes)

    def add_country(self, code: str, name: str) -> None:
        """A country a user dictionary defines ("KUWAIT [KUW]", "GONDOR [GON]"): as in PETRARCH, an
        agent next to it composes with its code ("The Kuwait government" -> KUWGOV)."""
        self.countries[code] = name
        self.country_codes = frozenset(self.countries)

    def state_entry(self, iso3: str) -> int:
        """The state entry for a country code, created when a user dictionary is the only source."""
        if iso3 not in self.state_of:
            self.state_of[iso3] = len(self.entries)
            self.entries.append(Entry(name=self.countries.get(iso3, iso3), kind="state", code=iso3))
        return self.state_of[iso3]

    def add_source(self, source: Source) -> int:
        """Register a source (a user file at run time, each shared source at build time); its index."""
        self.sources.append(source)
        return len(self.sources) - 1

    def add_actor_record(self, record: ActorRecord, *, source: str, override: bool,
                         source_index: int | None = None) -> None:
        code = to_iso3_code(record.code)
        dated = [[to_iso3_code(item.code), item.start, item.end, role_note(item.note)] for item in record.dated]
        if override and not dated and _is_country_code(code) and code not in self.country_codes:
            self.add_country(code, _display(record.names[0]))
        if code in self.country_codes and not dated \
                and code not in ("IGO", "NGO"):
            target = self.state_entry(code)
        else:
            target = len(self.entries)
            self.entries.append(Entry(name=_display(record.names[0]), kind=_record_kind(self, record, source, code),
                                      code=code, dated=dated, source=source_index))
        for name in record.names:
            key = normalize_name(name)
            if len(key) > 1 and (override or key not in self.names):
                self.names[key] = target
                self.homonyms.pop(key, None)
            elif len(key) > 1 and self._other_person(self.names[key], target):
                self.homonyms.setdefault(key, self.candidates(key)).append(target)
        for name in record.open_names:
            self.open_names[normalize_name(name)] = self.names.get(normalize_name(name), target)
        self._automaton = None

    def countries_of(self, entry: Entry) -> set[str]:
        """The countries of an entry's code and roles."""
        codes = [entry.code, *(role[0] for role in entry.dated)]
        return {self.split(code)[0] for code in codes if code} - {None}

    def _other_person(self, first: int, second: int) -> bool:
        """Two person entries of different countries: one name, two people."""
        one, other = self.entries[first], self.entries[second]
        return first != second and one.kind == other.kind == "person" \
            and not self.countries_of(one) & self.countries_of(other)

    def add_user_actor(self, actor: UserActor, *, source_index: int | None = None) -> None:
        """A user file's actor; its names override built-in ones (the user knows better)."""
        if actor.kind == "state" and actor.code in self.country_codes:
            target = self.state_entry(actor.code)
        else:
            target = len(self.entries)
            self.entries.append(Entry(name=actor.name, kind=actor.kind, code=actor.code,
                                      dated=[list(role) for role in actor.roles], source=source_index))
        if actor.source:
            self.notes[target] = actor.source
        for name in [actor.name, *actor.aliases]:
            key = normalize_name(name)
            if len(key) > 1:
                self.names[key] = target
                self.homonyms.pop(key, None)
        self._automaton = None
        self.__dict__.pop("_surname_index", None)
        self.__dict__.pop("_lone_name_index", None)

    @property
    def automaton(self):
        """Aho-Corasick automaton over all actor names and agent phrases (built once, on first use)."""
        if self._automaton is None:
            from eventwire.actors.matcher import build_automaton

            with _no_collection():
                self._automaton = build_automaton(self.names, self.agents)
        return self._automaton


def load_knowledge_base(*, actor_files: Sequence[Path | str] = (), agent_files: Sequence[Path | str] = (),
                        use_defaults: bool = True) -> KnowledgeBase:
    with _no_collection():
        data = _read_data()
        entries = [_entry(*item) for item in data["entries"]] if use_defaults else []
    sources = [Source.from_dict(item) for item in data["sources"]]
    if use_defaults:
        kb = KnowledgeBase(countries=data["countries"], entries=entries,
                           names=data["names"], agents=data["agents"], sources=sources,
                           homonyms=data["homonyms"], notes={int(key): note for key, note in data["notes"].items()})
        kb.group_sectors = plover_agent_codes()
    else:  # the country table is metadata (names for codes), kept; no names or agents are matched
        kb = KnowledgeBase(countries=data["countries"], entries=[], names={}, agents={}, sources=sources)
    for path in actor_files:
        # a user's file outranks every built-in source: the user knows their own material
        index = kb.add_source(Source(id=f"file:{Path(path).name}", name=str(path), licence="user file", rank=0))
        if is_user_actor_file(path):  # YAML/CSV by suffix; anything else is a PETRARCH-format file
            for actor in read_user_actor_file(path):
                kb.add_user_actor(actor, source_index=index)
                kb.user_names |= _claimed_names([actor.name, *actor.aliases], person=actor.kind == "person")
            continue
        for record in read_actor_file(path, strict=True):
            kb.add_actor_record(record, source=str(path), override=True, source_index=index)
            kb.user_names |= _claimed_names(record.names, person=bool(record.dated))
    user_agents = {normalize_name(entry.phrase): entry.code for path in agent_files
                   for entry in read_agent_file(path, strict=True)}
    kb.agents.update(user_agents)
    if user_agents.keys() & kb.group_sectors.keys():  # a user's agent code beats PLOVER's
        kb.group_sectors = {phrase: code for phrase, code in kb.group_sectors.items() if phrase not in user_agents}
    return kb


def _claimed_names(names: Sequence[str], *, person: bool) -> set[str]:
    """A user file's names, and for a person each name's first and last word (its family name,
    whichever order the person's country writes names in)."""
    keys = {normalize_name(name) for name in names}
    if person:
        keys |= {word for key in list(keys) if len(key.split()) > 1 for word in (key.split()[0], key.split()[-1])}
    return keys - {""}


def _entry(name: str, kind: str, code: str | None, dated: list[list], source: int | None) -> Entry:
    """A built-in entry: its roles become tuples, which the garbage collector stops tracking, so the
    ~30,000 entries do not make every full collection of a pipeline run slower (bench/README.md)."""
    return Entry(name, kind, code, tuple(tuple(role) for role in dated), source)


@contextmanager
def _no_collection():
    """The garbage collector would walk the growing object graph again and again while ~30,000
    entries are built; nothing built here is garbage."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _read_data() -> dict:
    resource = resources.files("eventwire.data").joinpath(DATA_FILE)
    try:
        data = json.loads(gzip.decompress(resource.read_bytes()))
    except (OSError, ValueError) as exc:
        raise DictionaryError("E202", str(resource), None, f"built-in actor data unreadable: {exc}") from exc
    if data.get("version") != DATA_VERSION:
        raise DictionaryError("E202", str(resource), None,
                              f"actor data version {data.get('version')} != expected {DATA_VERSION}; "
                              "rebuild with scripts/build_actor_data.py")
    return data


def role_note(note: str | None) -> str | None:
    """A dated line's comment when it names a role ('Foreign Minister'), not provenance ('CountryInfo.txt')."""
    note = (note or "").strip()
    if not note or len(note.split()) > 5 or not note[:1].isupper():
        return None
    words = {word.strip(".,()").lower() for word in note.split()}
    return note if words & _ROLE_WORDS else None


_ROLE_WORDS = {"minister", "president", "secretary", "sec", "ambassador", "amb", "chief", "leader", "governor",
               "pm", "king", "queen", "chancellor", "premier", "general", "commander", "speaker", "envoy", "head",
               "director", "chairman", "senator", "vice", "deputy", "mayor", "emir", "prince", "spokesman"}


def _is_country_code(code: str | None) -> bool:
    """A bare three-letter actor code that is neither a sector nor a non-state prefix."""
    return bool(code) and len(code) == 3 and code.isalpha() and code.isupper() \
        and code not in SECTORS and code not in NON_STATE_PREFIXES


def _record_kind(kb: KnowledgeBase, record: ActorRecord, source: str, code: str | None) -> str:
    if record.dated and _looks_like_person(record.names[0]):
        return "person"
    country, _ = kb.split(code)
    if country == "IGO":
        return "igo"
    if country == "NGO":
        return "ngo"
    return "group" if "milnonstate" in source.lower() else "organization"


# Words that make a dated dictionary entry an organisation rather than a person ("ISLAMIC STATE").
_ORG_WORDS = {"STATE", "ARMY", "FRONT", "PARTY", "MOVEMENT", "GROUP", "COUNCIL", "FORCE", "FORCES", "BRIGADE",
              "BRIGADES", "ORGANIZATION", "ORGANISATION", "UNION", "LEAGUE", "COMMITTEE", "MINISTRY", "BANK",
              "AGENCY", "COMMISSION", "ASSEMBLY", "GOVERNMENT", "OF", "THE", "AND", "FOR", "NATIONS", "CORPS"}
_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "at", "de", "al", "el", "bin", "van", "von", "da"}


def _looks_like_person(phrase: str) -> bool:
    words = phrase.upper().split()
    return 1 <= len(words) <= 5 and not _ORG_WORDS & set(words)


def _display(phrase: str) -> str:
    words = phrase.split()
    return " ".join(word if "." in word and len(word) <= 4 else
                    word.lower() if index and word.lower() in _SMALL_WORDS else word.capitalize()
                    for index, word in enumerate(words))
