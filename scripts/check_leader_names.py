"""How heads of state and government in office 2015-2024 resolve when named without a title.

Usage: python scripts/check_leader_names.py [--shared ../shared] [--misses 20]

For each Wikidata row of ../shared/data/actor_sources/world_leaders_2021 (offices held 2021 - Oct 2022,
with their start and end years) whose years overlap 2015-2024, the officeholder's name is looked up
(`eventwire.actors.explain.explain_name`, no title, no context) on July 1 of the middle year of the
overlap, and counted right when the country and the sector (GOV) are the office's. A coverage check of
the knowledge base, not an independent accuracy figure: since the knowledge base is compiled from this
very list among others, it says how often a leader's bare name finds the right dated role, and what
was missing before (run it on an older checkout to compare).
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COUNTRY_NAMES = {"United States of America": "USA", "People's Republic of China": "CHN", "Russia": "RUS",
                 "Syria": "SYR", "South Korea": "KOR", "North Korea": "PRK", "Republic of Ireland": "IRL"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--misses", type=int, default=0, help="list this many misses")
    args = parser.parse_args()
    from eventwire.actors.explain import explain_name
    from eventwire.actors.kb import load_knowledge_base

    kb = load_knowledge_base()
    outcome: Counter = Counter()
    misses = []
    for name, iso3, when in leader_rows(args.shared / "data" / "actor_sources" / "world_leaders_2021" / "wikidata.csv",
                                        kb):
        found = explain_name(name, kb=kb, when=when)
        kind = "right" if (found.country, found.sector) == (iso3, "GOV") else \
            "unresolved" if found.country is None else "wrong sector" if found.country == iso3 else "wrong country"
        outcome[kind] += 1
        if kind != "right":
            misses.append(f"{name} ({iso3}, {when}): {found.code or '-'} [{found.route}]")
    total = sum(outcome.values())
    print(f"{total} leaders in office 2015-2024, named without a title:")
    for kind in ("right", "wrong sector", "wrong country", "unresolved"):
        print(f"  {kind:<14}{outcome[kind]:5d}  {outcome[kind] / total:.3f}")
    print("\n".join(misses[:args.misses]))


def leader_rows(path: Path, kb):
    """(name, ISO3, date) for rows whose office overlaps 2015-2024; labels that are no name are skipped."""
    seen = set()
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            state = kb.lookup(COUNTRY_NAMES.get(row["country"], row["country"]))
            start = max(int(row["start_year"] or 0), 2015)
            end = min(int(row["end_year"] or 2022), 2024)   # no end year: in office when scraped (Oct 2022)
            name = row["officeholderLabel"]
            if state is None or state.kind != "state" or start > end or " of " in name or "monarch" in \
                    row["positionLabel"].lower() or "co-prince" in row["positionLabel"].lower():
                continue
            when = date((start + end) // 2, 7, 1)
            if (name, when) not in seen:
                seen.add((name, when))
                yield name, state.code, when


if __name__ == "__main__":
    sys.exit(main())
