"""Train the learned event model shipped as src/eventwire/data/event_model.npz (card: docs/event_model.md).

    python scripts/train_event_model.py [--shared ../shared] [--folds 5] [--cv-only] [--report cv.json]

Training material (never a dev split):
- eventwire's own annotations of real news, data/annotations/*.jsonl (docs/annotation.md): every
  candidate of an annotated sentence is a row, labelled with its event class or "none"; the event's
  participants label the role rows. The article text comes from Guardian rows 0-199 of
  ../shared/data/news_articles_guardian (the sentences are read in their article, as at run time).
- ConfliBERT's CAMEO training release, ../shared/data/conflibert_cameo/cameo_{class,ner}.train.*: each
  sentence's event is the predicate joining its source and target spans; its five-way class allows the
  event classes of that group, and the spans label the role rows (weight 0.5).
- NGEC's synthetic PLOVER stories: the lead sentence's predicate whose dictionary reading has the story's
  category allows that category's classes (weight 0.3; synthetic, so a supplement only).

Method: the annotated articles are split into `--folds` folds; for each fold the networks are trained on
the other folds plus all of ConfliBERT and NGEC, and the held-out articles are coded through the run-time
path (events/learned.py). Those out-of-fold events, judged against the annotations as a blind reviewer
would (docs/annotation.md section 7: category, source and target country), give the cross-validated
precision/recall, the confidence model (a logistic regression of "right" on the class probability and
the chosen participants, fitted on the other folds and judged on each) and the default threshold. The shipped model
is then trained on everything. Seeded; about 15 minutes on two CPU cores.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from eventwire.actors import resolve_actors  # noqa: E402
from eventwire.evaluate.annotations import AnnotatedSentence, read_rows  # noqa: E402
from eventwire.evaluate.readers.conflibert import read_conflibert_tsv  # noqa: E402
from eventwire.evaluate.readers.conflibert_ner import read_conflibert_ner  # noqa: E402
from eventwire.evaluate.scorers.conflibert import class_of_root  # noqa: E402
from eventwire.events.candidates import EventCandidate, MentionSlot  # noqa: E402
from eventwire.events.codebook import load_codebook  # noqa: E402
from eventwire.events.features import event_inputs, role_inputs  # noqa: E402
from eventwire.events.encoder import load_encoder  # noqa: E402
from eventwire.events.learned import (build_event, choose_roles, confidence_features, one_per_dyad,  # noqa: E402
                                     read_candidates, sentence_work)
from eventwire.events.model import (BIAS_FEATURE, MODALITIES, MODEL_FILE, NO_EVENT, ROLES, EventModel,  # noqa: E402
                                    Layer, class_name, class_parts, save_model)
from eventwire.nlp import build_parsed  # noqa: E402
from eventwire.resources import load_resources  # noqa: E402
from eventwire.schema import DocInput  # noqa: E402
from eventwire.text import prepare_article  # noqa: E402
from eventwire.attributes.dates import parse_published  # noqa: E402

DATA = ROOT / "src" / "eventwire" / "data"
GUARDIAN = "data/news_articles_guardian/Guardian_SDF_sample.csv"
GUARDIAN_DEVELOPMENT_ROWS = 200
CONFLIBERT_CLASS = "data/conflibert_cameo/cameo_class.train.tsv"
CONFLIBERT_NER = "data/conflibert_cameo/cameo_ner.train.txt"
STORIES = "data/plover_synthetic_ngec/gpt_synthetic_events_2023-10-19_19.csv"
WEIGHTS = {"annotation": 1.0, "conflibert": 0.5, "ngec": 0.3}
MIN_FEATURE_COUNT = 2
MIN_NOUN_TRIGGERS = 2
# POLECAT names -> the contract's PLOVER names; conventional weapons are CAMEO 19 (FIGHT)
RENAMED = {"REQUEST": "DEMAND", "ACCUSE": "DISAPPROVE"}
MODE_CATEGORIES = {("ASSAULT", "AERIAL"): "FIGHT", ("ASSAULT", "DRONE"): "FIGHT",
                   ("ASSAULT", "HEAVY-WEAPONS"): "FIGHT", ("ASSAULT", "FIREARMS"): "FIGHT",
                   ("ACCUSE", "INVESTIGATE"): "INVESTIGATE"}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'“])")


# ---------------------------------------------------------------------------------------------------
# Gold material


@dataclass
class GoldParticipant:
    start: int | None          # absolute offsets in the article; None: named in another sentence
    end: int | None
    country: str | None


@dataclass
class GoldEvent:
    start: int
    end: int
    event_class: str
    modality: str
    sources: list[GoldParticipant]
    targets: list[GoldParticipant]


@dataclass
class Material:
    """One document to learn from: its input, and what is known about its events."""

    kind: str                                  # annotation | conflibert | ngec
    article: DocInput
    group: str                                 # annotated article id (folds), else the kind
    gold: list[GoldEvent] = field(default_factory=list)          # annotation: every event
    allowed: set[str] = field(default_factory=set)               # conflibert/ngec: classes allowed
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)   # conflibert: role spans
    plover: str | None = None                                    # ngec: the story's category


def event_classes(codebook) -> list[str]:
    """"none" and every (root, PLOVER category) pair of the codebook."""
    pairs = sorted({(entry.root, entry.plover) for code in codebook.codes() if (entry := codebook.get(code))})
    return [NO_EVENT] + [class_name(root, plover) for root, plover in pairs]


def guardian_materials(shared: Path, rows: list[AnnotatedSentence], codebook) -> list[Material]:
    texts = guardian_texts(shared)
    by_doc: dict[str, list[AnnotatedSentence]] = defaultdict(list)
    first_annotator: dict[tuple[str, int], str] = {}
    for row in sorted(rows, key=lambda r: (r.doc, r.sentence, r.annotator)):
        first_annotator.setdefault(row.key, row.annotator)
        if first_annotator[row.key] == row.annotator:     # one label per sentence (doubles: the first)
            by_doc[row.doc].append(row)
    materials = []
    for doc, labelled in sorted(by_doc.items()):
        position = labelled[0].row
        if position >= GUARDIAN_DEVELOPMENT_ROWS:
            raise SystemExit(f"{doc}: Guardian row {position} is reserved for final reviews")
        text, published = texts[position]
        gold = [event for row in labelled for event in gold_events(row, text, codebook)]
        materials.append(Material("annotation", DocInput(id=doc, text=text, published=published), doc, gold=gold))
    return materials


def guardian_texts(shared: Path) -> dict[int, tuple[str, str]]:
    csv.field_size_limit(sys.maxsize)
    texts = {}
    with (shared / GUARDIAN).open(encoding="utf-8", newline="") as handle:
        for position, row in enumerate(csv.DictReader(handle)):
            if position >= GUARDIAN_DEVELOPMENT_ROWS:
                break
            texts[position] = (row["text"], row["date"])
    return texts


def gold_events(row: AnnotatedSentence, text: str, codebook) -> list[GoldEvent]:
    if text[row.start:row.end] != row.text:
        raise SystemExit(f"{row.doc} sentence {row.sentence}: annotated text no longer at its offsets")
    found = []
    for event in row.events:
        span = event.trigger_span(row.text)
        if span is None:
            continue
        trigger_start = row.start + span[0]
        found.append(GoldEvent(trigger_start, row.start + span[1], class_name(event.root, event.plover),
                               event.modality,
                               [_participant(p, row, span[0]) for p in event.source],
                               [_participant(p, row, span[0]) for p in event.target]))
    return found


def _participant(participant, row: AnnotatedSentence, trigger_at: int) -> GoldParticipant:
    if participant.text is None:
        return GoldParticipant(None, None, participant.country)
    # the occurrence nearest the trigger ("he" may occur twice)
    starts = [m.start() for m in re.finditer(re.escape(participant.text), row.text)]
    start = min(starts, key=lambda s: abs(s - trigger_at)) if starts else 0
    return GoldParticipant(row.start + start, row.start + start + len(participant.text), participant.country)


def conflibert_materials(shared: Path, classes: list[str]) -> list[Material]:
    coarse = {}
    for record in read_conflibert_tsv(shared / CONFLIBERT_CLASS):
        coarse[_normalised(record.text)] = record.label
    materials = []
    for number, gold in enumerate(read_conflibert_ner(shared / CONFLIBERT_NER)):
        label = coarse.get(_normalised(gold.text))
        if label is None:
            continue
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for span in gold.spans:
            spans["source" if span.label in ("source", "reciprocal") else "target"].append((span.start, span.end))
        allowed = {name for name in classes if name != NO_EVENT and class_of_root(class_parts(name)[0]) == label}
        materials.append(Material("conflibert", DocInput(id=f"conflibert-{number}", text=gold.text),
                                  "conflibert", allowed=allowed, spans=dict(spans)))
    return materials


def ngec_materials(shared: Path, classes: list[str]) -> list[Material]:
    materials = []
    with (shared / STORIES).open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            plover = MODE_CATEGORIES.get((row["label"], row["mode"])) or RENAMED.get(row["label"], row["label"])
            allowed = {name for name in classes if class_parts(name)[1] == plover}
            lead = _SENTENCE_END.split(row["text"].strip(), maxsplit=1)[0]
            if allowed and lead:
                materials.append(Material("ngec", DocInput(id=f"ngec-{number}", text=lead), "ngec",
                                          allowed=allowed, plover=plover))
    return materials


def _normalised(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


# ---------------------------------------------------------------------------------------------------
# Parsing and rows


@dataclass
class Parsed:
    material: Material
    parsed: object
    actors: list
    sentences: list = field(default_factory=list)   # SentenceWork of the learned coder


def parse_materials(materials: list[Material], resources) -> list[Parsed]:
    prepared = [prepare_article(material.article) for material in materials]
    docs = resources.nlp.pipe((item.text for item in prepared), batch_size=64)
    done = []
    for material, item, doc in zip(materials, prepared, docs):
        parsed = build_parsed(doc, published=parse_published(item.published, doc_id=material.article.id),
                              boilerplate=item.boilerplate)
        actors = resolve_actors(parsed, kb=resources.kb)
        done.append(Parsed(material, parsed, actors))
    return done


def attach_candidates(done: list[Parsed], resources, *, event_nouns: frozenset[str], encoder) -> None:
    for item in done:
        item.sentences = sentence_work(item.parsed, item.actors, verbs=resources.verbs, event_nouns=event_nouns,
                                       encoder=encoder)


def learned_nouns(done: list[Parsed]) -> frozenset[str]:
    """Noun lemmas annotated as triggers at least MIN_NOUN_TRIGGERS times."""
    counts: Counter = Counter()
    for item in done:
        if item.material.kind != "annotation":
            continue
        doc = item.parsed.doc
        for event in item.material.gold:
            span = doc.char_span(event.start, event.end, alignment_mode="expand")
            if span is not None and span.root.pos_ in ("NOUN", "PROPN"):
                counts[span.root.lemma_.lower()] += 1
    return frozenset(lemma for lemma, count in counts.items() if count >= MIN_NOUN_TRIGGERS)


@dataclass
class Example:
    group: str
    kind: str
    features: list[str]
    dense: np.ndarray
    classes: set[str] | None = None     # allowed event classes (None: no label)
    modality: str | None = None
    where: tuple | None = None          # (sentence text, trigger start, end in it): for inspection


def examples(done: list[Parsed]) -> tuple[list[Example], list[Example]]:
    """Event-network and role-network examples of every parsed document."""
    event_rows, role_rows = [], []
    for item in done:
        material = item.material
        for work in item.sentences:
            rows, dense = event_inputs(work.candidates, work.sent, work.slots, sentence_number=work.number,
                                       vectors=work.vectors)
            for row, vector, candidate in zip(rows, dense, work.candidates):
                label = candidate_label(material, candidate, work.candidates, work.sent)
                if label is None:
                    continue
                classes, modality, roles = label
                where = (work.sent.text, candidate.start - work.sent.start_char, candidate.end - work.sent.start_char)
                event_rows.append(Example(material.group, material.kind, row, vector, classes, modality, where))
                if roles is not None:
                    features, vectors = role_inputs(candidate, work.slots, work.sent, work.vectors)
                    for slot, feature, vector2 in zip(work.slots, features, vectors):
                        role_rows.append(Example(material.group, material.kind, feature, vector2,
                                                 {roles(slot, work.slots)}))
    return event_rows, role_rows


def candidate_label(material: Material, candidate: EventCandidate, candidates: list[EventCandidate], sent):
    """(allowed classes, modality, role labeller) of a candidate, or None when the material says
    nothing about it."""
    if material.kind == "annotation":
        gold = matching_gold(candidate.start, candidate.end, material.gold)
        if gold is None:
            return {NO_EVENT}, None, None
        return {gold.event_class}, gold.modality, lambda slot, slots: gold_role(slot, slots, gold)
    chosen = derived_trigger(material, candidates, sent)
    if chosen is not candidate:
        return None
    # the dictionary's reading picks one class among those the coarse label allows, where it can
    reading = _class_of(candidate.dictionary_code)
    allowed = {reading} if reading in material.allowed else material.allowed
    if material.kind == "conflibert":
        return allowed, None, lambda slot, slots: span_role(slot, slots, material.spans)
    return allowed, None, None


def matching_gold(start: int, end: int, gold: list[GoldEvent]) -> GoldEvent | None:
    return next((event for event in gold if event.start < end and start < event.end), None)


def gold_role(slot: MentionSlot, slots: list[MentionSlot], gold: GoldEvent) -> str:
    spans = {"source": [(p.start, p.end) for p in gold.sources if p.start is not None],
             "target": [(p.start, p.end) for p in gold.targets if p.start is not None]}
    return span_role(slot, slots, spans)


def span_role(slot: MentionSlot, slots: list[MentionSlot], spans: dict[str, list[tuple[int, int]]]) -> str:
    """The role of the gold span the mention's head lies in; a mention nested in a longer mention of the
    same span is part of it (role none)."""
    for role in ("source", "target"):
        for start, end in spans.get(role, []):
            if start <= slot.head.idx < end:
                outer = any(other is not slot and other.start <= slot.start and slot.end <= other.end
                            and other.end - other.start > slot.end - slot.start and start <= other.head.idx < end
                            for other in slots)
                return "none" if outer else role
    return "none"


def derived_trigger(material: Material, candidates: list[EventCandidate], sent) -> EventCandidate | None:
    """The predicate that carries a ConfliBERT or NGEC sentence's event: for ConfliBERT the candidate on
    the parse path joining its source and target spans (their lowest common governor, or the nearest
    candidate above it); for NGEC the candidate whose dictionary reading has the story's category, the
    sentence's main verb first."""
    by_token = {candidate.trigger.i: candidate for candidate in candidates}
    if material.kind == "conflibert":
        heads = []
        for role in ("source", "target"):
            for start, end in material.spans.get(role, [])[:1]:
                span = sent.doc.char_span(start, end, alignment_mode="expand")
                if span is not None:
                    heads.append(span.root)
        if not heads:
            return None
        ancestor = _common_governor(heads)
        for _ in range(4):
            if ancestor.i in by_token:
                return by_token[ancestor.i]
            if ancestor.head.i == ancestor.i:
                break
            ancestor = ancestor.head
        return None
    codebook_plover = material.plover
    ordered = sorted(candidates, key=lambda c: (c.trigger.dep_ != "ROOT", c.trigger.i))
    for candidate in ordered:
        code = candidate.dictionary_code
        if code and _plover_of(code) == codebook_plover:
            return candidate
    return None


