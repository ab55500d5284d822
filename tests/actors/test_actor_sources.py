"""The build of the dated knowledge base (scripts/actor_sources): readers and merge rules.

The merge rules run on tiny hand-made knowledge bases; the readers need ../shared (skipped without it).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from eventwire.actors.kb import Entry, KnowledgeBase
from eventwire.actors.roles import EXACT, SNAPSHOT, YEAR, Source

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))

from actor_sources.cia import cia_names  # noqa: E402
from actor_sources.merge import Merger, close_stale_roles, compact  # noqa: E402
from actor_sources.records import SourcedActor, display_name, office_sector  # noqa: E402

PHOENIX, CURATED, IFG, CIA, WIKIDATA = range(5)


def tiny_kb(entries: dict[str, Entry]) -> KnowledgeBase:
    kb = KnowledgeBase(countries={"GBR": "United Kingdom", "CAN": "Canada", "IRN": "Iran", "LBN": "Lebanon",
                                  "YEM": "Yemen"}, entries=[], names={}, agents={})
    for source in ("phoenix", "curated", "ifg", "cia", "world_leaders"):
        kb.add_source(Source(source, source, "test"))
    for name, entry in entries.items():
        kb.names[name] = len(kb.entries)
        kb.entries.append(entry)
    return kb


@pytest.mark.parametrize(("office", "sector"), [
    ("Minister of Defense", "GOV"), ("Secretary of State for Defence", "GOV"),
    ("Chairman of the Joint Chiefs of Staff", "MIL"), ("Chief of General Staff", "MIL"), ("Chief of Staff", "GOV"),
    ("Speaker of the Parliament", "LEG"), ("President of the Supreme Court", "JUD"),
    ("Director of Federal Security Service (FSB)", "SPY"), ("Minister of Defense & Armed Forces Logistics", "GOV"),
])
def test_offices_map_to_sectors(office, sector):
    assert office_sector(office) == sector


def test_cia_names_give_the_forms_news_use():
    assert cia_names("MUHAMMAD BIN SALMAN bin Abd al-Aziz Al Saud")[-1] == "Muhammad bin Salman"
    assert cia_names("Ali Hoseini-KHAMENEI")[-1] == "Ali Khamenei"
    assert cia_names("Anatoliy Ivanovich ANTONOV")[-1] == "Anatoliy Antonov"   # no patronymic
    assert cia_names("Mohammad Javad ZARIF-Khonsari") == ["Mohammad Javad Zarif-Khonsari", "Mohammad Javad Zarif",
                                                          "Mohammad Zarif"]
    assert display_name("Salih al-HUSNI") == "Salih al-Husni"


def test_a_complete_source_closes_an_open_phoenix_role_and_drops_weaker_ones():
    kb = tiny_kb({"theresa may": Entry("Theresa May", "person", None,
                                       [["GBRGOVHRI", 20100601, 99991231, None]], source=PHOENIX)})
    merger = Merger(kb)
    merger.add(SourcedActor("Theresa May", roles=[["GBRGOV", 20100512, 20160713, "Home Secretary", EXACT],
                                                  ["GBRGOV", 20160713, 20190724, "Prime Minister", EXACT]]), source=IFG)
    merger.add(SourcedActor("Theresa May", roles=[["GBRGOV", 20180604, 20200603, "Prime Minister", SNAPSHOT]]),
               source=CIA)
    assert close_stale_roles(kb, complete={IFG}, phoenix=PHOENIX) == 1
    may = kb.entries[0]
    assert [role[:3] for role in may.dated] == [["GBRGOVHRI", 20100601, 20160713], ["GBRGOV", 20100512, 20160713],
                                                ["GBRGOV", 20160713, 20190724]]   # closed; the snapshot is gone


def test_one_person_under_two_names_becomes_one_entry():
    kb = tiny_kb({"ali hoseini khamenei": Entry("Ali Hoseini Khamenei", "person", "IRNELI",
                                                [["IRNGOV", 19890604, 99991231, None]], source=PHOENIX)})
    merger = Merger(kb)
    merger.add(SourcedActor("Ali Khamenei", roles=[["IRNGOV", 19890101, 99991231, "Supreme Leader", YEAR]]),
               source=WIKIDATA)
    merger.add(SourcedActor("Ali Khamenei", aliases=["Ali Hoseini-Khamenei"],
                            roles=[["IRNGOV", 20180604, 20200603, "Supreme Leader", SNAPSHOT]]), source=CIA)
    assert compact(kb) == 1
    assert kb.names["ali khamenei"] == kb.names["ali hoseini khamenei"] and not kb.homonyms
    assert len(kb.entries[kb.names["ali khamenei"]].dated) == 3


def test_two_people_with_one_name_are_homonyms():
    kb = tiny_kb({"andrew mitchell": Entry("Andrew Mitchell", "person", None,
                                           [["CANGOV", 20030101, 20031231, None]], source=PHOENIX)})
    Merger(kb).add(SourcedActor("Andrew Mitchell", roles=[["GBRGOV", 20100512, 20120904, "Secretary", EXACT]]),
                   source=IFG)
    assert kb.homonyms["andrew mitchell"] == [0, 1]


def test_the_curated_file_decides_a_group_and_takes_back_a_leader():
    kb = tiny_kb({"ansar allah": Entry("Ansar Allah", "group", "LBNREB", source=PHOENIX),
                  "hezbollah": Entry("Hezbollah", "group", "LBNREB", source=PHOENIX)})
    kb.names["hassan nasrallah"] = 1   # Phoenix files the leader's name under the group
    merger = Merger(kb)
    merger.add(SourcedActor("Ansarallah", "group", ["Ansar Allah", "Houthis"], "YEMREB"), source=CURATED,
               join_by_name=True)
    merger.add(SourcedActor("Hassan Nasrallah", roles=[["LBNREB", 19920216, 20240927, "Secretary-General", EXACT]]),
               source=CURATED, join_by_name=True)
    houthis = kb.entries[kb.names["houthis"]]
    assert kb.names["houthis"] == kb.names["ansar allah"] == 0 and (houthis.name, houthis.code) == ("Ansarallah", "YEMREB")
    assert kb.entries[kb.names["hassan nasrallah"]].kind == "person"


# readers of the shared sources
@pytest.fixture(scope="module")
def sources_dir(shared_dir):
    return shared_dir / "data" / "actor_sources"


def test_us_terms_end_the_day_before_the_handover(sources_dir):
    from actor_sources.us_executive import read_us_executive

    trump = next(actor for actor in read_us_executive(sources_dir / "us_executive" / "executive.yaml")
                 if actor.name == "Donald Trump")
    assert [role[:3] for role in trump.roles] == [["USAGOV", 20170120, 20210119], ["USAGOV", 20250120, 20290119]]


def test_heads_of_several_states_keep_their_own(sources_dir):
    from actor_sources.world_leaders import read_world_leaders

    codes = {"France": "FRA", "Andorra": "AND", "United Kingdom": "GBR", "Australia": "AUS", "Canada": "CAN"}
    leaders, _ = read_world_leaders(sources_dir / "world_leaders_2021" / "wikidata.csv", country_code=codes.get)
    by_name = {actor.name: actor for actor in leaders}
    assert {role[0] for role in by_name["Emmanuel Macron"].roles} == {"FRAGOV"}   # not Andorra's co-prince
    assert {role[0][:3] for role in by_name["Elizabeth II"].roles} == {"GBR"}
    assert all(role[4] == YEAR for role in by_name["Emmanuel Macron"].roles)


def test_ofac_groups_and_their_aliases(sources_dir):
    from actor_sources.ofac import read_sanctioned_entities

    entities = {entity.name: entity for entity in read_sanctioned_entities(sources_dir / "ofac_sdn_2024" / "sdn.csv")}
    assert "PRIVATE MILITARY COMPANY WAGNER" in entities and "KURDISTAN WORKERS' PARTY" in entities
    shabaab = entities["AL-SHABAAB"]
    assert shabaab.terrorism and "AL-HIJRA" in shabaab.aliases and "THE YOUTH" not in shabaab.aliases   # generic
