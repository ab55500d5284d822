"""User actor files (YAML/CSV): parsing, validation errors with line and reason, loading into the KB."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.actors.explain import explain_name
from eventwire.actors.kb import load_knowledge_base
from eventwire.actors.userfile import parse_user_csv, parse_user_yaml
from eventwire.errors import DictionaryError

YAML = """\
actors:
  - name: Shehbaz Sharif
    kind: person
    aliases: [Shahbaz Sharif]
    code: PAK
    roles:
      - {code: PAKGOV, from: 2022-04-11, to: 2023-08-14, role: Prime Minister}
  - name: Wilsonian Institute
    kind: organization
    code: USAEDU
"""

CSV = """\
name,kind,code,aliases,from,to,role
Shehbaz Sharif,person,PAKGOV,Shahbaz Sharif,2022-04-11,2023-08-14,Prime Minister
Shehbaz Sharif,person,PAKGOV,,2024-03-04,,Prime Minister
"""


def test_yaml_actors_with_roles():
    actors = parse_user_yaml(YAML)
    assert [actor.name for actor in actors] == ["Shehbaz Sharif", "Wilsonian Institute"]
    assert actors[0].aliases == ["Shahbaz Sharif"]
    assert actors[0].roles == [["PAKGOV", 20220411, 20230814, "Prime Minister"]]
    assert actors[1].kind == "organization" and actors[1].code == "USAEDU"


def test_csv_rows_with_one_name_are_one_actor():
    [actor] = parse_user_csv(CSV)
    assert actor.aliases == ["Shahbaz Sharif"]
    assert [role[1:3] for role in actor.roles] == [[20220411, 20230814], [20240304, 99991231]]


@pytest.mark.parametrize(("text", "line", "reason"), [
    ("actors:\n  - name: X\n    roles:\n      - {code: PAKGOV, from: 2022-13-01}\n", 4, "not YYYY-MM-DD"),
    ("actors:\n  - name: X\n    code: pakgov\n", 2, "not a CAMEO code"),
    ("actors:\n  - name: X\n    kind: person\n    colour: red\n", 4, "unknown key `colour`"),
    ("actors:\n  - kind: person\n", 2, "missing `name`"),
    ("actors:\n  - name: X\n    kind: planet\n", 2, "kind 'planet'"),
    ("actors:\n  - name: [X\n", 3, "not valid YAML"),
    ("people:\n  - name: X\n", 1, "top-level `actors:`"),
    ("actors:\n  - name: X\n    roles:\n      - {code: PAKGOV, from: 2023-01-01, to: 2022-01-01}\n", 4, "after `to`"),
])
def test_malformed_yaml_names_line_and_reason(text, line, reason):
    with pytest.raises(DictionaryError) as excinfo:
        parse_user_yaml(text, path="bad.yaml")
    assert excinfo.value.code == "E201" and excinfo.value.line == line and reason in str(excinfo.value)
    assert f"bad.yaml:{line}:" in str(excinfo.value)


@pytest.mark.parametrize(("text", "line", "reason"), [
    ("name,colour\nX,red\n", 1, "header must use"),
    ("name,code,from\nX,PAKGOV,yesterday\n", 2, "not YYYY-MM-DD"),
    ("name,code\nX,PAKGOV,extra\n", 2, "3 columns"),
    ("name,code,role\nX,,Minister\n", 2, "needs a `code`"),
    ("name,code\nX,P\rAK\n", 2, "not readable as CSV"),  # a bare carriage return in a field
    ("name,code\nX,\"" + "A" * 200_000 + "\"\n", 2, "not readable as CSV"),  # a field over its size limit
])
def test_malformed_csv_names_line_and_reason(text, line, reason):
    with pytest.raises(DictionaryError) as excinfo:
        parse_user_csv(text, path="bad.csv")
    assert excinfo.value.code == "E201" and excinfo.value.line == line and reason in str(excinfo.value)


def test_load_knowledge_base_reads_user_files_by_suffix(tmp_path):
    (tmp_path / "extra.yaml").write_text(YAML)
    (tmp_path / "extra.csv").write_text("name,kind,code\nZorblan Front,group,SYRREB\n")
    kb = load_knowledge_base(actor_files=[tmp_path / "extra.yaml", tmp_path / "extra.csv"])
    sharif = kb.lookup("Shahbaz Sharif")
    assert kb.code_at(sharif, date(2023, 1, 1)) == ("PAKGOV", "Prime Minister")
    assert kb.code_at(sharif, date(2024, 1, 1)) == ("PAK", None)
    assert kb.lookup("zorblan front").kind == "group"
    assert kb.lookup("Russia").code == "RUS"   # the built-in knowledge is still there


def test_malformed_user_file_changes_nothing(tmp_path):
    (tmp_path / "bad.yml").write_text("actors:\n  - name: Zorblan\n    code: ZZ\n")
    with pytest.raises(DictionaryError) as excinfo:
        load_knowledge_base(actor_files=[tmp_path / "bad.yml"])
    assert "bad.yml:2" in str(excinfo.value)
    assert load_knowledge_base().lookup("zorblan") is None


def test_explain_routes():
    kb = load_knowledge_base()
    assert explain_name("Sergei Lavrov", kb=kb, when=date(2022, 1, 1)).country == "RUS"
    variant = explain_name("Mahmood Qureshi", kb=kb, when=date(2019, 1, 1))
    assert variant.route.startswith("spelling variant") and variant.country == "PAK"
    surname = explain_name("Mugabe", kb=kb, when=date(2000, 1, 1))
    assert surname.route.startswith("surname") and surname.code == "ZWEGOV"
    assert [role["chosen"] for role in surname.roles].count(True) == 1
    assert explain_name("Qwxzt Plorg", kb=kb).route == "no match"


def test_extra_igos_and_hyphenated_names():
    kb = load_knowledge_base()
    assert kb.lookup("EU").code.startswith("IGO")
    assert kb.lookup("SCO").code.startswith("IGO")
    assert kb.lookup("Wilson Center").code == "USAEDU"
    assert kb.lookup("Omar Hassan Ahmad al-Bashir") is kb.lookup("omar hassan ahmad al bashir")
