"""evaluate_files: read each gold file, run the pipeline on its sentences, score, and report."""

from __future__ import annotations

import copy
import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Callable, Iterable

from eventwire import __version__
from eventwire.errors import EventwireError
from eventwire.evaluate import formats, readers
from eventwire.evaluate.gold import PetrarchFile
from eventwire.evaluate.scorers import actors, conflibert, petrarch, plover
from eventwire.evaluate.scorers import geoparsing, polnear
from eventwire.runners.options import ResourceOptions
from eventwire.schema import DocInput, DocumentRecord

REPORT_SCHEMA = "eventwire-eval/1"


@dataclass(frozen=True)
class DictionaryConfig:
    """One way of loading resources; `label` names it in the report."""

    label: str = "default"
    options: ResourceOptions = ResourceOptions()


DEFAULT_DICTIONARIES = DictionaryConfig()


class ResourceCache:
    """Loads resources once per dictionary configuration, sharing the first spaCy model."""

    def __init__(self, load_resources: Callable[..., Any]):
        self._load = load_resources
        self._loaded: dict[DictionaryConfig, Any] = {}
        self._nlp = None

    def get(self, config: DictionaryConfig) -> Any:
        key = config.options
        if key not in self._loaded:
            # empty optional lists are left out: stand-in loaders in tests take only what they use
            keywords = {name: value for name, value in key.keywords().items()
                        if value or name not in ("discard_files", "pico_files")}
            resources = self._load(**keywords, nlp=self._nlp)
            self._nlp = self._nlp or resources.nlp
            self._loaded[key] = resources
        return self._loaded[key]


def evaluate_files(paths: list[Path], *, load_resources: Callable[..., Any],
                   extract_many: Callable[..., Iterable[DocumentRecord]] | None = None) -> dict:
    """A JSON-able report scoring the pipeline against each gold file. `extract_many(articles, *,
    resources)` defaults to eventwire.pipeline.extract_many (tests pass a stand-in)."""
    if extract_many is None:
        from eventwire.pipeline import extract_many
    cache = ResourceCache(load_resources)
    files = [_evaluate_file(Path(path), cache, extract_many) for path in paths]
    return {"schema": REPORT_SCHEMA, "eventwire": __version__, "files": files}


def _evaluate_file(path: Path, cache: ResourceCache, extract: Callable) -> dict:
    started = time.perf_counter()
    try:
        kind = formats.detect_format(path)
        entry = _SCORE_BY_FORMAT[kind](path, cache, extract)
    except EventwireError as exc:
        entry = {"format": None, "records": 0, "metrics": {}, "confusion": {}, "error": str(exc)}
    return {"path": str(path), **entry, "seconds": round(time.perf_counter() - started, 2)}


def _predict(documents: list[DocInput], resources: Any, extract: Callable) -> dict[str, DocumentRecord]:
    """Records by input id; extract_many yields them in input order (batched spaCy parsing)."""
    records = list(extract(documents, resources=resources))
    return {document.id: record for document, record in zip(documents, records, strict=True)}


def _score_plover(path: Path, cache: ResourceCache, extract: Callable) -> dict:
    gold = readers.read_plover_json(path)
    predictions = _predict(plover.documents(gold), cache.get(DEFAULT_DICTIONARIES), extract)
    metrics, table = plover.score(gold, predictions)
    actor_metrics = actors.score(actors.plover_actor_docs(plover.group_by_sentence(gold)), predictions)
    metrics.update({f"actor_{key}": value for key, value in actor_metrics.items()
                    if key not in ("documents", "pipeline_errors", "per_label")})
    return {"format": formats.PLOVER_GSR, "records": len(gold), "metrics": metrics, "confusion": table}


def _score_conflibert(path: Path, cache: ResourceCache, extract: Callable) -> dict:
    gold = readers.read_conflibert_tsv(path)
    predictions = _predict(conflibert.documents(gold), cache.get(DEFAULT_DICTIONARIES), extract)
    metrics, table = conflibert.score(gold, predictions)
    return {"format": formats.CONFLIBERT_TSV, "records": len(gold), "metrics": metrics, "confusion": table}


def _score_petrarch(path: Path, cache: ResourceCache, extract: Callable) -> dict:
    """Scored with the file's own dictionaries when they are next to it, and with the defaults.
    The first run that loaded is the file's headline; every run is listed under `runs`."""
    gold_file = readers.read_petrarch_xml(path)
    runs = [_petrarch_run(gold_file, config, cache, extract) for config in _petrarch_configs(gold_file, path)]
    headline = next(run for run in runs if "error" not in run or run["label"] == DEFAULT_DICTIONARIES.label)
    return {"format": formats.PETRARCH_XML, "records": len(gold_file.records), "dictionaries": headline["label"],
            "metrics": headline.get("metrics", {}), "confusion": headline.get("confusion", {}), "runs": runs}


