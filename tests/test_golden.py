"""Golden-file tests: the whole record for each demo article must equal the reviewed output in
tests/golden/. When a change improves the output on purpose, regenerate with
`python scripts/update_golden.py` and review the diff."""

from __future__ import annotations

import json

import pytest

from golden import demo_articles, golden_path

from eventwire.contract import contract_problems
from eventwire.pipeline import extract_many

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def demo_records(resources):
    return {record.doc_id: record.to_dict() for record in extract_many(demo_articles(), resources=resources)}


def test_every_demo_article_has_a_golden_file(demo_records):
    assert demo_records, "no demo articles found in examples/"
    missing = [doc_id for doc_id in demo_records if not golden_path(doc_id).exists()]
    assert not missing, f"no golden output for {missing}: run scripts/update_golden.py"


def test_demo_records_conform_to_the_contract(demo_records):
    for doc_id, record in demo_records.items():
        assert record["error"] is None, record["error"]
        assert contract_problems(record) == [], doc_id


@pytest.mark.parametrize("doc_id", [article.id for article in demo_articles()])
def test_output_matches_golden(doc_id, demo_records):
    expected = json.loads(golden_path(doc_id).read_text(encoding="utf-8"))
    assert demo_records[doc_id] == expected
