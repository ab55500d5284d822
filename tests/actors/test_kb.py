"""The compiled knowledge base: names, aliases, demonyms, capitals, dated roles, user dictionaries."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.codes import split_code
from eventwire.actors.kb import load_knowledge_base, normalize_chars
from eventwire.errors import DictionaryError


@pytest.fixture(scope="module")
def kb():
    return load_knowledge_base()


@pytest.mark.parametrize("name, code", [
    ("Russia", "RUS"), ("Russian Federation", "RUS"), ("Russian", "RUS"), ("Moscow", "RUS"),
    ("Pakistani", "PAK"), ("Islamabad", "PAK"), ("Washington", "USA"), ("U.S.", "USA"), ("Beijing", "CHN"),
    ("Chinese", "CHN"), ("New Delhi", "IND"), ("East Timor", "TLS"),
])
def test_names_demonyms_and_capitals_resolve_to_the_state(kb, name, code):
    entry = kb.lookup(name)
    assert entry is not None and entry.kind == "state" and entry.code == code


def test_every_state_code_is_iso3(kb):
    iso3 = set(kb.countries)
    assert {entry.code for entry in kb.entries if entry.kind == "state"} <= iso3


def test_groups_igos_and_buildings(kb):
    assert (kb.lookup("Taliban").kind, kb.lookup("Taliban").code) == ("group", "AFGREB")
    assert kb.lookup("United Nations").kind == "igo"
    assert kb.lookup("the Kremlin").code == "RUSGOV"


def test_dated_role_is_chosen_by_date(kb):
    lavrov = kb.lookup("Sergei Lavrov")
    assert lavrov.kind == "person"
    assert kb.code_at(lavrov, date(2021, 4, 8)) == ("RUSGOV", "Foreign Minister")
    assert kb.code_at(lavrov, date(1990, 1, 1))[0] is None  # before any role, no default code
    khan = kb.lookup("Imran Khan")
    # Prime Minister 2018-08-18 to 2022-04-10 (curated file); Phoenix's open-ended PAKGOVLEG of 2013 ends there
    assert kb.code_at(khan, date(2021, 4, 8)) == ("PAKGOV", "Prime Minister of Pakistan")
    assert kb.code_at(khan, date(2010, 1, 1))[0] == "PAKELI"  # between roles: the default code


def test_agents_map_titles_to_sectors(kb):
    assert kb.agents["foreign minister"] == "~GOV"
    assert kb.agents["army chief"].startswith("~MIL")
    assert kb.agents["fm"] == "~GOV"


def test_split_code():
    countries = {"PAK", "RUS"}
    assert split_code("PAKGOVLEG", countries=countries) == ("PAK", "GOV")
    assert split_code("IGOUNO", countries=countries) == ("IGO", None)
    assert split_code("RUS", countries=countries) == ("RUS", None)
    assert split_code("~MIL", countries=countries) == (None, "MIL")


def test_normalize_chars_keeps_offsets():
    text = "Pakistan’s İstanbul"
    assert len(normalize_chars(text)) == len(text)
    assert normalize_chars(text).startswith("pakistan's")


def test_user_files_add_and_override(tmp_path):
    actors = tmp_path / "mine.actors"
    actors.write_text("ZORGONIA_ [ZRG]\nJANE_ROE_\n+J._ROE\n\t[USAGOV >20200101]\n", encoding="utf-8")
    agents = tmp_path / "mine.agents"
    agents.write_text("GRAND_VIZIER [~GOV]\n", encoding="utf-8")
    kb = load_knowledge_base(actor_files=[actors], agent_files=[agents])
    assert kb.code_at(kb.lookup("Jane Roe"), date(2021, 1, 1))[0] == "USAGOV"
    assert kb.lookup("J. Roe") is kb.lookup("Jane Roe")
    # a bare three-letter code in a user's file is a country of its own, as in PETRARCH
    assert kb.lookup("Zorgonia").kind == "state" and kb.split("ZRGGOV") == ("ZRG", "GOV")
    assert kb.agents["grand vizier"] == "~GOV"
    assert kb.lookup("Russia") is not None


def test_no_defaults_keeps_only_user_entries(tmp_path):
    actors = tmp_path / "mine.actors"
    actors.write_text("FREEDONIA_ [FRA]\n", encoding="utf-8")
    kb = load_knowledge_base(actor_files=[actors], use_defaults=False)
    assert kb.lookup("Russia") is None
    assert kb.lookup("Freedonia").kind == "state" and kb.lookup("Freedonia").code == "FRA"


def test_malformed_user_file_names_file_and_line(tmp_path):
    actors = tmp_path / "bad.actors"
    actors.write_text("RUSSIA_ [RUS]\n\t[RUSGOV 20xx0101-]\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as caught:
        load_knowledge_base(actor_files=[actors])
    assert caught.value.code == "E201" and caught.value.line == 2 and "bad.actors:2" in str(caught.value)


def test_missing_user_file_is_e202(tmp_path):
    with pytest.raises(DictionaryError) as caught:
        load_knowledge_base(actor_files=[tmp_path / "absent.actors"], use_defaults=False)
    assert caught.value.code == "E202"


def test_loads_with_its_matcher():
    """(How fast it loads is bench/'s to show, not a timed unit test's.)"""
    kb = load_knowledge_base()
    assert kb.automaton is not None   # the matcher is part of what every run pays
