import json
from types import SimpleNamespace

import pytest

from eventwire.evaluate import evaluate_files, render_report
from eventwire.evaluate.run import REPORT_SCHEMA

PLOVER = [
    {"id": "DOC", "event": "DOCUMENT"},
    {"id": "P1", "date": "2000-01-01", "event": "AID", "text": "Japan sent aid to Nepal.",
     "source": [{"actorText": "Japan", "code": "JPN"}], "target": [{"actorText": "Nepal", "code": "NPL"}]},
]
PETRARCH = """<Validation><Environment><Verbfile>verbs.txt</Verbfile><Actorfile>actors.txt</Actorfile>
</Environment><Sentences>
<Sentence category="DEMO" date="19950101" id="D1" evaluate="true">
<EventCoding eventcode="050" sourcecode="ARN" targetcode="GON" />
<Text>Arnor restored ties with Gondor.</Text></Sentence>
</Sentences></Validation>
"""


class FakeLoader:
    """Stands in for load_resources: records each call; can refuse the file dictionaries."""

    def __init__(self, *, refuse_files: bool = False):
        self.calls = []
        self.refuse_files = refuse_files

    def __call__(self, *, actor_files=(), verb_file=None, agent_files=(), use_default_dictionaries=True, nlp=None):
        self.calls.append({"actor_files": actor_files, "verb_file": verb_file, "nlp": nlp,
                           "use_default_dictionaries": use_default_dictionaries})
        if self.refuse_files and not use_default_dictionaries:
            raise ValueError("bad verb line")
        return SimpleNamespace(nlp=nlp or "the-model", label="file" if actor_files else "default")


@pytest.fixture()
def fake_extract(event, record):
    def extract(article, resources):
        """Codes the PETRARCH sentence right only with the file dictionaries, PLOVER always right."""
        if article.text.startswith("Arnor") and resources.label == "file":
            return record(article.id, event("050", sources=["ARN"], targets=["GON"]))
        if article.text.startswith("Japan"):
            return record(article.id, event("073", plover="AID", sources=["JPN"], targets=["NPL"]))
        return record(article.id)

    def extract_many(articles, *, resources):
        return (extract(article, resources) for article in articles)

    return extract_many


@pytest.fixture()
def gold_files(tmp_path):
    (tmp_path / "plover.json").write_text(json.dumps(PLOVER))
    (tmp_path / "suite.xml").write_text(PETRARCH)
    folder = tmp_path / "validation_dictionaries"
    folder.mkdir()
    (folder / "verbs.txt").write_text("x\n")
    (folder / "actors.txt").write_text("x\n")
    (tmp_path / "notes.txt").write_text("not gold")
    return tmp_path


def test_evaluate_files_scores_each_format_and_caches_resources(gold_files, fake_extract):
    loader = FakeLoader()
    paths = [gold_files / "plover.json", gold_files / "suite.xml", gold_files / "notes.txt"]
    report = evaluate_files(paths, load_resources=loader, extract_many=fake_extract)
    assert report["schema"] == REPORT_SCHEMA
    plover_entry, suite_entry, other_entry = report["files"]
    assert plover_entry["format"] == "plover_gsr" and plover_entry["records"] == 1
    assert plover_entry["metrics"]["category_accuracy_any"] == 1.0
    assert suite_entry["dictionaries"] == "file dictionaries"
    assert suite_entry["metrics"]["fully_correct"] == 1.0
    assert [run["label"] for run in suite_entry["runs"]] == ["file dictionaries", "default"]
    assert suite_entry["runs"][1]["metrics"]["fully_correct"] == 0.0
    assert other_entry["format"] is None and "[E501]" in other_entry["error"]
    # two configurations, loaded once each; the second reuses the first one's model
    assert len(loader.calls) == 2
    assert loader.calls[0]["nlp"] is None and loader.calls[1]["nlp"] == "the-model"
    assert json.loads(json.dumps(report)) == report


def test_dictionary_load_failure_is_reported_and_defaults_used(gold_files, fake_extract):
    report = evaluate_files([gold_files / "suite.xml"], load_resources=FakeLoader(refuse_files=True),
                            extract_many=fake_extract)
    entry = report["files"][0]
    assert entry["dictionaries"] == "default"
    assert "bad verb line" in entry["runs"][0]["error"]
    assert entry["metrics"]["records"] == 1


def test_render_report_shows_metrics_tables_and_errors(gold_files, fake_extract):
    report = evaluate_files([gold_files / "plover.json", gold_files / "suite.xml", gold_files / "notes.txt"],
                            load_resources=FakeLoader(refuse_files=True), extract_many=fake_extract)
    text = render_report(report)
    assert "category_accuracy_any" in text and "per_category:" in text
    assert "confusion (rows gold, columns predicted):" in text
    assert "-- dictionaries: file dictionaries" in text and "could not load: ValueError: bad verb line" in text
    assert "ERROR: [E501]" in text
    assert render_report({"files": []}) == "No gold files evaluated.\n"
