"""Blind review of coded events on whole real articles (rubric: docs/annotation.md section 7).

    python scripts/blind_review.py draw OUT_DIR --rows 200-248 --events 100 --interstate 40 --actors 50 [--seed 7]
    python scripts/blind_review.py draw OUT_DIR --rows 0-199 --skip-annotated ...   # a development review
    python scripts/blind_review.py score OUT_DIR [--markdown]

`draw` codes the Guardian articles at the given row positions of
../shared/data/news_articles_guardian/Guardian_SDF_sample.csv with the installed eventwire (all its
defaults), draws events at random — `--events` from all coded events, `--interstate` more from those
between two different states — and writes for the reviewer OUT_DIR/packets.md (each event with its
sentence, two sentences either side and the article's date; no model internals beyond what the record
says) and OUT_DIR/sample.jsonl (the drawn events with their records' fields, for scoring). The reviewer,
who did not build the coder, writes OUT_DIR/verdicts.jsonl: one line per packet,
`{"id": "r001", "verdict": "right|partly|wrong", "wrong": ["category", "source", "target", "modality"],
"date_right": true, "place_right": false, "note": "..."}`. `score` prints the figures: precision (share
right), at least partly right, by interstate or not, at confidence thresholds, and date/place accuracy.
`--actors N` also draws N resolved actors from the same coded articles for an actor review
(scripts/blind_review_actors.py: actor_packets.md, actor_verdicts.jsonl; scored by `score` too).
Rows 200-248 are reserved for such final reviews: run `draw` on them only once the change is final.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GUARDIAN = ROOT.parent / "shared/data/news_articles_guardian/Guardian_SDF_sample.csv"
STATE_CODE_LENGTH = 3
CONTEXT = 2


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    draw = commands.add_parser("draw")
    draw.add_argument("out", type=Path)
    draw.add_argument("--rows", default="200-248", help="row positions, FIRST-LAST")
    draw.add_argument("--events", type=int, default=100)
    draw.add_argument("--interstate", type=int, default=40)
    draw.add_argument("--seed", type=int, default=7)
    draw.add_argument("--actors", type=int, default=0, help="also draw this many resolved actors")
    draw.add_argument("--skip-annotated", action="store_true",
                      help="leave out the articles in data/annotations (a development review on rows 0-199)")
    score = commands.add_parser("score")
    score.add_argument("out", type=Path)
    score.add_argument("--markdown", action="store_true")
    args = parser.parse_args(argv)
    if args.command == "draw":
        first, last = (int(part) for part in args.rows.split("-"))
        rows = set(range(first, last + 1))
        if args.skip_annotated:
            rows -= annotated_rows()
        return draw_sample(args.out, rows=rows, events=args.events, interstate=args.interstate, seed=args.seed,
                           actors=args.actors)
    return print_scores(args.out, markdown=args.markdown)


def annotated_rows() -> set[int]:
    from eventwire.evaluate.annotations import read_rows

    return {row.row for row in read_rows([ROOT / "data" / "annotations"])}


def guardian_inputs(rows: set[int]):
    from eventwire.schema import DocInput

    csv.field_size_limit(sys.maxsize)
    wanted = set(rows)
    with GUARDIAN.open(encoding="utf-8", newline="") as handle:
        for position, row in enumerate(csv.DictReader(handle)):
            if position in wanted:
                yield DocInput(id=f"guardian-{position:03d}", text=row["text"], published=row["date"],
                               source="Guardian")


def between_states(event: dict) -> bool:
    """Between two different states: every participant is a state actor (a country code, no IGO/NGO/IMG)
    and the two sides' countries differ."""
    sources = {ref["country"] for ref in event["source"]}
    targets = {ref["country"] for ref in event["target"]}
    if not sources or not targets or None in sources | targets:
        return False
    special = {"IGO", "NGO", "IMG"}
    return not (sources | targets) & special and not sources & targets


