"""Runner options on the command line: conflicts and an unreachable scheduler are usage errors."""

from __future__ import annotations

import socket
import time
from pathlib import Path

from click.testing import CliRunner

from eventwire import cli
from eventwire.runners import run


def free_port() -> int:
    """A localhost port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_unreachable_scheduler_exits_2_within_the_timeout(tmp_path, monkeypatch):
    monkeypatch.setattr(run, "DEFAULT_CONNECT_TIMEOUT", 1.0)
    (tmp_path / "a.txt").write_text("Russia agreed with Pakistan.", encoding="utf-8")
    address = f"tcp://127.0.0.1:{free_port()}"
    started = time.monotonic()
    result = CliRunner().invoke(cli.main, ["extract", str(tmp_path / "a.txt"), "--scheduler", address])
    assert result.exit_code == 2 and result.stdout == ""
    assert f"[E602] cannot reach the Dask scheduler at {address} within 1 s" in result.stderr
    assert time.monotonic() - started < 10


def test_workers_with_a_scheduler_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text("Russia agreed.", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "x.duckdb"),
                                           "--workers", "2", "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 2 and "[E601]" in result.stderr and "leave --workers out" in result.stderr


def test_workers_must_be_positive(tmp_path):
    (tmp_path / "a.txt").write_text("Russia agreed.", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["extract", str(tmp_path / "a.txt"), "--workers", "0"])
    assert result.exit_code == 2 and "--workers" in result.stderr


def test_help_lists_the_runner_options():
    for command in ("extract", "ingest"):
        result = CliRunner().invoke(cli.main, [command, "--help"])
        assert all(option in result.output for option in ("--workers", "--engine", "--scheduler"))


def test_the_dictionary_options_travel_to_the_workers(tmp_path, monkeypatch):
    """The workers get what load_resources would have got, as absolute paths."""
    from eventwire.runners import ResourceOptions

    seen = {}

    def extract_parallel(items, **options):
        seen.update(options)
        return iter(())

    monkeypatch.setattr(run, "extract_parallel", extract_parallel)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Russia agreed.", encoding="utf-8")
    (tmp_path / "mine.yaml").write_text("actors: []\n", encoding="utf-8")
    result = CliRunner().invoke(cli.main, ["extract", "a.txt", "--workers", "2", "--actors", "mine.yaml",
                                           "--no-default-dictionaries"])
    assert result.exit_code == 0, result.output
    assert seen["workers"] == 2 and seen["engine"] is None and seen["scheduler"] is None
    assert seen["resource_options"] == ResourceOptions(actor_files=(Path.cwd() / "mine.yaml",),
                                                       use_default_dictionaries=False)