_CODEBOOK = None


def _entry(code: str | None):
    global _CODEBOOK
    if _CODEBOOK is None:
        _CODEBOOK = load_codebook()
    return _CODEBOOK.get(code) if code else None


def _plover_of(code: str) -> str | None:
    entry = _entry(code)
    return entry.plover if entry else None


def _class_of(code: str | None) -> str | None:
    entry = _entry(code)
    return class_name(entry.root, entry.plover) if entry else None


def _common_governor(tokens):
    chains = []
    for token in tokens:
        chain = [token]
        while chain[-1].head.i != chain[-1].i:
            chain.append(chain[-1].head)
        chains.append(chain)
    if len(chains) == 1:
        return chains[0][1] if len(chains[0]) > 1 else chains[0][0]
    others = [{t.i for t in chain} for chain in chains[1:]]
    return next((t for t in chains[0] if all(t.i in other for other in others)), chains[0][-1])


# ---------------------------------------------------------------------------------------------------
# Training


def vocabulary(rows: list[Example]) -> dict[str, int]:
    counts = Counter(name for row in rows for name in set(row.features))
    names = [BIAS_FEATURE] + sorted(name for name, count in counts.items() if count >= MIN_FEATURE_COUNT)
    return {name: index for index, name in enumerate(names)}


