"""HTTP hardening: the Host allow-list (DNS rebinding), security headers, errors that echo no input and leak
no path or process, HEAD on GET routes; and `sql`, one statement at a time."""

from __future__ import annotations

import duckdb
import pytest
from click.testing import CliRunner

from eventwire import cli
from eventwire.store.faults import store_error

BIG = "x" * 50_000  # httpx refuses longer URLs; uvicorn with httptools would take 100 KB


@pytest.fixture(scope="module")
def app(corpus_db):
    from eventwire.server import create_app

    return create_app(corpus_db[1], allowed_hosts=["events.example.org"])


@pytest.fixture(scope="module")
def local(app, test_client):
    return test_client(app)


@pytest.mark.parametrize("host, status", [
    ("127.0.0.1:8000", 200), ("localhost", 200), ("LOCALHOST:8000", 200), ("[::1]:8000", 200),
    ("events.example.org", 200),  # named with --allow-host
    ("attacker.example", 400), ("127.0.0.1.attacker.example", 400), ("", 400), ("localhost.:8000", 400),
])
def test_only_this_server_s_names_are_answered(local, host, status):
    response = local.get("/api/health", headers={"Host": host})
    assert response.status_code == status
    if status == 400:
        assert "counts" not in response.text and "attacker" not in response.text


def test_every_answer_carries_the_security_headers(local):
    for path in ("/", "/api/health", "/static/app.js", "/api/events?plover=HUG", "/nothing-here"):
        headers = local.get(path).headers
        assert "default-src 'self'" in headers["content-security-policy"]
        assert "frame-ancestors 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
    refused = local.get("/", headers={"Host": "attacker.example"})
    assert refused.headers["x-content-type-options"] == "nosniff"


def test_errors_do_not_echo_what_was_sent(local):
    answers = [local.get("/api/events", params={"plover": BIG}), local.get("/api/events", params={"actor": BIG}),
               local.get("/api/events", params={"limit": BIG}), local.get("/api/dyads", params={"dyad": BIG}),
               local.get("/api/timeline", params={"first": "RUS", "second": BIG}),
               local.get("/api/documents/" + BIG)]
    assert [answer.status_code for answer in answers] == [400, 400, 422, 400, 400, 404]
    for answer in answers:
        assert "xxxxxxxx" not in answer.text and len(answer.content) < 1000
    assert "plover" in answers[0].text and "limit" in answers[2].text  # the parameter is still named


def test_a_store_fault_is_answered_without_paths_or_process_ids(app, local, monkeypatch):
    locked = duckdb.IOException('IO Error: Could not set lock on file "/home/me/secret/events.duckdb": Conflicting '
                                'lock is held in /usr/bin/python3.11 (PID 4242). See also https://duckdb.org')

    def fail():
        raise store_error(locked, "/home/me/secret/events.duckdb")

    monkeypatch.setattr(app.state.health, "report", fail)
    response = local.get("/api/health")
    assert response.status_code == 503 and response.json()["code"] == "E402"
    assert response.headers["retry-after"]
    for leak in ("/home/me", "secret", "python3", "4242", "duckdb.org"):
        assert leak not in response.text


@pytest.mark.parametrize("path", ["/", "/api/health", "/api/events?limit=3", "/static/style.css"])
def test_head_answers_as_get_without_a_body(local, path):
    head, get = local.head(path), local.get(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b"" and head.headers["content-length"] == get.headers["content-length"]


def test_sql_runs_one_statement_at_a_time(corpus_db):
    db = ["--db", str(corpus_db[1])]
    two = CliRunner().invoke(cli.main, ["sql", "SELECT 1; SELECT count(*) FROM documents", *db])
    assert two.exit_code == 1 and "[E404]" in two.output and "one statement at a time" in two.output
    one = CliRunner().invoke(cli.main, ["sql", "SELECT count(*) AS n FROM documents;", "--json", *db])
    assert one.exit_code == 0 and '"n": 536' in one.output
