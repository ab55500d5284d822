"""Armed groups and their aliases from the US Treasury OFAC SDN list (3 May 2024).

Only entities (no individuals, vessels or aircraft) under the terrorism programmes FTO and SDGT, and
the few groups sanctioned under other programmes that a curated group names (the Wagner group is under
RUSSIA-EO14024 and others). The list has no country or dates for a group: merge.py joins each entity to
the curated group whose name or alias equals the entity's name, which gives the code; the entity's
a.k.a. names become aliases of that group. Short or generic aliases are left out (see GENERIC).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

TERROR_PROGRAMMES = ("FTO", "SDGT")
# a.k.a. names that are ordinary phrases in news text, or two-letter initials: never actor names
GENERIC = {"THE YOUTH", "YOUTH WING", "FOREIGN RELATIONS DEPARTMENT", "EXTERNAL SECURITY ORGANIZATION",
           "FOREIGN ACTION UNIT", "SPECIAL OPERATIONS BRANCH", "EXTERNAL SERVICES ORGANIZATION",
           "SUPPORTERS OF ISLAMIC LAW", "SOLDIERS OF GOD", "SOLDIERS OF ISLAM", "DEVOTEES OF ISLAM",
           "PARTISANS OF GOD", "SUPPORTERS OF GOD", "THE VICTORY FRONT", "AL HAYAT", "MUSLIM YOUTH CENTER",
           "ISLAMIC RESISTANCE IN IRAQ", "HELPERS OF TRADITION", "CAUCASUS PROVINCE", "SINAI PROVINCE",
           "THE STATE OF SINAI", "SUPPORTERS OF JERUSALEM", "SUPPORTERS OF THE HOLY PLACE", "WITNESSES IN BLOOD",
           "MASKED MEN BRIGADE", "THE SENTINELS", "ARMY OF ISLAM", "SONS OF ABYAN"}
_ALIAS = re.compile(r"(?:a\.k\.a\.|f\.k\.a\.) '([^']+(?:'[A-Z][^']*)*)'")


@dataclass
class SanctionedEntity:
    number: int
    name: str
    programmes: list[str]
    aliases: list[str]

    @property
    def terrorism(self) -> bool:
        return any(programme in TERROR_PROGRAMMES for programme in self.programmes)


def read_sanctioned_entities(path: Path) -> list[SanctionedEntity]:
    entities = []
    with path.open(encoding="latin-1", newline="") as handle:
        for row in csv.reader(handle):
            if len(row) < 12 or row[2].strip() != "-0-":
                continue  # individuals, vessels, aircraft, and the trailing end-of-file row
            programmes = [item.strip(" []") for item in row[3].split("] [")]
            aliases = [alias for alias in _ALIAS.findall(row[11]) if usable_alias(alias)]
            entities.append(SanctionedEntity(int(row[0]), _unquoted(row[1]), programmes, aliases))
    return entities


def usable_alias(alias: str) -> bool:
    letters = [char for char in alias if char.isalpha()]
    return len(letters) >= 4 and alias.upper() not in GENERIC and not alias.lower().startswith("www.")


def _unquoted(name: str) -> str:
    """"PRIVATE MILITARY COMPANY 'WAGNER'" -> "PRIVATE MILITARY COMPANY WAGNER" (an apostrophe inside a
    word, as in KURDISTAN WORKERS' PARTY or AL QA'IDA, stays)."""
    return re.sub(r"'([A-Z][A-Z .-]*)'$", r"\1", name)
