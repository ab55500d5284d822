"""`eventwire serve`: options, the store check before starting, and the hand-over to uvicorn."""

from __future__ import annotations

from click.testing import CliRunner

from eventwire import cli


def test_serve_runs_uvicorn_with_the_app(corpus_db, monkeypatch):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.append((app, options)))
    result = CliRunner().invoke(cli.main, ["serve", "--db", str(corpus_db[1]), "--port", "8123"])
    assert result.exit_code == 0, result.output
    (app, options), = calls
    assert app.state.db_path == corpus_db[1] and options["host"] == "127.0.0.1" and options["port"] == 8123


def test_serve_uses_the_default_database(corpus_db, monkeypatch):
    import uvicorn

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **options: calls.append(app))
    monkeypatch.setenv("EVENTWIRE_DB", str(corpus_db[1]))
    assert CliRunner().invoke(cli.main, ["serve"]).exit_code == 0
    assert calls[0].state.db_path == corpus_db[1]


def test_serve_refuses_a_missing_store(tmp_path):
    result = CliRunner().invoke(cli.main, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert result.exit_code == 2 and "E401" in result.output and "none.duckdb" in result.output


def test_serve_help_lists_its_options():
    result = CliRunner().invoke(cli.main, ["serve", "--help"])
    assert all(option in result.output for option in ("--db", "--host", "--port"))
