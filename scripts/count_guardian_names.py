"""Which persons and organisations Guardian rows 0-199 name, and how eventwire codes them now.

Usage: python scripts/count_guardian_names.py [--rows 200] [--top 150] [--kind person,organization,group,unknown]

Prints, per actor name, the number of articles naming it and the codes it received (most frequent
first). Used to decide which people and groups the curated actor file must cover first; prints names
and codes only, never article text. Rows 200-248 are never read (see guardian_rows.py).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guardian_rows import GUARDIAN_CSV, READABLE_ROWS, read_guardian_rows  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=GUARDIAN_CSV)
    parser.add_argument("--rows", type=int, default=READABLE_ROWS)
    parser.add_argument("--top", type=int, default=150)
    parser.add_argument("--kind", default="person,organization,group,unknown,ngo,igo",
                        help="comma-separated actor kinds to list")
    args = parser.parse_args()
    from eventwire.pipeline import extract_many
    from eventwire.resources import load_resources

    kinds = set(args.kind.split(","))
    articles = read_guardian_rows(args.input, rows=args.rows)
    documents: Counter = Counter()
    codes: dict[str, Counter] = defaultdict(Counter)
    for record in extract_many(articles, resources=load_resources()):
        seen = set()
        for actor in record.actors:
            if actor.kind not in kinds:
                continue
            name = " ".join(actor.name.split())
            codes[name][actor.code or "-"] += 1
            if name not in seen:
                documents[name] += 1
                seen.add(name)
    for name, number in documents.most_common(args.top):
        coded = ", ".join(f"{code}×{count}" for code, count in codes[name].most_common(3))
        print(f"{number:4d}  {name:<40} {coded}")


if __name__ == "__main__":
    main()
