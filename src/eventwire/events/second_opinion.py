"""Combining the dictionary coder with the learned classifier (events.classifier).

The patterns decide when they are specific: a dictionary pattern's code is kept. A bare verb's code
gives way when the classifier is confident of another PLOVER category and gives the verb's category
almost no weight (the verb is ambiguous: "hit" a record vs "hit" a town). Where no pattern codes a
sentence at all, a confident classifier proposes an event on the sentence's main verb. `confidence`
blends the rule evidence with the classifier's probability for the category finally chosen.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from eventwire.events.classifier import EventClassifier
from eventwire.events.codebook import CameoCode, Codebook

OVERRIDE_MIN = 0.6     # classifier probability needed to overrule a bare verb …
OVERRULED_MAX = 0.1    # … whose own category it gives at most this
PROPOSE_MIN = 0.7      # classifier probability needed to propose an event nobody else coded
RULE_WEIGHT = 0.6      # share of the rule confidence in the blended confidence


@dataclass
class Opinion:
    entry: CameoCode
    probability: float | None    # the classifier's probability for entry.plover (None: no category)
    overruled: bool = False


def review(entry: CameoCode, *, from_pattern: bool, sentence: str, trigger: str,
           classifier: EventClassifier, codebook: Codebook, obj: str | None = None) -> Opinion:
    if not entry.plover:   # statements (CAMEO 01/02) have no PLOVER category to judge
        return Opinion(entry, None)
    probs = classifier.probabilities(sentence, trigger=trigger, obj=obj)
    own = probs.get(entry.plover, 0.0)
    best = max(probs, key=probs.__getitem__)
    if not from_pattern and best != entry.plover and probs[best] >= OVERRIDE_MIN and own <= OVERRULED_MAX:
        replacement = representative_code(codebook, best)
        if replacement is not None:
            return Opinion(replacement, probs[best], overruled=True)
    return Opinion(entry, own)


def proposal(sentence: str, trigger: str, *, classifier: EventClassifier, codebook: Codebook,
             obj: str | None = None) -> CameoCode | None:
    """A code for a sentence the dictionary left silent, when the classifier is confident."""
    label, probability = classifier.best(sentence, trigger=trigger, obj=obj)
    return representative_code(codebook, label) if probability >= PROPOSE_MIN else None


def blend(rule_confidence: float, opinion: Opinion) -> float:
    if opinion.probability is None:
        return rule_confidence
    score = RULE_WEIGHT * rule_confidence + (1 - RULE_WEIGHT) * opinion.probability
    return round(min(0.95, max(0.05, score)), 2)


def representative_code(codebook: Codebook, plover: str) -> CameoCode | None:
    code = _representatives(codebook).get(plover)
    return codebook.get(code) if code else None


@lru_cache(maxsize=4)
def _representatives(codebook: Codebook) -> dict[str, str]:
    """The most general CAMEO code of each PLOVER category (shortest, then lowest)."""
    best: dict[str, str] = {}
    for code in codebook.codes():
        entry = codebook.get(code)
        if entry and entry.plover and (entry.plover not in best or (len(code), code) < (len(best[entry.plover]),
                                                                                     best[entry.plover])):
            best[entry.plover] = code
    return best
