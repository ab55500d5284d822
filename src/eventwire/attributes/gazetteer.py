"""The compiled place gazetteer (data/gazetteer.tsv.gz): name lookup and disambiguation.

Built by scripts/build_place_data.py from GeoNames (CC BY 4.0); see data/LICENSES/geonames.txt.
"""

from __future__ import annotations

import gzip
import unicodedata
from dataclasses import dataclass
from importlib import resources

# Abbreviated first words of town names ("St. Paris", "Mt. Pleasant", "Ft. Worth"), tried spelled out
# when the name as written is not in the gazetteer.
ABBREVIATED_FIRST_WORDS = {"st.": "saint", "st": "saint", "mt.": "mount", "mt": "mount", "ft.": "fort",
                           "ft": "fort"}
# Abbreviated last words of US local news ("PLYMOUTH CO.", "Platte Co.", "Dallas Cnty."): spelled out in
# the name's key itself, so that "Plymouth Co." and "Plymouth County" are one name everywhere.
ABBREVIATED_LAST_WORDS = {"co.": "county", "co": "county", "cnty.": "county", "cnty": "county"}
# A name that is also an admin1 or admin2 area's name usually means the city when that city is this big
# ("Washington", "New York", "Paris"); smaller same-name cities lose to the area ("Punjab" has none anyway).
CITY_OVER_ADMIN1_POPULATION = 100_000
MIN_KEY_LENGTH = 2
# A city this big known by a name as an alternate name wins over towns whose own name it is and that are
# at most 1/FORMER_NAME_SIZE_RATIO of its size ("Madras" is Chennai, not Madras, Oregon).
FORMER_NAME_CITY_POPULATION = 1_000_000
FORMER_NAME_SIZE_RATIO = 100


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    geonameid: int | None
    feature: str
    name: str
    country: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    population: int


@dataclass(frozen=True, slots=True)
class Candidate:
    entry: GazetteerEntry
    primary: bool  # matched the entry's own name, not an alternate name


class Gazetteer:
    def __init__(self, entries: list, names: dict[str, list[tuple[int, bool]]], demonyms: frozenset[str]):
        self._entries = entries  # GazetteerEntry, or the raw fields of one not looked at yet
        self._names = names
        self._demonyms = demonyms
        self._countries: dict[str, int] | None = None
        self.max_name_tokens = max((len(key.split()) for key in names), default=1)

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def entries(self) -> tuple[GazetteerEntry, ...]:
        return tuple(self._entry(index) for index in range(len(self._entries)))

    def _entry(self, index: int) -> GazetteerEntry:
        entry = self._entries[index]
        if not isinstance(entry, GazetteerEntry):
            entry = self._entries[index] = _entry_from_fields(entry)
        return entry

    @property
    def name_count(self) -> int:
        return len(self._names)

    def lookup(self, text: str) -> list[Candidate]:
        key = name_key(text)
        if len(key) < MIN_KEY_LENGTH:  # "D" in "Rep. Wagner, D-Chicopee" is no alternate name of Detroit
            return []
        found = self._names.get(key, [])
        spelled = _spelled_out(key)
        if spelled != key:  # "Mt. Pleasant" is an alternate name of one town, the own name of many more
            primary = {index for index, own in self._names.get(spelled, []) if own}
            seen = {index for index, _ in found}
            found = [(index, own or index in primary) for index, own in found] + [
                pair for pair in self._names.get(spelled, []) if pair[0] not in seen]
        return [Candidate(self._entry(index), primary) for index, primary in found]

    def points(self) -> list[tuple[float, float, str]]:
        """(lat, lon, country) of every located city: the map used to find a point's country."""
        return [(entry.lat, entry.lon, entry.country) for entry in self.entries
                if entry.feature == "city" and entry.lat is not None and entry.country]

    def countryless_regions(self, text: str) -> list[tuple[float, float]]:
        """(lat, lon) of the regions in no country this name can mean (continents, seas, the EU)."""
        return [(c.entry.lat, c.entry.lon) for c in self.lookup(text)
                if c.entry.feature == "region" and c.entry.country is None and c.entry.lat is not None]

    def country_entry(self, iso3: str | None) -> GazetteerEntry | None:
        """The country record of an ISO3 code ("RUS" -> Russia at its centre point), else None."""
        if self._countries is None:  # one pass over the raw feature field; entries stay unparsed
            self._countries = {fields[3]: index for index, fields in enumerate(self._entries)
                               if isinstance(fields, list) and fields[1] == "country"}
            self._countries.update({entry.country: index for index, entry in enumerate(self._entries)
                                    if isinstance(entry, GazetteerEntry) and entry.feature == "country"})
        index = self._countries.get(iso3 or "")
        return self._entry(index) if index is not None else None

    def country_code(self, text: str) -> str | None:
        """The ISO3 code of a country name ("United States" -> "USA"), else None."""
        found = [c.entry.country for c in self.lookup(text) if c.entry.feature == "country"]
        return found[0] if found else None

    def is_demonym(self, text: str) -> bool:
        return name_key(text) in self._demonyms

    def resolve(self, text: str, *, context: set[str] = frozenset()) -> GazetteerEntry | None:
        return choose_entry(self.lookup(text), context=context)


