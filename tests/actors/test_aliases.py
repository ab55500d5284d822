"""The learned alias table: its window, one person per alias, the user's names, the alias file."""

from __future__ import annotations

import pickle
from datetime import date

import pytest

from eventwire.actors.aliases import AliasTable, LearnedAlias, parse_alias_csv, read_alias_file, write_alias_file
from eventwire.errors import DictionaryError


def alias(text="Otieno", name="Kamau Otieno", code="KENGOV", first=date(2019, 3, 1), last=None, documents=1):
    return LearnedAlias(alias=text, name=name, code=code, role="interior minister", first_seen=first,
                        last_seen=last or first, documents=documents, source="doc-a")


def test_an_alias_applies_within_two_years_of_its_sightings():
    table = AliasTable((alias(first=date(2019, 3, 1), last=date(2019, 9, 1)),))
    assert table.lookup("Otieno", date(2017, 3, 1)).name == "Kamau Otieno"   # 730 days before the first
    assert table.lookup("Otieno", date(2017, 2, 28)) is None
    assert table.lookup("otieno", date(2021, 8, 31)).code == "KENGOV"         # 730 days after the last, any case
    assert table.lookup("Otieno", date(2021, 9, 2)) is None
    assert table.lookup("Otieno", None) is None                               # undated: no window to check


def test_two_people_with_one_alias_in_the_window_leave_it_unresolved():
    table = AliasTable((alias(), alias(name="Grace Otieno", code="KENJUD", first=date(2020, 1, 1))))
    assert table.lookup("Otieno", date(2019, 6, 1)) is None
    assert table.lookup("Otieno", date(2021, 6, 1)).name == "Grace Otieno"    # only hers holds then


def test_one_person_takes_the_code_of_the_sighting_nearest_the_date():
    general = alias("Akar", "Hulusi Akar", "TURMIL", first=date(2016, 1, 1), last=date(2018, 6, 1))
    minister = alias("Akar", "Hulusi Akar", "TURGOV", first=date(2018, 8, 1), last=date(2020, 1, 1))
    table = AliasTable((general, minister))
    assert table.lookup("Akar", date(2017, 5, 1)).code == "TURMIL"
    assert table.lookup("Akar", date(2019, 5, 1)).code == "TURGOV"


def test_names_a_user_file_claims_are_dropped():
    table = AliasTable((alias(), alias("Kamau Otieno"), alias("Ruto", "William Ruto"), alias("William Ruto", "William Ruto")))
    # the user's own Otieno claims the family name; Kamau Otieno's full name is still his
    assert [item.alias for item in table.without_names({"otieno"}).aliases] == ["Kamau Otieno", "Ruto", "William Ruto"]
    # a person the user's file names loses every alias learned for them
    assert [item.alias for item in table.without_names({"william ruto"}).aliases] == ["Otieno", "Kamau Otieno"]


def test_the_table_travels_to_workers_and_compares_by_content():
    table = AliasTable((alias(),))
    copy = pickle.loads(pickle.dumps(table))
    assert copy == table and hash(copy) == hash(table)
    assert copy.lookup("Otieno", date(2019, 3, 1)).name == "Kamau Otieno"


def test_the_alias_file_round_trips(tmp_path):
    path = tmp_path / "aliases.csv"
    table = AliasTable((alias(), alias("Kamau Otieno", last=date(2019, 5, 2), documents=3)))
    assert write_alias_file(table.aliases, path) == 2
    assert read_alias_file(path) == table


@pytest.mark.parametrize("line, problem", [
    ("Otieno,Kamau Otieno,KENGOV,minister,2019-03-01,2019-03-01,1", "expected 8 columns"),
    ("Otieno,Kamau Otieno,kengov,minister,2019-03-01,2019-03-01,1,a", "bad code"),
    ("Otieno,Kamau Otieno,KENGOV,minister,2019-03-01,2019-13-01,1,a", "bad date"),
    ("Otieno,Kamau Otieno,KENGOV,minister,2019-03-02,2019-03-01,1,a", "after last_seen"),
    ("Otieno,Kamau Otieno,KENGOV,minister,2019-03-01,2019-03-01,0,a", "at least 1"),
    (",Kamau Otieno,KENGOV,minister,2019-03-01,2019-03-01,1,a", "empty `alias`"),
])
def test_a_malformed_line_names_the_file_and_line(line, problem):
    text = "alias,name,code,role,first_seen,last_seen,documents,source\nRuto,William Ruto,KENGOV,,2019-01-01," \
           "2019-01-01,1,a\n" + line + "\n"
    with pytest.raises(DictionaryError, match=rf"\[E201\] mine.csv:3: .*{problem}"):
        parse_alias_csv(text, path="mine.csv")


def test_a_file_without_the_header_is_refused():
    with pytest.raises(DictionaryError, match=r"\[E201\] mine.csv:1: expected the header"):
        parse_alias_csv("Otieno,Kamau Otieno,KENGOV\n", path="mine.csv")
