"""CIA "World Leaders and Cabinet Members of Foreign Governments", a snapshot of about 4 June 2019.

The list says who held an office on the day it was taken, not since when or until when, so each role
spans the stated validity window around the snapshot (merge.py drops a snapshot role that a dated
source contradicts). Names are CIA style: the family name in capitals ("Mevlut CAVUSOGLU", "Ali
Hoseini-KHAMENEI", "MUHAMMAD BIN SALMAN bin Abd al-Aziz Al Saud"); each person gets the name as written
and the shorter forms news use (given names + family name, first given name + family name, Russian
names without the patronymic).
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from actor_sources.records import SNAPSHOT, SourcedActor, day, display_name, office_sector

SNAPSHOT_DAY = date(2019, 6, 4)          # the data file's last change (SOURCE.md)
WINDOW_DAYS = 365                        # stated validity: a year either side of the snapshot
# CIA country names the country tables spell differently
COUNTRY_NAMES = {"Korea, South": "KOR", "Korea, North": "PRK", "Burma": "MMR", "Congo, Democratic Republic of the": "COD",
                 "Congo, Republic of the": "COG", "Micronesia, Federated States of": "FSM", "Bahamas, The": "BHS",
                 "Gambia, The": "GMB", "Holy See (Vatican City)": "VAT", "Cabo Verde": "CPV", "Eswatini": "SWZ",
                 "Cote d'Ivoire": "CIV", "Timor-Leste": "TLS", "Czechia": "CZE", "North Macedonia": "MKD",
                 "Macedonia": "MKD", "Russia": "RUS", "Syria": "SYR", "Laos": "LAO", "Vietnam": "VNM",
                 "West Bank": "PSE", "Gaza Strip": "PSE", "Palestine": "PSE", "Taiwan": "TWN", "Kosovo": "XKX"}


def window() -> tuple[int, int]:
    start, end = SNAPSHOT_DAY.toordinal() - WINDOW_DAYS, SNAPSHOT_DAY.toordinal() + WINDOW_DAYS
    return day(date.fromordinal(start)), day(date.fromordinal(end))


def read_cia_leaders(path: Path, *, country_code) -> tuple[list[SourcedActor], list[str]]:
    """(actors, country names that could not be mapped). `country_code(name)` -> ISO3 or None."""
    start, end = window()
    people: dict[tuple[str, str], SourcedActor] = {}
    unmapped = set()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            iso3 = COUNTRY_NAMES.get(row["country"]) or country_code(row["country"])
            person = row["person"].strip()
            if iso3 is None:
                unmapped.add(row["country"])
                continue
            if not person or not any(part.isupper() and len(part) > 1 for part in _parts(person)):
                continue  # vacancies ("Vacant") and names without a marked family name
            if "co-prince" in row["title"].lower():
                continue  # Andorra's co-princes are the French president and a Spanish bishop
            names = cia_names(person)
            actor = people.setdefault((iso3, names[0]), SourcedActor(name=names[-1], aliases=names[:-1]))
            actor.roles.append([iso3 + office_sector(row["title"]), start, end, row["title"].strip(), SNAPSHOT])
    return list(people.values()), sorted(unmapped)


def cia_names(person: str) -> list[str]:
    """Full name as written, then shorter forms; the last is the form news use most (given + family)."""
    tokens = person.split()
    marked = [index for index, token in enumerate(tokens) if any(p.isupper() and len(p) > 1 for p in _parts(token))]
    first, last = marked[0], marked[-1]
    given = [token for token in tokens[:first] if not _patronymic(token)]
    family = [_capital_parts(token) for token in tokens[first:last + 1]]
    forms = [display_name(person), display_name(" ".join(given + family))]
    if len(given) > 1:
        forms.append(display_name(" ".join(given[:1] + family)))
    return list(dict.fromkeys(form for form in forms if len(form.split()) > 1)) or [display_name(person)]


def _parts(text: str) -> list[str]:
    return [part for part in text.replace("'", "").replace("-", " ").split() if part.isalpha()]


def _capital_parts(token: str) -> str:
    """'ZARIF-Khonsari' -> 'ZARIF', 'Hoseini-KHAMENEI' -> 'KHAMENEI', 'al-HUSNI' stays."""
    parts = token.split("-")
    kept = [part for part in parts if part.isupper() or part.lower() in ("al", "el")]
    return "-".join(kept) if kept else token


def _patronymic(token: str) -> bool:
    return token.lower().endswith(("ovich", "evich", "yevich", "ovna", "evna", "yevna", "ichna"))
