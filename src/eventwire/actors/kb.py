"""The actor knowledge base: compiled Phoenix dictionaries + country tables, plus user dictionaries.

`names` maps a normalised name (lower case, straight apostrophes, single spaces) to an entry; countries,
their demonyms and capitals all map to the country's one `state` entry (capitals are metonyms for the
state, so "Moscow" and "Russia" resolve to the same actor). `agents` maps title/agent nouns to codes
("foreign minister" -> "~GOV").
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Sequence

from eventwire.actors.codes import NON_STATE_PREFIXES, SECTORS, split_code, to_iso3_code
from eventwire.actors.userfile import UserActor, is_user_actor_file, read_user_actor_file
from eventwire.dictionaries.actors import ActorRecord, read_actor_file
from eventwire.dictionaries.agents import read_agent_file
from eventwire.errors import DictionaryError

DATA_VERSION = 2  # 2: names normalised with hyphens as spaces; extra IGOs and think tanks
DATA_FILE = "actors.json.gz"


def normalize_name(text: str) -> str:
    """Lower case, straight apostrophes, single spaces: the key names and text are compared on."""
    return " ".join(normalize_chars(text).split())


def normalize_chars(text: str) -> str:
    """Same-length normalisation of a text (offsets stay valid): lower case, ’ and ‘ -> '."""
    lowered = "".join(char.lower() if len(char.lower()) == 1 else char for char in text)
    # hyphens as spaces: "al-Bashir" and "AL_BASHIR" (Phoenix) compare equal
    return lowered.replace("\u2019", "'").replace("\u2018", "'").replace("-", " ").replace("\u2010", " ")


@dataclass
class Entry:
    name: str
    kind: str
    code: str | None
    dated: list[list] = field(default_factory=list)   # [code, start YYYYMMDD, end YYYYMMDD, role note]

    def code_at(self, when: date | None) -> tuple[str | None, str | None]:
        """(code, role note) valid at `when`; without a date, the most recently started role."""
        if not self.dated:
            return self.code, None
        if when is None:
            latest = max(self.dated, key=lambda item: item[1])
            return latest[0], latest[3]
        day = when.year * 10000 + when.month * 100 + when.day
        valid = [item for item in self.dated if item[1] <= day <= item[2]]
        if valid:
            best = max(valid, key=lambda item: item[1])
            return best[0], best[3]
        return self.code, None


@dataclass
class KnowledgeBase:
    countries: dict[str, str]              # ISO3 -> country name
    entries: list[Entry]
    names: dict[str, int]                  # normalised name -> entry index
    agents: dict[str, str]                 # normalised agent phrase -> "~GOV" style code
    state_of: dict[str, int] = field(default_factory=dict)   # ISO3 -> state entry index
    # names a PETRARCH file writes with spaces: modifiers may stand between their words (open_names.py)
    open_names: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.country_codes = frozenset(self.countries)
        for index, entry in enumerate(self.entries):
            if entry.kind == "state" and entry.code:
                self.state_of.setdefault(entry.code, index)
        self._automaton = None

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

    def add_actor_record(self, record: ActorRecord, *, source: str, override: bool) -> None:
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
                                      code=code, dated=dated))
        for name in record.names:
            key = normalize_name(name)
            if len(key) > 1 and (override or key not in self.names):
                self.names[key] = target
        for name in record.open_names:
            self.open_names[normalize_name(name)] = self.names.get(normalize_name(name), target)
        self._automaton = None

    def add_user_actor(self, actor: UserActor) -> None:
        """A user file's actor; its names override built-in ones (the user knows better)."""
        if actor.kind == "state" and actor.code in self.country_codes:
            target = self.state_entry(actor.code)
        else:
            target = len(self.entries)
            self.entries.append(Entry(name=actor.name, kind=actor.kind, code=actor.code,
                                      dated=[list(role) for role in actor.roles]))
        for name in [actor.name, *actor.aliases]:
            key = normalize_name(name)
            if len(key) > 1:
                self.names[key] = target
        self._automaton = None
        self.__dict__.pop("_surname_index", None)
        self.__dict__.pop("_lone_name_index", None)

    @property
    def automaton(self):
        """Aho-Corasick automaton over all actor names and agent phrases (built once, on first use)."""
        if self._automaton is None:
            from eventwire.actors.matcher import build_automaton

            self._automaton = build_automaton(self.names, self.agents)
        return self._automaton


def load_knowledge_base(*, actor_files: Sequence[Path | str] = (), agent_files: Sequence[Path | str] = (),
                        use_defaults: bool = True) -> KnowledgeBase:
    data = _read_data()
    if use_defaults:
        kb = KnowledgeBase(countries=data["countries"], entries=[Entry(*item) for item in data["entries"]],
                           names=data["names"], agents=data["agents"])
    else:  # the country table is metadata (names for codes), kept; no names or agents are matched
        kb = KnowledgeBase(countries=data["countries"], entries=[], names={}, agents={})
    for path in actor_files:
        if is_user_actor_file(path):  # YAML/CSV by suffix; anything else is a PETRARCH-format file
            for actor in read_user_actor_file(path):
                kb.add_user_actor(actor)
            continue
        for record in read_actor_file(path, strict=True):
            kb.add_actor_record(record, source=str(path), override=True)
    for path in agent_files:
        for entry in read_agent_file(path, strict=True):
            kb.agents[normalize_name(entry.phrase)] = entry.code
    return kb


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
