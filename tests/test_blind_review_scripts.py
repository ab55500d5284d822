"""The blind-review scripts: what they draw for the reviewer and how they score the verdicts (hand-made
records, no model)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


@pytest.fixture(autouse=True, scope="module")
def scripts_importable():
    sys.path.insert(0, str(SCRIPTS))
    yield
    sys.path.remove(str(SCRIPTS))


def record(doc_id: str) -> dict:
    text = "Turkey's defence minister, Hulusi Akar, met Russian officials. Police in Ankara watched. It rained."
    akar = {"id": "a1", "name": "Hulusi Akar", "kind": "person", "code": "TURGOV", "country": "TUR",
            "sector": "GOV", "role": "defence minister", "mentions": [[27, 38]]}
    police = {"id": "a2", "name": "Police", "kind": "group", "code": "TURCOP", "country": "TUR", "sector": "COP",
              "role": None, "mentions": [[63, 69]], "inferred": {"clue": "in Ankara", "by": "sentence place"}}
    unresolved = {"id": "a3", "name": "It", "kind": "unknown", "code": None, "country": None, "sector": None,
                  "role": None, "mentions": [[88, 90]]}
    return {"doc_id": doc_id, "published": "2019-03-01", "text": text, "sentences": [[0, 62], [63, 87], [88, 99]],
            "actors": [akar, police, unresolved]}


def test_only_resolved_actors_are_drawn_and_the_mention_is_marked_in_its_sentence(tmp_path):
    from blind_review_actors import draw_actors

    summary = draw_actors(tmp_path, [record("d1"), record("d2")], count=10, seed=1)
    assert summary == {"actors": 6, "resolved_actors": 4, "actors_drawn": 4}
    sample = [json.loads(line) for line in (tmp_path / "actor_sample.jsonl").read_text().splitlines()]
    assert {item["mention"] for item in sample} == {"Hulusi Akar", "Police"}
    packets = (tmp_path / "actor_packets.md").read_text()
    assert "**[Police]**" in packets and "placed by context: sentence place (“in Ankara”)" in packets
    assert "**[It]**" not in packets


def test_actor_verdicts_are_scored_as_shares(tmp_path):
    from blind_review_actors import draw_actors, score_actors

    draw_actors(tmp_path, [record("d1"), record("d2")], count=4, seed=1)
    ids = [json.loads(line)["id"] for line in (tmp_path / "actor_sample.jsonl").read_text().splitlines()]
    verdicts = [{"id": ids[0], "verdict": "right"}, {"id": ids[1], "verdict": "right"},
                {"id": ids[2], "verdict": "partly", "wrong": ["sector"]},
                {"id": ids[3], "verdict": "wrong", "wrong": ["identity"]}]
    (tmp_path / "actor_verdicts.jsonl").write_text("".join(json.dumps(v) + "\n" for v in verdicts))
    scores = score_actors(tmp_path)
    assert (scores["actors"], scores["right"], scores["partly_or_right"]) == (4, 0.5, 0.75)
    assert scores["wrong_fields"] == {"sector": 1, "identity": 1}


def test_event_verdicts_are_scored_by_pool():
    from blind_review import score_verdicts

    sample = {"r1": {"pool": "all", "interstate": True, "event": {"confidence": 0.6}},
              "r2": {"pool": "all", "interstate": False, "event": {"confidence": 0.2}},
              "r3": {"pool": "interstate", "interstate": True, "event": {"confidence": 0.3}}}
    verdicts = [{"id": "r1", "verdict": "right", "date_right": True},
                {"id": "r2", "verdict": "wrong", "date_right": False},
                {"id": "r3", "verdict": "partly", "wrong": ["target"]}]
    scores = score_verdicts(sample, verdicts)
    assert scores["sets"]["random draw"] == {"events": 2, "precision": 0.5, "partly_or_right": 0.5}
    assert scores["sets"]["interstate (all drawn)"] == {"events": 2, "precision": 0.5, "partly_or_right": 1.0}
    assert scores["date_right"] == 0.5 and scores["wrong_fields"] == {"target": 1}


def test_recall_counts_an_annotated_event_at_each_level_it_is_found():
    from review_recall import recall

    from eventwire.evaluate.annotations import row_from_dict

    text = "Turkish jets struck YPG positions. Erdogan met Putin."
    row = row_from_dict({"doc": "d1", "row": 1, "published": "2019-01-01", "sentence": 0, "start": 0, "end": 34,
                         "text": text[:34], "annotator": "x", "events": [
                             {"trigger": "struck", "source": [{"text": "Turkish jets", "country": "TUR", "sector": "MIL"}],
                              "target": [{"text": "YPG positions", "country": "SYR", "sector": "REB"}],
                              "cameo": "190", "root": "19", "plover": "FIGHT", "modality": "asserted",
                              "historical": False}]})
    second = row_from_dict({"doc": "d1", "row": 1, "published": "2019-01-01", "sentence": 1, "start": 35, "end": 53,
                            "text": text[35:], "annotator": "x", "events": [
                                {"trigger": "met", "source": [{"text": "Erdogan", "country": "TUR", "sector": "GOV"},
                                                              {"text": "Putin", "country": "RUS", "sector": "GOV"}],
                                 "target": [], "cameo": "040", "root": "04", "plover": "CONSULT",
                                 "modality": "asserted", "historical": False}]})
    struck = {"trigger": {"start": 13, "end": 19}, "root": "19", "plover": "FIGHT",
              "source": [{"code": "TURMIL", "country": "TUR"}], "target": [{"code": "SYRREB", "country": "SYR"}]}
    met = {"trigger": {"start": 43, "end": 46}, "root": "03", "plover": "AGREE",
           "source": [{"code": "TURGOV", "country": "TUR"}], "target": []}
    figures = recall([row, second], {"d1": {"events": [struck, met]}})
    assert figures["annotated_events"] == 2 and figures["coded_events"] == 2
    assert (figures["recall_trigger"], figures["recall_typed"], figures["recall_exact"]) == (1.0, 0.5, 0.5)
