"""The real pipeline on worker processes and on a local Dask cluster gives the serial records.

Serial is the single-process path, computed in this process; the workers import the code anew, so
a source tree edited during the run can make them differ (CI's tree is not edited).

Slow: each run starts two workers that load the model. Inputs: the bundled demo articles, one
.txt, and a JSON-lines file with a broken line between two good ones.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire import cli
from eventwire.ingest import extract_inputs, read_inputs
from eventwire.pipeline import extract_many
from eventwire.runners import extract_parallel
from eventwire.store import Store

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
MAX_BYTES = 5_000_000

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    folder = tmp_path_factory.mktemp("inputs")
    first, second = (EXAMPLES / "demo_articles.jsonl").read_text(encoding="utf-8").splitlines()[:2]
    (folder / "mixed.jsonl").write_text(f"{first.replace('demo-', 'copy-')}\n{{not json\n"
                                        f"{second.replace('demo-', 'copy-')}\n", encoding="utf-8")
    return [str(EXAMPLES / "demo_articles.jsonl"), str(EXAMPLES / "demo_article.txt"), str(folder / "mixed.jsonl")]


@pytest.fixture(scope="module")
def serial(inputs, resources) -> list[dict]:
    """The records of the single-process path, as `eventwire extract` computes them."""
    items = read_inputs(inputs, max_bytes=MAX_BYTES)
    return [record.to_dict() for record in extract_inputs(items, resources=resources, extract_many=extract_many)]


def test_the_inputs_hold_one_broken_line_and_coded_documents(serial):
    errors = [record["error"] for record in serial if record["error"]]
    assert len(serial) == 11 and len(errors) == 1 and "[E105]" in errors[0]
    assert all(record["events"] for record in serial if not record["error"])


def test_two_worker_processes_give_the_serial_records_in_input_order(inputs, serial):
    records = extract_parallel(read_inputs(inputs, max_bytes=MAX_BYTES), workers=2, batch_size=2)
    assert [record.to_dict() for record in records] == serial


def test_ingest_with_two_workers_stores_what_serial_stores_and_reingest_adds_nothing(inputs, serial, tmp_path):
    from eventwire.schema import DocumentRecord

    with Store(tmp_path / "serial.duckdb") as store:
        store.write(DocumentRecord.from_dict(record) for record in serial)
        expected = store.counts()
    database = str(tmp_path / "parallel.duckdb")
    runner = CliRunner()
    first = runner.invoke(cli.main, ["ingest", *inputs, "--db", database, "--workers", "2"])
    again = runner.invoke(cli.main, ["ingest", *inputs, "--db", database, "--workers", "2"])
    assert first.exit_code == 1 and first.stdout.strip() == "10 new, 0 unchanged, 0 replaced, 1 failed"
    assert again.exit_code == 1 and again.stdout.strip() == "0 new, 10 unchanged, 0 replaced, 1 failed"
    assert "mixed.jsonl:2: [E105]" in first.stderr
    with Store(database, read_only=True) as store:
        assert store.counts() == expected and expected["events"] > 0


def test_extract_on_a_local_dask_cluster_prints_the_serial_output(inputs, serial):
    result = CliRunner().invoke(cli.main, ["extract", *inputs, "--engine", "dask", "--workers", "2"])
    assert result.exit_code == 1
    assert [json.loads(line) for line in result.stdout.splitlines()] == serial


def test_workers_resolve_with_the_learned_aliases_they_are_sent(resources):
    from dataclasses import replace
    from datetime import date

    from eventwire.actors.aliases import AliasTable, LearnedAlias
    from eventwire.runners import ResourceOptions
    from eventwire.schema import DocInput

    day = date(2019, 3, 1)
    table = AliasTable((LearnedAlias("Otieno", "Kamau Otieno", "KENGOV", "interior minister", day, day, 1, "a"),))
    later = [DocInput(id=f"later-{n}", published="2019-06-10",
                      text="Otieno defended the curfew on Monday, saying it had cut crime in Nairobi.") for n in range(3)]
    serial = [record.to_dict() for record in extract_many(later, resources=replace(resources, aliases=table))]
    parallel = [record.to_dict() for record in extract_parallel(
        later, workers=2, batch_size=1, resource_options=ResourceOptions(aliases=table))]
    assert parallel == serial
    assert {actor["code"] for record in parallel for actor in record["actors"] if actor["name"] == "Kamau Otieno"} \
        == {"KENGOV"}
