"""Show how the learned event coder reads a text: every candidate, its class and modality probabilities,
the role probabilities of each actor mention, and the confidence of the event it would code.

    python scripts/explain_events.py "Turkish jets struck YPG positions near Afrin." [--published 2018-02-01]
    python scripts/explain_events.py --file article.txt
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwire.actors import resolve_actors  # noqa: E402
from eventwire.attributes.dates import parse_published  # noqa: E402
from eventwire.events.features import event_inputs, role_inputs  # noqa: E402
from eventwire.events.learned import (choose_roles, event_confidence, read_candidates,  # noqa: E402
                                      sentence_work)
from eventwire.events.model import MODALITIES, ROLES  # noqa: E402
from eventwire.nlp import build_parsed  # noqa: E402
from eventwire.resources import load_resources  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("text", nargs="?")
    parser.add_argument("--file", type=Path)
    parser.add_argument("--published")
    args = parser.parse_args()
    text = args.file.read_text(encoding="utf-8") if args.file else args.text
    resources = load_resources()
    model = resources.event_model
    parsed = build_parsed(resources.nlp(text), published=parse_published(args.published, doc_id="text"))
    actors = resolve_actors(parsed, kb=resources.kb)
    print("actors:", ", ".join(f"{a.name} = {a.code or '?'}" for a in actors))
    for work in sentence_work(parsed, actors, verbs=resources.verbs, event_nouns=model.event_nouns,
                              encoder=resources.encoder):
        print(f"\n[{work.number}] {work.sent.text}")
        rows, dense = event_inputs(work.candidates, work.sent, work.slots, sentence_number=work.number,
                                   vectors=work.vectors)
        heads = model.events.probabilities(rows, dense)
        readings = {id(r.candidate): r for r in read_candidates(work, model=model)}
        for row, candidate in enumerate(work.candidates):
            top = np.argsort(-heads["class"][row])[:3]
            classes = ", ".join(f"{model.classes[i]} {heads['class'][row, i]:.2f}" for i in top)
            modality = MODALITIES[int(np.argmax(heads["modality"][row]))]
            print(f"  {candidate.trigger.text!r} (dictionary {candidate.dictionary_code or '-'}): {classes}; "
                  f"{modality}")
            reading = readings.get(id(candidate))
            if reading is None:
                continue
            role_rows, role_dense = role_inputs(candidate, work.slots, work.sent, work.vectors)
            roles = model.roles.probabilities(role_rows, role_dense)["role"]
            for slot, probabilities in zip(work.slots, roles):
                shown = " ".join(f"{name} {p:.2f}" for name, p in zip(ROLES, probabilities))
                print(f"      {slot.actor.code or slot.actor.name!s:12} {work.sent.doc.text[slot.start:slot.end]!r}: {shown}")
            reading.sources, reading.targets = choose_roles(candidate, work, model=model)
            if reading.sources or reading.targets:
                confidence = event_confidence(reading, model=model, codebook=resources.codebook)
                kept = "coded" if confidence >= model.min_confidence else "below threshold"
                print(f"    -> {[s.actor.code for s, _ in reading.sources]} -> "
                      f"{[t.actor.code for t, _ in reading.targets]}: confidence {confidence:.2f} ({kept})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
