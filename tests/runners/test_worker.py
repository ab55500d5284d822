"""What a worker does with a batch, in-process with a fake model: resources load once per process."""

from __future__ import annotations

import pytest

import eventwire.pipeline
from eventwire.runners import ResourceOptions, worker
from eventwire.schema import DocInput, DocumentRecord


@pytest.fixture()
def loads(monkeypatch):
    """Fake Resources loading and pipeline; returns the list of options loaded."""
    loaded = []

    def load(options):
        loaded.append(options)
        return f"resources for {options.use_default_dictionaries}"

    def extract_many(articles, *, resources):
        return (DocumentRecord(doc_id=article.id, source=resources) for article in articles)

    monkeypatch.setattr(ResourceOptions, "load", load)
    monkeypatch.setattr(eventwire.pipeline, "extract_many", extract_many)
    monkeypatch.setattr(worker, "_loaded", {})
    return loaded


def test_a_worker_loads_its_resources_once_for_every_batch(loads):
    options = ResourceOptions()
    first = worker.extract_batch(options, [DocInput(id="a", text="x"), DocInput(id="b", text="y")])
    second = worker.extract_batch(ResourceOptions(), [DocInput(id="c", text="z")])
    assert [record.doc_id for record in first + second] == ["a", "b", "c"]
    assert {record.source for record in first + second} == {"resources for True"}
    assert loads == [options]


def test_other_options_replace_the_loaded_resources(loads):
    worker.extract_batch(ResourceOptions(), [])
    [record] = worker.extract_batch(ResourceOptions(use_default_dictionaries=False), [DocInput(id="a", text="x")])
    assert record.source == "resources for False" and len(loads) == 2 and len(worker._loaded) == 1


def test_a_new_alias_table_is_swapped_in_without_reloading(monkeypatch):
    """Each ingest run sends its snapshot of the learned aliases; a worker keeps its model."""
    from datetime import date
    from types import SimpleNamespace

    from eventwire.actors.aliases import AliasTable, LearnedAlias
    from eventwire.resources import Resources

    loaded = []

    def load(options):
        loaded.append(options)
        return Resources(nlp=None, kb=SimpleNamespace(user_names={"ruto"}), verbs=None, codebook=None,
                         gazetteer=None, tone_lexicon=None)

    seen = []
    monkeypatch.setattr(ResourceOptions, "load", load)
    monkeypatch.setattr(eventwire.pipeline, "extract_many", lambda articles, *, resources: seen.append(resources) or [])
    monkeypatch.setattr(worker, "_loaded", {})
    day = date(2019, 3, 1)
    otieno = LearnedAlias("Otieno", "Kamau Otieno", "KENGOV", None, day, day)
    ruto = LearnedAlias("Ruto", "William Ruto", "KENGOV", None, day, day)
    worker.extract_batch(ResourceOptions(), [])
    worker.extract_batch(ResourceOptions(aliases=AliasTable((otieno, ruto))), [])
    worker.extract_batch(ResourceOptions(aliases=AliasTable((otieno,))), [])
    assert loaded == [ResourceOptions()]  # one load for the three runs
    assert [resources.aliases for resources in seen] == [None, AliasTable((otieno,)), AliasTable((otieno,))]
    assert len(worker._loaded) == 2  # the loaded resources and the last run's
