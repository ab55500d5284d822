"""The PETRARCH/TABARI actor and agent dictionary readers, on small inline snippets."""

from __future__ import annotations

import pytest

from eventwire.dictionaries.actors import FAR_FUTURE, FAR_PAST, parse_actor_dictionary, parse_date
from eventwire.dictionaries.agents import parse_agent_dictionary
from eventwire.errors import DictionaryError

ACTORS = """# a comment
AFGHANISTAN_  [AFG]
+AFGHAN_
+KABUL_

SERGEY_LAVROV_  # CountryInfo.txt
+SERGEI_LAVROV
\t[RUSGOV 19940922-20040712] # Amb. to UN
\t[RUSGOV >20040309]  # Foreign Minister
ABDUL_QADIR_
+NUR_MOHAMMAD_TARAKI_
\t[AFGELI 620101-780427]
\t[AFGELI]
HAMID_KARZAI_  [AFGMIL]
\t[AFGGOV <011222]
"""


def test_actor_records_names_codes_and_dates():
    records = parse_actor_dictionary(ACTORS)
    assert [record.names for record in records] == [
        ["AFGHANISTAN", "AFGHAN", "KABUL"], ["SERGEY LAVROV", "SERGEI LAVROV"],
        ["ABDUL QADIR", "NUR MOHAMMAD TARAKI"], ["HAMID KARZAI"]]
    afghanistan, lavrov, qadir, karzai = records
    assert afghanistan.code == "AFG" and not afghanistan.dated
    assert lavrov.code is None
    assert [(d.code, d.start, d.end, d.note) for d in lavrov.dated] == [
        ("RUSGOV", 19940922, 20040712, "Amb. to UN"), ("RUSGOV", 20040309, FAR_FUTURE, "Foreign Minister")]
    assert (qadir.dated[0].start, qadir.dated[0].end) == (19620101, 19780427)  # YYMMDD: 62 -> 1962
    assert qadir.code == "AFGELI"  # an undated code line is the default
    assert karzai.code == "AFGMIL" and (karzai.dated[0].start, karzai.dated[0].end) == (FAR_PAST, 20011222)


def test_six_digit_years_pivot_at_2030():
    assert parse_date("080501") == 20080501
    assert parse_date("450703") == 19450703


@pytest.mark.parametrize("snippet, line", [
    ("RUSSIA_ [RUS]\n\t[RUSGOV 2004]\n", 2),              # restriction without <, > or a range
    ("RUSSIA_ [RUS]\n\t[RUSGOV 20041399-20050101]\n", 2),  # month 13
    ("+RUSSIA_\n", 1),                                     # synonym before any actor
    ("RUSSIA_ [RUS\n", 1),                                 # unclosed bracket
    ("RUSSIA_ [RUS]\n[RUSGOV]\n", 2),                      # code line not indented
])
def test_malformed_actor_lines_raise_with_line_number(snippet, line):
    with pytest.raises(DictionaryError) as caught:
        parse_actor_dictionary(snippet, path="my.actors")
    assert caught.value.code == "E201" and caught.value.line == line
    assert f"my.actors:{line}" in str(caught.value)


def test_lenient_mode_skips_bad_lines():
    records = parse_actor_dictionary("RUSSIA_ [RUS]\n\t[RUSGOV 2004]\nCHINA_ [CHN]\n", strict=False)
    assert [record.code for record in records] == ["RUS", "CHN"]


AGENTS = """!MINIST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES
FOREIGN_!MINIST! [~GOV]
ARMY_CHIEF [~MIL]
POLICE {} [~COP]
ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]
HUMAN_RIGHTS_BODY  [NGO~] # comment
"""


def test_agent_entries_with_substitutions_and_plurals():
    entries = {entry.phrase: entry.code for entry in parse_agent_dictionary(AGENTS)}
    assert entries["FOREIGN MINISTER"] == entries["FOREIGN MINISTRIES"] == "~GOV"
    assert entries["ARMY CHIEF"] == entries["ARMY CHIEFS"] == "~MIL"
    assert "POLICES" not in entries and entries["POLICE"] == "~COP"
    assert entries["ATTORNEYS GENERAL"] == "~GOVATG" and "ATTORNEY GENERALS" not in entries
    assert entries["HUMAN RIGHTS BODY"] == "NGO~" and "HUMAN RIGHTS BODIES" in entries


@pytest.mark.parametrize("snippet, line", [
    ("ARMY_CHIEF [~MIL}\n", 1),
    ("ARMY_CHIEF\n", 1),
    ("ARMY_CHIEF [MIL]\n", 1),
    ("POLICE [~COP]\n!UNDEFINED!_OFFICE [~GOV]\n", 2),
])
def test_malformed_agent_lines_raise(snippet, line):
    with pytest.raises(DictionaryError) as caught:
        parse_agent_dictionary(snippet, path="my.agents")
    assert caught.value.code == "E201" and caught.value.line == line
