"""Dated roles and their sources: which of an entry's roles holds on the article date.

A role is a sequence `[code, start, end, note, source, precision]` (a tuple in the built-in data, a list
while built or read from a user file; Phoenix-era and user roles may stop after `note`): `start`/`end`
are inclusive YYYYMMDD numbers, `note` the office ("Secretary of Defense"), `source` an index into the
knowledge base's sources (missing or None: the entry's own source), `precision` how the dates are known
(missing: EXACT):

- EXACT: the office's own dates (Phoenix, US executive, IfG, the curated file, user files);
- YEAR: years only (Wikidata heads of state and government): Jan 1 of the first to Dec 31 of the last;
- SNAPSHOT: a list that says who held the office on one day (CIA 2019); the role spans the source's
  stated validity window around that day.

Several roles may hold on one day when sources disagree. The article date decides among them:
exact dates beat years, years beat a snapshot, and an open-ended role past its source's horizon (the
last day the source vouches for: Phoenix's last dated role starts 2015-02-17) comes last; within a tier the better
ranked source, then the later start wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

EXACT, YEAR, SNAPSHOT = 0, 1, 2
PRECISIONS = {EXACT: "exact dates", YEAR: "years only", SNAPSHOT: "snapshot window"}
FAR_PAST, FAR_FUTURE = 10101, 99991231
_STALE = 3  # tier of an open-ended role past its source's horizon


@dataclass(frozen=True)
class Source:
    """Where entries and roles come from; `rank` orders sources that disagree (lower wins)."""

    id: str
    name: str
    licence: str
    rank: int = 50
    horizon: int | None = None     # YYYYMMDD: open-ended roles are vouched for up to here
    snapshot: str | None = None    # ISO day the snapshot was taken (SNAPSHOT roles)
    window: str | None = None      # the stated validity window of a snapshot, in words

    @classmethod
    def from_dict(cls, data: dict) -> "Source":
        return cls(**{key: data.get(key) for key in cls.__dataclass_fields__ if key in data})


def day_number(when: date) -> int:
    return when.year * 10000 + when.month * 100 + when.day


def iso_day(day: int) -> str | None:
    """'2017-01-20' for 20170120; None for the open ends."""
    if day <= FAR_PAST or day >= FAR_FUTURE:
        return None
    return f"{day // 10000:04d}-{day // 100 % 100:02d}-{day % 100:02d}"


def role_source(role: list, default: int | None) -> int | None:
    return role[4] if len(role) > 4 and role[4] is not None else default


def role_precision(role: list) -> int:
    return role[5] if len(role) > 5 else EXACT


def choose_role(roles: list[list], day: int, *, sources: list[Source], default_source: int | None) -> list | None:
    """The role that holds on `day` (YYYYMMDD), or None when none does."""
    valid = [role for role in roles if role[1] <= day <= role[2]]
    if not valid:
        return None
    return min(valid, key=lambda role: _preference(role, day, sources, default_source))


def _preference(role: list, day: int, sources: list[Source], default_source: int | None) -> tuple:
    source_index = role_source(role, default_source)
    source = sources[source_index] if source_index is not None and source_index < len(sources) else None
    tier = role_precision(role)
    if role[2] >= FAR_FUTURE and source is not None and source.horizon and day > source.horizon:
        tier = _STALE
    return tier, source.rank if source else 0, -role[1]
