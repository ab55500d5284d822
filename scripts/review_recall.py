"""Recall on whole articles an analyst annotated fully: the share of annotated events the coder finds.

    python scripts/review_recall.py data/reviews/2026-12-08/recall-annotations.jsonl [--json OUT]

The annotations (docs/annotation.md, written by `scripts/annotations.py tasks --final-review N` and `merge`)
name Guardian rows; those articles are coded with the installed eventwire (all its defaults) and every
annotated event is looked for among the coded events of its sentence, at three levels:

- trigger: a coded event's trigger overlaps the annotated trigger word;
- typed: and its class (CAMEO root with PLOVER category) is the annotated one;
- exact: and its source and target countries (IGO/NGO/IMG for such actors) are the annotated ones.

A sentence two annotators labelled counts once, with the labels of the first annotator by name. Historical
events count like the others (they are coded, flagged `historical`).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from blind_review import guardian_inputs  # noqa: E402
from eventwire.evaluate.annotations import AnnotatedEvent, AnnotatedSentence, read_rows  # noqa: E402
from eventwire.events.model import class_name  # noqa: E402

SPECIAL = ("IMG", "IGO", "NGO")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("annotations", type=Path, nargs="+")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    rows = first_annotator_rows(read_rows(args.annotations))
    records = code_articles({row.row for row in rows})
    figures = recall(rows, records)
    print(json.dumps(figures, indent=1))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


def first_annotator_rows(rows: list[AnnotatedSentence]) -> list[AnnotatedSentence]:
    chosen: dict[tuple[str, int], AnnotatedSentence] = {}
    for row in sorted(rows, key=lambda row: row.annotator):
        chosen.setdefault(row.key, row)
    return list(chosen.values())


def code_articles(rows: set[int]) -> dict[str, dict]:
    from eventwire.pipeline import extract_many
    from eventwire.resources import load_resources

    records = extract_many(guardian_inputs(rows), resources=load_resources())
    return {record.doc_id: record.to_dict() for record in records}


def recall(rows: list[AnnotatedSentence], records: dict[str, dict]) -> dict:
    found = {"trigger": 0, "typed": 0, "exact": 0}
    annotated = 0
    for row in rows:
        coded = [event for event in records[row.doc]["events"] if row.start <= event["trigger"]["start"] < row.end]
        for event in row.events:
            annotated += 1
            for level in found_levels(event, row, coded):
                found[level] += 1
    coded_total = sum(len(record["events"]) for record in records.values())
    return {"articles": len(records), "sentences": len(rows), "annotated_events": annotated,
            "coded_events": coded_total,
            **{f"recall_{level}": round(count / annotated, 3) if annotated else None for level, count in found.items()}}


def found_levels(gold: AnnotatedEvent, row: AnnotatedSentence, coded: list[dict]) -> list[str]:
    span = gold.trigger_span(row.text)
    if span is None:
        return []
    start, end = row.start + span[0], row.start + span[1]
    overlapping = [event for event in coded if event["trigger"]["start"] < end and start < event["trigger"]["end"]]
    typed = [event for event in overlapping
             if class_name(event["root"], event["plover"]) == class_name(gold.root, gold.plover)]
    exact = [event for event in typed if same_participants(event, gold)]
    return [level for level, hits in (("trigger", overlapping), ("typed", typed), ("exact", exact)) if hits]


def same_participants(event: dict, gold: AnnotatedEvent) -> bool:
    sources = {country_of(ref) for ref in event["source"]} - {None}
    targets = {country_of(ref) for ref in event["target"]} - {None}
    return sources == {p.country for p in gold.source} - {None} and targets == {p.country for p in gold.target} - {None}


def country_of(ref: dict) -> str | None:
    code = ref.get("code") or ""
    return next((special for special in SPECIAL if code.startswith(special)), ref.get("country"))


if __name__ == "__main__":
    sys.exit(main())
