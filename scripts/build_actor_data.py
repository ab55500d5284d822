"""Compile src/eventwire/data/actors.json.gz: Phoenix dictionaries + 2015-2025 actor sources + curated file.

Usage: python scripts/build_actor_data.py [--shared ../shared] [--out src/eventwire/data/actors.json.gz]

Inputs (../shared/data; licences in src/eventwire/data/LICENSES/actors.txt, docs/actors.md):
cameo_phoenix_dictionaries/Phoenix.{Countries,International,MilNonState}.actors.txt, Phoenix.agents.txt,
country_codes/{ngec_countries.csv, geonames_countryInfo.txt, wikipedia-iso-country-codes.csv},
actor_sources/{us_executive, ifg_uk_ministers, world_leaders_2021, cia_world_leaders_2019, ofac_sdn_2024},
and src/eventwire/data/actors_curated.yaml (reviewed by hand, a source note per entry).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
from dataclasses import asdict
from pathlib import Path

from eventwire.actors.codes import SECTORS
from eventwire.actors.kb import DATA_VERSION, Entry, KnowledgeBase, normalize_name
from eventwire.actors.roles import EXACT, Source, iso_day
from eventwire.actors.userfile import read_user_actor_file
from eventwire.dictionaries.actors import read_actor_file
from eventwire.dictionaries.agents import read_agent_file

sys.path.insert(0, str(Path(__file__).resolve().parent))

from actor_sources.cia import SNAPSHOT_DAY, read_cia_leaders, window  # noqa: E402
from actor_sources.ifg import read_ifg_ministers  # noqa: E402
from actor_sources.merge import Merger, close_stale_roles, compact  # noqa: E402
from actor_sources.ofac import read_sanctioned_entities  # noqa: E402
from actor_sources.records import SourcedActor  # noqa: E402
from actor_sources.us_executive import read_us_executive  # noqa: E402
from actor_sources.world_leaders import read_world_leaders  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CURATED = ROOT / "src" / "eventwire" / "data" / "actors_curated.yaml"
_CIA_WINDOW = window()
# Where entries and roles come from. `rank` orders sources that disagree on a day (lower wins; user
# files rank 0 at run time); `horizon`: open-ended roles are vouched for up to that day (roles.py).
SOURCES = (
    Source("country_tables", "Country tables: NGEC countries.csv, GeoNames countryInfo.txt, "
           "wikipedia-iso-country-codes.csv", "MIT / CC BY 4.0 (GeoNames)", rank=50),
    Source("phoenix", "Phoenix actor dictionaries (PETRARCH-2, openeventdata), last dated role 2015-02-17",
           "MIT", rank=40, horizon=20151231),
    Source("eventwire", "eventwire hand lists: government buildings, IGOs and think tanks", "MIT (eventwire)",
           rank=45),
    Source("curated", "eventwire curated actors (src/eventwire/data/actors_curated.yaml): offices and dates "
           "as publicly recorded, reviewed by hand", "MIT (eventwire)", rank=10, horizon=20251231),
    Source("us_executive", "US presidents and vice presidents, unitedstates/congress-legislators executive.yaml "
           "(commit dfa9622)", "CC0 1.0", rank=20),
    Source("ifg", "Institute for Government, Ministers Database (UK ministers since 1979, commit 92e2270)",
           "CC BY 4.0 (attribute the Institute for Government)", rank=20, horizon=20260619),
    Source("world_leaders", "Wikidata heads of state and government in office 2021-Oct 2022 "
           "(every-politician-scrapers/world-leaders-2021, commit be7039c)", "CC0 1.0 (Wikidata)", rank=30,
           horizon=20221031),
    Source("cia", "CIA World Leaders and Cabinet Members of Foreign Governments (via WilliamRADFunk/"
           "cia-world-leaders, data of 2019-06-04)", "public domain (US government work)", rank=35,
           snapshot=SNAPSHOT_DAY.isoformat(),
           window=f"{iso_day(_CIA_WINDOW[0])} - {iso_day(_CIA_WINDOW[1])}: a year either side of the snapshot"),
    Source("ofac", "US Treasury OFAC Specially Designated Nationals list of 2024-05-03 (groups and aliases)",
           "public domain (US government work)", rank=45),
)
COMPLETE_SOURCES = ("curated", "us_executive", "ifg")  # a person they date is dated by them alone
ACTOR_FILES = (("Phoenix.Countries.actors.txt", "countries"), ("Phoenix.International.actors.txt", "international"),
               ("Phoenix.MilNonState.actors.txt", "milnonstate"))
# Capitals that are also common words or names; matching them as metonyms would do more harm than good.
AMBIGUOUS_CAPITALS = {"Male", "Victoria", "Kingston", "Hamilton", "Georgetown", "Stanley", "Jamestown", "Road Town",
                      "Saint John's", "Castries", "Praia", "Apia", "Palikir", "Melekeok", "Yaren", "San Jose",
                      "San Juan", "Nassau", "Moroni", "Funafuti"}
MIN_CAPITAL_POPULATION = 250_000
# Buildings and addresses used for a government (metonyms); one hand list, code = country + sector.
BUILDINGS = {
    "Kremlin": "RUSGOV", "the Kremlin": "RUSGOV", "White House": "USAGOV", "Pentagon": "USAMIL",
    "State Department": "USAGOV", "Capitol Hill": "USALEG", "Foggy Bottom": "USAGOV",
    "Downing Street": "GBRGOV", "Whitehall": "GBRGOV", "Elysee Palace": "FRAGOV", "Élysée Palace": "FRAGOV",
    "Élysée": "FRAGOV", "Elysee": "FRAGOV", "Quai d'Orsay": "FRAGOV", "Zhongnanhai": "CHNGOV",
    "Blue House": "KORGOV", "South Block": "INDGOV", "Chancellery": "DEUGOV", "Bundestag": "DEULEG",
    "Knesset": "ISRLEG", "Duma": "RUSLEG", "State Duma": "RUSLEG", "Majlis": "IRNLEG",
}
# International organisations, think tanks and their short names the Phoenix files lack; kind, code.
# Short all-capital names only match written in capitals (WHO, not "who"), see matcher.py.
EXTRA_ACTORS = {
    ("European Union", "EU", "E.U.", "European Community", "European Communities", "EEC"): ("igo", "IGOEUREEC"),
    ("World Health Organization", "World Health Organisation", "WHO"): ("igo", "IGOUNOHLHWHO"),
    ("Shanghai Cooperation Organisation", "Shanghai Cooperation Organization", "SCO"): ("igo", "IGOCAS"),
    ("African Union",): ("igo", "IGOAFRAU"),
    ("Group of Seven", "G7", "G-7"): ("igo", "IGOWST"),
    ("Group of Eight", "G8", "G-8"): ("igo", "IGOWST"),
    ("Group of 20", "Group of Twenty", "G20", "G-20"): ("igo", "IGOBUS"),
    ("Gulf Cooperation Council", "GCC"): ("igo", "IGOGCC"),
    ("International Criminal Court",): ("igo", "IGOJUDICC"),
    ("Wilson Center", "Woodrow Wilson Center", "Woodrow Wilson International Center for Scholars"):
        ("organization", "USAEDU"),
    ("Brookings Institution", "Brookings"): ("organization", "USAEDU"),
    ("Carnegie Endowment for International Peace", "Carnegie Endowment"): ("organization", "USAEDU"),
    ("Council on Foreign Relations",): ("organization", "USAEDU"),
    ("Atlantic Council",): ("organization", "USAEDU"),
    ("RAND Corporation",): ("organization", "USAEDU"),
    ("Heritage Foundation",): ("organization", "USAEDU"),
    ("Chatham House", "Royal Institute of International Affairs"): ("organization", "GBREDU"),
    ("International Institute for Strategic Studies", "IISS"): ("organization", "GBREDU"),
    ("Stockholm International Peace Research Institute", "SIPRI"): ("organization", "SWEEDU"),
    ("International Crisis Group",): ("ngo", "NGO"),
    # Renamed in 2011; Phoenix knows only the old name (Organization of the Islamic Conference).
    ("Organisation of Islamic Cooperation", "Organization of Islamic Cooperation", "OIC"): ("igo", "IGOMOSOIC"),
}
# Title abbreviations and military/academic ranks the Phoenix agents file lacks.
EXTRA_AGENTS = {
    "FM": "~GOV", "PM": "~GOV", "FOREIGN MINISTER": "~GOV", "DEFENCE MINISTER": "~GOVMIL",
    "DEFENSE MINISTER": "~GOVMIL", "GENERAL": "~MIL", "GEN": "~MIL", "LT. GEN.": "~MIL", "LT GEN": "~MIL",
    "LIEUTENANT GENERAL": "~MIL", "MAJ. GEN.": "~MIL", "MAJOR GENERAL": "~MIL", "COL.": "~MIL",
    "COLONEL": "~MIL", "ADM.": "~MIL", "ADMIRAL": "~MIL", "FIELD MARSHAL": "~MIL", "AIR CHIEF MARSHAL": "~MIL",
    "ARMY CHIEF": "~MIL", "MILITARY CHIEF": "~MIL", "NAVY CHIEF": "~MIL", "CHIEF OF ARMY STAFF": "~MIL",
    "ANALYST": "~EDU", "EXPERT": "~EDU", "RESEARCHER": "~EDU", "PROFESSOR": "~EDU", "PROF.": "~EDU",
    "FELLOW": "~EDU", "SENIOR FELLOW": "~EDU", "SCHOLAR": "~EDU", "ENVOY": "~GOV", "SPOKESPERSON": "~GOV",
    "FOREIGN OFFICE SPOKESPERSON": "~GOV", "SPOKESMAN": "~GOV", "SPOKESWOMAN": "~GOV", "SPOKESMEN": "~GOV",
    "SPOKESPEOPLE": "~GOV", "SPOKESPERSONS": "~GOV", "PRESIDENT": "~GOV", "PRIME MINISTER": "~GOV",
    "SECRETARY OF STATE": "~GOV", "NATIONAL SECURITY ADVISER": "~GOV", "NATIONAL SECURITY ADVISOR": "~GOV",
    "OPPOSITION": "~OPP", "OPPOSITION LEADER": "~OPP", "OPPOSITION GROUPS": "~OPP", "REBEL LEADER": "~REB",
    "LEADER": "~GOV", "LEADERS": "~GOV", "SECURITY CHIEF": "~COP", "POLICE CHIEF": "~COP",
    "INTELLIGENCE CHIEF": "~SPY", "SPY CHIEF": "~SPY", "THINK TANK": "~EDU", "THINK-TANK": "~EDU",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--curated", type=Path, default=CURATED)
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "eventwire" / "data" / "actors.json.gz")
    args = parser.parse_args()
    data = compile_actor_data(args.shared / "data", curated=args.curated)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    args.out.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes): {len(data['entries'])} entries, "
          f"{len(data['names'])} names, {len(data['homonyms'])} homonyms, {len(data['agents'])} agent phrases")


def compile_actor_data(data_dir: Path, *, curated: Path = CURATED) -> dict:
    countries = read_countries(data_dir / "country_codes")
    kb = KnowledgeBase(countries={code: info["name"] for code, info in countries.items()}, entries=[], names={},
                       agents={})
    source = {item.id: kb.add_source(item) for item in SOURCES}
    add_states(countries, kb, source=source["country_tables"])
    for filename, kind in ACTOR_FILES:
        for record in read_actor_file(data_dir / "cameo_phoenix_dictionaries" / filename, strict=False):
            kb.add_actor_record(record, source=kind, override=False, source_index=source["phoenix"])
    add_buildings(kb, source=source["eventwire"])
    add_extra_actors(kb, source=source["eventwire"])
    add_dated_sources(kb, data_dir / "actor_sources", curated=curated, source=source)
    agents = read_agents(data_dir / "cameo_phoenix_dictionaries" / "Phoenix.agents.txt")
    entries = [[entry.name, entry.kind, entry.code, entry.dated, entry.source] for entry in kb.entries]
    return {"version": DATA_VERSION, "sources": [asdict(item) for item in kb.sources], "countries": kb.countries,
            "entries": entries, "names": kb.names, "homonyms": kb.homonyms,
            "notes": {str(index): note for index, note in kb.notes.items()}, "agents": agents}


def add_dated_sources(kb: KnowledgeBase, folder: Path, *, curated: Path, source: dict[str, int]) -> None:
    """The 2015-2025 sources, the curated file first: it joins by name, the others join it."""
    merger = Merger(kb)
    for actor in read_user_actor_file(curated):
        roles = [[code, start, end, office, EXACT] for code, start, end, office in actor.roles]
        merger.add(SourcedActor(actor.name, actor.kind, list(actor.aliases), actor.code, roles, source=actor.source),
                   source=source["curated"], join_by_name=True)
    add_sanctioned_groups(merger, folder / "ofac_sdn_2024" / "sdn.csv", source=source["ofac"],
                          curated=source["curated"])
    for actor in read_us_executive(folder / "us_executive" / "executive.yaml"):
        merger.add(actor, source=source["us_executive"])
    for actor in read_ifg_ministers(folder / "ifg_uk_ministers"):
        merger.add(actor, source=source["ifg"])
    country = _country_finder(kb)
    leaders, unmapped = read_world_leaders(folder / "world_leaders_2021" / "wikidata.csv", country_code=country)
    for actor in leaders:
        merger.add(actor, source=source["world_leaders"])
    cabinet, unmapped_cia = read_cia_leaders(folder / "cia_world_leaders_2019" / "cia_world_leaders_2019_flat.csv",
                                             country_code=country)
    for actor in cabinet:
        merger.add(actor, source=source["cia"])
    if unmapped or unmapped_cia:
        print("countries not mapped (rows skipped):", ", ".join(unmapped + unmapped_cia))
    complete = {source[name] for name in COMPLETE_SOURCES}
    print(f"{close_stale_roles(kb, complete=complete, phoenix=source['phoenix'])} persons dated by complete sources")
    print(f"{compact(kb)} entries absorbed by others (the same person under two names)")


def add_sanctioned_groups(merger: Merger, path: Path, *, source: int, curated: int) -> None:
    """OFAC entities named by a known armed group give it their aliases; terrorism-listed entities
    no source codes become groups without a code (known as armed groups, country undecided).
    Sanctioned companies, banks and agencies are left alone: the source is used for armed groups."""
    kb = merger.kb
    unmatched = []
    for entity in read_sanctioned_entities(path):
        known = [index for index in kb.candidates(normalize_name(entity.name)) if kb.entries[index].kind == "group"
                 or kb.entries[index].kind != "person" and kb.entries[index].source == curated]
        if known:
            merger.add_aliases(known[0], entity.aliases)
            kb.notes[known[0]] = "; ".join(filter(None, [kb.notes.get(known[0]),
                                                         f"aliases from OFAC SDN entry {entity.number}"]))
        elif "FTO" in entity.programmes:
            merger.add(SourcedActor(entity.name.title(), "group", entity.aliases), source=source)
            unmatched.append(entity.name)
    if unmatched:
        print(f"{len(unmatched)} FTO-listed groups without a curated code:", "; ".join(unmatched))


def _country_finder(kb: KnowledgeBase):
    def country_code(name: str) -> str | None:
        entry = kb.lookup(name)
        return entry.code if entry is not None and entry.kind == "state" else None

    return country_code


def read_countries(folder: Path) -> dict[str, dict]:
    """ISO3 -> {name, aliases (names, demonyms), capital}, from the three country tables."""
    countries: dict[str, dict] = {}
    for line in (folder / "geonames_countryInfo.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        cells = line.split("\t")
        if not cells[7].isdigit():  # the header row
            continue
        code, name, capital, population = cells[1], cells[4], cells[5], int(cells[7] or 0)
        countries[code] = {"name": name, "aliases": [name], "capital": None}
        if capital and population >= MIN_CAPITAL_POPULATION and capital not in AMBIGUOUS_CAPITALS:
            countries[code]["capital"] = capital
    with open(folder / "ngec_countries.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["CCA3"] in countries:
                countries[row["CCA3"]]["aliases"] += [row["Name"]] + [item.strip() for item in
                                                                     row["Nationality"].split(",")]
    with open(folder / "wikipedia-iso-country-codes.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["Alpha-3 code"] in countries:
                countries[row["Alpha-3 code"]]["aliases"].append(row["English short name lower case"])
    return countries


def add_states(countries: dict[str, dict], kb: KnowledgeBase, *, source: int) -> None:
    """One state entry per country; its names, demonyms and capital (a metonym) all point to it."""
    for code, info in sorted(countries.items()):
        target = kb.state_entry(code)
        kb.entries[target].source = source
        for alias in info["aliases"] + ([info["capital"]] if info["capital"] else []):
            key = normalize_name(alias)
            if len(key) > 1:
                kb.names.setdefault(key, target)


def add_buildings(kb: KnowledgeBase, *, source: int) -> None:
    by_name: dict[str, int] = {}
    for name, code in BUILDINGS.items():
        display = name.removeprefix("the ")
        if display not in by_name:
            by_name[display] = len(kb.entries)
            kb.entries.append(Entry(name=display, kind="organization", code=code, source=source))
        for alias in (display, "the " + display):
            kb.names[normalize_name(alias)] = by_name[display]


def add_extra_actors(kb: KnowledgeBase, *, source: int) -> None:
    for names, (kind, code) in EXTRA_ACTORS.items():
        key = normalize_name(names[0])
        target = kb.names.get(key)
        if target is None:
            target = len(kb.entries)
            kb.entries.append(Entry(name=names[0], kind=kind, code=code, source=source))
        for name in names:
            kb.names.setdefault(normalize_name(name), target)


# One-word agents that are mostly modifiers in news text ("Deputy Director" is not a police deputy).
AMBIGUOUS_AGENTS = {"DEPUTY", "DEPUTIES", "PERSON", "PERSONS", "ISLAMIC", "MEMBER", "MEMBERS"}


def read_agents(path: Path) -> dict[str, str]:
    entries = [entry for entry in read_agent_file(path, strict=False)
               if entry.code.strip("~")[:3] in SECTORS and entry.phrase not in AMBIGUOUS_AGENTS]
    # A phrase the file writes out beats a plural generated from another line: ARMED_FORCES [~MIL]
    # is the state's military, the plural of ARMED_FORCE [~UAF] would make it unidentified.
    written = written_phrases(path)
    agents = {normalize_name(entry.phrase): entry.code for entry in entries
              if (entry.line, entry.phrase) not in written}
    agents.update({normalize_name(entry.phrase): entry.code for entry in entries if (entry.line, entry.phrase) in written})
    agents.update({normalize_name(phrase): code for phrase, code in EXTRA_AGENTS.items()})
    return agents


def written_phrases(path: Path) -> set[tuple[int, str]]:
    """(line number, phrase) as written at the start of each agent line ("ARMED_FORCES [~MIL]")."""
    written = set()
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
        phrase = line.split("#", 1)[0].split("[", 1)[0].split("{", 1)[0].strip()
        if phrase and "!" not in phrase:
            written.add((number, " ".join(phrase.replace("_", " ").split())))
    return written


if __name__ == "__main__":
    main()
