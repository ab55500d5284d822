import pytest

from eventwire.evaluate.gold import ConflibertGold, PetrarchGold, PloverGold, Triple
from eventwire.evaluate.scorers import conflibert, petrarch, plover


def _plover_gold():
    return [
        PloverGold("S1-AGREE", "Sentence one.", "2000-01-01", "AGREE", ["RUS"], ["PAK"]),
        PloverGold("S1-AID", "Sentence one.", "2000-01-01", "AID", ["RUS"], ["PAK"]),
        PloverGold("S2-FIGHT", "Sentence two.", "2000-01-01", "FIGHT", ["IND"], ["PAK"]),
        PloverGold("S3-CONSULT", "Sentence three.", "2000-01-01", "CONSULT", ["FRA", "DEU"], []),
    ]


def test_plover_documents_one_per_sentence():
    documents = plover.documents(_plover_gold())
    assert [(d.id, d.text, d.published) for d in documents] == [
        ("S1-AGREE", "Sentence one.", "2000-01-01"), ("S2-FIGHT", "Sentence two.", "2000-01-01"),
        ("S3-CONSULT", "Sentence three.", "2000-01-01")]


def test_plover_scores_categories_actors_and_false_positives(event, record):
    predictions = {
        # right category (AGREE) but less confident than a wrong one; AID missing; source right, target wrong
        "S1-AGREE": record("S1-AGREE",
                           event("057", plover="AGREE", sources=["RUSGOV"], targets=["PAKGOV"], confidence=0.4),
                           event("173", plover="COERCE", sources=["RUS"], targets=["IND"], confidence=0.9),
                           event("010", plover=None, sources=["RUS"], confidence=0.99)),
        # wrong category, actors right (scored through the best event)
        "S2-FIGHT": record("S2-FIGHT", event("181", plover="ASSAULT", sources=["IND"], targets=["PAK"])),
        # reciprocal gold: the second party may come out as target
        "S3-CONSULT": record("S3-CONSULT", event("040", plover="CONSULT", sources=["DEU"], targets=["FRA"])),
    }
    metrics, table = plover.score(_plover_gold(), predictions)
    assert metrics["records"] == 4 and metrics["sentences"] == 3
    assert metrics["category_accuracy_any"] == 0.5          # AGREE and CONSULT
    assert metrics["category_accuracy_best"] == 0.25        # only CONSULT is the best event
    assert metrics["source_accuracy"] == 1.0 and metrics["source_scored"] == 4
    assert metrics["target_accuracy"] == pytest.approx(2 / 3, abs=1e-4)  # S1 AGREE, S2; S1 AID via COERCE->IND fails
    assert metrics["predicted_events"] == 4 and metrics["statements_not_scored"] == 1
    assert metrics["false_positives_per_record"] == 0.5     # COERCE, ASSAULT
    assert metrics["micro"]["tp"] == 2 and metrics["micro"]["fn"] == 2
    assert metrics["per_category"]["AGREE"]["recall"] == 1.0
    assert metrics["per_category"]["COERCE"]["precision"] == 0.0
    assert metrics["per_category"]["AID"]["recall"] == 0.0
    assert table["AGREE"] == {"COERCE": 1} and table["FIGHT"] == {"ASSAULT": 1} and table["CONSULT"] == {"CONSULT": 1}


def test_plover_error_records_count_as_no_events(record):
    gold = [PloverGold("S1", "Text.", None, "PROTEST", ["USA"], [])]
    metrics, table = plover.score(gold, {"S1": record("S1", error="[E301] S1: failed")})
    assert metrics["pipeline_errors"] == 1 and metrics["sentences_without_events"] == 1
    assert metrics["category_accuracy_any"] == 0.0 and metrics["source_accuracy"] == 0.0
    assert metrics["target_accuracy"] is None and table == {"PROTEST": {"none": 1}}


def _petrarch_gold():
    return [
        PetrarchGold("R1", "DEMO", "1995-01-01", "t1", [Triple("ARN", "GON", "050")]),
        PetrarchGold("R2", "COMPOUND", "1995-01-01", "t2", [Triple("ARN", "DAG", "023"), Triple("ARN", "OSG", "023")]),
        PetrarchGold("R3", "DEMO", "1995-01-01", "t3", []),
        PetrarchGold("R4", "DEMO", "1995-01-01", "t4", [Triple("ARN", "GON", "010")],
                     skip_reason="marked not to evaluate"),
        PetrarchGold("R5", "AGENT", "1995-01-01", "t5", [Triple("ARNGOV", "GON", "111")]),
    ]