def choose_entry(candidates: list[Candidate], *, context: set[str] = frozenset()) -> GazetteerEntry | None:
    """Pick the place a name most likely means.

    A country name means the country. Otherwise places in a context country (countries the document
    names, actor countries) win; then own names over alternate names, named regions, population.
    """
    if not candidates:
        return None
    countries = [c for c in candidates if c.entry.feature == "country"]
    if countries:
        return max(countries, key=lambda c: (c.primary, c.entry.population)).entry
    # a sea or continent is in no country, so no context excludes it ("North Sea" in a US story is no
    # Texas hamlet)
    in_context = [c for c in candidates if c.entry.country in context or (
        c.entry.feature == "region" and c.entry.country is None)]
    pool = _prefer_big_city_over_area(_former_names_of_big_cities(in_context or candidates))
    # named regions are a curated list: their short forms ("EU") beat a town's own name ("Eu", France)
    return max(pool, key=lambda c: (c.primary or c.entry.feature == "region", c.entry.feature == "region",
                                    c.primary, c.entry.population)).entry


def _former_names_of_big_cities(pool: list[Candidate]) -> list[Candidate]:
    """"Calcutta", "Madras", "Bombay", "Peking": a city of a million or more known by this name (an
    alternate name of Kolkata) beats the small towns whose own name it is, when they are a hundredth of
    its size or less."""
    big = [c for c in pool if c.entry.feature == "city" and c.entry.population >= FORMER_NAME_CITY_POPULATION]
    if not big:
        return pool
    biggest = max(c.entry.population for c in big)
    primary = [c for c in pool if c.primary and c.entry.feature != "region"]
    if primary and all(c.entry.population * FORMER_NAME_SIZE_RATIO <= biggest for c in primary):
        return [c for c in pool if c.entry.population == biggest]
    return pool


def _prefer_big_city_over_area(pool: list[Candidate]) -> list[Candidate]:
    big_city_countries = {c.entry.country for c in pool
                          if c.entry.feature == "city" and c.entry.population >= CITY_OVER_ADMIN1_POPULATION}
    kept = [c for c in pool if not (c.entry.feature in ("admin1", "admin2") and c.entry.country in big_city_countries)]
    return kept or pool


def name_key(text: str) -> str:
    """The lookup form of a name: accents and case folded, curly apostrophes straightened,
    whitespace collapsed, a leading "the" dropped, an abbreviated "Co." spelled out."""
    if text.isascii():  # the common case, without the costly accent folding
        words = text.lower().split()
    else:
        decomposed = unicodedata.normalize("NFKD", text.replace("\u2019", "'"))
        words = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower().split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    # checked on the text as written: "Lăng Cô" (Vietnam) folds to "lang co" but is no county
    if len(words) > 1 and text.split()[-1].lower() in ABBREVIATED_LAST_WORDS:
        words[-1] = ABBREVIATED_LAST_WORDS[words[-1]]
    return " ".join(words)


def _spelled_out(key: str) -> str:
    """The key with an abbreviated first word written out: "st. paris" -> "saint paris"."""
    first, _, rest = key.partition(" ")
    return f"{ABBREVIATED_FIRST_WORDS[first]} {rest}" if rest and first in ABBREVIATED_FIRST_WORDS else key


def load_gazetteer() -> Gazetteer:
    data = resources.files("eventwire") / "data"
    with (data / "gazetteer.tsv.gz").open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as lines:
        entries, names = _read_entries(lines)
    demonyms = frozenset(name_key(line) for line in
                         (data / "demonyms.txt").read_text(encoding="utf-8").splitlines() if line)
    return Gazetteer(entries, names, demonyms)


def _read_entries(lines) -> tuple[list, dict[str, list[tuple[int, bool]]]]:
    """Raw entries and the name index; the file's last column holds each place's lookup keys, its
    own name's first (precomputed by the build script, so loading does no text folding). Entries are
    parsed into GazetteerEntry only when looked up: most never are."""
    entries: list = []
    names: dict[str, list[tuple[int, bool]]] = {}
    for line in lines:
        if line.startswith("#"):
            continue
        fields = line.rstrip("\n").split("\t")
        index = len(entries)
        entries.append(fields)
        own, *aliases = fields[8].split("|")
        names.setdefault(own, []).append((index, True))
        for key in aliases:
            names.setdefault(key, []).append((index, False))
    return entries, names


def _entry_from_fields(fields: list[str]) -> GazetteerEntry:
    geonameid, feature, name, country, admin1, lat, lon, population = fields[:8]
    return GazetteerEntry(int(geonameid) if geonameid else None, feature, name, country or None, admin1 or None,
                          float(lat) if lat else None, float(lon) if lon else None, int(population or 0))
