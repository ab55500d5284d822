"""Share of event mentions whose source has a country, over Guardian rows 0-199 (never 200-248).

Usage: python scripts/count_source_countries.py [--rows 200] [--misses 20] [--json OUT]

Each event record the pipeline writes is one event mention. Its source is counted as:
- `state`: some source actor has a state country (ISO3);
- `igo_ngo`: else some source actor's country is IGO or NGO (the contract's non-state countries);
- `img`: else some source actor is a transnational militant group (code IMG…, e.g. ISIS, al-Qaeda),
  which by CAMEO convention has no country unless a national branch is named — counted apart;
- `no_country`: else the event has source actors, none with a country;
- `no_source`: the event has no source actor at all.
"With a source country" = state + igo_ngo (the contract's `country` is set). The share is also given
with the IMG events left out of the denominator, since they have no country by convention.
`--misses N` lists the N most frequent source texts without a country (short spans, for diagnosis).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guardian_rows import GUARDIAN_CSV, READABLE_ROWS, read_guardian_rows  # noqa: E402

CLASSES = ("state", "igo_ngo", "img", "no_country", "no_source")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=GUARDIAN_CSV)
    parser.add_argument("--rows", type=int, default=READABLE_ROWS, help="first N rows (at most 200)")
    parser.add_argument("--misses", type=int, default=0, help="list the N commonest source texts without a country")
    parser.add_argument("--json", metavar="OUT", help="write the counts as JSON to OUT")
    args = parser.parse_args()
    from eventwire.pipeline import extract_many
    from eventwire.resources import load_resources

    articles = read_guardian_rows(args.input, rows=args.rows)
    records = list(extract_many(articles, resources=load_resources()))
    counts, misses = count_sources(records)
    result = summarise(counts, documents=len(records), failed=sum(1 for r in records if r.error))
    print(render(result))
    for text, number in misses.most_common(args.misses):
        print(f"  {number:4d}  {text}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")


def count_sources(records) -> tuple[Counter, Counter]:
    counts: Counter = Counter()
    misses: Counter = Counter()
    for record in records:
        for event in record.events:
            kind = source_class(event.source)
            counts[kind] += 1
            if kind == "no_country":
                misses.update({" ".join(ref.text.split()) for ref in event.source})
    return counts, misses


def source_class(refs) -> str:
    if not refs:
        return "no_source"
    countries = {ref.country for ref in refs if ref.country}
    if countries - {"IGO", "NGO"}:
        return "state"
    if countries:
        return "igo_ngo"
    if any((ref.code or "").startswith("IMG") for ref in refs):
        return "img"
    return "no_country"


def summarise(counts: Counter, *, documents: int, failed: int) -> dict:
    total = sum(counts.values())
    with_country = counts["state"] + counts["igo_ngo"]
    without_img = total - counts["img"]
    return {"documents": documents, "failed_documents": failed, "event_mentions": total,
            "counts": {name: counts[name] for name in CLASSES},
            "share_with_source_country": round(with_country / total, 3) if total else None,
            "share_with_source_country_img_apart": round(with_country / without_img, 3) if without_img else None}


def render(result: dict) -> str:
    total = result["event_mentions"]
    lines = [f"{result['documents']} documents ({result['failed_documents']} failed), {total} event mentions"]
    for name, number in result["counts"].items():
        lines.append(f"  {name:<11}{number:6d}  {number / total if total else 0:.3f}")
    lines += [f"share with a source country: {result['share_with_source_country']}",
              f"share with a source country, IMG events left out: {result['share_with_source_country_img_apart']}"]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
