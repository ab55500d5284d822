"""The fault suite: hostile documents among good ones, through the real pipeline, `extract`, `ingest`
and `--workers 2`. Each bad document gets its error record (or its warning) and every good document
around it is processed and stored. The readers' side alone: tests/ingest/test_reader_faults.py.

Slow (the real model), kept small: "long" here means longer than the model's max_length or than a
window, made so with small limits rather than megabytes of text.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire import cli, pipeline
from eventwire.contract import contract_problems
from eventwire.schema import DocInput
from eventwire.store import Store

pytestmark = pytest.mark.slow

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
GOOD = "Russia and Pakistan agreed on Tuesday to hold joint military exercises next spring, officials said."
# Written for these tests: a story that names Lavrov in full at the start and by surname at the end.
OPENING = ("Russian Foreign Minister Sergey Lavrov arrived in Islamabad on Tuesday for talks with Pakistan's "
           "army chief.\n\n")
CLOSING = "\n\nLavrov said Russia would supply military equipment to Pakistan.\n"
GERMAN = ("Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen. Die Außenministerin "
          "sagte in Berlin, man werde die Ukraine weiter unterstützen, solange es nötig sei. Die Opposition "
          "kritisierte die Entscheidung als zu spät und forderte eine schnellere Lieferung von Waffen an Kiew.")


def demo_paragraphs() -> list[str]:
    lines = (EXAMPLES / "demo_articles.jsonl").read_text(encoding="utf-8").splitlines()
    return [paragraph for line in lines for paragraph in json.loads(line)["text"].split("\n\n")
            if paragraph.strip() and "Lavrov" not in paragraph]


def long_story(chars: int) -> str:
    """The Lavrov opening, the project's own demo paragraphs as filler, the Lavrov closing."""
    body, paragraphs = [], demo_paragraphs()
    while sum(len(part) + 2 for part in body) < chars:
        body.append(paragraphs[len(body) % len(paragraphs)])
    return OPENING + "\n\n".join(body) + CLOSING


@pytest.fixture()
def small_limits(resources):
    """The session's resources with the model's max_length at 3,000 characters and windows of 2,500:
    a 10,000-character text is then what a 3 MB one is at the real limits."""
    original = resources.nlp.max_length
    resources.nlp.max_length = 3000
    yield replace(resources, window_chars=2500)
    resources.nlp.max_length = original


def test_a_text_longer_than_the_model_s_limit_is_processed_in_windows(small_limits):
    text = long_story(10_000)
    articles = [DocInput(id="before", text=GOOD), DocInput(id="long", text=text, published="2021-04-07"),
                DocInput(id="after", text=GOOD)]
    records = list(pipeline.extract_many(articles, resources=small_limits))
    assert [(r.doc_id, r.error) for r in records] == [("before", None), ("long", None), ("after", None)]
    long = records[1].to_dict()
    assert contract_problems(long) == []
    assert long["sentences"][-1][1] == len(text.rstrip())  # sentence offsets reach the end of the full text
    [lavrov] = [actor for actor in long["actors"] if actor["name"] == "Sergey Lavrov"]
    assert lavrov["mentions"][0][0] < 100 and lavrov["mentions"][-1][0] > len(text) - 100  # first and last window
    whole = pipeline.extract_document(articles[1], resources=replace(small_limits, window_chars=len(text)))
    assert closing_events(long) == closing_events(whole.to_dict()) != []  # as if read in one piece


def closing_events(record: dict) -> list[tuple]:
    names = {actor["id"]: actor["name"] for actor in record["actors"]}
    return [(e["trigger"]["text"], e["cameo"], [names[ref["actor"]] for ref in e["source"]],
             [names[ref["actor"]] for ref in e["target"]])
            for e in record["events"] if e["trigger"]["start"] > len(record["text"]) - len(CLOSING)]


def test_a_text_of_one_window_gives_the_record_it_always_gave(resources):
    article = DocInput(id="short", text=long_story(2000), published="2021-04-07")
    whole = pipeline.extract_document(article, resources=resources)
    assert pipeline.extract_document(article, resources=replace(resources, window_chars=len(article.text))) == whole


def test_a_document_spacy_fails_on_is_e303_and_the_batch_goes_on(resources):
    class Flaky:
        """The real model, failing on one text (as spaCy's E088 did on texts over max_length)."""
        max_length = resources.nlp.max_length

        def pipe(self, texts, **options):
            for text in texts:
                if "EXPLODE" in text:
                    raise ValueError("[E088] Text of length 1200000 exceeds maximum")
                yield resources.nlp(text)

        def __call__(self, text):
            return next(self.pipe([text]))

    articles = [DocInput(id=name, text=text) for name, text in
                (("a", GOOD), ("bad", GOOD + " EXPLODE"), ("c", GOOD))]
    records = list(pipeline.extract_many(articles, resources=replace(resources, nlp=Flaky())))
    assert [r.error is None for r in records] == [True, False, True]
    assert records[1].error.startswith("[E303] bad: the spaCy parse failed: ValueError: [E088]")
    assert records[0].events and records[2].events


