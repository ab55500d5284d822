"""A synthetic corpus of document records with known structure, for store/relations/export tests.

    python tests/synthetic_corpus.py [--seed 7] [-o corpus.jsonl]    # write it as eventwire/1 JSON lines

Built directly as DocumentRecords (no spaCy): two years (2021-2022) of articles about three planted
dyads — RUS-PAK warming (Goldstein drifts from conflict to cooperation), USA-CHN cooling (the reverse),
FRA-DEU flat (no trend) — plus background events. Planted duplicates, with the truth kept alongside:
- re-reports: the same event told by 2-4 articles from other outlets, each in its own words;
- double mentions: one article mentioning the same event in two sentences;
- wire copies: an article reprinted by 1-2 other outlets with a new headline and a credit line added;
- near misses that must NOT merge: same dyad and day but another CAMEO code, or the same event denied.
Article bodies are random pseudo-words, so unrelated articles share no 5-word shingles.
"""

from __future__ import annotations

import argparse
import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from eventwire.events.codebook import load_codebook
from eventwire.schema import Actor, ActorRef, DocumentRecord, Event, Location, Span, Tone

NAMES = {"RUS": "Russia", "PAK": "Pakistan", "USA": "United States", "CHN": "China", "FRA": "France",
         "DEU": "Germany", "IND": "India", "IRN": "Iran", "GBR": "United Kingdom", "TUR": "Turkey"}
PLANTED = {("RUS", "PAK"): "warming", ("USA", "CHN"): "cooling", ("FRA", "DEU"): "no clear trend"}
BACKGROUND = [("IND", "IRN"), ("GBR", "TUR"), ("USA", "GBR"), ("RUS", "CHN")]
CODES = ("190", "180", "173", "163", "138", "130", "112", "111", "100", "010",
         "040", "042", "036", "050", "057", "061", "070", "071", "081")
OUTLETS = [f"Outlet {letter}" for letter in "ABCDEFGHIJKL"]
START, MONTHS, EVENTS_PER_MONTH = date(2021, 1, 1), 24, 4
# The tests' seed. Over seeds 1-10 the trend finds RUS-PAK warming and USA-CHN cooling every time and
# calls the flat FRA-DEU control "no clear trend" 8 times (seeds 3 and 7 call it warming): a 95% interval
# is wrong about a flat series now and then, by design. Measured with docs/relations.md's command.
SEED = 2


@dataclass
class Corpus:
    records: list[DocumentRecord] = field(default_factory=list)
    # One entry per planted real-world event: the (doc_id, event_id) mentions that must merge.
    event_mentions: list[list[tuple[str, str]]] = field(default_factory=list)
    copy_clusters: list[set[str]] = field(default_factory=list)
    trends: dict[tuple[str, str], str] = field(default_factory=lambda: dict(PLANTED))


class _Builder:
    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        self.corpus = Corpus()
        self.codebook = load_codebook()
        self.vocabulary = ["".join(self.rng.choice("bcdfghklmnprstvz") + self.rng.choice("aeiou")
                                   for _ in range(self.rng.randint(2, 4))) for _ in range(3000)]
        self.keys: set[tuple] = set()
        self.doc_count = 0

    def filler(self, sentences: int) -> list[str]:
        return [" ".join(self.rng.choice(self.vocabulary) for _ in range(12)).capitalize() + "."
                for _ in range(sentences)]

    def code_near(self, goldstein: float) -> str:
        return min(CODES, key=lambda code: abs(self.codebook.get(code).goldstein - goldstein))

    def unique_day(self, dyad, cameo, month_start: date, modality="asserted") -> date:
        while True:
            day = month_start + timedelta(days=self.rng.randint(0, 27))
            key = (day, dyad, cameo, modality)
            if key not in self.keys:
                self.keys.add(key)
                return day

    def article(self, *, day: date, mentions: list[dict], outlet: str, body: list[str] | None = None,
                published: date | None = None) -> DocumentRecord:
        """One article; each mention dict: source, target, cameo, day, modality (+ optional sentence)."""
        self.doc_count += 1
        doc_id = f"doc-{self.doc_count:04d}"
        lead = [f"{NAMES[m['source']]} and {NAMES[m['target']]} acted on {m['day'].isoformat()}." for m in mentions]
        sentences_text = lead + (body if body is not None else self.filler(self.rng.randint(6, 9)))
        text, spans = _join(sentences_text)
        events = [self.event(f"e{n + 1}", m, sentence=n, span=spans[n], text=text) for n, m in enumerate(mentions)]
        codes = sorted({m["source"] for m in mentions} | {m["target"] for m in mentions})
        return DocumentRecord(
            doc_id=doc_id, text=text, title=f"Report {doc_id}", published=(published or day).isoformat(),
            url=f"https://{outlet.lower().replace(' ', '')}.example/{doc_id}", source=outlet,
            sentences=[list(span) for span in spans],
            actors=[Actor(id=code, name=NAMES[code], kind="state", country=code, code=code) for code in codes],
            events=events, tone=Tone(round(self.rng.uniform(-5, 5), 2), 3.0, 2.0))

    def event(self, event_id: str, mention: dict, *, sentence: int, span, text: str) -> Event:
        entry = self.codebook.get(mention["cameo"])
        start = span[0]
        source_name, target_name = NAMES[mention["source"]], NAMES[mention["target"]]
        target_start = text.index(target_name, start)
        return Event(
            id=event_id, sentence=sentence, trigger=Span("acted", text.index("acted", start), text.index("acted", start) + 5),
            source=[ActorRef(mention["source"], source_name, start, start + len(source_name), mention["source"], None,
                             mention["source"])],
            target=[ActorRef(mention["target"], target_name, target_start, target_start + len(target_name),
                             mention["target"], None, mention["target"])],
            cameo=mention["cameo"], root=entry.root, quad_class=entry.quad_class, goldstein=entry.goldstein,
            plover=entry.plover, modality=mention.get("modality", "asserted"),
            date=mention.get("date", mention["day"].isoformat()),
            location=Location(source_name, start, start + len(source_name), mention["source"], 10.0, 20.0, None),
            confidence=0.8)