def _petrarch_configs(gold_file: PetrarchFile, path: Path) -> list[DictionaryConfig]:
    own = gold_file.environment.resolve(path)
    if own is None:
        return [DEFAULT_DICTIONARIES]
    actors, verbs, agents = own
    discards = tuple(gold_file.environment.resolve_discards(path))
    pico = tuple(gold_file.environment.resolve_pico(path))
    options = ResourceOptions(actor_files=tuple(actors), verb_file=verbs, agent_files=tuple(agents),
                              use_default_dictionaries=False, discard_files=discards, pico_files=pico)
    return [DictionaryConfig("file dictionaries", options), DEFAULT_DICTIONARIES]


def _petrarch_run(gold_file: PetrarchFile, config: DictionaryConfig, cache: ResourceCache,
                  extract: Callable) -> dict:
    files = [str(name) for name in config.options.files]
    run: dict[str, Any] = {"label": config.label, "dictionary_files": files}
    try:
        resources = cache.get(config)
    except Exception as exc:  # a dictionary the loader rejects is a finding to report, not a crash
        run["error"] = f"{type(exc).__name__}: {exc}"
        return run
    predictions = _predict_with_options(gold_file.records, resources, extract)
    run["metrics"], run["confusion"] = petrarch.score(gold_file.records, predictions)
    run["failures"] = petrarch.failures(gold_file.records, predictions)
    return run


def _predict_with_options(records: list, resources: Any, extract: Callable) -> dict[str, DocumentRecord]:
    """Each record coded under the coder options its file's <Config> lines set for it."""
    predictions: dict[str, DocumentRecord] = {}
    for options in dict.fromkeys(record.options for record in records):
        group = [record for record in records if record.options == options]
        predictions.update(_predict(petrarch.documents(group), _with_options(resources, options), extract))
    return predictions


def _with_options(resources: Any, options: Any) -> Any:
    """A shallow copy carrying other coder options (the model and dictionaries are shared)."""
    configured = copy.copy(resources)
    configured.coder_options = options
    return configured


def _score_actor_spans(path: Path, cache: ResourceCache, extract: Callable, *, kind: str) -> dict:
    """Actor resolution against gold spans: ConfliBERT NER (silver countries) or re3d (state locations only)."""
    resources = cache.get(DEFAULT_DICTIONARIES)
    if kind == formats.RE3D:
        gold = actors.actor_locations_only(readers.read_re3d(path), kb=resources.kb)
    else:
        gold = actors.with_silver_countries(readers.read_conflibert_ner(path), kb=resources.kb)
    metrics = actors.score(gold, _predict(actors.documents(gold), resources, extract))
    return {"format": kind, "records": len(gold), "metrics": metrics, "confusion": {}}


def _score_geoparsing(path: Path, cache: ResourceCache, extract: Callable) -> dict:
    from eventwire.evaluate.readers.geoparsing import read_geoparsing_xml

    articles = read_geoparsing_xml(path)
    resources = cache.get(DEFAULT_DICTIONARIES)
    gazetteer = resources.gazetteer
    metrics, table = geoparsing.score(
        articles, _predict(geoparsing.documents(articles), resources, extract),
        country_of_point=geoparsing.NearestCountry(gazetteer.points()),
        country_of_name=gazetteer.country_code, is_demonym=gazetteer.is_demonym,
        is_supranational=geoparsing.SupranationalGold(gazetteer.countryless_regions))
    return {"format": formats.GEOPARSING_XML, "records": len(articles), "metrics": metrics, "confusion": table}


def _score_polnear(path: Path, cache: ResourceCache, extract: Callable) -> dict:
    from eventwire.evaluate.readers.polnear import read_polnear

    articles = read_polnear(path)
    predictions = _predict(polnear.documents(articles), cache.get(DEFAULT_DICTIONARIES), extract)
    metrics, table = polnear.score(articles, predictions)
    return {"format": formats.POLNEAR_BRAT, "records": len(articles), "metrics": metrics, "confusion": table}


_SCORE_BY_FORMAT = {
    formats.PLOVER_GSR: _score_plover,
    formats.PETRARCH_XML: _score_petrarch,
    formats.CONFLIBERT_TSV: _score_conflibert,
    formats.CONFLIBERT_NER: partial(_score_actor_spans, kind=formats.CONFLIBERT_NER),
    formats.RE3D: partial(_score_actor_spans, kind=formats.RE3D),
    formats.GEOPARSING_XML: _score_geoparsing,
    formats.POLNEAR_BRAT: _score_polnear,
}
