"""Heads of state and government in office 2021 - Oct 2022, from Wikidata (years only).

A role runs from January 1 of its first year to December 31 of its last (open when Wikidata gives no
end). Labels that are no name a text would use ("Salman of Saudi Arabia") are left out, and a person
with offices in several states keeps the state of their own office: the French president is not coded
as Andorra's co-prince, and the monarch of the Commonwealth realms is the United Kingdom's.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from actor_sources.records import FAR_FUTURE, YEAR, SourcedActor, office_sector

COUNTRY_NAMES = {"United States of America": "USA", "People's Republic of China": "CHN", "Kingdom of the Netherlands": "NLD",
                 "Kingdom of Denmark": "DNK", "State of Palestine": "PSE", "Taiwan": "TWN", "Kosovo": "XKX",
                 "Federated States of Micronesia": "FSM", "The Gambia": "GMB", "The Bahamas": "BHS",
                 "Democratic Republic of the Congo": "COD", "Republic of the Congo": "COG", "Vatican City": "VAT",
                 "Ivory Coast": "CIV", "East Timor": "TLS", "Czech Republic": "CZE", "North Macedonia": "MKD",
                 "Eswatini": "SWZ", "Cape Verde": "CPV", "Russia": "RUS", "Syria": "SYR", "Laos": "LAO",
                 "Vietnam": "VNM", "South Korea": "KOR", "North Korea": "PRK", "Myanmar": "MMR",
                 "Republic of Ireland": "IRL"}
CEREMONIAL = ("monarch of", "co-prince")
SEAT_OF_REALMS = "GBR"  # the Commonwealth realms' monarch is coded by the United Kingdom


def read_world_leaders(path: Path, *, country_code) -> tuple[list[SourcedActor], list[str]]:
    rows_by_person: dict[str, list[dict]] = defaultdict(list)
    unmapped = set()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            row["iso3"] = COUNTRY_NAMES.get(row["country"]) or country_code(row["country"])
            if row["iso3"] is None:
                unmapped.add(row["country"])
            elif " of " not in row["officeholderLabel"]:
                rows_by_person[row["officeholder"]].append(row)
    actors = []
    for rows in rows_by_person.values():
        rows = _own_state(rows)
        roles = [[row["iso3"] + office_sector(row["positionLabel"]), int(row["start_year"]) * 10000 + 101,
                  int(row["end_year"]) * 10000 + 1231 if row["end_year"] else FAR_FUTURE, row["positionLabel"], YEAR]
                 for row in rows if row["start_year"]]
        if roles:
            actors.append(SourcedActor(name=rows[0]["officeholderLabel"], roles=roles))
    return actors, sorted(unmapped)


def _own_state(rows: list[dict]) -> list[dict]:
    """The rows of one state: where the person holds a non-ceremonial office, else the earliest."""
    if len({row["iso3"] for row in rows}) == 1:
        return rows
    own = [row for row in rows if not any(word in row["positionLabel"].lower() for word in CEREMONIAL)]
    seated = [row for row in rows if row["iso3"] == SEAT_OF_REALMS]
    state = own[0]["iso3"] if own else seated[0]["iso3"] if seated else \
        min(rows, key=lambda row: row["start_year"] or "9999")["iso3"]
    return [row for row in rows if row["iso3"] == state]
