import json

import pytest

from eventwire.errors import GoldFileError
from eventwire.evaluate.formats import CONFLIBERT_TSV, PETRARCH_XML, PLOVER_GSR, detect_format
from eventwire.evaluate.readers import parse_conflibert_tsv, parse_petrarch_xml, parse_plover_json

PLOVER = [
    {"id": "X-DOCUMENT-0001", "event": "DOCUMENT", "comment": "header"},
    {"id": "X-AGREE-1", "date": "2000-01-01", "event": "AGREE", "text": "Ruritania agreed with Japan.",
     "source": [{"actorText": "Ruritania", "code": "rur", "sector": "GOV"}],
     "target": [{"actorText": "Japan", "code": "JAP"}]},
    {"id": "X-CONSULT-2", "date": "2000-01-01", "event": "consult", "text": "A and B met.",
     "source": [{"actorText": "A", "code": "AAA"}, {"actorText": "B", "code": "BBB"}], "target": ""},
]

PETRARCH = """<?xml version='1.0' encoding='utf-8'?>
<Validation>
<!-- <Sentence id="COMMENTED-OUT" category="DEMO"> must be ignored -->
<Environment>
    <Verbfile>verbs.txt</Verbfile>
    <Actorfile>a1.txt, a2.txt</Actorfile>
    <Agentfile>agents.txt</Agentfile>
    <Include>DEMO COMPOUND</Include>
</Environment>
<Sentences>
<Sentence category="DEMO" date="19950101" id="DEMO-01" evaluate="true"/>
<EventCoding eventcode="050" sourcecode="ARN" targetcode="GON" />
<EventCoding sourcecode="ARN" targetcode="DAG" eventcode="050"></EventCoding>
<Text>
Arnor is about to restore ties
with Gondor &amp; Dagolath.
</Text>
<Parse>1 Arnor ...</Parse></Sentence>
<Sentence date = "19950102" id ="COMPOUND-02" category="COMPOUND" sentence="true">
<EventCoding noevents = "True">
<Text>Nothing happened.</Text>
</Sentence>
<Sentence category="DEMO" date="19950103" id="DEMO-03" evaluate="false">
<EventCoding eventcode="010" sourcecode="ARN" targetcode="GON" />
<Text>Skipped on purpose.</Text></Sentence>
<Sentence category="PARSING" date="19950104" id="PARSING-01" evaluate="true">
<EventCoding eventcode="010" sourcecode="ARN" targetcode="GON" />
<Text>Not included.</Text></Sentence>
<Sentence category="DEMO" date="19950105" id="ERROR-02" evaluate="true">
<EventCoding error="bad_input_parse" />
<Text>A broken parse.</Text></Sentence>
</Sentences>
</Validation>
"""


def test_plover_reader_skips_header_and_normalises_codes():
    records = parse_plover_json(PLOVER)
    assert [record.id for record in records] == ["X-AGREE-1", "X-CONSULT-2"]
    first, second = records
    assert (first.event, first.sources, first.targets, first.date) == ("AGREE", ["RUR"], ["JPN"], "2000-01-01")
    assert second.event == "CONSULT" and second.targets == [] and second.reciprocal
    assert not first.reciprocal


def test_plover_reader_rejects_non_array_and_incomplete_records():
    with pytest.raises(GoldFileError) as excinfo:
        parse_plover_json({"event": "AGREE"}, path="gold.json")
    assert excinfo.value.code == "E502" and "gold.json" in str(excinfo.value)
    with pytest.raises(GoldFileError) as excinfo:
        parse_plover_json([{"id": "R-1", "event": "AGREE"}])
    assert excinfo.value.code == "E503" and "R-1" in str(excinfo.value)


def test_petrarch_reader_reads_codings_text_and_environment():
    gold_file = parse_petrarch_xml(PETRARCH)
    environment = gold_file.environment
    assert environment.verb_file == "verbs.txt"
    assert environment.actor_files == ["a1.txt", "a2.txt"] and environment.agent_files == ["agents.txt"]
    ids = [record.id for record in gold_file.records]
    assert ids == ["DEMO-01", "COMPOUND-02", "DEMO-03", "PARSING-01", "ERROR-02"]
    demo = gold_file.records[0]
    assert demo.text == "Arnor is about to restore ties with Gondor & Dagolath."
    assert demo.date == "1995-01-01" and demo.category == "DEMO"
    assert [(t.source, t.target, t.event, t.root) for t in demo.triples] == [
        ("ARN", "GON", "050", "05"), ("ARN", "DAG", "050", "05")]
    assert gold_file.records[1].triples == [] and gold_file.records[1].skip_reason is None