@dataclass
class Fit:
    """Settings of the logistic regressions (chosen by cross-validation on the training material)."""

    strength: float = 0.3        # sklearn's C: inverse L2 strength
    dense_scale: float = 0.3     # encoder vectors are scaled before fitting (their weight against the words)


def fit_layer(rows: list[Example], heads: dict[str, list[str]], label_of, *, fit: Fit) -> Layer:
    """One multinomial logistic regression per head over the rows' named features and dense vectors,
    packed as one linear Layer (its hidden units are the heads' logits side by side)."""
    from scipy.sparse import csr_matrix, hstack
    from sklearn.linear_model import LogisticRegression

    vocab = vocabulary(rows)
    width = len(rows[0].dense)
    blocks, head_slices, offset = [], {}, 0
    for head, outputs in heads.items():
        labelled = [(r, next(iter(label_of(row, head)))) for r, row in enumerate(rows) if len(label_of(row, head)) == 1]
        index = [r for r, _ in labelled]
        ids = [_ids(rows[r].features, vocab) for r in index]
        sparse = csr_matrix((np.ones(sum(map(len, ids))), [i for row in ids for i in row],
                             np.cumsum([0] + [len(row) for row in ids])), shape=(len(index), len(vocab)))
        sparse.sum_duplicates()
        sparse.data[:] = 1.0
        dense = np.stack([rows[r].dense for r in index]) * fit.dense_scale if width else np.zeros((len(index), 0))
        features = hstack([sparse, csr_matrix(dense)]).tocsr()
        targets = [outputs.index(label) for _, label in labelled]
        weights = np.array([WEIGHTS[rows[r].kind] for r in index])
        model = LogisticRegression(C=fit.strength, max_iter=3000).fit(features, targets, sample_weight=weights)
        coef = np.full((len(outputs), features.shape[1]), 0.0)
        intercept = np.full(len(outputs), -30.0)          # outputs never seen in training
        learned = model.coef_ if len(model.classes_) > 2 else np.vstack([-model.coef_ / 2, model.coef_ / 2])
        bias = model.intercept_ if len(model.classes_) > 2 else np.array([-model.intercept_[0] / 2,
                                                                          model.intercept_[0] / 2])
        for row, label in enumerate(model.classes_):
            coef[label], intercept[label] = learned[row], bias[row]
        blocks.append((coef, intercept))
        head_slices[head] = (offset, offset + len(outputs))
        offset += len(outputs)
    embeddings = np.hstack([coef[:, :len(vocab)].T for coef, _ in blocks])
    dense_weights = np.hstack([coef[:, len(vocab):].T * fit.dense_scale for coef, _ in blocks])
    bias = np.concatenate([intercept for _, intercept in blocks])
    head_weights = {}
    for head, (low, high) in head_slices.items():
        select = np.zeros((offset, high - low))
        select[low:high] = np.eye(high - low)
        head_weights[head] = (select, np.zeros(high - low))
    return Layer(vocab, embeddings, dense_weights, bias, head_weights, linear=True)


