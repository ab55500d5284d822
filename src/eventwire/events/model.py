"""The learned event model at run time: numpy only, loaded once from data/event_model.npz.

Two small networks over the features of events/features.py, trained by scripts/train_event_model.py
(model card: docs/event_model.md):

- the **event network** reads a candidate and gives the probability of each event class ("none", or a
  CAMEO root with its PLOVER category) and of each modality;
- the **role network** reads a (candidate, actor mention) pair and gives the probability that the mention
  is the source, the target, or neither.

Each is one hidden layer: the sum of the embeddings of its named sparse features plus a projection of its
dense vectors (ReLU, or linear for a logistic regression), then linear heads. The **confidence model**,
a logistic regression over the class probability and the chosen participants (events/learned.py),
gives the probability that a coded event is right; it is fitted on out-of-fold codings of annotated
articles.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from eventwire.errors import DictionaryError

MODEL_FILE = "event_model.npz"
NO_EVENT = "none"
ROLES = ("none", "source", "target")
MODALITIES = ("asserted", "intended", "negated", "hypothetical", "reported")
BIAS_FEATURE = "bias"


def class_name(root: str, plover: str | None) -> str:
    """The event class of a CAMEO root and PLOVER category: "19:FIGHT", "08:RETREAT"; "01" and "02"
    (statements and appeals) have no PLOVER category."""
    return f"{root}:{plover}" if plover else root


def class_parts(name: str) -> tuple[str, str | None]:
    root, _, plover = name.partition(":")
    return root, plover or None


@dataclass
class Layer:
    """Sparse feature embeddings + dense projection + bias -> ReLU hidden units -> named linear heads."""

    vocabulary: dict[str, int]
    embeddings: np.ndarray       # (features, hidden)
    dense: np.ndarray            # (dense width, hidden)
    bias: np.ndarray             # (hidden,)
    heads: dict[str, tuple[np.ndarray, np.ndarray]]   # name -> (weights (hidden, out), bias (out,))
    linear: bool = False         # no ReLU: the hidden units are a linear bottleneck

    @property
    def dense_width(self) -> int:
        return self.dense.shape[0]

    def ids(self, names: list[str]) -> list[int]:
        vocabulary = self.vocabulary
        return [vocabulary[BIAS_FEATURE]] + [vocabulary[name] for name in names if name in vocabulary]

    def probabilities(self, rows: list[list[str]], dense: np.ndarray) -> dict[str, np.ndarray]:
        """Softmax probabilities of every head for a batch of rows (named features + dense vectors)."""
        ids = [self.ids(row) for row in rows]
        lengths = np.fromiter((len(row) for row in ids), dtype=np.int64, count=len(ids))
        flat = np.fromiter((i for row in ids for i in row), dtype=np.int64, count=int(lengths.sum()))
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        hidden = np.add.reduceat(self.embeddings[flat].astype(np.float32), starts, axis=0)
        if dense.shape[1] == self.dense_width:   # a hand-built Doc has no vectors: sparse features only
            hidden += dense.astype(np.float32) @ self.dense
        hidden = hidden + self.bias if self.linear else np.maximum(hidden + self.bias, 0.0)
        return {name: _softmax(hidden @ weights + bias) for name, (weights, bias) in self.heads.items()}


@dataclass
class EventModel:
    classes: list[str]
    events: Layer                    # heads "class", "modality"
    roles: Layer                     # head "role"
    default_codes: dict[str, str]    # class -> the CAMEO code used when the dictionary gives none of it
    event_nouns: frozenset[str]      # noun lemmas learned as triggers
    confidence_weights: dict[str, float]   # the confidence model (empty: the class probability)
    min_confidence: float            # default threshold on the confidence
    card: dict                       # training data, command, figures (docs/event_model.md)
    role_thresholds: tuple[float, float] = (0.5, 0.5)   # least probability of a source / a target
    candidate_floor: float = 0.05    # least class probability of a candidate read further


def _softmax(logits: np.ndarray) -> np.ndarray:
    shifted = np.exp(logits - logits.max(axis=1, keepdims=True))
    return shifted / shifted.sum(axis=1, keepdims=True)


def save_model(path, model: EventModel) -> None:
    """Write the model as one compressed .npz (weights as float16, vocabularies as string arrays)."""
    meta = {"default_codes": model.default_codes, "min_confidence": model.min_confidence,
            "confidence_weights": model.confidence_weights, "role_thresholds": list(model.role_thresholds),
            "candidate_floor": model.candidate_floor, "card": model.card}
    arrays = {"classes": np.array(model.classes), "event_nouns": np.array(sorted(model.event_nouns)),
              "meta": np.array(json.dumps(meta))}
    for prefix, layer in (("events", model.events), ("roles", model.roles)):
        arrays[f"{prefix}_vocabulary"] = np.array(sorted(layer.vocabulary, key=layer.vocabulary.get))
        arrays[f"{prefix}_embeddings"] = layer.embeddings.astype(np.float16)
        arrays[f"{prefix}_dense"] = layer.dense.astype(np.float16)
        arrays[f"{prefix}_bias"] = layer.bias.astype(np.float32)
        arrays[f"{prefix}_linear"] = np.array(layer.linear)
        for name, (weights, bias) in layer.heads.items():
            arrays[f"{prefix}_head_{name}_w"] = weights.astype(np.float32)
            arrays[f"{prefix}_head_{name}_b"] = bias.astype(np.float32)
    np.savez_compressed(path, **arrays)


def read_model(handle, *, where: str = MODEL_FILE) -> EventModel:
    try:
        data = np.load(handle, allow_pickle=False)
        meta = json.loads(str(data["meta"]))
        layers = {prefix: _layer(data, prefix) for prefix in ("events", "roles")}
        model = EventModel(
            classes=[str(name) for name in data["classes"]], events=layers["events"], roles=layers["roles"],
            default_codes=meta["default_codes"], event_nouns=frozenset(str(n) for n in data["event_nouns"]),
            confidence_weights=meta["confidence_weights"], min_confidence=float(meta["min_confidence"]),
            card=meta.get("card", {}), role_thresholds=tuple(meta["role_thresholds"]),
            candidate_floor=float(meta["candidate_floor"]),
        )
    except (OSError, KeyError, ValueError) as exc:
        raise DictionaryError("E202", where, None, f"event model unreadable: {exc}; rebuild it with "
                              "scripts/train_event_model.py") from exc
    if model.events.heads["class"][0].shape[1] != len(model.classes):
        raise DictionaryError("E202", where, None, "event model: class head and class list disagree")
    return model


def _layer(data, prefix: str) -> Layer:
    vocabulary = {str(name): index for index, name in enumerate(data[f"{prefix}_vocabulary"])}
    heads = {}
    for key in data.files:
        if key.startswith(f"{prefix}_head_") and key.endswith("_w"):
            name = key[len(f"{prefix}_head_"):-2]
            heads[name] = (data[key].astype(np.float32), data[f"{prefix}_head_{name}_b"].astype(np.float32))
    return Layer(vocabulary, data[f"{prefix}_embeddings"].astype(np.float32),
                 data[f"{prefix}_dense"].astype(np.float32), data[f"{prefix}_bias"].astype(np.float32), heads,
                 linear=bool(data[f"{prefix}_linear"]))


@lru_cache(maxsize=1)
def load_event_model() -> EventModel:
    """The shipped model (loaded once per process)."""
    resource = resources.files("eventwire.data").joinpath(MODEL_FILE)
    try:
        with resource.open("rb") as handle:
            return read_model(handle, where=str(resource))
    except FileNotFoundError as exc:
        raise DictionaryError("E202", str(resource), None, "event model missing; rebuild it with "
                              "scripts/train_event_model.py") from exc
