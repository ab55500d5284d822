import time

import pytest

from eventwire.dictionaries.verbs import parse_code, parse_verb_text
from eventwire.errors import DictionaryError
from eventwire.events.verbs import load_verb_dictionary

SNIPPET = """\
# a comment
&AIDWORDS
+AID
+RELIEF_SUPPLIES_

---  GIVE   [070]  ---
GIVE {GIVES GIVING GAVE GIVEN}  # irregular
+HAND_OVER {+HANDED_OVER +HANDS_OVER}  [0842]
DONATE
WIRE_+TAP
- * &AIDWORDS                  [073]   # GIVE
- * {MILITARY AID} (TO $)      [072:072]
- REBELS * (BEFORE COURT)      [:173]
- * NOTHING                    [---]
~ a (a b ATTACK) SAY = a b 015
"""


def test_synsets_with_plurals():
    parsed = parse_verb_text(SNIPPET)
    assert parsed.synsets["&AIDWORDS"] == [["aid"], ["aids"], ["relief", "supplies"]]
    assert parsed.transformations == 1


def test_verbs_forms_and_codes():
    parsed = parse_verb_text(SNIPPET)
    by_words = {tuple(verb["words"]): verb for verb in parsed.verbs}
    assert by_words[("give",)]["forms"] == [["gives"], ["giving"], ["gave"], ["given"]]
    assert "code" not in by_words[("give",)]
    hand_over = by_words[("hand", "over")]
    assert hand_over["verb"] == "hand" and hand_over["code"] == "0842"
    assert by_words[("wire", "tap")]["verb"] == "tap"
    assert parsed.blocks["GIVE"]["code"] == "070"


def test_patterns():
    patterns = parse_verb_text(SNIPPET).blocks["GIVE"]["patterns"]
    assert [p["code"] for p in patterns] == ["073", "072", "173", None]
    assert patterns[0]["post"] == [{"kind": "noun", "words": ["&AIDWORDS"]}]
    assert patterns[1]["post"] == [{"kind": "noun", "words": ["military", "aid"], "closed": True},
                                   {"kind": "prep", "preps": ["to"], "words": [], "role": "source"}]
    assert patterns[2]["pre"] == [{"kind": "noun", "words": ["rebels"]}] and patterns[2]["subject_is_target"]


def test_codes():
    assert parse_code("042:043") == ("042", False)
    assert parse_code(":173") == ("173", True)
    assert parse_code("---") == (None, False)


@pytest.mark.parametrize("text, line, reason", [
    ("---  GIVE   [070]  ---\n- * AID\n", 2, "no [code]"),
    ("---  GIVE   [070]  ---\nGIVE\n- * (TO AID [070]\n", 3, "unbalanced"),
    ("GIVE [070]\n", 1, "before any"),
    ("---  GIVE   [07 x]  ---\n", 1, "bad CAMEO code"),
    ("---  GIVE   [070]  ---\n- AID [070]\n", 2, "exactly one '*'"),
])
def test_malformed_lines(text, line, reason):
    with pytest.raises(DictionaryError) as info:
        parse_verb_text(text, source="user.txt")
    assert info.value.code == "E201" and info.value.line == line and reason in info.value.message
    assert f"user.txt:{line}" in str(info.value)


def test_non_strict_skips_and_records():
    parsed = parse_verb_text("---  GIVE   [070]  ---\n- * AID\nGIVE\n", strict=False)
    assert len(parsed.errors) == 1 and parsed.verbs[0]["verb"] == "give"


def test_builtin_dictionary_loads_fast():
    start = time.perf_counter()
    verbs = load_verb_dictionary()
    assert time.perf_counter() - start < 1.0
    assert verbs.verb_count > 1500 and verbs.pattern_count > 4000
    assert verbs.entry_code(verbs.entries("visit")[0]) == ("042", False)
    assert verbs.entries("x", text="met")[0].verb == "meet"


def test_user_file_adds_and_overrides(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text("---  VISIT   [044]  ---\nVISIT\nZOOMBOMB [180]\n- * &FOOD [073]\n", encoding="utf-8")
    verbs = load_verb_dictionary(path)
    assert verbs.entry_code(verbs.entries("visit")[0])[0] == "044"
    assert verbs.entry_code(verbs.entries("zoombomb")[0])[0] == "180"
    assert verbs.entries("attack")  # built-in entries are still there
    only = load_verb_dictionary(path, use_defaults=False)
    assert not only.entries("attack") and only.entries("zoombomb")
    assert only.pattern_count == 0  # &FOOD is undefined without the built-in synsets: ignored


def test_unreadable_user_file(tmp_path):
    with pytest.raises(DictionaryError) as info:
        load_verb_dictionary(tmp_path / "missing.txt")
    assert info.value.code == "E202"


def test_marked_phrases_carry_their_role():
    text = "--- CELEBRATE  [051] ---\nCELEBRATE\n- * EID (AT ^) (WITH +) [017]\n- * (BY $) [018]\n"
    first, second = parse_verb_text(text).blocks["CELEBRATE"]["patterns"]
    roles = [term.get("role") for term in first["post"]]
    assert roles == [None, None, "target"] and second["post"][0]["role"] == "source"


def test_bare_preposition_before_a_marker_heads_a_phrase():
    text = "--- CELEBRATE  [051] ---\nCELEBRATE\n- * EID AT ^ WITH +  [017]\n- + HOSTING * MAY_DAY $ [046]\n"
    first, second = parse_verb_text(text).blocks["CELEBRATE"]["patterns"]
    assert [(term["kind"], term.get("preps"), term.get("role")) for term in first["post"]] == [
        ("noun", None, None), ("prep", ["at"], None), ("prep", ["with"], "target")]
    # a marker after a word that is no preposition stays a plain word of the phrase
    assert [term["kind"] for term in second["post"]] == ["noun"]


def test_markers_outside_parentheses_mark_the_phrase_beside_a_word():
    text = "--- HOST  [043] ---\nHOST\n- + HOSTING * MAY_DAY  $ [046]\n- * CLAIM  +  [115]\n- $ *  [045]\n"
    patterns = parse_verb_text(text).blocks["HOST"]["patterns"]
    assert patterns[0]["pre"] == [{"kind": "noun", "words": ["hosting"], "before": "target"}]
    assert patterns[0]["post"] == [{"kind": "noun", "words": ["may", "day"], "after": "source"}]
    assert patterns[1]["post"] == [{"kind": "noun", "words": ["claim"], "after": "target"}]
    assert (patterns[2]["pre"], patterns[2]["post"]) == ([], [])   # a word-less marker: the subject anyway
