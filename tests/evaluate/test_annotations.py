"""The annotation rows of docs/annotation.md: checks an annotator's event, round trip, agreement."""

import pytest

from eventwire.evaluate.annotations import (
    check_event, cohen_kappa, find_word, row_from_dict, row_to_dict, sentence_agreement,
)
from eventwire.events.codebook import load_codebook

SENTENCE = "Turkish jets struck YPG positions near Afrin, and Turkey said the jets struck again."


@pytest.fixture(scope="module")
def codebook():
    return load_codebook()


def _event(**changes):
    event = {"trigger": "struck", "trigger_occurrence": 1,
             "source": [{"text": "Turkish jets", "country": "TUR", "sector": "MIL"}],
             "target": [{"text": "YPG positions", "country": "SYR", "sector": "REB"}],
             "cameo": "195", "root": "19", "plover": "FIGHT", "modality": "asserted", "historical": False}
    event.update(changes)
    return event


def test_a_well_formed_event_has_no_problems(codebook):
    assert check_event(_event(), SENTENCE, codebook=codebook) == []


@pytest.mark.parametrize("changes, expected", [
    ({"trigger": "bombed"}, "not a word of the sentence"),
    ({"trigger": "stru"}, "not a word of the sentence"),           # whole words only
    ({"trigger_occurrence": 3}, "not a word of the sentence"),
    ({"cameo": "0874"}, "not a codebook code under root 19"),
    ({"plover": "ASSAULT"}, "does not go with 195"),
    ({"root": "21"}, "not a CAMEO root"),
    ({"modality": "likely"}, "modality"),
    ({"source": [{"text": "Russian jets", "country": "RUS", "sector": "MIL"}]}, "is not in the sentence"),
    ({"target": [{"text": "YPG positions", "country": "Syria", "sector": "REB"}]}, "is not ISO3"),
    ({"target": [{"text": "YPG positions", "country": "SYR", "sector": "KURDS"}]}, "sector"),
    ({"source": [], "target": []}, "needs a source or a target"),
])
def test_problems_are_named(codebook, changes, expected):
    problems = check_event(_event(**changes), SENTENCE, codebook=codebook)
    assert any(expected in problem for problem in problems), problems


def test_a_repeated_trigger_needs_its_occurrence(codebook):
    event = _event()
    del event["trigger_occurrence"]
    assert any("occurs more than once" in p for p in check_event(event, SENTENCE, codebook=codebook))


def test_root_only_events_take_any_category_of_their_root(codebook):
    assert check_event(_event(cameo=None, root="16", plover="COERCE"), SENTENCE, codebook=codebook) == []
    assert check_event(_event(cameo=None, root="01", plover=None), SENTENCE, codebook=codebook) == []


def test_find_word_counts_occurrences():
    assert find_word(SENTENCE, "struck", 2) == (SENTENCE.rindex("struck"), SENTENCE.rindex("struck") + 6)
    assert find_word(SENTENCE, "jets", 3) is None


def _row(annotator, events, sentence=0):
    return row_from_dict({"doc": "guardian-001", "row": 1, "published": "2019-04-05", "sentence": sentence,
                          "start": 0, "end": len(SENTENCE), "text": SENTENCE, "annotator": annotator,
                          "events": events})


def test_rows_round_trip():
    row = _row("a", [_event(trigger_occurrence=2)])
    assert row_from_dict(row_to_dict(row)) == row
    assert row.events[0].trigger_span(SENTENCE)[0] == SENTENCE.rindex("struck")


def test_malformed_rows_name_where():
    with pytest.raises(ValueError, match="labels.jsonl:4"):
        row_from_dict({"doc": "d"}, where="labels.jsonl:4")


def test_agreement_of_two_annotators():
    first = [_row("a", [_event()], 0), _row("a", [], 1), _row("a", [_event()], 2), _row("a", [], 3)]
    second = [_row("b", [_event(plover="FIGHT")], 0), _row("b", [], 1), _row("b", [], 2),
              _row("b", [_event(cameo=None, root="18", plover="ASSAULT")], 3)]
    report = sentence_agreement(first, second)
    assert report["sentences"] == 4
    assert report["event_agreement"] == 0.5
    assert report["event_kappa"] == 0.0
    assert report["trigger_f1"] == 0.5
    assert report["category_agreement"] == 1.0


def test_kappa_of_perfect_and_chance_agreement():
    assert cohen_kappa([True, False, True], [True, False, True]) == 1.0
    assert cohen_kappa([True, True, False, False], [True, False, True, False]) == 0.0
