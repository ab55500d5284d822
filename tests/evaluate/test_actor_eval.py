"""Actor-resolution evaluation: ConfliBERT NER and re3d readers, format detection, the span scorer."""

from __future__ import annotations

import json

import pytest

from eventwire.errors import GoldFileError
from eventwire.evaluate.actor_gold import ActorGoldDoc, GoldActorSpan
from eventwire.evaluate.formats import CONFLIBERT_NER, RE3D, detect_format
from eventwire.evaluate.readers.conflibert_ner import parse_conflibert_ner
from eventwire.evaluate.readers.plover import parse_plover_json
from eventwire.evaluate.readers.re3d import read_re3d
from eventwire.evaluate.report import render_report
from eventwire.evaluate.scorers import actors
from eventwire.evaluate.scorers.plover import group_by_sentence
from eventwire.schema import Actor, DocumentRecord

NER = "Iraqi B-S\ntroops I-S\nattacked O\nBaghdad O\n’ O\ns O\nforces B-T\n. O\n\nThey B-R\nmet O\n. O\n"


def test_conflibert_ner_spans_point_into_rebuilt_text():
    first, second = parse_conflibert_ner(NER)
    assert first.text == "Iraqi troops attacked Baghdad’s forces."
    assert [(span.text, span.label) for span in first.spans] == [("Iraqi troops", "source"), ("forces", "target")]
    assert [span.text for span in second.spans] == ["They"]


def test_conflibert_ner_rejects_bad_tag():
    with pytest.raises(GoldFileError) as excinfo:
        parse_conflibert_ner("Iraqi B-X\n")
    assert excinfo.value.code == "E503" and "line 1" in str(excinfo.value)


def _write_re3d(folder):
    folder.mkdir()
    text = "Syria and the UN met in Palmyra. We agreed."
    (folder / "documents.json").write_text(json.dumps({"_id": "d1", "text": text}) + "\n")
    rows = [(0, 5, "Location", 1), (14, 16, "Organisation", 1), (24, 31, "Location", 1),
            (33, 35, "Organisation", 1), (14, 16, "Organisation", 0.0), (10, 16, "Person", 0.2)]
    (folder / "entities.json").write_text("".join(
        json.dumps({"documentId": "d1", "begin": b, "end": e, "type": t, "confidence": c, "value": text[b:e]}) + "\n"
        for b, e, t, c in rows))


def test_re3d_reader_and_detection(tmp_path):
    _write_re3d(tmp_path / "BBC")
    assert detect_format(tmp_path) == RE3D and detect_format(tmp_path / "BBC" / "documents.json") == RE3D
    [doc] = read_re3d(tmp_path)
    assert [(span.text, span.label) for span in doc.spans] == [("Syria", "Location"), ("UN", "Organisation"),
                                                               ("Palmyra", "Location"), ("We", "Organisation")]


def test_detect_conflibert_ner(tmp_path):
    (tmp_path / "ner.txt").write_text(NER)
    assert detect_format(tmp_path / "ner.txt") == CONFLIBERT_NER


def _record(doc_id, *actors_):
    return DocumentRecord(doc_id=doc_id, actors=list(actors_))


def test_scorer_picks_the_most_overlapping_actor_and_counts_misses():
    doc = ActorGoldDoc(id="d", text="Russian Foreign Minister Sergey Lavrov met Pakistan.", spans=[
        GoldActorSpan(0, 38, "Russian Foreign Minister Sergey Lavrov", "source", "RUS", "GOV"),
        GoldActorSpan(43, 51, "Pakistan", "target", "PAK", None),
    ])
    lavrov = Actor(id="a1", name="Sergey Lavrov", kind="person", country="RUS", sector="GOV", mentions=[[0, 38]])
    russia = Actor(id="a2", name="Russia", kind="state", country="RUS", mentions=[[0, 7]])
    metrics = actors.score([doc], {"d": _record("d", russia, lavrov)})
    assert metrics["found"] == 0.5 and metrics["country_accuracy"] == 0.5 and metrics["sector_accuracy"] == 1.0
    assert metrics["per_label"]["target"]["found"] == 0.0
    assert "country_accuracy" in render_report({"files": [{"path": "x", "format": "f", "metrics": metrics}]})


def test_plover_actor_docs_locate_actor_text():
    gold = parse_plover_json([{"id": "1", "event": "CONSULT", "text": "President Mitterand welcomed de Klerk.",
                               "source": [{"actorText": "President Mitterand", "code": "FRA", "sector": "GOV"}],
                               "target": [{"actorText": "de Klerk", "code": "ZAF", "sector": "CVLalb"}]}])
    [doc] = actors.plover_actor_docs(group_by_sentence(gold))
    assert [(span.text, span.country, span.sector) for span in doc.spans] == [
        ("President Mitterand", "FRA", "GOV"), ("de Klerk", "ZAF", "CVL")]


def test_normalize_sector():
    assert actors.normalize_sector("RELCHR") == "REL" and actors.normalize_sector("***") is None
    assert actors.normalize_sector("JRN") == "MED" and actors.normalize_sector(None) is None


def test_re3d_filters_pronouns_and_non_state_locations(tmp_path):
    from eventwire.actors.kb import load_knowledge_base

    _write_re3d(tmp_path / "BBC")
    [doc] = actors.actor_locations_only(read_re3d(tmp_path), kb=load_knowledge_base())
    assert [span.text for span in doc.spans] == ["Syria", "UN"]


def test_silver_countries_from_span_text():
    from eventwire.actors.kb import load_knowledge_base

    [doc, _] = actors.with_silver_countries(parse_conflibert_ner(NER), kb=load_knowledge_base())
    assert [span.country for span in doc.spans] == ["IRQ", None]


@pytest.mark.slow
def test_real_dev_files_score(shared_dir, resources):
    from eventwire.evaluate import evaluate_files

    paths = [shared_dir / "data" / "conflibert_cameo" / "cameo_ner.dev.txt", shared_dir / "data" / "re3d"]
    report = evaluate_files(paths, load_resources=lambda **_: resources)
    ner, re3d = (entry["metrics"] for entry in report["files"])
    assert ner["spans"] > 400 and ner["found"] >= 0.85 and ner["country_accuracy"] >= 0.9
    assert re3d["spans"] > 400 and re3d["found"] >= 0.8
