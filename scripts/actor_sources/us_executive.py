"""US presidents and vice presidents with the exact dates of each term (unitedstates/congress-legislators)."""

from __future__ import annotations

from pathlib import Path

import yaml

from actor_sources.records import EXACT, SourcedActor, day, day_before

OFFICES = {"prez": "President of the United States", "viceprez": "Vice President of the United States"}


def read_us_executive(path: Path) -> list[SourcedActor]:
    actors = []
    for person in yaml.safe_load(path.read_text(encoding="utf-8")):
        name = person["name"]
        forms = [person.get("id", {}).get("wikipedia"), f"{name['first']} {name['last']}",
                 name.get("nickname") and f"{name['nickname']} {name['last']}", name.get("official_full")]
        forms = list(dict.fromkeys(form for form in forms if form))
        # a term ends at noon on the hand-over day: the successor holds the office that day
        roles = [["USAGOV", day(term["start"]), day_before(term["end"]), OFFICES[term["type"]], EXACT]
                 for term in person["terms"]]
        actors.append(SourcedActor(name=forms[0], aliases=forms[1:], roles=roles))
    return actors
