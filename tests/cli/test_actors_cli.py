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