def _join(sentences: list[str]) -> tuple[str, list[tuple[int, int]]]:
    spans, position = [], 0
    for sentence in sentences:
        spans.append((position, position + len(sentence)))
        position += len(sentence) + 1
    return " ".join(sentences), spans


def _target_goldstein(trend: str, month: int) -> float:
    progress = month / (MONTHS - 1)
    return {"warming": -6 + 12 * progress, "cooling": 6 - 12 * progress}.get(trend, 0.0)


def build_corpus(seed: int = SEED) -> Corpus:
    builder = _Builder(seed)
    rng, corpus = builder.rng, builder.corpus
    for month in range(MONTHS):
        month_start = date(START.year + month // 12, month % 12 + 1, 1)
        dyads = [(dyad, trend) for dyad, trend in PLANTED.items()] + [(dyad, None) for dyad in BACKGROUND]
        for dyad, trend in dyads:
            for _ in range(EVENTS_PER_MONTH if trend else 1):
                goldstein = _target_goldstein(trend, month) + rng.gauss(0, 2.5) if trend else rng.uniform(-8, 8)
                source, target = dyad if rng.random() < 0.5 else dyad[::-1]
                cameo = builder.code_near(goldstein)
                day = builder.unique_day(frozenset(dyad), cameo, month_start)
                _plant_event(builder, dict(source=source, target=target, cameo=cameo, day=day))
    _plant_near_misses(builder)
    return corpus


def _plant_event(builder: _Builder, mention: dict) -> None:
    rng, corpus = builder.rng, builder.corpus
    roll = rng.random()
    original = builder.article(day=mention["day"], mentions=[mention], outlet=rng.choice(OUTLETS))
    corpus.records.append(original)
    mentions = [(original.doc_id, "e1")]
    if roll < 0.10:  # re-reported by other outlets in their own words, some without an explicit date
        for n in range(rng.randint(1, 3)):
            told = dict(mention, **({"date": None} if n == 0 else {}))
            record = builder.article(day=mention["day"], mentions=[told], outlet=rng.choice(OUTLETS))
            corpus.records.append(record)
            mentions.append((record.doc_id, "e1"))
    elif roll < 0.15:  # one article mentions it twice (lead and a later sentence)
        record = builder.article(day=mention["day"], mentions=[mention, mention], outlet=rng.choice(OUTLETS))
        corpus.records.append(record)
        mentions += [(record.doc_id, "e1"), (record.doc_id, "e2")]
    elif roll < 0.21:  # wire copies: same body, new headline, a credit line
        cluster = {original.doc_id}
        for _ in range(rng.randint(1, 2)):
            body = original.text.split(". ", 1)[1].split(". ")
            body = [part if part.endswith(".") else part + "." for part in body] + builder.filler(1)
            record = builder.article(day=mention["day"], mentions=[mention], outlet=rng.choice(OUTLETS), body=body)
            corpus.records.append(record)
            cluster.add(record.doc_id)
            mentions.append((record.doc_id, "e1"))
        corpus.copy_clusters.append(cluster)
    corpus.event_mentions.append(mentions)


def _plant_near_misses(builder: _Builder) -> None:
    """Pairs that look alike but are different events: another code the same day, or a denial."""
    rng, corpus = builder.rng, builder.corpus
    for n in range(6):
        day = date(2022, 3, 1) + timedelta(days=n * 3)
        base = dict(source="IND", target="TUR", cameo="042", day=day)
        other = dict(base, cameo="043") if n % 2 else dict(base, modality="negated")
        for mention in (base, other):
            record = builder.article(day=day, mentions=[mention], outlet=rng.choice(OUTLETS))
            corpus.records.append(record)
            corpus.event_mentions.append([(record.doc_id, "e1")])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("-o", "--output", type=argparse.FileType("w", encoding="utf-8"), default="-")
    args = parser.parse_args()
    for record in build_corpus(args.seed).records:
        args.output.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()


_INGESTED: dict[int, "Path"] = {}


def ingested_corpus(seed: int = SEED):
    """(corpus, path of a database holding it), ingested once per test session and seed; open it read-only."""
    import tempfile
    from pathlib import Path

    from eventwire.store import Store

    corpus = build_corpus(seed)
    if seed not in _INGESTED:
        path = Path(tempfile.mkdtemp(prefix="eventwire-corpus-")) / f"corpus-{seed}.duckdb"
        with Store(path) as store:
            store.write(corpus.records)
        _INGESTED[seed] = path
    return corpus, _INGESTED[seed]
