"""Learning actors from the corpus, end to end: ingest learns, a later ingest resolves with what it
learned, `extract` only with --aliases (real spaCy model: slow). The articles are made up for these tests."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from eventwire import cli
from eventwire.cli import seams
from eventwire.store import Store

pytestmark = pytest.mark.slow

INTRODUCED = {"id": "a-intro", "published": "2019-03-01",
              "text": "Kenya's interior minister, Kamau Otieno, extended the curfew in Nairobi on Friday. "
                      "Otieno said police would enforce it."}
LATER = {"id": "b-later", "published": "2019-06-10",
         "text": "Otieno defended the curfew on Monday, saying it had cut crime in Nairobi."}


@pytest.fixture(scope="module")
def loaded(nlp):
    """Resources per set of dictionary options, each loaded once; the aliases are swapped in."""
    from eventwire.resources import load_resources, with_aliases_for

    cache = {}

    def load(*, aliases=None, **options):
        key = repr(sorted(options.items()))
        if key not in cache:
            cache[key] = load_resources(nlp=nlp, **options)
        return replace(cache[key], aliases=with_aliases_for(cache[key].kb, aliases))

    return load


@pytest.fixture()
def model_cli(monkeypatch, loaded):
    """The CLI with the real pipeline (the session's spaCy model, dictionaries loaded once)."""
    monkeypatch.setattr(seams, "load_resources", loaded)


def articles(tmp_path, name, *items):
    path = tmp_path / name
    path.write_text("".join(json.dumps(item) + "\n" for item in items), encoding="utf-8")
    return str(path)


def actor_on(record_actors, text, word):
    start = text.index(word)
    return next(actor for actor in record_actors if [start, start + len(word)] in actor["mentions"])


def stored_actor(database, doc_id, word, text):
    with Store(database, read_only=True) as store:
        rows = store.con.execute("SELECT name, code, mentions, inferred FROM actors WHERE doc_id = ?",
                                 [doc_id]).fetchall()
    actors = [{"name": name, "code": code, "mentions": json.loads(mentions),
               "inferred": json.loads(inferred) if inferred else None} for name, code, mentions, inferred in rows]
    return actor_on(actors, text, word)


def extracted(runner, *arguments):
    result = runner.invoke(cli.main, ["extract", *arguments])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_an_alias_learned_from_one_ingested_article_resolves_a_later_articles_bare_surname(
        model_cli, runner, tmp_path):
    database = str(tmp_path / "store.duckdb")
    first = runner.invoke(cli.main, ["ingest", articles(tmp_path, "a.jsonl", INTRODUCED), "--db", database])
    assert first.exit_code == 0, first.output
    later = runner.invoke(cli.main, ["ingest", articles(tmp_path, "b.jsonl", LATER), "--db", database])
    assert later.exit_code == 0, later.output
    otieno = stored_actor(database, "b-later", "Otieno", LATER["text"])
    assert (otieno["name"], otieno["code"]) == ("Kamau Otieno", "KENGOV")
    assert otieno["inferred"] == {"by": "learned alias",
                                  "clue": "interior minister, Kamau Otieno (2019-03-01, 1 document, a-intro)"}
    listing = runner.invoke(cli.main, ["actors", "learned", "--db", database])
    assert "'Otieno' -> Kamau Otieno KENGOV (interior minister); seen 2019-03-01..2019-03-01 in 1 article, " \
           "first a-intro; applies 2017-03-01..2021-02-28" in listing.stdout


def test_one_run_resolves_with_the_table_it_started_with_whatever_the_order(model_cli, runner, tmp_path):
    # neither order lets the later article see what the earlier one teaches in the same run
    stored = []
    for name, items in (("ab", (INTRODUCED, LATER)), ("ba", (LATER, INTRODUCED))):
        database = str(tmp_path / f"{name}.duckdb")
        result = runner.invoke(cli.main, ["ingest", articles(tmp_path, f"{name}.jsonl", *items), "--db", database])
        assert result.exit_code == 0, result.output
        with Store(database, read_only=True) as store:
            stored.append((store.con.execute("SELECT actor_id, name, code, mentions, inferred FROM actors "
                                             "WHERE doc_id = 'b-later' ORDER BY actor_id").fetchall(),
                           store.learned_aliases()))
    assert stored[0] == stored[1]
    assert all(code != "KENGOV" for _, _, code, _, _ in stored[0][0])
    assert [alias.alias for alias in stored[0][1]] == ["Kamau Otieno", "Otieno"]


def test_extract_uses_learned_aliases_only_from_an_alias_file(model_cli, runner, tmp_path):
    database = str(tmp_path / "store.duckdb")
    runner.invoke(cli.main, ["ingest", articles(tmp_path, "a.jsonl", INTRODUCED), "--db", database])
    exported = tmp_path / "aliases.csv"
    result = runner.invoke(cli.main, ["actors", "learned", "--db", database, "--export", str(exported)])
    assert result.exit_code == 0 and exported.read_text(encoding="utf-8").startswith("alias,name,code,role,")
    later = articles(tmp_path, "b.jsonl", LATER)
    [plain] = extracted(runner, later)
    assert actor_on(plain["actors"], LATER["text"], "Otieno")["code"] is None  # extract stays pure
    [aliased] = extracted(runner, later, "--aliases", str(exported))
    assert actor_on(aliased["actors"], LATER["text"], "Otieno")["code"] == "KENGOV"


def test_an_alias_applies_only_within_its_window(model_cli, runner, tmp_path):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("alias,name,code,role,first_seen,last_seen,documents,source\n"
                       "Otieno,Kamau Otieno,KENGOV,interior minister,2019-03-01,2019-03-01,1,a-intro\n", encoding="utf-8")
    dated = [dict(LATER, id=day, published=day) for day in ("2021-02-28", "2021-03-01", "2017-02-28")]
    found = extracted(runner, articles(tmp_path, "dated.jsonl", *dated), "--aliases", str(aliases))
    assert [actor_on(record["actors"], LATER["text"], "Otieno")["code"] for record in found] == ["KENGOV", None, None]


def test_a_users_actor_file_wins_over_a_learned_alias(model_cli, runner, tmp_path):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("alias,name,code,role,first_seen,last_seen,documents,source\n"
                       "Otieno,Kamau Otieno,KENGOV,interior minister,2019-03-01,2019-03-01,1,a-intro\n", encoding="utf-8")
    mine = tmp_path / "mine.yaml"
    mine.write_text("actors:\n  - name: Grace Otieno\n    roles:\n"
                    "      - {code: KENJUD, from: 2018-01-01, role: Chief Justice}\n", encoding="utf-8")
    [record] = extracted(runner, articles(tmp_path, "b.jsonl", LATER), "--aliases", str(aliases), "--actors", str(mine))
    otieno = actor_on(record["actors"], LATER["text"], "Otieno")
    assert (otieno["name"], otieno["code"]) == ("Otieno", "KENJUD") and "inferred" not in otieno


def test_a_malformed_alias_file_is_a_usage_error(runner, tmp_path, fake_pipeline):
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("alias,name\n", encoding="utf-8")
    result = runner.invoke(cli.main, ["extract", articles(tmp_path, "b.jsonl", LATER), "--aliases", str(aliases)])
    assert result.exit_code == 2 and "[E201]" in result.output and "aliases.csv:1" in result.output
