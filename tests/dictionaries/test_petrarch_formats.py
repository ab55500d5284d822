"""The readers accept what PETRARCH's own readers accept: comment blocks, odd codes, older spellings."""

import pytest

from eventwire.dictionaries.actors import parse_actor_dictionary, read_actor_file
from eventwire.dictionaries.agents import parse_agent_dictionary, read_agent_file
from eventwire.dictionaries.lines import content_lines
from eventwire.dictionaries.verbs import parse_verb_text, read_verb_file
from eventwire.errors import DictionaryError


def test_comment_blocks_are_skipped_even_across_lines():
    text = "<!-- one -->\n<!--\n# [NOT] a record\n-->\nKEEP [K]\n<! -- spaced -->\nALSO # note\n"
    lines = [(n, body.strip(), comment) for n, body, comment in content_lines(text) if body.strip()]
    assert lines == [(5, "KEEP [K]", None), (7, "ALSO", "note")]


def test_hash_inside_a_code_is_not_a_comment():
    [(_, body, comment)] = list(content_lines("- * DIPLXMATIC  [###]  # -PAS 95.12.18"))
    assert "[###]" in body and comment == "-PAS 95.12.18"


def test_actor_file_with_comment_block_and_date_restrictions():
    records = parse_actor_dictionary(
        "<!-- DATE RESTRICTIONS [DATE records] -->\n"
        "SAM_GAMGEE [HOB]  # default\n"
        "\t[HOBCIV <20080120]\n"
        "\t[HOBMIL 20080120-20121109]\n"
        "LORIEN  [ELR/GAL]\n")
    sam, lorien = records
    assert sam.names == ["SAM GAMGEE"] and sam.code == "HOB"
    assert [(d.code, d.start, d.end) for d in sam.dated] == [("HOBCIV", 0, 20080120), ("HOBMIL", 20080120, 20121109)]
    assert lorien.code == "ELR/GAL"


def test_a_malformed_actor_line_outside_comments_still_fails():
    with pytest.raises(DictionaryError, match="E201"):
        parse_actor_dictionary("<!-- fine -->\nBROKEN [X] trailing\n", path="a.txt")


def test_agent_code_with_inner_space():
    [entry] = parse_agent_dictionary("POLICE {} [ ~COP] # JON 2/8/95\n")
    assert entry.phrase == "POLICE" and entry.code == "~COP"


def test_verb_file_accepts_letter_codes_spaced_verbs_and_phrase_members():
    verbs = parse_verb_text(
        "<!-- header -->\n&TESTSYN3\n+(TO THE END)\n"
        "--- BARGAIN  [031]  ---\nBARGAIN\n- * FOR_ASYLUM  [174K]\n"
        "--- LASH OUT  [122] ---\nLASH OUT\n"
        "--- BEGIN  [---]  ---\nBEGIN\n* (TO QUESTION) [110]\n")
    assert verbs.synsets["&TESTSYN3"][0] == ["to", "the", "end"]
    assert verbs.blocks["BARGAIN"]["patterns"][0]["code"] == "174K"
    assert [v["words"] for v in verbs.verbs] == [["bargain"], ["lash", "out"], ["begin"]]
    assert verbs.blocks["BEGIN"]["patterns"][0]["code"] == "110"


def test_verb_code_must_still_be_a_code():
    with pytest.raises(DictionaryError, match="E201"):
        parse_verb_text("--- X [031] ---\nX\n- * Y [not a code]\n")


@pytest.mark.parametrize("name", ["PETR.Validate.actors.txt", "PETR_Validate_actors_2_02.txt",
                                  "PETR.Validate.agents.txt", "PETR_Validate_agents_2_02.txt",
                                  "PETR.Validate.verbs.txt", "PETR_Validate_verbs_2_02.txt"])
def test_validation_suite_dictionaries_load_strictly(shared_dir, name):
    path = shared_dir / "data" / "petrarch_validation_suite" / "validation_dictionaries" / name
    if "actors" in name:
        records = read_actor_file(path)
        assert any("SAM GAMGEE" in r.names and len(r.dated) == 5 for r in records)
    elif "agents" in name:
        assert any(entry.code == "~COP" for entry in read_agent_file(path))
    else:
        assert len(read_verb_file(path).verbs) > 100


def test_underscore_next_to_the_verb_marks_an_adjacent_phrase():
    verbs = parse_verb_text("--- ALLOW  [080] ---\nALLOW\n- RECENTLY_*  [025]\n- *_LEAVE  [066]\n- MAY * LEAVE  [024]\n")
    pre_adjacent, post_adjacent, apart = verbs.blocks["ALLOW"]["patterns"]
    assert pre_adjacent["pre"][0].get("adjacent") and post_adjacent["post"][0].get("adjacent")
    assert not apart["pre"][0].get("adjacent") and not apart["post"][0].get("adjacent")
