"""Input options of `extract`/`ingest`: CSV column maps (reading: tests/ingest/test_csv.py)."""

from __future__ import annotations

import csv

from click.testing import CliRunner

from eventwire import cli


def write_csv(path, header, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def test_ingest_reads_a_csv_with_column_flags(tmp_path, fake_pipeline, runner):
    path = write_csv(tmp_path / "feed.csv", ["guid", "body"], [["g1", "Russia and Pakistan agreed."],
                                                               ["g2", "Nothing happened."]])
    db = tmp_path / "feed.duckdb"
    result = runner.invoke(cli.main, ["ingest", str(path), "--db", str(db), "--csv-column", "id=guid",
                                      "--csv-column", "text=body"])
    assert result.exit_code == 0, result.output
    assert "2 new" in result.stdout
    refused = CliRunner().invoke(cli.main, ["ingest", str(path), "--db", str(db), "--csv-column", "txt=body"])
    assert refused.exit_code == 2 and "not a field" in refused.output
