"""ConfliBERT CAMEO five-class scoring: the most confident predicted event's CAMEO root mapped to
the five Phoenix 'penta' classes, macro-F1 over the five."""

from __future__ import annotations

from collections import Counter
from typing import Mapping

from eventwire.evaluate.gold import ConflibertGold
from eventwire.evaluate.metrics import confusion, macro_f1, per_label_prf, ratio
from eventwire.evaluate.predicted import best_event, coded_events
from eventwire.evaluate.readers.conflibert import LABELS
from eventwire.schema import DocInput, DocumentRecord

NO_EVENT = "none"
# Class by CAMEO root, as documented for this data in its SOURCE.md: 0 statements/appeals,
# 1 verbal cooperation, 2 material cooperation, 3 verbal conflict (incl. 16 reduce relations),
# 4 material conflict (protest, posture, coerce, assault, fight, mass violence).
_CLASS_BY_ROOT = {
    **dict.fromkeys(("01", "02"), "0"),
    **dict.fromkeys(("03", "04", "05"), "1"),
    **dict.fromkeys(("06", "07", "08"), "2"),
    **dict.fromkeys(("09", "10", "11", "12", "13", "16"), "3"),
    **dict.fromkeys(("14", "15", "17", "18", "19", "20"), "4"),
}


def class_of_root(root: str) -> str:
    return _CLASS_BY_ROOT.get(root, NO_EVENT)


def documents(gold: list[ConflibertGold]) -> list[DocInput]:
    return [DocInput(id=record.id, text=record.text) for record in gold]


def predicted_class(record: DocumentRecord) -> str:
    best = best_event(coded_events(record))
    return class_of_root(best.root) if best else NO_EVENT


def score(gold: list[ConflibertGold], predictions: Mapping[str, DocumentRecord]) -> tuple[dict, dict]:
    pairs = [(record.label, predicted_class(predictions[record.id])) for record in gold]
    gold_counts = Counter(label for label, _ in pairs)
    predicted_counts = Counter(predicted for _, predicted in pairs if predicted != NO_EVENT)
    hits = Counter(label for label, predicted in pairs if label == predicted)
    per_class = per_label_prf(gold_counts, hits, predicted_counts)
    metrics = {
        "records": len(pairs),
        "accuracy": ratio(sum(hits.values()), len(pairs)),
        "macro_f1": macro_f1(per_class, labels=LABELS),
        "coverage": ratio(sum(predicted_counts.values()), len(pairs)),
        "pipeline_errors": sum(predictions[record.id].error is not None for record in gold),
        "per_class": per_class,
    }
    return metrics, confusion(pairs)
