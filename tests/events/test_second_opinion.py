"""The learned classifier and how its opinion is combined with the dictionary coder."""

import importlib.util
from pathlib import Path

import numpy as np
import pytest

from eventwire.events.classifier import BUCKETS, EventClassifier, features, load_classifier
from eventwire.events.codebook import load_codebook
from eventwire.events.second_opinion import blend, proposal, representative_code, review


def _stub(probabilities: dict[str, float]) -> EventClassifier:
    """A classifier whose output ignores the text: log-probabilities as biases."""
    labels = sorted(probabilities)
    bias = np.log(np.array([max(probabilities[label], 1e-9) for label in labels], dtype=np.float32))
    return EventClassifier(labels, np.zeros((BUCKETS, len(labels)), dtype=np.float32), bias)


def test_features_are_stable_and_share_inflections():
    assert features("Troops attacked the town") == features("Troops attacked the town")
    assert set(features("attacked")) == set(features("attacks"))
    assert set(features("x", trigger="attacked")) - set(features("x"))


def test_shipped_model_loads_and_separates_clear_cases():
    model = load_classifier()
    assert {"ASSAULT", "PROTEST", "AID", "DEMAND"} <= set(model.labels)
    assert model.best("Thousands of workers marched through the capital in a protest against the new law.")[0] \
        == "PROTEST"
    assert model.best("The government sent tonnes of food and medical aid to the flood victims.")[0] == "AID"
    assert abs(sum(model.probabilities("anything at all").values()) - 1) < 1e-5


def test_confident_classifier_overrules_a_bare_verb():
    codebook = load_codebook()
    opinion = review(codebook["190"], from_pattern=False, sentence="s", trigger="t",
                     classifier=_stub({"FIGHT": 0.02, "PROTEST": 0.9, "AID": 0.08}), codebook=codebook)
    assert opinion.overruled and opinion.entry.plover == "PROTEST" and opinion.entry.code == "14"


@pytest.mark.parametrize("from_pattern, fight", [(True, 0.02), (False, 0.3)])
def test_patterns_and_plausible_verbs_keep_their_code(from_pattern, fight):
    codebook = load_codebook()
    opinion = review(codebook["190"], from_pattern=from_pattern, sentence="s", trigger="t",
                     classifier=_stub({"FIGHT": fight, "PROTEST": 0.9 - fight, "AID": 0.1}), codebook=codebook)
    assert not opinion.overruled and opinion.entry.code == "190"
    assert opinion.probability == pytest.approx(fight, abs=1e-4)


def test_statements_are_not_judged():
    codebook = load_codebook()
    opinion = review(codebook["010"], from_pattern=False, sentence="s", trigger="t",
                     classifier=_stub({"PROTEST": 0.99, "AID": 0.01}), codebook=codebook)
    assert opinion.entry.code == "010" and opinion.probability is None
    assert blend(0.5, opinion) == 0.5


def test_proposal_needs_confidence():
    codebook = load_codebook()
    assert proposal("s", "t", classifier=_stub({"AID": 0.95, "FIGHT": 0.05}), codebook=codebook).code == "07"
    assert proposal("s", "t", classifier=_stub({"AID": 0.55, "FIGHT": 0.45}), codebook=codebook) is None


def test_representative_code_is_the_most_general():
    codebook = load_codebook()
    assert representative_code(codebook, "ASSAULT").code == "18"
    assert representative_code(codebook, "NOT A CATEGORY") is None


def _training_script():
    path = Path(__file__).resolve().parents[2] / "scripts" / "train_event_classifier.py"
    spec = importlib.util.spec_from_file_location("train_event_classifier", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("label, mode, category", [
    ("ASSAULT", "AERIAL", "FIGHT"), ("ASSAULT", "FIREARMS", "FIGHT"), ("ASSAULT", "BEAT", "ASSAULT"),
    ("ASSAULT", "", "ASSAULT"), ("ACCUSE", "INVESTIGATE", "INVESTIGATE"), ("ACCUSE", "ALLEGE", "DISAPPROVE"),
    ("REQUEST", "MEET", "DEMAND"), ("CONCEDE", "", "CONCEDE")])
def test_training_labels_follow_the_contract_categories(label, mode, category):
    """POLECAT's ASSAULT covers conventional force, which the contract (CAMEO 19x) calls FIGHT."""
    assert _training_script().plover_category(label, mode) == category


def test_shipped_model_tells_fight_from_assault():
    model = load_classifier()
    assert {"FIGHT", "INVESTIGATE"} <= set(model.labels)
    assert model.best("Fighter jets bombed rebel positions near the border, killing dozens of fighters.")[0] == "FIGHT"