def _ids(features: list[str], vocab: dict[str, int]) -> list[int]:
    return [vocab[BIAS_FEATURE]] + [vocab[name] for name in features if name in vocab]


def event_labels(row: Example, head: str) -> set[str]:
    if head == "class":
        return row.classes or set()
    return {row.modality} if row.modality else set()


def role_labels(row: Example, head: str) -> set[str]:
    return row.classes or set()


def train_model(event_rows: list[Example], role_rows: list[Example], *, classes: list[str], default_codes: dict,
                event_nouns: frozenset[str], fit: Fit, role_fit: Fit) -> EventModel:
    events = fit_layer(event_rows, {"class": classes, "modality": list(MODALITIES)}, event_labels, fit=fit)
    roles = fit_layer(role_rows, {"role": list(ROLES)}, role_labels, fit=role_fit)
    return EventModel(classes, events, roles, default_codes, event_nouns, {}, 0.0, {})


def usual_codes(materials: list[Material], rows: list[AnnotatedSentence], classes: list[str], codebook) -> dict:
    """Each class's most frequent annotated CAMEO code (the root's own code when none is annotated)."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for row in rows:
        for event in row.events:
            if event.cameo:
                counts[class_name(event.root, event.plover)][event.cameo] += 1
    codes = {}
    for name in classes[1:]:
        root, plover = class_parts(name)
        fallback = min((code for code in codebook.codes() if code.startswith(root) and codebook.get(code).plover == plover),
                       key=lambda code: (len(code), code))
        codes[name] = counts[name].most_common(1)[0][0] if counts[name] else fallback
    return codes


# ---------------------------------------------------------------------------------------------------
# Judging coded events against the annotations


def norm_country(ref) -> str | None:
    code = (ref.code or "")
    for special in ("IMG", "IGO", "NGO"):
        if code.startswith(special):
            return special
    return ref.country


def judge(event, gold: list[GoldEvent]) -> tuple[bool, bool]:
    """(right, right ignoring participants) of a coded event against the article's annotated events:
    the same trigger and class, and for `right` the same source and target countries."""
    match = [g for g in gold if g.start < event.trigger.end and event.trigger.start < g.end]
    same_class = [g for g in match if g.event_class == class_name(event.root, event.plover)]
    return any(participants_right(event, g) for g in same_class), bool(same_class)


def participants_right(event, gold: GoldEvent) -> bool:
    predicted_sources = {norm_country(ref) for ref in event.source} - {None}
    predicted_targets = {norm_country(ref) for ref in event.target} - {None}
    gold_sources = {p.country for p in gold.sources} - {None}
    gold_targets = {p.country for p in gold.targets} - {None}
    elsewhere = any(p.start is None for p in gold.targets)
    targets_ok = predicted_targets == gold_targets or (elsewhere and predicted_targets <= gold_targets)
    return predicted_sources == gold_sources and targets_ok


@dataclass
class Coded:
    """One out-of-fold coded event: its fold, confidence features, and the verdicts against the gold."""

    fold: int
    features: dict
    right: bool
    typed: bool
    confidence: float = 0.0


def code_held_out(work, *, model: EventModel, codebook, text: str) -> list[tuple]:
    """Every candidate of a sentence coded as at run time, at no threshold: (event, confidence features)."""
    coded = []
    for reading in read_candidates(work, model=model):
        reading.sources, reading.targets = choose_roles(reading.candidate, work, model=model)
        if not reading.sources and not reading.targets:
            continue
        event = build_event(reading, work, reading.probability, model=model, codebook=codebook, text=text)
        if event is not None:
            coded.append((event, confidence_features(reading, codebook=codebook)))
    kept = {id(event) for event in one_per_dyad([event for event, _ in coded])}
    return [(event, features) for event, features in coded if id(event) in kept]


def fit_confidence(coded: list[Coded]) -> dict[str, float]:
    """The confidence model: a logistic regression of `right` on the confidence features."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    features = vectorizer.fit_transform([{k: v for k, v in item.features.items() if k != "bias"} for item in coded])
    model = LogisticRegression(C=1.0, max_iter=3000).fit(features, [item.right for item in coded])
    weights = dict(zip(vectorizer.get_feature_names_out(), map(float, model.coef_[0])))
    weights["bias"] = float(model.intercept_[0])
    return weights