def test_petrarch_reader_marks_records_not_to_score():
    reasons = {record.id: record.skip_reason for record in parse_petrarch_xml(PETRARCH).records}
    assert reasons["DEMO-01"] is None
    assert reasons["DEMO-03"] == "marked not to evaluate"
    assert "not in the file's <Include>" in reasons["PARSING-01"]
    assert reasons["ERROR-02"] == "tests the input parse"


def test_petrarch_environment_resolves_dictionaries_next_to_the_file(tmp_path):
    folder = tmp_path / "validation_dictionaries"
    folder.mkdir()
    for name in ("verbs.txt", "a1.txt", "a2.txt"):
        (folder / name).write_text("x\n")
    gold_path = tmp_path / "gold.xml"
    actors, verbs, agents = parse_petrarch_xml(PETRARCH).environment.resolve(gold_path)
    assert [path.name for path in actors] == ["a1.txt", "a2.txt"]
    assert verbs == folder / "verbs.txt" and agents == []  # agents.txt is absent: left out
    (folder / "a2.txt").unlink()
    assert parse_petrarch_xml(PETRARCH).environment.resolve(gold_path) is None


def test_petrarch_empty_text_is_rebuilt_from_a_conllu_parse():
    content = """<Sentences>
<Sentence category="OTHER" date="20150101" id="P1" evaluate="true"/>
<EventCoding eventcode="190" sourcecode="NGAREB" targetcode="NGA" />
<Text>
</Text>
<Parse>
1\tBoko\tBoko\tPROPN\tNNP\t_\t2\tname\t_\t_
2\tHaram\tHaram\tPROPN\tNNP\t_\t3\tnsubj\t_\t_
3\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_
4\tMaiduguri\tMaiduguri\tPROPN\tNNP\t_\t3\tdobj\t_\t_
5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_
</Parse></Sentence>
<Sentence category="OTHER" date="20150101" id="P2" evaluate="true"/>
<Text></Text><Parse>(ROOT (S))</Parse></Sentence>
</Sentences>"""
    first, second = parse_petrarch_xml(content).records
    assert first.text == "Boko Haram attacked Maiduguri." and first.skip_reason is None
    assert second.text == "" and second.skip_reason == "no text"


def test_petrarch_reader_without_sentences_is_an_error():
    with pytest.raises(GoldFileError) as excinfo:
        parse_petrarch_xml("<Validation></Validation>", path="empty.xml")
    assert excinfo.value.code == "E502"


def test_conflibert_reader_handles_crlf_and_blank_lines():
    records = parse_conflibert_tsv("Troops attacked a base.\t4\r\n\r\nThe minister met envoys.\t1\r\n")
    assert [(record.text, record.label) for record in records] == [
        ("Troops attacked a base.", "4"), ("The minister met envoys.", "1")]
    with pytest.raises(GoldFileError) as excinfo:
        parse_conflibert_tsv("no label here\n")
    assert excinfo.value.code == "E503" and "line 1" in str(excinfo.value)


def test_detect_format(tmp_path):
    (tmp_path / "p.json").write_text(json.dumps(PLOVER))
    (tmp_path / "v.xml").write_text(PETRARCH)
    (tmp_path / "c.tsv").write_text("A sentence.\t3\nAnother.\t0\n")
    (tmp_path / "other.txt").write_text("hello")
    assert detect_format(tmp_path / "p.json") == PLOVER_GSR
    assert detect_format(tmp_path / "v.xml") == PETRARCH_XML
    assert detect_format(tmp_path / "c.tsv") == CONFLIBERT_TSV
    with pytest.raises(GoldFileError) as excinfo:
        detect_format(tmp_path / "other.txt")
    assert excinfo.value.code == "E501"
