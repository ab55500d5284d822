"""The learned second opinion: a small PLOVER-category classifier over hashed word features.

Trained by scripts/train_event_classifier.py (synthetic PLOVER news stories from NGEC and the shipped
verb dictionary; no evaluation data) and shipped as numpy weights in data/event_classifier.npz.
Features: lower-cased words cut to a crude stem, word bigrams, and the event trigger's stem and its
object's head word (from the parse, at training time too) marked separately, hashed into a fixed
number of buckets with crc32 (stable across runs and machines, unlike Python's hash()).
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from eventwire.errors import DictionaryError

MODEL_FILE = "event_classifier.npz"
BUCKETS = 2 ** 15
_WORD = re.compile(r"[a-z][a-z'\-]*")
_SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ed", "es", "s")


def stem(word: str) -> str:
    """A crude suffix cut, so 'attacked', 'attacks' and 'attacking' share a feature."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def features(text: str, *, trigger: str | None = None, obj: str | None = None) -> list[int]:
    """Hashed feature ids of a sentence, the trigger word of a candidate event and the head word of
    its object ("lifted … sanctions" and "lifted … the siege" are different acts)."""
    stems = [stem(word) for word in _WORD.findall(text.lower())]
    names = [f"w={s}" for s in stems] + [f"b={a}_{b}" for a, b in zip(stems, stems[1:])]
    trigger_stems = [stem(word) for word in _WORD.findall((trigger or "").lower())]
    names += [f"t={s}" for s in trigger_stems]
    for word in _WORD.findall((obj or "").lower()):
        names += [f"o={stem(word)}"] + [f"to={s}_{stem(word)}" for s in trigger_stems]
    return sorted({zlib.crc32(name.encode()) % BUCKETS for name in names})


def object_word(trigger) -> str | None:
    """The head word of a verb's object (a spaCy token's dobj, else its first prepositional object);
    the same reading at training and at coding time."""
    children = list(trigger.children)
    for child in children:
        if child.dep_ in ("dobj", "attr", "oprd"):
            return child.text
    for child in children:
        if child.dep_ in ("prep", "agent"):
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return grand.text
    return None


@dataclass
class EventClassifier:
    labels: list[str]
    weights: np.ndarray   # (BUCKETS, classes)
    bias: np.ndarray      # (classes,)

    def probabilities(self, text: str, *, trigger: str | None = None, obj: str | None = None) -> dict[str, float]:
        ids = features(text, trigger=trigger, obj=obj)
        logits = self.bias + (self.weights[ids].sum(axis=0) if ids else 0.0)
        exp = np.exp(logits - logits.max())
        probs = exp / exp.sum()
        return {label: float(p) for label, p in zip(self.labels, probs)}

    def best(self, text: str, *, trigger: str | None = None, obj: str | None = None) -> tuple[str, float]:
        probs = self.probabilities(text, trigger=trigger, obj=obj)
        label = max(probs, key=probs.__getitem__)
        return label, probs[label]


@lru_cache(maxsize=1)
def load_classifier() -> EventClassifier:
    resource = resources.files("eventwire.data").joinpath(MODEL_FILE)
    try:
        with resource.open("rb") as handle:
            data = np.load(handle, allow_pickle=False)
            labels = [str(label) for label in data["labels"]]
            weights = data["weights"].astype(np.float32)
            bias = data["bias"].astype(np.float32)
    except (OSError, KeyError, ValueError) as exc:
        raise DictionaryError("E202", str(resource), None,
                              f"event classifier unreadable: {exc}; rebuild with "
                              "scripts/train_event_classifier.py") from exc
    if weights.shape != (BUCKETS, len(labels)):
        raise DictionaryError("E202", str(resource), None,
                              f"event classifier has shape {weights.shape}, expected ({BUCKETS}, {len(labels)})")
    return EventClassifier(labels, weights, bias)