def apply_confidence(weights: dict[str, float], features: dict) -> float:
    score = sum(weights.get(name, 0.0) * value for name, value in features.items())
    return float(1.0 / (1.0 + np.exp(-np.clip(score, -30, 30))))


def expected_calibration_error(pairs: list[tuple[float, bool]], bins: int = 10) -> float:
    total, error = len(pairs), 0.0
    for b in range(bins):
        low, high = b / bins, (b + 1) / bins
        inside = [(p, r) for p, r in pairs if low <= p < high or (b == bins - 1 and p == 1.0)]
        if inside:
            error += len(inside) / total * abs(np.mean([p for p, _ in inside]) - np.mean([r for _, r in inside]))
    return round(float(error), 4)


def curve(coded: list[Coded], gold_count: int, thresholds) -> list[dict]:
    rows = []
    for threshold in thresholds:
        kept = [item for item in coded if item.confidence >= threshold]
        right = sum(item.right for item in kept)
        typed = sum(item.typed for item in kept)
        rows.append({"threshold": round(float(threshold), 2), "events": len(kept),
                     "precision": round(right / len(kept), 3) if kept else None,
                     "recall": round(right / gold_count, 3) if gold_count else None,
                     "typed_precision": round(typed / len(kept), 3) if kept else None})
    return rows