def test_petrarch_documents_leave_out_skipped_records():
    assert [document.id for document in petrarch.documents(_petrarch_gold())] == ["R1", "R2", "R3", "R5"]


def test_petrarch_scores_triples_roots_and_false_positives(event, record):
    predictions = {
        "R1": record("R1", event("050", sources=["ARN"], targets=["GON"])),
        # compound target: one event, two targets -> two triples; plus one wrong extra event
        "R2": record("R2", event("023", sources=["ARN"], targets=["DAG", "OSG"]),
                     event("190", sources=["OSG"], targets=["ARN"])),
        "R3": record("R3"),
        # right root (11) with a different code, right dyad
        "R5": record("R5", event("112", sources=["ARNGOV"], targets=["GON"])),
    }
    metrics, table = petrarch.score(_petrarch_gold(), predictions)
    assert metrics["records"] == 4 and metrics["gold_events"] == 4
    assert metrics["fully_correct"] == 0.5                     # R1, R3
    assert metrics["recall"] == 0.75
    assert metrics["false_positives"] == 2 and metrics["false_positives_share"] == 0.5
    assert metrics["root_accuracy"] == 1.0 and metrics["dyad_root_accuracy"] == 1.0
    assert metrics["no_event_records"] == 1 and metrics["no_event_correct"] == 1.0
    assert metrics["records_skipped"] == {"marked not to evaluate": 1}
    assert metrics["fully_correct_by_category"] == {"AGENT": 0.0, "COMPOUND": 0.0, "DEMO": 1.0}
    assert table["11"] == {"11": 1} and table["none"] == {"none": 1}


def test_petrarch_reciprocal_event_codes_both_directions(event, record):
    gold = [PetrarchGold("R", "COMPOUND", None, "t", [Triple("ARN", "GON", "036"), Triple("GON", "ARN", "036")])]
    metrics, _ = petrarch.score(gold, {"R": record("R", event("036", sources=["ARN", "GON"]))})
    assert metrics["fully_correct"] == 1.0 and metrics["false_positives"] == 0


def test_petrarch_noevent_record_with_prediction_is_wrong(event, record):
    gold = [PetrarchGold("R", "DEMO", None, "t", [])]
    metrics, table = petrarch.score(gold, {"R": record("R", event("120", sources=["ARN"], targets=["GON"]))})
    assert metrics["fully_correct"] == 0.0 and metrics["no_event_correct"] == 0.0
    assert metrics["recall"] is None and metrics["false_positives"] == 1
    assert table == {"none": {"12": 1}}


@pytest.mark.parametrize("root, expected", [("01", "0"), ("02", "0"), ("04", "1"), ("07", "2"), ("09", "3"),
                                            ("16", "3"), ("14", "4"), ("19", "4"), ("20", "4"), ("99", "none")])
def test_conflibert_class_of_root(root, expected):
    assert conflibert.class_of_root(root) == expected


def test_conflibert_macro_f1_over_five_classes(event, record):
    gold = [ConflibertGold("a", "A.", "4"), ConflibertGold("b", "B.", "4"), ConflibertGold("c", "C.", "1"),
            ConflibertGold("d", "D.", "0")]
    predictions = {
        "a": record("a", event("190", confidence=0.9), event("040", confidence=0.2)),
        "b": record("b", event("040")),
        "c": record("c", event("043")),
        "d": record("d"),
    }
    metrics, table = conflibert.score(gold, predictions)
    assert metrics["accuracy"] == 0.5 and metrics["coverage"] == 0.75
    # class 4: P 1, R .5 -> F1 .667; class 1: P .5, R 1 -> .667; classes 0, 2, 3: 0
    assert metrics["macro_f1"] == pytest.approx((2 / 3 + 2 / 3) / 5, abs=1e-3)
    assert table == {"0": {"none": 1}, "1": {"1": 1}, "4": {"1": 1, "4": 1}}
