"""PETRARCH validation scoring: whole-record correctness, recall and false positives of
(source, target, event code) triples, and event-code accuracy at CAMEO root level."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Mapping

from eventwire.actors.codes import NON_STATE_PREFIXES, SECTORS
from eventwire.evaluate.gold import PetrarchGold, Triple
from eventwire.evaluate.metrics import confusion, ratio
from eventwire.evaluate.predicted import best_event, coded_events, dyad_codes
from eventwire.schema import DocInput, DocumentRecord


def scored_records(gold: list[PetrarchGold]) -> list[PetrarchGold]:
    return [record for record in gold if record.skip_reason is None]


def documents(gold: list[PetrarchGold]) -> list[DocInput]:
    return [DocInput(id=record.id, text=record.text, published=record.date) for record in scored_records(gold)]


def gold_triples(record: PetrarchGold) -> set[Triple]:
    """The record's codings, a compound code ('FRO/BIL/SAM') split into its parts as predictions are."""
    return {Triple(source, target, triple.event) for triple in record.triples
            for source, target in _split_compound_codes((triple.source, triple.target))}


def predicted_triples(record: DocumentRecord) -> set[Triple]:
    return {Triple(_petrarch_code(source), _petrarch_code(target), event.cameo.strip())
            for event in coded_events(record) if event.modality != NEGATED for pair in dyad_codes(event)
            if any(pair) for source, target in _split_compound_codes(pair)}


# PETRARCH never writes a negated verb's own code ("didn't clash" is not a clash); eventwire keeps
# the event with modality "negated", which is therefore not a PETRARCH coding.
NEGATED = "negated"
# PETRARCH codes only actors its dictionaries identify and writes no event without any: an eventwire
# event whose participants all lack a code ("Minerva McGonagall left …") is no PETRARCH coding.


def _petrarch_code(code: str) -> str:
    """PETRARCH writes an agent without a country as '---' + agent ("Clerics" -> ---REL), and a side
    an event lacks (coded where `require_dyad` is off) as '---'."""
    if not code:
        return "---"
    return "---" + code if code[:3] in SECTORS and code[:3] not in NON_STATE_PREFIXES else code


def _split_compound_codes(pair: tuple[str, str]) -> list[tuple[str, str]]:
    """A PETRARCH compound-actor code 'FRO/BIL/SAM' stands for each of its parts (PETRARCH emits one
    event per part)."""
    source, target = pair
    return [(s, t) for s in source.split("/") for t in target.split("/")]


def score(gold: list[PetrarchGold], predictions: Mapping[str, DocumentRecord]) -> tuple[dict, dict]:
    tally = _Tally()
    for record in scored_records(gold):
        tally.add(record, predictions[record.id])
    metrics = tally.metrics()
    metrics["records_skipped"] = dict(Counter(record.skip_reason for record in gold if record.skip_reason))
    return metrics, confusion(tally.root_pairs)


def failures(gold: list[PetrarchGold], predictions: Mapping[str, DocumentRecord]) -> list[dict]:
    """Per-record detail of every record not fully correct: its gold triples, what was found, and the
    events behind the findings (trigger, modality), so misses can be grouped by kind."""
    listed = []
    for record in scored_records(gold):
        predicted = predictions[record.id]
        expected, found = gold_triples(record), predicted_triples(predicted)
        if expected == found:
            continue
        listed.append({"id": record.id, "category": record.category, "text": record.text,
                       "missed": sorted(_triple_text(triple) for triple in expected - found),
                       "false_positives": sorted(_triple_text(triple) for triple in found - expected),
                       "events": [_event_text(event) for event in coded_events(predicted)],
                       "error": predicted.error})
    return listed


def _triple_text(triple: Triple) -> str:
    return f"{triple.source} {triple.target} {triple.event}"


def _event_text(event) -> str:
    pairs = ",".join(f"{source}>{target}" for source, target in dyad_codes(event))
    return f"{event.cameo} {event.trigger.text!r} {pairs} {event.modality}"


class _Tally:
    def __init__(self) -> None:
        self.records = self.correct = self.errors = 0
        self.gold_events = self.found = self.false_positives = 0
        self.root_hits = self.dyad_root_hits = 0
        self.empty_records = self.empty_correct = 0
        self.by_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        self.root_pairs: list[tuple[str, str]] = []

    def add(self, gold: PetrarchGold, predicted: DocumentRecord) -> None:
        expected = gold_triples(gold)
        found = predicted_triples(predicted)
        correct = expected == found
        self.records += 1
        self.correct += correct
        self.errors += predicted.error is not None
        self.by_category[gold.category][0] += correct
        self.by_category[gold.category][1] += 1
        self.gold_events += len(expected)
        self.found += len(expected & found)
        self.false_positives += len(found - expected)
        self._add_roots(expected, found, predicted)
        if not expected:
            self.empty_records += 1
            self.empty_correct += not found

    def _add_roots(self, expected: set[Triple], found: set[Triple], predicted: DocumentRecord) -> None:
        found_roots = {triple.root for triple in found}
        found_dyad_roots = {(triple.source, triple.target, triple.root) for triple in found}
        best = best_event(coded_events(predicted))
        best_root = best.root if best else "none"
        for triple in expected:
            self.root_hits += triple.root in found_roots
            self.dyad_root_hits += (triple.source, triple.target, triple.root) in found_dyad_roots
            self.root_pairs.append((triple.root, best_root))
        if not expected:
            self.root_pairs.append(("none", best_root))

    def metrics(self) -> dict:
        return {
            "records": self.records,
            "gold_events": self.gold_events,
            "fully_correct": ratio(self.correct, self.records),
            "recall": ratio(self.found, self.gold_events),
            "false_positives_share": ratio(self.false_positives, self.gold_events),
            "false_positives": self.false_positives,
            "root_accuracy": ratio(self.root_hits, self.gold_events),
            "dyad_root_accuracy": ratio(self.dyad_root_hits, self.gold_events),
            "no_event_records": self.empty_records,
            "no_event_correct": ratio(self.empty_correct, self.empty_records),
            "pipeline_errors": self.errors,
            "fully_correct_by_category": {category: ratio(hits, total)
                                          for category, (hits, total) in sorted(self.by_category.items())},
        }
