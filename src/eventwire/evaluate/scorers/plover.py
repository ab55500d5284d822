"""PLOVER GSR scoring: event category, source and target countries, per-category precision/recall."""

from __future__ import annotations

from collections import Counter
from typing import Mapping

from eventwire.evaluate.gold import PloverGold
from eventwire.evaluate.metrics import confusion, per_label_prf, prf, ratio
from eventwire.evaluate.predicted import best_event, coded_events, countries
from eventwire.schema import DocInput, DocumentRecord, Event


def group_by_sentence(gold: list[PloverGold]) -> dict[str, list[PloverGold]]:
    """Records sharing a sentence are its events; the group's key is its first record's id."""
    groups: dict[str, list[PloverGold]] = {}
    first_id: dict[str, str] = {}
    for record in gold:
        key = first_id.setdefault(record.text, record.id)
        groups.setdefault(key, []).append(record)
    return groups


def documents(gold: list[PloverGold]) -> list[DocInput]:
    """One pipeline input per distinct sentence."""
    return [DocInput(id=key, text=records[0].text, published=records[0].date)
            for key, records in group_by_sentence(gold).items()]


def score(gold: list[PloverGold], predictions: Mapping[str, DocumentRecord]) -> tuple[dict, dict]:
    tally = _Tally()
    for key, records in group_by_sentence(gold).items():
        tally.add_sentence(records, predictions[key])
    return tally.metrics(), confusion(tally.best_pairs)


def _plover_events(record: DocumentRecord) -> list[Event]:
    """PLOVER has no category for CAMEO 01/02 statements (plover null): they are not scored."""
    return [event for event in coded_events(record) if event.plover]


def _matched_event(gold: PloverGold, events: list[Event]) -> Event | None:
    """The event that answers this gold record: the most confident one of its category, else the
    most confident event of all (so a wrong category with the right actors still scores actors)."""
    same_category = [event for event in events if event.plover == gold.event]
    return best_event(same_category) or best_event(events)


class _Tally:
    def __init__(self) -> None:
        self.records = self.sentences = self.errors = self.statements = self.silent = 0
        self.any_hits = self.best_hits = 0
        self.source_hits = self.source_total = self.target_hits = self.target_total = 0
        self.gold_counts: Counter = Counter()
        self.predicted_counts: Counter = Counter()
        self.matched_counts: Counter = Counter()
        self.best_pairs: list[tuple[str, str]] = []

    def add_sentence(self, records: list[PloverGold], predicted: DocumentRecord) -> None:
        events = _plover_events(predicted)
        self.sentences += 1
        self.errors += predicted.error is not None
        self.statements += len(coded_events(predicted)) - len(events)
        self.silent += not events
        gold_here = Counter(record.event for record in records)
        predicted_here = Counter(event.plover for event in events)
        self.gold_counts += gold_here
        self.predicted_counts += predicted_here
        self.matched_counts += gold_here & predicted_here
        best = best_event(events)
        for record in records:
            self._add_record(record, events, best)

    def _add_record(self, gold: PloverGold, events: list[Event], best: Event | None) -> None:
        self.records += 1
        self.any_hits += any(event.plover == gold.event for event in events)
        self.best_hits += best is not None and best.plover == gold.event
        self.best_pairs.append((gold.event, best.plover if best else "none"))
        matched = _matched_event(gold, events)
        if gold.sources:
            self.source_total += 1
            found = countries(matched.source) if matched else set()
            if matched and gold.reciprocal:
                found |= countries(matched.target)
            self.source_hits += bool(found & set(gold.sources))
        if gold.targets:
            self.target_total += 1
            self.target_hits += bool(matched and countries(matched.target) & set(gold.targets))

    def metrics(self) -> dict:
        matched = sum(self.matched_counts.values())
        predicted = sum(self.predicted_counts.values())
        return {
            "records": self.records,
            "sentences": self.sentences,
            "category_accuracy_any": ratio(self.any_hits, self.records),
            "category_accuracy_best": ratio(self.best_hits, self.records),
            "source_accuracy": ratio(self.source_hits, self.source_total),
            "source_scored": self.source_total,
            "target_accuracy": ratio(self.target_hits, self.target_total),
            "target_scored": self.target_total,
            "micro": prf(matched, predicted - matched, self.records - matched),
            "false_positives_per_record": ratio(predicted - matched, self.records),
            "predicted_events": predicted,
            "sentences_without_events": self.silent,
            "statements_not_scored": self.statements,
            "pipeline_errors": self.errors,
            "per_category": per_label_prf(self.gold_counts, self.matched_counts, self.predicted_counts),
        }
