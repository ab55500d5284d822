"""PETRARCH discard dictionaries: sentence and story phrases, whole-word matching."""

from __future__ import annotations

import pytest

from eventwire.dictionaries.discards import parse_discard_dictionary, read_discard_file
from eventwire.errors import DictionaryError

SAMPLE = """# Story-level discards are indicated with a '+'.
<!-- a block
comment -->
MONTHS LATER
AFRICAN_NATIONS CUP   # ab 13 Jun 2005
+TYPHOON   # ELH 04 Aug 2009
"""


def test_sentence_and_story_phrases():
    discards = parse_discard_dictionary(SAMPLE)
    assert discards.sentence_phrases == ("MONTHS LATER", "AFRICAN NATIONS CUP")
    assert discards.story_phrases == ("TYPHOON",)
    assert discards.discards_sentence("Arnor will restore the African  Nations Cup to Gondor.")
    assert not discards.discards_sentence("Arnor will restore ties with Gondor.")
    assert discards.discards_story("A typhoon hit the coast.")
    assert not discards.discards_story("Typhoons hit the coast.")  # whole words only
    assert not discards.discards_sentence("A typhoon hit the coast.")


def test_empty_file_discards_nothing():
    discards = parse_discard_dictionary("# nothing\n")
    assert not discards
    assert not discards.discards_sentence("anything at all")


def test_line_without_phrase_is_an_error():
    with pytest.raises(DictionaryError) as caught:
        parse_discard_dictionary("GOOD PHRASE\n+ ***\n", path="d.txt")
    assert caught.value.code == "E201" and "d.txt:2" in str(caught.value)


def test_unreadable_file(tmp_path):
    with pytest.raises(DictionaryError) as caught:
        read_discard_file(tmp_path / "missing.txt")
    assert caught.value.code == "E202"
