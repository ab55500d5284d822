"""`timeline`, `events` and `dyads` take country names, and say which codes the store has when an argument
names none of them (it used to print an empty table)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventwire import cli
from synthetic_corpus import SEED, ingested_corpus


@pytest.fixture(scope="module")
def db():
    return str(ingested_corpus(SEED)[1])


def run(*arguments):
    return CliRunner().invoke(cli.main, list(arguments))


def test_timeline_reads_country_names_as_their_codes(db):
    by_name = run("timeline", "Russia", "Pakistan", "--json", "--db", db)
    by_code = run("timeline", "RUS", "PAK", "--json", "--db", db)
    assert by_name.exit_code == 0 and by_code.exit_code == 0
    assert json.loads(by_name.stdout) == json.loads(by_code.stdout) and json.loads(by_name.stdout)["rows"]
    assert "'Russia' read as RUS" in by_name.stderr and "'Pakistan' read as PAK" in by_name.stderr


def test_events_and_dyads_read_names_too(db):
    for command in ("events", "dyads"):
        named = run(command, "--actor", "the United States", "--json", "--limit", "500", "--db", db)
        coded = run(command, "--actor", "USA", "--json", "--limit", "500", "--db", db)
        assert named.exit_code == 0 and json.loads(named.stdout) == json.loads(coded.stdout) != []
    pair = run("events", "--dyad", "France", "Germany", "--json", "--db", db)
    assert pair.exit_code == 0 and json.loads(pair.stdout)


@pytest.mark.parametrize("arguments, problem", [
    (["timeline", "Atlantis", "PAK"], "FIRST 'Atlantis' is neither a code with events nor a name eventwire knows"),
    (["timeline", "RUS", "Brazil"], "SECOND 'Brazil' is BRA, which has no events in the store"),
    (["timeline", "RUS", "BRA"], "SECOND 'BRA': the store has no events for BRA"),
    (["events", "--actor", "Atlantis"], "--actor 'Atlantis' is neither"),
])
def test_an_argument_without_events_is_a_usage_error_listing_the_codes(db, arguments, problem):
    result = run(*arguments, "--db", db)
    assert result.exit_code == 2 and problem in result.output
    assert "it has events for CHN (120), RUS (120), USA (120)" in result.output


def test_a_code_with_events_passes_unchanged_even_when_none_match_the_other_filters(db):
    result = run("events", "--actor", "RUS", "--since", "2030-01-01", "--json", "--db", db)
    assert result.exit_code == 0 and json.loads(result.stdout) == []
