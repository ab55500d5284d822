"""Learned aliases: persons the corpus introduced with a title, remembered for later articles.

An article that introduces an official with a title ("Kenya's interior minister, Kamau Otieno") tells
who "Otieno" is; the store keeps that as an observation (actors/learning.py), and the observations of
all stored articles make the learned alias table (`eventwire actors learned`). Given a table, the
actors stage resolves a full name or a bare family name the knowledge base does not know to the person
it was learned for — only within ALIAS_WINDOW of the dates it was seen (officials change), only when
one person fits, and never a name of a user's actor file (the user's file always wins).

`extract` uses a table only when given an alias file (`--aliases FILE`, written by `eventwire actors
learned --export`); `ingest` uses the store's table as it was when the run started, so a run's records do
not depend on the order of its documents or on `--workers`.

The file is CSV with the header ALIAS_COLUMNS; a malformed line is E201 (file:line: reason), an
unreadable file E202.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Iterable

from eventwire.actors.kb import normalize_name
from eventwire.errors import DictionaryError

ALIAS_WINDOW = timedelta(days=730)  # an alias applies within two years either side of its sightings
ALIAS_COLUMNS = ("alias", "name", "code", "role", "first_seen", "last_seen", "documents", "source")
_CODE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")


@dataclass(frozen=True)
class LearnedAlias:
    alias: str            # as written: "Otieno", "Kamau Otieno"
    name: str             # the person's full name
    code: str             # as introduced: "KENGOV"
    role: str | None      # the title that introduced them: "Kenya's interior minister"
    first_seen: date
    last_seen: date
    documents: int = 1    # articles that introduced them so
    source: str = ""      # provenance: the first such article's id, or the file it was read from

    @property
    def valid_from(self) -> date:
        return self.first_seen - ALIAS_WINDOW

    @property
    def valid_to(self) -> date:
        return self.last_seen + ALIAS_WINDOW

    def applies_on(self, day: date) -> bool:
        return self.valid_from <= day <= self.valid_to

    def distance(self, day: date) -> int:
        """Days from `day` to the nearest sighting (0 within the seen range)."""
        return max((self.first_seen - day).days, (day - self.last_seen).days, 0)

    def clue(self) -> str:
        """The record's `inferred.clue`: who introduced them so, when, and where."""
        seen = self.first_seen.isoformat() + (f"..{self.last_seen.isoformat()}" if self.last_seen != self.first_seen
                                              else "")
        said = f"{self.role}, {self.name}" if self.role else self.name
        return f"{said} ({seen}, {self.documents} document{'s' * (self.documents != 1)}, {self.source})"


@dataclass(frozen=True)
class AliasTable:
    """Learned aliases, looked up by normalised alias. Immutable and hashable: it travels to worker
    processes inside runners.options.ResourceOptions."""

    aliases: tuple[LearnedAlias, ...] = ()
    _index: dict = field(default=None, init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        index: dict[str, list[LearnedAlias]] = {}
        for alias in self.aliases:
            index.setdefault(normalize_name(alias.alias), []).append(alias)
        object.__setattr__(self, "_index", index)

    def __reduce__(self):
        return AliasTable, (self.aliases,)  # the index is rebuilt, not pickled

    def __len__(self) -> int:
        return len(self.aliases)

    def lookup(self, name: str, when: date | None) -> LearnedAlias | None:
        """The alias `name` stands for on `when`: those whose window holds the date, if they are all one
        person (then the sighting nearest the date: Akar the general, later the minister). None without
        a date, or when two persons share the name then."""
        if when is None:
            return None
        found = [alias for alias in self._index.get(normalize_name(name), ()) if alias.applies_on(when)]
        if len({normalize_name(alias.name) for alias in found}) != 1:
            return None
        return min(found, key=lambda alias: (alias.distance(when), -alias.documents, alias.code))

    def without_names(self, names: set[str]) -> "AliasTable":
        """The table less every person one of `names` (normalised) would take: a user's actor file wins
        over anything learned, for its full names and its persons' family names alike."""
        if not names:
            return self
        kept = tuple(alias for alias in self.aliases
                     if normalize_name(alias.alias) not in names and normalize_name(alias.name) not in names)
        return self if len(kept) == len(self.aliases) else AliasTable(kept)


def write_alias_file(aliases: Iterable[LearnedAlias], path: Path | str) -> int:
    """Write the aliases as CSV (ALIAS_COLUMNS); returns how many."""
    rows = [(alias.alias, alias.name, alias.code, alias.role or "", alias.first_seen.isoformat(),
             alias.last_seen.isoformat(), alias.documents, alias.source) for alias in aliases]
    with Path(path).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(ALIAS_COLUMNS)
        writer.writerows(rows)
    return len(rows)


def read_alias_file(path: Path | str) -> AliasTable:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError("E202", str(path), None, f"cannot read alias file: {exc}") from exc
    return parse_alias_csv(text, path=str(path))


def parse_alias_csv(text: str, *, path: str = "<aliases.csv>") -> AliasTable:
    lines = csv.reader(io.StringIO(text))
    header = next(lines, None)
    if header is None:
        return AliasTable()
    if tuple(column.strip() for column in header) != ALIAS_COLUMNS:
        raise DictionaryError("E201", path, 1, f"expected the header {','.join(ALIAS_COLUMNS)} "
                                               "(as `eventwire actors learned --export` writes it)")
    aliases = []
    for number, row in enumerate(lines, start=2):
        if not any(cell.strip() for cell in row):
            continue
        aliases.append(_alias_row(row, path, number))
    return AliasTable(tuple(aliases))


def _alias_row(row: list[str], path: str, line: int) -> LearnedAlias:
    if len(row) != len(ALIAS_COLUMNS):
        raise DictionaryError("E201", path, line, f"expected {len(ALIAS_COLUMNS)} columns, found {len(row)}")
    alias, name, code, role, first, last, documents, source = (cell.strip() for cell in row)
    if not alias or not name:
        raise DictionaryError("E201", path, line, "empty `alias` or `name`")
    if not _CODE.match(code):
        raise DictionaryError("E201", path, line, f"bad code {code!r} (upper-case letters in groups of three)")
    first_seen, last_seen = _day(first, path, line), _day(last, path, line)
    if first_seen > last_seen:
        raise DictionaryError("E201", path, line, f"first_seen {first} is after last_seen {last}")
    if not documents.isdigit() or int(documents) < 1:
        raise DictionaryError("E201", path, line, f"`documents` must be a whole number of at least 1, not {documents!r}")
    return LearnedAlias(alias=alias, name=name, code=code, role=role or None, first_seen=first_seen,
                        last_seen=last_seen, documents=int(documents), source=source or path)


def _day(value: str, path: str, line: int) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise DictionaryError("E201", path, line, f"bad date {value!r} (expected YYYY-MM-DD)") from None
