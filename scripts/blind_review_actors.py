"""The actor half of a blind review (scripts/blind_review.py draws both from one coding of the articles).

Resolved actors (an actor record with a code or a country) are drawn at random from the coded articles;
OUT_DIR/actor_packets.md shows the reviewer each with the sentence of its first mention (one sentence
either side), the article's date and what eventwire resolved it to; OUT_DIR/actor_sample.jsonl keeps the
drawn actors for scoring. The reviewer writes OUT_DIR/actor_verdicts.jsonl, one line per packet:
`{"id": "a001", "verdict": "right|partly|wrong", "wrong": ["identity", "country", "sector"], "note": "..."}`
(rubric: docs/annotation.md section 8).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

CONTEXT = 1


def resolved(actor: dict) -> bool:
    return bool(actor.get("code") or actor.get("country"))


def draw_actors(out: Path, records: list[dict], *, count: int, seed: int) -> dict:
    pool = [(record, actor) for record in records for actor in record["actors"] if resolved(actor)]
    drawn = random.Random(seed).sample(pool, min(count, len(pool)))
    sample, packets = [], ["# Actors to review", "",
                           "Judge each actor with docs/annotation.md section 8. Write one line per actor to "
                           "actor_verdicts.jsonl (format in scripts/blind_review_actors.py).", ""]
    for number, (record, actor) in enumerate(drawn, start=1):
        item = {"id": f"a{number:03d}", "doc": record["doc_id"], "published": record["published"],
                "actor": {key: actor.get(key) for key in ("name", "kind", "code", "country", "sector", "role",
                                                          "inferred")},
                "mention": _mention_text(record, actor)}
        sample.append(item)
        packets += _packet(item, record, actor)
    (out / "actor_sample.jsonl").write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in sample),
                                            encoding="utf-8")
    (out / "actor_packets.md").write_text("\n".join(packets) + "\n", encoding="utf-8")
    return {"actors": sum(len(record["actors"]) for record in records), "resolved_actors": len(pool),
            "actors_drawn": len(sample)}


def _mention_text(record: dict, actor: dict) -> str:
    start, end = actor["mentions"][0]
    return record["text"][start:end]


def _sentence_of(record: dict, offset: int) -> int:
    return next((index for index, (start, end) in enumerate(record["sentences"]) if start <= offset < end), 0)


def _packet(item: dict, record: dict, actor: dict) -> list[str]:
    start, end = actor["mentions"][0]
    index = _sentence_of(record, start)
    lines = [f"## {item['id']} — {item['doc']}, published {item['published']}", ""]
    for number in range(max(0, index - CONTEXT), min(len(record["sentences"]), index + CONTEXT + 1)):
        s_start, s_end = record["sentences"][number]
        text = record["text"][s_start:s_end]
        if number == index:
            text = (record["text"][s_start:start] + "**[" + record["text"][start:end] + "]**"
                    + record["text"][end:s_end])
        lines += [f"> {text}", ">"]
    fields = item["actor"]
    clue = fields["inferred"]
    lines += ["",
              f"- mention: “{item['mention']}” (name given: {fields['name']}; kind: {fields['kind']}; "
              f"{len(actor['mentions'])} mention(s) in the article)",
              f"- code {fields['code'] or '—'}, country {fields['country'] or '—'}, sector {fields['sector'] or '—'}"
              + (f", role “{fields['role']}”" if fields["role"] else ""),
              f"- placed by context: {clue['by']} (“{clue['clue']}”)" if clue else "- placed by its own name",
              ""]
    return lines


def score_actors(out: Path) -> dict | None:
    verdict_path = out / "actor_verdicts.jsonl"
    if not verdict_path.exists():
        return None
    sample = {item["id"]: item for item in map(json.loads, (out / "actor_sample.jsonl").read_text(
        encoding="utf-8").splitlines())}
    verdicts = [json.loads(line) for line in verdict_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    judged = [(sample[v["id"]], v) for v in verdicts if v["id"] in sample]
    wrong: dict[str, int] = {}
    for _, verdict in judged:
        for field in verdict.get("wrong") or []:
            wrong[field] = wrong.get(field, 0) + 1
    inferred = [(s, v) for s, v in judged if s["actor"]["inferred"]]
    return {"actors": len(judged), "right": _share(judged, ("right",)),
            "partly_or_right": _share(judged, ("right", "partly")),
            "placed_by_context": len(inferred), "placed_by_context_right": _share(inferred, ("right",)),
            "wrong_fields": wrong}


def _share(pairs, verdicts) -> float | None:
    return round(sum(v["verdict"] in verdicts for _, v in pairs) / len(pairs), 3) if pairs else None
