"""Every UK minister since 1979 with exact appointment dates (Institute for Government, CC BY 4.0).

Each appointment is a GBRGOV role named by its post; a person's name-spells (Jo Johnson, later Lord
Johnson of Marylebone) are aliases of one actor. An open appointment (no end date) is open-ended.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from actor_sources.records import EXACT, FAR_FUTURE, SourcedActor, day


def read_ifg_ministers(folder: Path) -> list[SourcedActor]:
    names: dict[str, list[str]] = defaultdict(list)
    for row in _rows(folder / "person.csv"):
        for form in (row["name"], row["display_name"], row["normalized_name"]):
            if form and form not in names[row["id"]]:
                names[row["id"]].append(form)
    posts = {row["id"]: row["name"] for row in _rows(folder / "post.csv")}
    roles: dict[str, list[list]] = defaultdict(list)
    for row in _rows(folder / "appointment.csv"):
        end = day(row["end_date"]) if row["end_date"] else FAR_FUTURE
        roles[row["person_id"]].append(["GBRGOV", day(row["start_date"]), end, posts[row["post_id"]], EXACT])
    # the commoner's name first ("Jo Johnson" before "Lord Johnson of Marylebone"): the one news use
    return [SourcedActor(name=_ordered(names[person])[0], aliases=_ordered(names[person])[1:], roles=sorted(found))
            for person, found in roles.items() if names[person]]


def _ordered(forms: list[str]) -> list[str]:
    return sorted(forms, key=lambda form: (form.startswith(("Lord ", "Baroness ", "Sir ", "Dame ")), forms.index(form)))


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))
