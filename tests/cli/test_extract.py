"""`eventwire extract`: one record per input document, in order; exit codes 0/1/2."""

from __future__ import annotations

import json

import pytest

from eventwire import __version__, cli
from eventwire.cli import seams
from eventwire.errors import DictionaryError


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines()]


def test_help_documents_the_output_format(runner):
    result = runner.invoke(cli.main, ["extract", "--help"])
    assert result.exit_code == 0
    assert "eventwire/1" in result.output and "docs/contract.md" in result.output


def test_version(runner):
    result = runner.invoke(cli.main, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_all_documents_ok_exits_0(runner, fake_pipeline, tmp_path):
    (tmp_path / "a.txt").write_text("Russia agreed with Pakistan.", encoding="utf-8")
    result = runner.invoke(cli.main, ["extract", str(tmp_path / "a.txt")])
    assert result.exit_code == 0, result.output
    [record] = records(result.stdout)
    assert record["schema"] == "eventwire/1" and record["doc_id"] == "a.txt" and record["error"] is None
    assert record["events"][0]["plover"] == "AGREE"


def test_failures_give_error_records_in_order_and_exit_1(runner, fake_pipeline, tmp_path):
    (tmp_path / "batch.jsonl").write_text(
        '{"id": "one", "text": "Russia agreed."}\n'
        "not json\n"
        '{"id": "two", "text": "CRASH here"}\n'
        '{"id": "three", "text": "Pakistan welcomed it."}\n', encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(cli.main, ["extract", str(tmp_path / "batch.jsonl"), str(tmp_path / "empty.txt")])
    assert result.exit_code == 1
    output = records(result.stdout)
    assert [record["doc_id"] for record in output] == ["one", "batch.jsonl:2", "two", "three", "empty.txt"]
    assert [record["error"] is not None for record in output] == [False, True, True, False, True]
    failed = output[1]
    assert failed["events"] == [] and failed["actors"] == [] and "E105" in failed["error"]
    assert result.stderr.splitlines() == [
        "batch.jsonl:2: [E105] line is not valid JSON: Expecting value (column 1)",
        "two: [E301] processing failed: boom",
        "empty.txt: [E101] empty document (no text)",
    ]


def test_output_file_and_unicode(runner, fake_pipeline, tmp_path):
    (tmp_path / "b.txt").write_text("Москва agreed “fully”.", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(cli.main, ["extract", str(tmp_path / "b.txt"), "-o", str(out)])
    assert result.exit_code == 0 and result.stdout == ""
    line = out.read_text(encoding="utf-8")
    assert "Москва" in line and json.loads(line)["text"] == "Москва agreed “fully”."


def test_stdin_input(runner, fake_pipeline):
    result = runner.invoke(cli.main, ["extract", "-"], input='{"id": "s", "text": "Russia agreed."}\n')
    assert result.exit_code == 0 and records(result.stdout)[0]["doc_id"] == "s"


def test_missing_input_is_a_usage_error(runner, fake_pipeline, tmp_path):
    result = runner.invoke(cli.main, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2 and "does not exist" in result.stderr
    assert fake_pipeline == []


def test_no_input_is_a_usage_error(runner, fake_pipeline):
    assert runner.invoke(cli.main, ["extract"]).exit_code == 2


def test_dictionary_error_is_a_usage_error(runner, monkeypatch, tmp_path):
    def broken(**options):
        raise DictionaryError("E201", "mine.txt", 3, "malformed line")

    monkeypatch.setattr(seams, "load_resources", broken)
    (tmp_path / "a.txt").write_text("Text.", encoding="utf-8")
    result = runner.invoke(cli.main, ["extract", str(tmp_path / "a.txt")])
    assert result.exit_code == 2 and "mine.txt:3" in result.stderr and "E201" in result.stderr


def test_dictionary_options_reach_load_resources(runner, fake_pipeline, tmp_path):
    for name in ("actors.txt", "more.txt", "verbs.txt", "agents.txt", "a.txt"):
        (tmp_path / name).write_text("x", encoding="utf-8")
    result = runner.invoke(cli.main, ["extract", str(tmp_path / "a.txt"), "--actors", str(tmp_path / "actors.txt"),
                                      "--actors", str(tmp_path / "more.txt"), "--verbs", str(tmp_path / "verbs.txt"),
                                      "--agents", str(tmp_path / "agents.txt"), "--no-default-dictionaries"])
    assert result.exit_code == 0, result.output
    [options] = fake_pipeline
    assert [path.name for path in options["actor_files"]] == ["actors.txt", "more.txt"]
    assert options["verb_file"].name == "verbs.txt" and [p.name for p in options["agent_files"]] == ["agents.txt"]
    assert options["use_default_dictionaries"] is False


def test_max_bytes_option(runner, fake_pipeline, tmp_path):
    (tmp_path / "a.txt").write_text("Russia agreed with Pakistan on many things.", encoding="utf-8")
    result = runner.invoke(cli.main, ["extract", str(tmp_path / "a.txt"), "--max-bytes", "10"])
    assert result.exit_code == 1 and "E104" in records(result.stdout)[0]["error"]


@pytest.mark.slow
def test_extract_with_the_real_pipeline(runner, tmp_path):
    text = "Russian Foreign Minister Sergey Lavrov met Pakistani officials in Islamabad on Wednesday.\n"
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = runner.invoke(cli.main, ["extract", str(tmp_path)])
    output = records(result.stdout)
    assert [record["doc_id"] for record in output] == ["empty.txt", "story.txt"]
    assert output[1]["text"] == text and output[1]["schema"] == "eventwire/1"
    assert result.exit_code == 1  # the empty file failed
