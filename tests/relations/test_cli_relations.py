"""`timeline`, `network`, `export`, `import-gdelt` and `sql` against the synthetic corpus's database."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventwire import cli
from synthetic_corpus import SEED, ingested_corpus


@pytest.fixture(scope="module")
def db():
    return str(ingested_corpus(SEED)[1])


def run(*args):
    return CliRunner().invoke(cli.main, [str(arg) for arg in args])


def test_timeline_table_trend_and_json(db):
    result = run("timeline", "RUS", "PAK", "--db", db)
    assert result.exit_code == 0, result.output
    assert "RUS – PAK per month" in result.stdout and "Trend: warming" in result.stdout
    data = json.loads(run("timeline", "usa", "chn", "--period", "quarter", "--json", "--db", db).stdout)
    assert len(data["rows"]) == 8 and data["trend"]["verdict"] == "cooling"


def test_timeline_plot(db, tmp_path):
    pytest.importorskip("matplotlib")
    result = run("timeline", "RUS", "PAK", "--db", db, "--plot", tmp_path / "t.svg")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "t.svg").read_text().lstrip().startswith("<?xml")
    assert run("timeline", "RUS", "PAK", "--db", db, "--plot", tmp_path / "t.png").exit_code == 0
    assert (tmp_path / "t.png").read_bytes()[:4] == b"\x89PNG"
    bad = run("timeline", "RUS", "PAK", "--db", db, "--plot", tmp_path / "t.gif")
    assert bad.exit_code == 1 and "E406" in bad.output


def test_network_table_and_json(db):
    result = run("network", "--db", db)
    assert result.exit_code == 0, result.output and "bloc 0:" in result.stdout
    data = json.loads(run("network", "--json", "--min-events", 50, "--db", db).stdout)
    assert {(edge["a"], edge["b"]) for edge in data["edges"]} == {("PAK", "RUS"), ("CHN", "USA"), ("DEU", "FRA")}


def test_export_and_import_gdelt_through_the_cli(db, tmp_path):
    out = tmp_path / "events.CSV"
    assert run("export", "--format", "gdelt", "--db", db, "-o", out).exit_code == 0
    result = run("import-gdelt", out, "--db", tmp_path / "g.duckdb")
    assert result.exit_code == 0 and f"{len(out.read_text().splitlines())} new" in result.stdout
    again = run("export", "--format", "gdelt", "--db", tmp_path / "g.duckdb")
    assert again.stdout == out.read_text()
    assert run("export", "--format", "parquet", "--db", db).exit_code == 2  # needs -o
    lines = run("export", "--format", "jsonl", "--db", db).stdout.splitlines()
    assert json.loads(lines[0])["mentions"]


def test_sql_reads_views_and_cannot_write(db, tmp_path):
    result = run("sql", "SELECT count(*) AS n FROM v_dyad_month WHERE country_a = 'PAK'", "--json", "--db", db)
    assert json.loads(result.stdout) == [{"n": 24}]
    for statement in ("DELETE FROM events", "CREATE TABLE x (y INTEGER)",
                      f"COPY events TO '{tmp_path / 'leak.csv'}'"):
        refused = run("sql", statement, "--db", db)
        assert refused.exit_code == 1 and "E404" in refused.output, statement
    assert not (tmp_path / "leak.csv").exists()
    assert "v_events" in run("sql", "--help").stdout