def draw_sample(out: Path, *, rows: set[int], events: int, interstate: int, seed: int, actors: int = 0) -> int:
    from eventwire.pipeline import extract_many
    from eventwire.resources import load_resources

    resources = load_resources()
    records = [record.to_dict() for record in extract_many(guardian_inputs(rows), resources=resources)]
    coded = [(record, event) for record in records for event in record["events"]]
    rng = random.Random(seed)
    drawn = rng.sample(coded, min(events, len(coded)))
    pool = [item for item in coded if between_states(item[1]) and item not in drawn]
    drawn += rng.sample(pool, min(interstate, len(pool)))
    out.mkdir(parents=True, exist_ok=True)
    sample, packets = [], ["# Events to review", "",
                           "Judge each event with docs/annotation.md section 7. Write one line per event to "
                           "verdicts.jsonl (format in scripts/blind_review.py).", ""]
    for number, (record, event) in enumerate(drawn, start=1):
        item = {"id": f"r{number:03d}", "doc": record["doc_id"], "published": record["published"],
                "pool": "all" if number <= events else "interstate", "interstate": between_states(event),
                "sentence": _sentence(record, event["sentence"]), "event": _event_fields(event)}
        sample.append(item)
        packets += _packet(item, record, event)
    (out / "sample.jsonl").write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in sample),
                                      encoding="utf-8")
    (out / "packets.md").write_text("\n".join(packets) + "\n", encoding="utf-8")
    summary = {"articles": len(records), "events": len(coded), "per_article": round(len(coded) / len(records), 2),
               "interstate_events": sum(between_states(e) for _, e in coded), "drawn": len(sample),
               "failed_documents": sum(record["error"] is not None for record in records)}
    if actors:
        from blind_review_actors import draw_actors

        summary.update(draw_actors(out, records, count=actors, seed=seed))
    (out / "coded.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(summary))
    return 0


def _sentence(record: dict, index: int) -> str:
    start, end = record["sentences"][index]
    return record["text"][start:end]


def _event_fields(event: dict) -> dict:
    keep = ("trigger", "cameo", "root", "plover", "quad_class", "modality", "confidence", "date", "date_end",
            "location")
    fields = {key: event.get(key) for key in keep}
    fields["source"] = [{k: ref[k] for k in ("text", "country", "sector", "code")} for ref in event["source"]]
    fields["target"] = [{k: ref[k] for k in ("text", "country", "sector", "code")} for ref in event["target"]]
    for key in ("historical", "date_source"):
        if key in event:
            fields[key] = event[key]
    return fields


def _packet(item: dict, record: dict, event: dict) -> list[str]:
    from eventwire.events.codebook import load_codebook

    codebook = load_codebook()
    index = event["sentence"]
    around = range(max(0, index - CONTEXT), min(len(record["sentences"]), index + CONTEXT + 1))
    lines = [f"## {item['id']} — {item['doc']}, published {item['published']}", ""]
    for number in around:
        text = _sentence(record, number)
        lines.append(f"> {'**' + text + '**' if number == index else text}")
        lines.append(">")
    entry = codebook.get(event["cameo"])
    fields = item["event"]
    location = fields["location"]
    lines += [
        "",
        f"- trigger: “{fields['trigger']['text']}”",
        f"- source: {_refs(fields['source'])}",
        f"- target: {_refs(fields['target'])}",
        f"- CAMEO {fields['cameo']} ({entry.label if entry else '?'}), PLOVER {fields['plover'] or '—'}",
        f"- modality: {fields['modality']}",
        f"- date: {fields['date']}{' to ' + fields['date_end'] if fields.get('date_end') else ''}",
        f"- place: {location['text'] + ' (' + str(location.get('country')) + ')' if location else '—'}",
        "",
    ]
    return lines


def _refs(refs: list[dict]) -> str:
    if not refs:
        return "—"
    return "; ".join(f"“{ref['text']}” = {ref['code'] or '?'} (country {ref['country'] or '?'}, sector "
                     f"{ref['sector'] or '?'})" for ref in refs)


def print_scores(out: Path, *, markdown: bool) -> int:
    sample = {item["id"]: item for item in map(json.loads, (out / "sample.jsonl").read_text(encoding="utf-8").splitlines())}
    verdicts = [json.loads(line) for line in (out / "verdicts.jsonl").read_text(encoding="utf-8").splitlines()
                if line.strip()]
    missing = sorted(set(sample) - {v["id"] for v in verdicts})
    if missing:
        print(f"no verdict for {len(missing)} drawn events: {missing[:10]}", file=sys.stderr)
    scores = score_verdicts(sample, verdicts)
    from blind_review_actors import score_actors

    actor_scores = score_actors(out)
    if actor_scores is not None:
        scores["actors"] = actor_scores
    if markdown:
        print("| set | events | right | at least partly right |")
        print("|---|---|---|---|")
        for name, row in scores["sets"].items():
            print(f"| {name} | {row['events']} | {row['precision']} | {row['partly_or_right']} |")
    print(json.dumps(scores, indent=1))
    return 0


def score_verdicts(sample: dict, verdicts: list[dict]) -> dict:
    judged = [(sample[v["id"]], v) for v in verdicts if v["id"] in sample]

    def figures(pairs):
        count = len(pairs)
        right = sum(v["verdict"] == "right" for _, v in pairs)
        partly = sum(v["verdict"] in ("right", "partly") for _, v in pairs)
        return {"events": count, "precision": round(right / count, 3) if count else None,
                "partly_or_right": round(partly / count, 3) if count else None}

    sets = {
        "random draw": figures([(s, v) for s, v in judged if s["pool"] == "all"]),
        "interstate (all drawn)": figures([(s, v) for s, v in judged if s["interstate"]]),
        "random draw, confidence >= 0.5": figures([(s, v) for s, v in judged if s["pool"] == "all"
                                                   and s["event"]["confidence"] >= 0.5]),
    }
    dated = [v for _, v in judged if "date_right" in v]
    placed = [v for _, v in judged if "place_right" in v]
    wrong_fields: dict[str, int] = {}
    for _, v in judged:
        for field in v.get("wrong") or []:
            wrong_fields[field] = wrong_fields.get(field, 0) + 1
    return {"sets": sets, "wrong_fields": wrong_fields,
            "date_right": round(sum(v["date_right"] for v in dated) / len(dated), 3) if dated else None,
            "place_right": round(sum(v["place_right"] for v in placed) / len(placed), 3) if placed else None}


if __name__ == "__main__":
    sys.exit(main())