def test_a_document_over_its_time_budget_is_e302_and_the_batch_goes_on(resources, monkeypatch):
    real = pipeline.find_quotes

    def stuck(parsed, actors):
        while "STALL" in parsed.text:  # a stage that never returns on this document
            pass
        return real(parsed, actors)

    monkeypatch.setattr(pipeline, "find_quotes", stuck)
    articles = [DocInput(id="a", text=GOOD), DocInput(id="stuck", text=GOOD + " STALL"), DocInput(id="c", text=GOOD)]
    records = list(pipeline.extract_many(articles, resources=replace(resources, time_limit=1.0)))
    assert [r.error for r in records][::2] == [None, None]
    assert records[1].error.startswith("[E302] stuck: processing took longer than the time limit of 1 s")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from([GOOD, OPENING, CLOSING, "\n\n", " ", "\u201cWe agree,\u201d he said. ",
                                 "x" * 300, "Pakistan", "\n"]), min_size=1, max_size=30),
       st.integers(min_value=200, max_value=1500))
def test_record_offsets_stay_valid_whatever_the_windows(resources, parts, window_chars):
    text = "".join(parts)
    if not text.strip():
        return
    record = pipeline.extract_document(DocInput(id="p", text=text),
                                       resources=replace(resources, window_chars=window_chars))
    assert record.error is None and contract_problems(record.to_dict()) == []


@pytest.fixture(scope="module")
def hostile_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "01-good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "02-long.txt").write_text(long_story(45_000), encoding="utf-8")  # three windows
    (folder / "03-nested.json").write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}", encoding="utf-8")
    (folder / "04-nul-late.txt").write_bytes((GOOD + " ").encode() * 200 + b"\x00")
    (folder / "05-binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "06-utf16.txt").write_bytes(GOOD.encode("utf-16"))
    (folder / "07-german.txt").write_text(GERMAN, encoding="utf-8")
    (folder / "08-one-line.txt").write_text((GOOD + " ") * 300, encoding="utf-8")  # 30,000 characters, no newline
    (folder / "09-feed.jsonl").write_text(json.dumps({"id": "feed-good", "text": GOOD}) + "\n{not json\n",
                                          encoding="utf-8")
    return folder


EXPECTED_ERRORS = {"03-nested.json": "E112", "04-nul-late.txt": "E102", "05-binary.txt": "E102",
                   "09-feed.jsonl:2": "E105"}
EXPECTED_GOOD = ["01-good.txt", "02-long.txt", "06-utf16.txt", "07-german.txt", "08-one-line.txt", "feed-good"]


def check_records(records: list[dict]) -> None:
    assert [r["doc_id"] for r in records if r["error"] is None] == EXPECTED_GOOD
    assert {r["doc_id"]: r["error"][1:5] for r in records if r["error"]} == EXPECTED_ERRORS
    by_id = {r["doc_id"]: r for r in records}
    german = by_id["07-german.txt"]
    assert german["events"] == [] and german["warnings"][-1].startswith("not English:")
    assert by_id["06-utf16.txt"]["events"] and by_id["02-long.txt"]["events"]
    assert all(contract_problems(r) == [] for r in records if r["error"] is None)


@pytest.fixture(scope="module")
def extracted(hostile_folder):
    return CliRunner().invoke(cli.main, ["extract", str(hostile_folder)])


def test_extract_gives_every_record_in_order(extracted):
    assert extracted.exit_code == 1
    check_records([json.loads(line) for line in extracted.stdout.splitlines()])
    assert "03-nested.json: [E112] JSON nested too deeply" in extracted.stderr


def test_extract_with_two_workers_gives_the_same_records(hostile_folder, extracted):
    parallel = CliRunner().invoke(cli.main, ["extract", str(hostile_folder), "--workers", "2"])
    assert parallel.exit_code == 1
    check_records([json.loads(line) for line in parallel.stdout.splitlines()])
    assert parallel.stdout == extracted.stdout


def test_ingest_stores_the_good_documents_and_counts_the_rest(hostile_folder, tmp_path):
    database = tmp_path / "store.duckdb"
    result = CliRunner().invoke(cli.main, ["ingest", str(hostile_folder), "--db", str(database)])
    assert result.exit_code == 1
    assert result.stdout.strip() == "6 new, 0 unchanged, 0 replaced, 4 failed; 1 not English (stored without events)"
    with Store(database, read_only=True) as store:
        stored = [row[0] for row in store.con.execute("SELECT doc_id FROM documents ORDER BY doc_id").fetchall()]
    assert stored == sorted(EXPECTED_GOOD)
