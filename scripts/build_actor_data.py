"""Compile src/eventwire/data/actors.json.gz from the Phoenix actor/agent dictionaries and country tables.

Usage: python scripts/build_actor_data.py [--shared ../shared] [--out src/eventwire/data/actors.json.gz]

Inputs (../shared/data, MIT and CC BY 4.0, see src/eventwire/data/LICENSES/actors.txt):
cameo_phoenix_dictionaries/Phoenix.{Countries,International,MilNonState}.actors.txt, Phoenix.agents.txt,
country_codes/{ngec_countries.csv, geonames_countryInfo.txt, wikipedia-iso-country-codes.csv}.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
from pathlib import Path

from eventwire.actors.codes import SECTORS
from eventwire.actors.kb import DATA_VERSION, Entry, KnowledgeBase, normalize_name
from eventwire.dictionaries.actors import read_actor_file
from eventwire.dictionaries.agents import read_agent_file

ROOT = Path(__file__).resolve().parents[1]
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
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "eventwire" / "data" / "actors.json.gz")
    args = parser.parse_args()
    data = compile_actor_data(args.shared / "data")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    args.out.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    print(f"wrote {args.out} ({args.out.stat().st_size} bytes): {len(data['entries'])} entries, "
          f"{len(data['names'])} names, {len(data['agents'])} agent phrases")


def compile_actor_data(data_dir: Path) -> dict:
    countries = read_countries(data_dir / "country_codes")
    kb = KnowledgeBase(countries={code: info["name"] for code, info in countries.items()}, entries=[], names={},
                       agents={})
    add_states(countries, kb)
    for filename, source in ACTOR_FILES:
        for record in read_actor_file(data_dir / "cameo_phoenix_dictionaries" / filename, strict=False):
            kb.add_actor_record(record, source=source, override=False)
    add_buildings(kb)
    add_extra_actors(kb)
    agents = read_agents(data_dir / "cameo_phoenix_dictionaries" / "Phoenix.agents.txt")
    entries = [[entry.name, entry.kind, entry.code, entry.dated] for entry in kb.entries]
    return {"version": DATA_VERSION, "countries": kb.countries, "entries": entries, "names": kb.names,
            "agents": agents}


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


def add_states(countries: dict[str, dict], kb: KnowledgeBase) -> None:
    """One state entry per country; its names, demonyms and capital (a metonym) all point to it."""
    for code, info in sorted(countries.items()):
        target = kb.state_entry(code)
        for alias in info["aliases"] + ([info["capital"]] if info["capital"] else []):
            key = normalize_name(alias)
            if len(key) > 1:
                kb.names.setdefault(key, target)


def add_buildings(kb: KnowledgeBase) -> None:
    by_name: dict[str, int] = {}
    for name, code in BUILDINGS.items():
        display = name.removeprefix("the ")
        if display not in by_name:
            by_name[display] = len(kb.entries)
            kb.entries.append(Entry(name=display, kind="organization", code=code))
        for alias in (display, "the " + display):
            kb.names[normalize_name(alias)] = by_name[display]


def add_extra_actors(kb: KnowledgeBase) -> None:
    for names, (kind, code) in EXTRA_ACTORS.items():
        key = normalize_name(names[0])
        target = kb.names.get(key)
        if target is None:
            target = len(kb.entries)
            kb.entries.append(Entry(name=names[0], kind=kind, code=code))
        for name in names:
            kb.names.setdefault(normalize_name(name), target)


# One-word agents that are mostly modifiers in news text ("Deputy Director" is not a police deputy).
AMBIGUOUS_AGENTS = {"DEPUTY", "DEPUTIES", "PERSON", "PERSONS", "ISLAMIC", "MEMBER", "MEMBERS"}


def read_agents(path: Path) -> dict[str, str]:
    entries = [entry for entry in read_agent_file(path, strict=False)
               if entry.code.strip("~")[:3] in SECTORS and entry.phrase not in AMBIGUOUS_AGENTS]
    # A phrase the file writes out beats a plural generated from another line: ARMED_FORCES [~MIL]
    # is the state's military, the plural of ARMED_FORCE [~UAF] would make it unidentified.
    written = _written_phrases(path)
    agents = {normalize_name(entry.phrase): entry.code for entry in entries
              if (entry.line, entry.phrase) not in written}
    agents.update({normalize_name(entry.phrase): entry.code for entry in entries if (entry.line, entry.phrase) in written})
    agents.update({normalize_name(phrase): code for phrase, code in EXTRA_AGENTS.items()})
    return agents


def _written_phrases(path: Path) -> set[tuple[int, str]]:
    """(line number, phrase) as written at the start of each agent line ("ARMED_FORCES [~MIL]")."""
    written = set()
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
        phrase = line.split("#", 1)[0].split("[", 1)[0].split("{", 1)[0].strip()
        if phrase and "!" not in phrase:
            written.add((number, " ".join(phrase.replace("_", " ").split())))
    return written


if __name__ == "__main__":
    main()
