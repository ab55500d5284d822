"""UniversalPetrarch's coding ontology (PICO): values and the negation they define."""

from __future__ import annotations

import pytest

from eventwire.dictionaries.pico import NO_NEGATIONS, parse_pico, read_pico_file
from eventwire.errors import DictionaryError

ONTOLOGY = """# PICO test ontology
#            0                0
010:0x1000#Make Public Statement
011:0x1000-0xFFFF
044:0xB010
046:0xB010
050:0x0080#DiplomaticCoop
060:0x0070#MaterialCoop
110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove
121:-0xFFFF+0x0070
122:-0xFFFF+0x2040+0x300# a comment that goes on
           # on a continuation line
190:0x00A0#Fight
"""


def test_values_are_signed_sums_before_the_first_hash():
    values = parse_pico(ONTOLOGY).values
    assert values["110"] == 0xFFFF + 0x80
    assert values["121"] == -0xFFFF + 0x70
    assert values["122"] == -0xFFFF + 0x2040 + 0x300
    assert values["011"] == 0x1000 - 0xFFFF


def test_negation_toggles_the_not_term_both_ways():
    negations = parse_pico(ONTOLOGY)
    assert negations.negated("110") == "050"   # not disapproving is cooperating
    assert negations.negated("050") == "110"
    assert negations.negated("060") == "121"   # not cooperating materially is rejecting it
    assert negations.negated("121") == "060"
    assert negations.negated("010") == "011"   # not saying is declining to comment


def test_no_code_for_the_negated_value_or_an_unknown_code():
    negations = parse_pico(ONTOLOGY)
    assert negations.negated("190") is None
    assert negations.negated("999") is None
    assert NO_NEGATIONS.negated("110") is None and not NO_NEGATIONS


def test_shared_values_keep_the_first_code():
    negations = parse_pico("044:0xB010\n046:0xB010\n045:0xB010-0xFFFF\n")
    assert negations.negated("045") == "044"


def test_malformed_value_names_file_and_line(tmp_path):
    path = tmp_path / "pico.txt"
    path.write_text("050:0x0080\n110:0xFFFF plus 0x0080\n", encoding="utf-8")
    with pytest.raises(DictionaryError) as error:
        read_pico_file(path)
    assert error.value.code == "E201" and f"{path}:2" in str(error.value)


def test_unreadable_file_is_e202(tmp_path):
    with pytest.raises(DictionaryError) as error:
        read_pico_file(tmp_path / "missing.txt")
    assert error.value.code == "E202"
