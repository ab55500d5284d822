"""`ingest`, `events`, `dyads`, `demo` and `eval` with the fake pipeline."""

from __future__ import annotations

import json
import sys
import types

from eventwire import cli
from eventwire.cli import seams


def write_articles(folder):
    folder.mkdir(exist_ok=True)
    (folder / "articles.jsonl").write_text(
        '{"id": "d1", "text": "Russia agreed to supply gear.", "published": "2021-04-08"}\n'
        '{"id": "d2", "text": "Nothing happened here.", "published": "2021-04-09"}\n', encoding="utf-8")
    return folder


def test_ingest_counts_and_is_idempotent(runner, fake_pipeline, tmp_path):
    articles, db = write_articles(tmp_path / "in"), tmp_path / "x.duckdb"
    first = runner.invoke(cli.main, ["ingest", str(articles), "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "2 new, 0 unchanged, 0 replaced, 0 failed" in first.stdout
    second = runner.invoke(cli.main, ["ingest", str(articles), "--db", str(db)])
    assert "0 new, 2 unchanged, 0 replaced, 0 failed" in second.stdout


def test_ingest_with_failures_exits_1_and_reports_them(runner, fake_pipeline, tmp_path):
    (tmp_path / "bad.jsonl").write_text('{"id": "ok", "text": "Fine."}\n{"id": "c", "text": "CRASH"}\n',
                                        encoding="utf-8")
    result = runner.invoke(cli.main, ["ingest", str(tmp_path / "bad.jsonl"), "--db", str(tmp_path / "y.duckdb")])
    assert result.exit_code == 1 and "1 new, 0 unchanged, 0 replaced, 1 failed" in result.stdout
    assert "c: [E301] processing failed: boom" in result.stderr


def test_ingest_uses_eventwire_db_from_environment(runner, fake_pipeline, tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_DB", str(tmp_path / "env.duckdb"))
    result = runner.invoke(cli.main, ["ingest", str(write_articles(tmp_path / "in"))])
    assert result.exit_code == 0 and (tmp_path / "env.duckdb").exists()


def test_events_and_dyads_json_and_tables(runner, fake_pipeline, tmp_path):
    db = tmp_path / "x.duckdb"
    runner.invoke(cli.main, ["ingest", str(write_articles(tmp_path / "in")), "--db", str(db)])
    events = runner.invoke(cli.main, ["events", "--db", str(db), "--actor", "PAK", "--json"])
    assert events.exit_code == 0, events.output
    [row] = json.loads(events.stdout)
    assert row["doc_id"] == "d1" and row["sentence_text"] == "Russia agreed to supply gear."
    none = runner.invoke(cli.main, ["events", "--db", str(db), "--plover", "ASSAULT", "--json"])
    assert json.loads(none.stdout) == []
    dyads = runner.invoke(cli.main, ["dyads", "--db", str(db), "--dyad", "PAK", "RUS", "--json"])
    [pair] = json.loads(dyads.stdout)
    assert (pair["source_country"], pair["target_country"], pair["events"]) == ("RUS", "PAK", 1)
    table = runner.invoke(cli.main, ["events", "--db", str(db)])
    assert table.exit_code == 0 and "AGREE" in table.stdout and "Russia agreed" in table.stdout
    assert "RUS" in runner.invoke(cli.main, ["dyads", "--db", str(db)]).stdout


def test_events_and_dyads_count_an_event_reported_twice_once(runner, fake_pipeline, tmp_path):
    (tmp_path / "in.jsonl").write_text(
        '{"id": "d1", "text": "Russia agreed to supply gear.", "published": "2021-04-08", "source": "A"}\n'
        '{"id": "d2", "text": "Moscow agreed on gear for Pakistan.", "published": "2021-04-09", "source": "B"}\n',
        encoding="utf-8")
    db = tmp_path / "x.duckdb"
    assert runner.invoke(cli.main, ["ingest", str(tmp_path / "in.jsonl"), "--db", str(db)]).exit_code == 0
    [event] = json.loads(runner.invoke(cli.main, ["events", "--db", str(db), "--json"]).stdout)
    assert (event["num_mentions"], event["num_articles"], event["num_sources"]) == (2, 2, 2)
    mentions = json.loads(runner.invoke(cli.main, ["events", "--db", str(db), "--mentions", "--json"]).stdout)
    assert [row["doc_id"] for row in mentions] == ["d1", "d2"]
    table = runner.invoke(cli.main, ["events", "--db", str(db)]).stdout
    assert "2/2/2" in table and "reports" in table
    assert "d2" in runner.invoke(cli.main, ["events", "--db", str(db), "--mentions"]).stdout
    [pair] = json.loads(runner.invoke(cli.main, ["dyads", "--db", str(db), "--json"]).stdout)
    assert (pair["events"], pair["mentions"]) == (1, 2)
    monthly = runner.invoke(cli.main, ["dyads", "--db", str(db), "--period", "month", "--json"])
    assert [(row["period"], row["events"]) for row in json.loads(monthly.stdout)] == [("2021-04-01", 1)]
    table = runner.invoke(cli.main, ["dyads", "--db", str(db), "--period", "month"]).stdout
    assert "period" in table and "2021-04-01" in table


def test_query_on_a_missing_database_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(cli.main, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "eventwire ingest" in result.stderr


def test_bad_date_filter_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(cli.main, ["events", "--since", "April"])
    assert result.exit_code == 2 and "ISO date" in result.stderr


def test_demo_ingests_and_summarises(runner, fake_pipeline, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write_articles(tmp_path / "examples")
    result = runner.invoke(cli.main, ["demo"])
    assert result.exit_code == 0, result.output
    assert "2 documents, 1 events (1 mentions)" in result.stdout and "Top dyads" in result.stdout
    assert "RUS → AGREE 030 → PAK  [asserted] (d1)" in result.stdout and "Russia agreed to supply gear." in result.stdout
    assert (tmp_path / "eventwire-demo.duckdb").exists()


def test_demo_without_examples_is_a_usage_error(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli.main, ["demo"])
    assert result.exit_code == 2 and "eventwire demo PATH" in result.stderr


def test_eval_prints_the_report_and_writes_json(runner, tmp_path, monkeypatch):
    seen = {}

    def evaluate_files(paths, *, load_resources):
        seen["paths"], seen["loader"] = paths, load_resources
        return {"events": {"f1": 0.5}}

    fake = types.SimpleNamespace(evaluate_files=evaluate_files, render_report=lambda report: f"F1 {report['events']['f1']}")
    monkeypatch.setitem(sys.modules, "eventwire.evaluate", fake)
    gold = tmp_path / "gold.xml"
    gold.write_text("<x/>", encoding="utf-8")
    result = runner.invoke(cli.main, ["eval", str(gold), "--report", str(tmp_path / "r.json")])
    assert result.exit_code == 0, result.output
    assert "F1 0.5" in result.stdout and seen["paths"] == [gold] and seen["loader"] is seams.load_resources
    assert json.loads((tmp_path / "r.json").read_text()) == {"events": {"f1": 0.5}}


def test_ingest_with_a_bad_dictionary_exits_2_before_creating_a_database(runner, monkeypatch, tmp_path):
    from eventwire.errors import DictionaryError

    def broken(**options):
        raise DictionaryError("E202", "gone.txt", None, "cannot read")

    monkeypatch.setattr(seams, "load_resources", broken)
    db = tmp_path / "never.duckdb"
    result = runner.invoke(cli.main, ["ingest", str(write_articles(tmp_path / "in")), "--db", str(db)])
    assert result.exit_code == 2 and "gone.txt" in result.stderr and not db.exists()
