"""PETRARCH scoring conventions: '---' agents, negated events, <Discardfile> (no model needed)."""

from __future__ import annotations

import dataclasses

from eventwire.evaluate.gold import PetrarchGold, Triple
from eventwire.evaluate.readers.petrarch import parse_petrarch_xml
from eventwire.evaluate.scorers import petrarch


def test_agent_without_country_is_written_with_dashes(event, record):
    clerics = event("023", sources=["REL"], targets=["OSG", "IGOAFR"])
    found = petrarch.predicted_triples(record("R", clerics))
    assert found == {Triple("---REL", "OSG", "023"), Triple("---REL", "IGOAFR", "023")}


def test_negated_events_are_not_petrarch_codings(event, record):
    clash = dataclasses.replace(event("121", sources=["BREGOV"], targets=["ERI"]), modality="negated")
    gold = [PetrarchGold("R", "SYNSET", None, "t", [])]
    metrics, _ = petrarch.score(gold, {"R": record("R", clash)})
    assert metrics["fully_correct"] == 1.0 and metrics["false_positives"] == 0


def test_discard_files_are_read_from_the_environment(tmp_path):
    content = """<Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile>
    <Discardfile>d.txt</Discardfile></Environment>
    <Sentence id="S1" category="DEMO"><EventCoding noevents="True"/><Text>x</Text></Sentence>"""
    gold_file = parse_petrarch_xml(content)
    assert gold_file.environment.discard_files == ["d.txt"]
    (tmp_path / "validation_dictionaries").mkdir()
    (tmp_path / "validation_dictionaries" / "d.txt").write_text("BASEBALL\n")
    assert gold_file.environment.resolve_discards(tmp_path / "gold.xml") == \
        [tmp_path / "validation_dictionaries" / "d.txt"]


def test_pico_ontology_is_read_from_the_environment(tmp_path):
    content = """<Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile>
    <PICOfile>pico.txt</PICOfile></Environment>
    <Sentence id="S1" category="DEMO"><EventCoding noevents="True"/><Text>x</Text></Sentence>"""
    gold_file = parse_petrarch_xml(content)
    assert gold_file.environment.pico_files == ["pico.txt"]
    assert gold_file.environment.resolve_pico(tmp_path / "gold.xml") == []   # not there: not used
    (tmp_path / "pico.txt").write_text("050:0x0080\n")
    assert gold_file.environment.resolve_pico(tmp_path / "gold.xml") == [tmp_path / "pico.txt"]




def test_compound_gold_codes_are_split_like_predictions(event, record):
    shire = event("050", sources=["FRO/BIL"], targets=["ELR"])
    gold = [PetrarchGold("R", "COMPOUND", None, "t", [Triple("FRO/BIL", "ELR", "050")])]
    metrics, _ = petrarch.score(gold, {"R": record("R", shire)})
    assert metrics["fully_correct"] == 1.0 and metrics["gold_events"] == 2


def test_failures_list_missed_and_false_codings(event, record):
    found = event("111", sources=["CALGOV"], targets=["OSG"])
    gold = [PetrarchGold("R", "COMPOUND", None, "t", [Triple("CALGOV", "OSGMIL", "111")])]
    [failure] = petrarch.failures(gold, {"R": record("R", found)})
    assert failure["missed"] == ["CALGOV OSGMIL 111"] and failure["false_positives"] == ["CALGOV OSG 111"]


def test_events_without_any_actor_code_are_not_petrarch_codings(event, record):
    uncoded = event("012")
    uncoded.source = [dataclasses.replace(ref, code=None, country=None, sector=None)
                      for ref in event("012", sources=["MINERVA"]).source]
    half = event("025", sources=["GON"])
    found = petrarch.predicted_triples(record("R", uncoded, half))
    assert found == {Triple("GON", "---", "025")}  # a missing side is written '---', as PETRARCH does