ROLE_GRID = (0.2, 0.3, 0.4, 0.5)


def cross_validate(done: list[Parsed], event_rows, role_rows, *, folds: int, seed: int, resources, model_args) -> dict:
    """Out-of-fold coding of the annotated articles. The role thresholds are chosen on it (best F1 when
    ranked by class probability); the confidence model is fitted on the other folds and judged on each."""
    annotated = sorted({item.material.group for item in done if item.material.kind == "annotation"})
    order = np.random.default_rng(seed).permutation(len(annotated))
    fold_of = {annotated[i]: n % folds for n, i in enumerate(order)}
    trained = []
    for fold in range(folds):
        started = time.time()
        held = {doc for doc, f in fold_of.items() if f == fold}
        model = train_model([r for r in event_rows if r.group not in held],
                            [r for r in role_rows if r.group not in held], **model_args)
        trained.append((fold, model, [item for item in done if item.material.group in held]))
        print(f"fold {fold + 1}/{folds}: {len(held)} articles, {time.time() - started:.0f} s", flush=True)
    grid = []
    for thresholds in [(a, b) for a in ROLE_GRID for b in ROLE_GRID]:
        coded, gold_count = [], 0
        for fold, model, items in trained:
            model.role_thresholds = thresholds
            for item in items:
                for work in item.sentences:
                    for event, features in code_held_out(work, model=model, codebook=resources.codebook,
                                                         text=item.parsed.text):
                        coded.append(Coded(fold, features, *judge(event, item.material.gold),
                                           confidence=features["class_logit"]))
                gold_count += len(item.material.gold)
        grid.append((best_f1(coded, gold_count), thresholds, coded, gold_count))
    _, thresholds, coded, gold_count = max(grid, key=lambda entry: entry[0])
    for fold in range(folds):
        weights = fit_confidence([item for item in coded if item.fold != fold])
        for item in coded:
            if item.fold == fold:
                item.confidence = apply_confidence(weights, item.features)
    return {"coded": coded, "gold_events": gold_count, "role_thresholds": thresholds,
            "role_grid": [(t, round(f, 3)) for f, t, _, _ in grid]}


