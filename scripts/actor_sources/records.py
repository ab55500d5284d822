"""What every source reader returns, and the small helpers they share (names, offices, days)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.actors.userfile import UserActor

EXACT, YEAR, SNAPSHOT = 0, 1, 2   # as in eventwire.actors.roles
FAR_PAST, FAR_FUTURE = 10101, 99991231


@dataclass
class SourcedActor(UserActor):
    """One actor as a source states it: a user-file actor (name, kind, aliases, code, `source` note) whose
    roles also say how their dates are known: [code, start YYYYMMDD, end YYYYMMDD, office, precision]."""

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]

    def countries(self) -> set[str]:
        codes = [self.code, *(role[0] for role in self.roles)]
        return {code[:3] for code in codes if code and len(code) >= 3}


def day(value: str | date) -> int:
    value = date.fromisoformat(value) if isinstance(value, str) else value
    return value.year * 10000 + value.month * 100 + value.day


def day_before(value: str) -> int:
    """A term that ends on a hand-over day (US presidents: noon of January 20) ends, inclusively,
    the day before: the successor holds the office on the day itself."""
    return day(date.fromisoformat(value) - timedelta(days=1))


# Words written in lower case inside a name ("Muhammad bin Salman", "Salih al-Husni").
PARTICLES = {"al", "el", "bin", "bint", "ibn", "de", "da", "di", "del", "van", "von", "der", "du", "le", "la", "ul",
             "ud", "abu", "bou", "ben", "dos", "das", "y"}


def display_name(text: str) -> str:
    """'MUHAMMAD BIN SALMAN' -> 'Muhammad bin Salman', "al-HUSNI" -> 'al-Husni' (hyphen parts too)."""
    words = []
    for index, word in enumerate(text.split()):
        parts = [part if _mixed(part) else
                 part.lower() if part.lower() in PARTICLES and (index or len(text.split()) > 1) else
                 part[:1].upper() + part[1:].lower() for part in word.split("-")]
        words.append("-".join(parts))
    return " ".join(words)


def _mixed(part: str) -> bool:
    return any(char.isupper() for char in part[1:]) and any(char.islower() for char in part)


# Offices to CAMEO sectors. Ministers and secretaries are civilian (GOV) even for defence; armed-forces
# commands are MIL; parliaments LEG; courts and prosecutors JUD; intelligence SPY; police COP.
_SECTOR_PATTERNS = (
    ("LEG", re.compile(r"\b(speaker|parliament|national assembly|senate|majlis|duma|legislat|congress)", re.I)),
    ("JUD", re.compile(r"\b(chief justice|supreme court|constitutional court|prosecutor|judge)", re.I)),
    ("MIL", re.compile(r"\b(joint chiefs|chief of (the )?(general|defen[cs]e|army|naval|air) staff|"
                       r"chief of staff of the (armed forces|army)|commander)", re.I)),
    ("GOV", re.compile(r"\b(minister|secretary|president|premier|chancellor|king|queen|emir|sultan|monarch|"
                       r"governor|ambassador|representative|leader|prince|head of state|head of government|"
                       r"vice|deputy|chair|taoiseach|regent)", re.I)),
    ("SPY", re.compile(r"\b(intelligence|security service|fsb|svr|mossad)", re.I)),
    ("MIL", re.compile(r"\b(armed forces|army|navy|air force|military|marine corps|revolutionary guard)", re.I)),
    ("COP", re.compile(r"\b(police|gendarmerie)", re.I)),
)


def office_sector(office: str) -> str:
    """The CAMEO sector of an office title; GOV when nothing more specific fits."""
    for sector, pattern in _SECTOR_PATTERNS:
        if pattern.search(office):
            return sector
    return "GOV"
