"""The dated knowledge base (data version 3): roles by date and source, snapshot windows, homonyms and
ambiguous names left unresolved, armed groups and NGOs as themselves. Built-in data only, no model."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.explain import explain_name
from eventwire.actors.roles import EXACT, SNAPSHOT, YEAR, Source, choose_role

OUTSIDE = date(2018, 10, 16)


def code_on(kb, name, when):
    return kb.actor_code(kb.lookup(name), when)[0]


# dated roles: a minister before, during and after the term
@pytest.mark.parametrize(("name", "when", "code"), [
    ("Rex Tillerson", date(2017, 1, 31), "USA"),      # before his term: the country, no sector
    ("Rex Tillerson", date(2017, 6, 1), "USAGOV"),     # Secretary of State 2017-02-01 - 2018-03-31
    ("Rex Tillerson", date(2018, 6, 1), "USAELI"),    # after it: a former official (CAMEO ELI)
    ("Mike Pompeo", date(2017, 6, 1), "USASPY"),      # CIA director first
    ("Mike Pompeo", date(2019, 6, 1), "USAGOV"),      # then Secretary of State
    ("Hulusi Akar", date(2017, 1, 1), "TURMIL"),      # Chief of the General Staff
    ("Hulusi Akar", date(2019, 1, 1), "TURGOV"),      # Defence Minister, a civilian office
    ("Donald Trump", date(2016, 6, 1), "USAELI"),     # candidate: the curated code outside every term
    ("Donald Trump", date(2018, 10, 16), "USAGOV"),   # president (us_executive, exact terms)
    ("Donald Trump", date(2022, 6, 1), "USAELI"),
    ("Boris Johnson", date(2017, 6, 1), "GBRGOV"),    # Foreign Secretary (IfG)
    ("Boris Johnson", date(2019, 3, 1), "GBRELI"),    # between his offices
])
def test_dated_roles_follow_the_article_date(kb, name, when, code):
    assert code_on(kb, name, when) == code


def test_a_stale_open_phoenix_role_ends_with_the_office(kb):
    # Phoenix: GBRGOVHRI from 2010-06-01, never ended; IfG: Home Secretary to 2016-07-13, PM to 2019-07-24
    may = kb.lookup("Theresa May")
    assert kb.code_at(may, date(2018, 1, 1)) == ("GBRGOV", "Prime Minister")
    assert kb.code_at(may, date(2020, 1, 1))[0] is None   # no office: the Home Office role is closed too
    assert kb.actor_code(may, date(2020, 1, 1))[0] == "GBRELI"   # a former official


def test_heads_of_government_in_office_are_not_elite(kb):
    # Phoenix's dated roles end before the news, and its default code is ELI
    for name, when, code in (("Angela Merkel", date(2019, 1, 1), "DEUGOV"), ("Vladimir Putin", date(2019, 1, 1), "RUSGOV"),
                             ("Recep Tayyip Erdogan", date(2019, 1, 1), "TURGOV"),
                             ("Angela Merkel", date(2023, 1, 1), "DEUELI")):   # after her chancellorship
        assert code_on(kb, name, when) == code, name


def test_a_snapshot_role_holds_inside_its_stated_window_only(kb):
    # CIA list of 2019-06-04, valid a year either side; Pakdemirli has no other source
    minister = kb.lookup("Bekir Pakdemirli")
    assert code_on(kb, "Bekir Pakdemirli", date(2018, 6, 4)) == "TURGOV"
    assert code_on(kb, "Bekir Pakdemirli", date(2020, 6, 3)) == "TURGOV"
    assert code_on(kb, "Bekir Pakdemirli", date(2020, 6, 5)) == "TUR"   # unknown after it: no ELI either
    role = kb.role_at(minister, date(2019, 1, 1))
    source = kb.source_of(minister, role)
    assert source.id == "cia" and source.snapshot == "2019-06-04" and "a year either side" in source.window
    assert role[5] == SNAPSHOT


def test_sources_that_disagree_are_ranked_on_the_day():
    sources = [Source("old", "old", "x", rank=40, horizon=20151231), Source("new", "new", "x", rank=10),
               Source("years", "years", "x", rank=30), Source("list", "list", "x", rank=35)]
    phoenix_open = ["AAAELI", 20100101, 99991231, None, 0, EXACT]
    exact = ["AAAGOV", 20170120, 20210119, "Minister", 1, EXACT]
    years = ["AAAMIL", 20170101, 20221231, "General", 2, YEAR]
    snapshot = ["AAALEG", 20180604, 20200603, "Speaker", 3, SNAPSHOT]
    roles = [phoenix_open, exact, years, snapshot]
    assert choose_role(roles, 20190101, sources=sources, default_source=None) is exact       # exact beats years
    assert choose_role(roles, 20220101, sources=sources, default_source=None) is years       # years beat open stale
    assert choose_role([phoenix_open, snapshot], 20190101, sources=sources, default_source=None) is snapshot
    assert choose_role([phoenix_open], 20140101, sources=sources, default_source=None) is phoenix_open
    assert choose_role(roles, 20090101, sources=sources, default_source=None) is None


def test_every_entry_and_role_keeps_its_source_and_licence(kb):
    trump = kb.lookup("Donald Trump")
    role = kb.role_at(trump, OUTSIDE)
    assert kb.source_of(trump, role).id == "us_executive" and kb.source_of(trump, role).licence == "CC0 1.0"
    assert kb.source_of(kb.lookup("Boris Johnson"), kb.role_at(kb.lookup("Boris Johnson"), date(2017, 1, 1))).id == "ifg"
    assert kb.source_of(kb.lookup("Jim Mattis")).id == "curated"
    assert "Secretary of Defense" in kb.notes[kb.names["jim mattis"]]
    assert {source.id for source in kb.sources} >= {"phoenix", "curated", "us_executive", "ifg", "world_leaders",
                                                   "cia", "ofac", "country_tables"}
    assert all(source.licence for source in kb.sources)


# armed groups, parties, NGOs and IGOs as themselves
@pytest.mark.parametrize(("name", "kind", "code"), [
    ("Syrian Democratic Forces", "group", "SYRREB"), ("SDF", "group", "SYRREB"), ("YPG", "group", "SYRREB"),
    ("People's Protection Units", "group", "SYRREB"), ("HTS", "group", "SYRREB"),
    ("Hayat Tahrir al-Sham", "group", "SYRREB"), ("Jabhat al-Nusra", "group", "SYRREB"),
    ("ISIS", "group", "IMGMUSISI"), ("Islamic State", "group", "IMGMUSISI"), ("Daesh", "group", "IMGMUSISI"),
    ("ISWAP", "group", "NGAREB"),                                   # a national branch takes its country
    ("al-Qaeda", "group", "IMGMUSALQ"), ("AQAP", "group", "YEMREB"),
    ("Wagner Group", "group", "RUSUAF"), ("Wagner", "group", "RUSUAF"),
    ("Houthis", "group", "YEMREB"), ("Ansar Allah", "group", "YEMREB"), ("al-Shabaab", "group", "SOMREB"),
    ("Hezbollah", "group", "LBNREB"), ("PKK", "group", "TURREB"), ("Kurdistan Workers' Party", "group", "TURREB"),
    ("Reprieve", "ngo", "NGOHRI"), ("Médecins Sans Frontières", "ngo", "NGOHLH"), ("Amnesty International", "ngo", "NGOHRIAMN"),
    ("OPCW", "igo", "IGO"),
])
def test_groups_keep_their_own_codes(kb, name, kind, code):
    entry = kb.lookup(name)
    assert (entry.kind, kb.actor_code(entry, OUTSIDE)[0]) == (kind, code)


def test_transnational_groups_have_no_country_and_dated_groups_change(kb):
    assert kb.split(code_on(kb, "ISIS", OUTSIDE))[0] is None           # IMG: no country, not Syria or Iraq
    assert code_on(kb, "Taliban", date(2020, 1, 1)) == "AFGREB"
    assert code_on(kb, "Taliban", date(2022, 1, 1)) == "AFGGOV"        # de facto government from 2021-08-15
    assert code_on(kb, "Labour Party", date(2018, 1, 1)) == "GBROPP"
    assert code_on(kb, "Labour", date(2025, 1, 1)) == "GBRGOV"


def test_ofac_aliases_join_the_group(kb):
    nusra = kb.lookup("Support Front for the People of the Levant")   # an a.k.a. of AL-NUSRAH FRONT
    assert nusra is kb.lookup("HTS")
    assert "OFAC SDN entry 16937" in kb.notes[kb.names["hts"]]
    assert kb.lookup("Hizballah") is kb.lookup("Hezbollah")


# names several entries fit: decided by date, country, title, or left unresolved with the candidates
def test_homonyms_are_decided_by_date_or_left_unresolved(kb):
    assert len(kb.candidates("andrew mitchell")) == 2                  # a Canadian and a British minister
    decided = explain_name("Andrew Mitchell", kb=kb, when=date(2023, 1, 1))
    assert decided.code == "GBRGOV" and decided.decided_by == "date" and len(decided.candidates) == 2
    open_question = explain_name("Andrew Mitchell", kb=kb, when=date(2016, 1, 1))
    assert open_question.code is None and "left unresolved" in open_question.route
    assert {item["code"][:3] for item in open_question.candidates} == {"CAN", "GBR"}


def test_a_lone_surname_is_decided_by_title_or_left_unresolved(kb):
    day = date(2018, 1, 16)   # Boris Johnson Foreign Secretary, Jo Johnson a minister too
    johnson = explain_name("Johnson", kb=kb, when=day)
    assert johnson.code is None and "left unresolved" in johnson.route
    titled = explain_name("Foreign Secretary Johnson", kb=kb, when=day)
    assert (kb.entries[titled.entry].name, titled.code, titled.decided_by) == ("Boris Johnson", "GBRGOV", "title")


def test_bin_salman_is_no_bruneian(kb):
    found = explain_name("bin Salman", kb=kb, when=OUTSIDE)
    assert found.code is None and "left unresolved" in found.route   # the crown prince and his brother both fit
    assert {item["name"] for item in found.candidates} >= {"Mohammed bin Salman", "Khalid bin Salman"}
    assert not any((item["code"] or "").startswith("BRN") for item in found.candidates)
    assert explain_name("Crown Prince bin Salman", kb=kb, when=OUTSIDE).code == "SAUGOV"


def test_spelling_variants_need_a_similar_family_name(kb):
    assert explain_name("Jim Mattis", kb=kb, when=OUTSIDE).code == "USAGOV"   # not Jaume Matas (ESP)
    assert explain_name("James Matas", kb=kb, when=OUTSIDE).code != "USAGOV"
    assert explain_name("Mahmood Qureshi", kb=kb, when=date(2019, 1, 1)).code == "PAKGOV"
    # a country written with the name rules out the others: no Benin minister for an Egyptian
    assert explain_name("Egypt's minister Karim Soliman", kb=kb, when=date(2025, 1, 16)).code in (None, "EGY")


def test_accents_are_folded(kb):
    assert kb.lookup("Mevlüt Çavuşoğlu") is kb.lookup("Mevlut Cavusoglu")
    assert code_on(kb, "Mevlüt Çavuşoğlu", OUTSIDE) == "TURGOV"