def best_f1(coded: list[Coded], gold_count: int) -> float:
    """The best F1 of right events over thresholds on the items' confidence."""
    ranked = sorted(((item.confidence, item.right) for item in coded), reverse=True)
    best, right = 0.0, 0
    for kept, (_, is_right) in enumerate(ranked, start=1):
        right += is_right
        best = max(best, 2 * right / (kept + gold_count))
    return best


def choose_threshold(points: list[dict]) -> float:
    """The threshold of best F0.5 (precision weighs twice recall: a wrong event costs an analyst more
    than a missed one)."""
    def f_half(row):
        p, r = row["precision"] or 0.0, row["recall"] or 0.0
        return 1.25 * p * r / (0.25 * p + r) if p + r else 0.0
    return max((row for row in points if row["events"] >= 20), key=f_half)["threshold"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--annotations", type=Path, nargs="*", default=[ROOT / "data" / "annotations"])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--strength", type=float, default=Fit.strength, help="logistic regression C")
    parser.add_argument("--dense-scale", type=float, default=Fit.dense_scale)
    parser.add_argument("--no-encoder", action="store_true", help="named features only (for comparison)")
    parser.add_argument("--cv-only", action="store_true", help="measure by cross-validation, write no model")
    parser.add_argument("--report", type=Path, help="write the cross-validation figures as JSON")
    parser.add_argument("--output", type=Path, default=DATA / MODEL_FILE)
    args = parser.parse_args()
    started = time.time()
    resources = load_resources(learned_events=False)
    codebook = resources.codebook
    classes = event_classes(codebook)
    rows = read_rows(args.annotations)
    materials = guardian_materials(args.shared, rows, codebook)
    aux = conflibert_materials(args.shared, classes) + ngec_materials(args.shared, classes)
    print(f"{len(materials)} annotated articles ({sum(len(m.gold) for m in materials)} events), "
          f"{sum(m.kind == 'conflibert' for m in aux)} ConfliBERT, {sum(m.kind == 'ngec' for m in aux)} NGEC",
          flush=True)
    done = parse_materials(materials + aux, resources)
    nouns = learned_nouns(done)
    attach_candidates(done, resources, event_nouns=nouns, encoder=None if args.no_encoder else load_encoder())
    event_rows, role_rows = examples(done)
    print(f"parsed in {time.time() - started:.0f} s: {len(event_rows)} event rows, {len(role_rows)} role rows, "
          f"{len(nouns)} learned trigger nouns", flush=True)
    model_args = dict(classes=classes, default_codes=usual_codes(materials, rows, classes, codebook),
                      event_nouns=nouns, fit=Fit(args.strength, args.dense_scale),
                      role_fit=Fit(args.strength, args.dense_scale))
    cv = cross_validate(done, event_rows, role_rows, folds=args.folds, seed=args.seed, resources=resources,
                        model_args=model_args)
    thresholds = np.round(np.arange(0.0, 0.96, 0.05), 2)
    points = curve(cv["coded"], cv["gold_events"], thresholds)
    threshold = choose_threshold(points)
    report = {
        "annotated_articles": len(materials), "gold_events": cv["gold_events"],
        "role_thresholds": cv["role_thresholds"], "role_grid": cv["role_grid"],
        "event_rows": len(event_rows), "role_rows": len(role_rows), "learned_trigger_nouns": len(nouns),
        "expected_calibration_error": expected_calibration_error([(c.confidence, c.right) for c in cv["coded"]]),
        "threshold": threshold, "curve": points,
        "command": "python scripts/train_event_model.py " + " ".join(sys.argv[1:]),
    }
    at = next(row for row in points if row["threshold"] == threshold)
    print(json.dumps({k: v for k, v in report.items() if k not in ("curve", "role_grid")}, indent=1))
    print(f"at threshold {threshold}: {at}")
    for row in points:
        print(row)
    if args.report:
        args.report.write_text(json.dumps(report, indent=1), encoding="utf-8")
    if args.cv_only:
        return 0
    model = train_model(event_rows, role_rows, **model_args)
    model.confidence_weights = fit_confidence(cv["coded"])
    model.min_confidence = threshold
    model.role_thresholds = cv["role_thresholds"]
    model.card = {key: report[key] for key in ("annotated_articles", "gold_events", "event_rows", "role_rows",
                                               "expected_calibration_error", "threshold", "command")}
    model.card["at_threshold"] = at
    save_model(args.output, model)
    print(f"wrote {args.output} ({args.output.stat().st_size:,} bytes) in {time.time() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
