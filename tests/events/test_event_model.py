"""The learned coder's parts that need no trained model: the numpy layers, the model file, dependency
paths, role choice, the CAMEO code written, the confidence model, and the training script's packing of
logistic regressions into a layer."""

from __future__ import annotations

import importlib.util
import io
from pathlib import Path

import numpy as np
import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from eventwire.events.candidates import EventCandidate, MentionSlot
from eventwire.events.codebook import load_codebook
from eventwire.events.features import dependency_path, role_features
from eventwire.events.learned import (Reading, SentenceWork, choose_roles, confidence_features,
                                      event_code, event_confidence, one_per_dyad)
from eventwire.events.model import (BIAS_FEATURE, EventModel, Layer, class_name, class_parts, read_model,
                                    save_model)
from eventwire.schema import Actor, ActorRef, Event, Span

ROOT = Path(__file__).resolve().parents[2]


def _doc():
    # "Turkish jets struck Kurdish positions in Afrin ." with a hand-built parse
    words = ["Turkish", "jets", "struck", "Kurdish", "positions", "in", "Afrin", "."]
    heads = [1, 2, 2, 4, 2, 4, 5, 2]
    deps = ["amod", "nsubj", "ROOT", "amod", "dobj", "prep", "pobj", "punct"]
    pos = ["ADJ", "NOUN", "VERB", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"]
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])


def _layer(vocabulary, embeddings, heads, *, dense_width=0, linear=False):
    hidden = embeddings.shape[1]
    return Layer(vocabulary, embeddings.astype(np.float32), np.zeros((dense_width, hidden), np.float32),
                 np.zeros(hidden, np.float32), heads, linear=linear)


def test_class_names_pair_root_and_category():
    assert class_name("19", "FIGHT") == "19:FIGHT" and class_name("01", None) == "01"
    assert class_parts("08:RETREAT") == ("08", "RETREAT") and class_parts("02") == ("02", None)


def test_a_linear_layer_is_a_logistic_regression_over_named_features():
    vocabulary = {BIAS_FEATURE: 0, "lem=strike": 1}
    embeddings = np.array([[0.0, 0.0], [0.0, 2.0]])
    layer = _layer(vocabulary, embeddings, {"class": (np.eye(2, dtype=np.float32), np.zeros(2, np.float32))},
                   linear=True)
    probabilities = layer.probabilities([["lem=strike"], ["lem=unknown"]], np.zeros((2, 0)))["class"]
    assert probabilities[0, 1] == pytest.approx(1 / (1 + np.exp(-2.0)))
    assert probabilities[1].tolist() == pytest.approx([0.5, 0.5])     # unknown features weigh nothing


def test_vectors_of_the_wrong_width_are_ignored():
    """A hand-built Doc has no encoder vectors: the layer codes from the named features alone."""
    layer = _layer({BIAS_FEATURE: 0}, np.zeros((1, 2)), {"class": (np.eye(2, dtype=np.float32),
                                                                     np.zeros(2, np.float32))}, dense_width=4)
    assert layer.probabilities([[]], np.zeros((1, 0)))["class"].shape == (1, 2)


def test_the_model_file_round_trips(tmp_path):
    events = _layer({BIAS_FEATURE: 0, "a": 1}, np.arange(4.0).reshape(2, 2),
                    {"class": (np.eye(2, dtype=np.float32), np.zeros(2, np.float32)),
                     "modality": (np.ones((2, 5), np.float32), np.zeros(5, np.float32))}, linear=True)
    roles = _layer({BIAS_FEATURE: 0}, np.zeros((1, 3)), {"role": (np.eye(3, dtype=np.float32),
                                                                   np.zeros(3, np.float32))})
    model = EventModel(["none", "19:FIGHT"], events, roles, {"19:FIGHT": "190"}, frozenset({"offensive"}),
                       {"bias": -1.0}, 0.2, {"command": "x"}, role_thresholds=(0.3, 0.4), candidate_floor=0.1)
    path = tmp_path / "model.npz"
    save_model(path, model)
    loaded = read_model(io.BytesIO(path.read_bytes()))
    assert loaded.classes == model.classes and loaded.event_nouns == model.event_nouns
    assert loaded.role_thresholds == (0.3, 0.4) and loaded.candidate_floor == 0.1
    assert loaded.confidence_weights == {"bias": -1.0} and loaded.min_confidence == 0.2
    assert loaded.events.linear and not loaded.roles.linear
    rows = [["a"]]
    assert np.allclose(loaded.events.probabilities(rows, np.zeros((1, 0)))["class"],
                       model.events.probabilities(rows, np.zeros((1, 0)))["class"], atol=1e-3)


def test_an_unreadable_model_file_is_a_clear_error():
    from eventwire.errors import DictionaryError
    with pytest.raises(DictionaryError, match="E202"):
        read_model(io.BytesIO(b"not a model"))


def test_dependency_paths_climb_and_descend():
    doc = _doc()
    struck, jets, afrin = doc[2], doc[1], doc[6]
    assert dependency_path(struck, jets) == "vnsubj"
    assert dependency_path(jets, struck) == "^nsubj"
    assert dependency_path(struck, afrin) == "vdobj vprep vpobj"
    assert dependency_path(struck, struck) == "self"


def _slot(doc, index, actor_id, country, start_token, end_token=None):
    end_token = end_token if end_token is not None else index
    actor = Actor(id=actor_id, name=doc[start_token:end_token + 1].text, country=country)
    return MentionSlot(doc[start_token].idx, doc[end_token].idx + len(doc[end_token]), doc[index], actor)


