"""`eventwire actors lookup`: the explanation, dated role choice, user files and their errors."""

from __future__ import annotations

import json

from click.testing import CliRunner

from eventwire.cli import main


def test_lookup_explains_alias_and_dated_role():
    result = CliRunner().invoke(main, ["actors", "lookup", "Sergei Lavrov", "--date", "2020-01-01"])
    assert result.exit_code == 0, result.output
    assert "dictionary alias" in result.output and "Sergey Lavrov" in result.output
    assert "* RUSGOV" in result.output and "Foreign Minister" in result.output


def test_lookup_with_user_file_and_json(tmp_path):
    path = tmp_path / "extra.csv"
    path.write_text("name,kind,code,aliases,from,to,role\nShehbaz Sharif,person,PAKGOV,Shahbaz Sharif,"
                    "2022-04-11,2023-08-14,Prime Minister\n")
    result = CliRunner().invoke(main, ["actors", "lookup", "Shahbaz Sharif", "--date", "2022-06-01",
                                       "--actors", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["route"] == "dictionary alias" and data["code"] == "PAKGOV" and data["role"] == "Prime Minister"


def test_lookup_rejects_malformed_user_file(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("actors:\n  - name: X\n    roles:\n      - {code: PAKGOV, from: soon}\n")
    result = CliRunner().invoke(main, ["actors", "lookup", "X", "--actors", str(path)])
    assert result.exit_code == 2
    assert "E201" in result.output and "bad.yaml:4" in result.output and "YYYY-MM-DD" in result.output


def test_lookup_rejects_bad_date():
    result = CliRunner().invoke(main, ["actors", "lookup", "Russia", "--date", "last week"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_lookup_shows_the_deciding_source_for_the_date():
    result = CliRunner().invoke(main, ["actors", "lookup", "Jim Mattis", "--date", "2018-10-16"])
    assert result.exit_code == 0, result.output
    assert "resolves to: code USAGOV" in result.output and "role Secretary of Defense" in result.output
    assert "decided by source: curated, exact dates" in result.output
    snapshot = CliRunner().invoke(main, ["actors", "lookup", "Bekir Pakdemirli", "--date", "2019-01-01"])
    assert "decided by source: cia, snapshot window (snapshot of 2019-06-04, valid 2018-06-04 - 2020-06-03" \
        in snapshot.output
    data = json.loads(CliRunner().invoke(main, ["actors", "lookup", "Donald Trump", "--date", "2018-10-16",
                                                "--json"]).output)
    assert data["source"]["id"] == "us_executive" and data["source"]["licence"] == "CC0 1.0"
    assert [role["chosen"] for role in data["roles"]] == [True, False]


def test_lookup_lists_candidates_and_leaves_an_ambiguous_name_unresolved():
    result = CliRunner().invoke(main, ["actors", "lookup", "Andrew Mitchell", "--date", "2016-01-01"])
    assert result.exit_code == 0, result.output
    assert "left unresolved" in result.output and "resolves to: code -" in result.output
    assert "candidates (2):" in result.output and "[phoenix]" in result.output and "[ifg]" in result.output
