"""When and where Guardian rows 0-199's events happened, counted: the checks of docs/attributes.md.

Usage: python scripts/check_event_dates.py [--rows 200] [--list N] [--json OUT] [--strict]

Each event record the pipeline writes is one event mention, dated and flagged against its own
article's publication date. Counted:
- `after_published`: asserted mentions dated after their article (by `date`; none may be);
- `future_dated`: the same for any modality but intended and hypothetical ones;
- `over_30_days_before`: mentions dated more than 30 days before their article - the whole date: for a
  range ("last month", "earlier this year") its last day, `date_end` - and of those `not_historical`
  (none may be: such a mention must carry `historical: true`);
- `over_60_days_before`: the issue's measure (`date`, the first day, more than 60 days before);
- `historical`, `undated`, and `date_source` (`expression` / `context` / `published`);
- `located`: mentions with a `location`, by `location_source` (`event` / `sentence` / `article`);
  `place_named` those whose article names a resolved place, and `located_where_named` how many of those
  have a location.
`--strict` exits 1 when a rule above is broken. `--list N` prints up to N breaking mentions
(trigger, date, its sentence) for diagnosis. Rows 200-248 are never read (see guardian_rows.py).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guardian_rows import GUARDIAN_CSV, READABLE_ROWS, read_guardian_rows  # noqa: E402

HISTORY_DAYS = 30
ISSUE_DAYS = 60
FUTURE_MODALITIES = ("intended", "hypothetical")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=GUARDIAN_CSV)
    parser.add_argument("--rows", type=int, default=READABLE_ROWS, help="first N rows (at most 200)")
    parser.add_argument("--list", type=int, default=0, metavar="N", help="print up to N mentions breaking a rule")
    parser.add_argument("--json", metavar="OUT", help="write the counts as JSON to OUT")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a rule is broken")
    args = parser.parse_args()
    from eventwire.pipeline import extract_many
    from eventwire.resources import load_resources

    articles = read_guardian_rows(args.input, rows=args.rows)
    records = list(extract_many(articles, resources=load_resources()))
    counts, broken = count_dates(records)
    print(render(counts))
    for line in broken[:args.list]:
        print(line)
    if args.json:
        Path(args.json).write_text(json.dumps(counts, indent=2) + "\n", encoding="utf-8")
    if args.strict and (counts["after_published"] or counts["not_historical"]):
        sys.exit(1)


def count_dates(records) -> tuple[Counter, list[str]]:
    counts: Counter = Counter(documents=len(records), failed=sum(1 for record in records if record.error))
    broken: list[str] = []
    for record in records:
        published = date.fromisoformat(record.published[:10]) if record.published else None
        named_in_article = any(place.country or place.lat is not None for place in record.places)
        for event in record.events:
            counts["events"] += 1
            counts[f"date_source_{getattr(event, 'date_source', None) or 'none'}"] += 1
            historical = bool(getattr(event, "historical", False))
            counts["historical"] += historical
            counts["located"] += event.location is not None
            if event.location is not None:
                counts[f"location_source_{getattr(event, 'location_source', None) or 'none'}"] += 1
            if named_in_article:
                counts["place_named"] += 1
                counts["located_where_named"] += event.location is not None
            if event.date is None:
                counts["undated"] += 1
                continue
            if published is None:
                continue
            day = date.fromisoformat(event.date)
            last_day = date.fromisoformat(event.date_end) if event.date_end else day
            rule = None
            if day > published and event.modality not in FUTURE_MODALITIES:
                counts["future_dated"] += 1
                if event.modality == "asserted":
                    counts["after_published"] += 1
                    rule = "after its article"
            if day < published - timedelta(days=ISSUE_DAYS):
                counts["over_60_days_before"] += 1
            if last_day < published - timedelta(days=HISTORY_DAYS):
                counts["over_30_days_before"] += 1
                if not historical:
                    counts["not_historical"] += 1
                    rule = "old but not historical"
            if rule:
                start, end = record.sentences[event.sentence]
                broken.append(f"{record.doc_id} {record.published[:10]} {event.date} [{event.modality}] "
                              f"{event.trigger.text!r}: {rule}\n    {' '.join(record.text[start:end].split())}")
    return counts, broken


def render(counts: Counter) -> str:
    events = counts["events"] or 1
    lines = [f"{counts['documents']} documents ({counts['failed']} failed), {counts['events']} event mentions"]
    for key in ("after_published", "future_dated", "over_30_days_before", "not_historical", "over_60_days_before",
                "historical", "undated", "date_source_expression", "date_source_context", "date_source_published",
                "date_source_none", "located", "location_source_event", "location_source_sentence",
                "location_source_article", "location_source_none"):
        lines.append(f"  {key:<26} {counts[key]:6d}  {counts[key] / events:6.1%}")
    named = counts["place_named"] or 1
    lines.append(f"  {'located_where_named':<26} {counts['located_where_named']:6d}  "
                 f"{counts['located_where_named'] / named:6.1%} of {counts['place_named']} in articles naming a place")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