def test_a_modifier_of_another_mention_is_marked():
    doc = _doc()
    turkish = _slot(doc, 0, "a1", "TUR", 0)
    jets = _slot(doc, 1, "a2", "TUR", 0, 1)
    candidate = EventCandidate(doc[2], doc[2], "195")
    assert "modifies=amod" in role_features(candidate, turkish, [turkish, jets])
    assert not any(name.startswith("modifies=") for name in role_features(candidate, jets, [turkish, jets]))


class _FixedRoles:
    """A role layer that gives each row the probabilities listed for it."""

    def __init__(self, rows):
        self.rows = np.array(rows, dtype=np.float32)

    def probabilities(self, rows, dense):
        return {"role": self.rows[:len(rows)]}


def _model(role_rows, *, thresholds=(0.5, 0.5), weights=None):
    model = EventModel(["none", "19:FIGHT"], None, _FixedRoles(role_rows), {"19:FIGHT": "190"}, frozenset(),
                       weights or {}, 0.0, {}, role_thresholds=thresholds)
    return model


def test_roles_take_the_most_probable_role_above_its_threshold():
    doc = _doc()
    jets = _slot(doc, 1, "a1", "TUR", 0, 1)
    turkish = _slot(doc, 0, "a2", "TUR", 0)
    positions = _slot(doc, 4, "a3", "SYR", 3, 4)
    work = SentenceWork(0, doc[0:8], [turkish, jets, positions], [])
    candidate = EventCandidate(doc[2], doc[2], "195")
    # "Turkish" is inside the chosen "Turkish jets": part of it, not a second source
    model = _model([[0.2, 0.7, 0.1], [0.1, 0.8, 0.1], [0.3, 0.1, 0.6]])
    sources, targets = choose_roles(candidate, work, model=model)
    assert [slot.actor.id for slot, _ in sources] == ["a1"] and [slot.actor.id for slot, _ in targets] == ["a3"]
    # below the target threshold the target is dropped
    sources, targets = choose_roles(candidate, work, model=_model([[1, 0, 0], [0.1, 0.8, 0.1], [0.4, 0.1, 0.5]],
                                                                   thresholds=(0.5, 0.55)))
    assert [slot.actor.id for slot, _ in sources] == ["a1"] and targets == []


def test_the_dictionary_code_is_kept_where_it_agrees_with_the_class():
    codebook = load_codebook()
    model = _model([])
    assert event_code("19:FIGHT", "195", model=model, codebook=codebook).code == "195"
    assert event_code("19:FIGHT", "042", model=model, codebook=codebook).code == "190"   # the class's usual code
    assert event_code("19:FIGHT", None, model=model, codebook=codebook).code == "190"


def test_confidence_reads_the_class_and_the_participants():
    doc = _doc()
    codebook = load_codebook()
    jets = _slot(doc, 1, "a1", "TUR", 0, 1)
    nobody = _slot(doc, 4, "a3", None, 3, 4)
    reading = Reading(EventCandidate(doc[2], doc[2], "195"), "19:FIGHT", 0.8, "asserted",
                      sources=[(jets, 0.9)], targets=[(nobody, 0.6)])
    features = confidence_features(reading, codebook=codebook)
    assert features["dictionary_agrees"] == 1.0 and features["target_no_country"] == 1.0
    assert features["sources=1"] == 1.0 and features["source_probability"] == 0.9
    assert event_confidence(reading, model=_model([]), codebook=codebook) == 0.8   # no confidence model
    weighted = _model([], weights={"bias": 0.0, "target_no_country": -2.0})
    assert event_confidence(reading, model=weighted, codebook=codebook) == pytest.approx(1 / (1 + np.exp(2.0)))


def _event(plover, source, target, confidence):
    ref = lambda actor: ActorRef(actor=actor, text=actor, start=0, end=1)  # noqa: E731
    return Event(id="", sentence=0, trigger=Span("x", 0, 1), source=[ref(source)], target=[ref(target)],
                 cameo="190", root="19", quad_class=4, goldstein=-10.0, plover=plover, confidence=confidence)


def test_one_event_per_category_and_dyad_in_a_sentence():
    first, second, other = _event("FIGHT", "a1", "a2", 0.4), _event("FIGHT", "a1", "a2", 0.6), \
        _event("FIGHT", "a2", "a1", 0.3)
    assert one_per_dyad([first, second, other]) == [second, other]


def _training_script():
    import sys
    spec = importlib.util.spec_from_file_location("train_event_model", ROOT / "scripts" / "train_event_model.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_event_model"] = module     # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def test_training_packs_logistic_regressions_into_one_layer():
    """The layer the training script writes gives the same probabilities as the fitted regressions."""
    pytest.importorskip("sklearn")
    train = _training_script()
    rng = np.random.default_rng(0)
    rows = []
    for n in range(60):
        label = ["none", "19:FIGHT", "04:CONSULT"][n % 3]
        features = [f"lem={label}", f"noise={rng.integers(3)}"]
        rows.append(train.Example("doc", "annotation", features, rng.normal(size=4).astype(np.float32), {label},
                                  ["asserted", "intended"][n % 2] if label != "none" else None))
    classes = ["none", "04:CONSULT", "19:FIGHT"]
    layer = train.fit_layer(rows, {"class": classes, "modality": ["asserted", "intended"]}, train.event_labels,
                            fit=train.Fit())
    probabilities = layer.probabilities([row.features for row in rows], np.stack([row.dense for row in rows]))
    predicted = [classes[i] for i in probabilities["class"].argmax(axis=1)]
    assert predicted == [next(iter(row.classes)) for row in rows]
    assert probabilities["modality"].shape == (60, 2)
