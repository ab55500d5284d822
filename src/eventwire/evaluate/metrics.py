"""Small counting helpers shared by the scorers: ratios, precision/recall/F1, confusion tables."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Iterable


def ratio(numerator: float, denominator: float) -> float | None:
    """numerator/denominator rounded for reports; None when there is nothing to divide by."""
    return round(numerator / denominator, 4) if denominator else None


def prf(true_positives: int, false_positives: int, false_negatives: int) -> dict[str, float | int | None]:
    precision = ratio(true_positives, true_positives + false_positives)
    recall = ratio(true_positives, true_positives + false_negatives)
    f1 = (round(2 * precision * recall / (precision + recall), 4)
          if precision and recall else (0.0 if precision is not None and recall is not None else None))
    return {"precision": precision, "recall": recall, "f1": f1, "tp": true_positives,
            "fp": false_positives, "fn": false_negatives}


def macro_f1(per_label: dict[str, dict], *, labels: Iterable[str] | None = None) -> float | None:
    """Mean F1 over `labels` (default: every label seen in gold or predictions); an undefined F1
    counts as 0, so a class the system never predicts pulls the mean down."""
    chosen = list(labels) if labels is not None else list(per_label)
    if not chosen:
        return None
    scores = [(per_label.get(label) or {}).get("f1") or 0.0 for label in chosen]
    return round(sum(scores) / len(scores), 4)


def confusion(pairs: Iterable[tuple[str, str]]) -> dict[str, dict[str, int]]:
    """{gold label: {predicted label: count}}, labels sorted, for JSON reports."""
    table: dict[str, Counter] = defaultdict(Counter)
    for gold, predicted in pairs:
        table[gold][predicted] += 1
    return {gold: dict(sorted(row.items())) for gold, row in sorted(table.items())}


def per_label_prf(gold: Counter, tp: Counter, predicted: Counter) -> dict[str, dict]:
    """Precision/recall/F1 per label from counts of gold items, matches and predicted items."""
    labels = sorted(set(gold) | set(predicted))
    return {label: prf(tp[label], predicted[label] - tp[label], gold[label] - tp[label]) for label in labels}
