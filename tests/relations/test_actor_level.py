"""Actor-level dyads and network (`--by actor`): non-state groups are nodes of their own, on a hand-built store."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from eventwire import cli
from eventwire.relations import actor_network
from eventwire.schema import Actor, ActorRef, DocumentRecord, Event, Span
from eventwire.store import Store

TEXT = "Turkey shelled the SDF. The SDF fought Isis. Washington armed the SDF. Reprieve condemned Britain."
# id: (name, kind, country, sector, code)
ACTORS = {
    "tur": ("Turkey", "state", "TUR", None, "TUR"),
    "sdf": ("Syrian Democratic Forces", "group", "SYR", "REB", "SYRREB"),
    "isis": ("Islamic State", "group", None, None, "IMGMUSISI"),
    "usa": ("United States", "state", "USA", None, "USA"),
    "reprieve": ("Reprieve", "ngo", "NGO", "HRI", "NGOHRI"),
    "gbr": ("United Kingdom", "state", "GBR", None, "GBR"),
}


def ref(actor_id: str, text: str) -> ActorRef:
    _, _, country, sector, code = ACTORS[actor_id]
    start = TEXT.index(text)
    return ActorRef(actor=actor_id, text=text, start=start, end=start + len(text), country=country, sector=sector,
                    code=code)


def event(event_id: str, source: ActorRef, target: ActorRef, *, cameo: str, quad: int, goldstein: float) -> Event:
    return Event(id=event_id, sentence=0, trigger=Span("x", 0, 1), source=[source], target=[target], cameo=cameo,
                 root=cameo[:2], quad_class=quad, goldstein=goldstein, plover=None, date="2018-10-16")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("actor-level") / "a.duckdb"
    record = DocumentRecord(
        doc_id="doc-1", text=TEXT, published="2018-10-16", sentences=[[0, len(TEXT)]],
        actors=[Actor(id=key, name=name, kind=kind, country=country, sector=sector, code=code, mentions=[[0, 1]])
                for key, (name, kind, country, sector, code) in ACTORS.items()],
        events=[event("e1", ref("tur", "Turkey"), ref("sdf", "SDF"), cameo="195", quad=4, goldstein=-10.0),
                event("e2", ref("sdf", "SDF"), ref("isis", "Isis"), cameo="190", quad=4, goldstein=-10.0),
                event("e3", ref("usa", "Washington"), ref("sdf", "SDF"), cameo="070", quad=2, goldstein=7.0),
                event("e4", ref("reprieve", "Reprieve"), ref("gbr", "Britain"), cameo="112", quad=3, goldstein=-2.0)])
    with Store(path) as opened:
        opened.write([record])
    with Store(path, read_only=True) as opened:
        yield opened, path


def pairs(rows, by):
    return {(row[f"source_{by}"], row[f"target_{by}"]): row["events"] for row in rows}


def test_country_level_folds_groups_into_their_state(store):
    opened, _ = store
    # the SDF count as Syria, the NGO as NGO; Isis has no country, so its fight is no country pair
    assert pairs(opened.dyads(), "country") == {("TUR", "SYR"): 1, ("USA", "SYR"): 1, ("NGO", "GBR"): 1}


def test_actor_level_keeps_groups_ngos_and_igos_apart(store):
    opened, _ = store
    assert pairs(opened.dyads(by="actor"), "actor") == {
        ("TUR", "Syrian Democratic Forces"): 1, ("USA", "Syrian Democratic Forces"): 1,
        ("Syrian Democratic Forces", "Islamic State"): 1, ("Reprieve", "GBR"): 1}
    with pytest.raises(ValueError, match="by must be"):
        opened.dyads(by="person")


def test_network_by_actor_has_group_nodes(store):
    opened, _ = store
    countries = actor_network(opened.con)
    assert {node["country"] for node in countries.nodes()} == {"TUR", "SYR", "USA", "NGO", "GBR"}
    actors = actor_network(opened.con, by="actor")
    nodes = {node["actor"]: node for node in actors.nodes()}
    assert set(nodes) == {"TUR", "Syrian Democratic Forces", "USA", "Islamic State", "Reprieve", "GBR"}
    assert nodes["Syrian Democratic Forces"]["partners"] == 3  # the hub of this little story
    assert actor_network(opened.con, by="actor", origin="gdelt").nodes() == []  # GDELT rows have no actors


def test_cli_by_actor(store):
    _, path = store
    runner = CliRunner()
    result = runner.invoke(cli.main, ["dyads", "--by", "actor", "--json", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert ("Syrian Democratic Forces", "Islamic State") in {(row["source_actor"], row["target_actor"])
                                                            for row in json.loads(result.stdout)}
    table = runner.invoke(cli.main, ["dyads", "--by", "actor", "--db", str(path)])
    assert table.exit_code == 0 and "Reprieve" in table.stdout
    network = runner.invoke(cli.main, ["network", "--by", "actor", "--json", "--db", str(path)])
    assert "Syrian Democratic Forces" in {node["actor"] for node in json.loads(network.stdout)["nodes"]}
    assert "Actors" in runner.invoke(cli.main, ["network", "--by", "actor", "--db", str(path)]).stdout
