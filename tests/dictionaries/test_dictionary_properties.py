"""Property tests over the dictionary readers (PETRARCH actors, agents, verbs, discards, PICO and the
user actor files in YAML and CSV): whatever text a file holds, the reader gives its entries or a
DictionaryError naming the file; no other exception escapes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.actors.userfile import parse_user_csv, parse_user_yaml
from eventwire.dictionaries.actors import parse_actor_dictionary
from eventwire.dictionaries.agents import parse_agent_dictionary
from eventwire.dictionaries.discards import parse_discard_dictionary
from eventwire.dictionaries.pico import parse_pico
from eventwire.dictionaries.verbs import parse_verb_text
from eventwire.errors import DictionaryError

# Pieces of each format's syntax (markers, codes, dates, brackets, YAML and CSV punctuation) among
# arbitrary characters, so that many examples get past the first line.
PIECES = st.sampled_from(["\n", "\t", " ", "+", "-", "_", "[", "]", "{", "}", "(", ")", "<", ">", "=", "~", "#",
                          "!", "&", "*", "|", ",", ";", ":", "\"", "'", "RUS", "RUSGOV", "[RUS]", "[~GOV]",
                          "[010]", "[---]", " 0101-201231", " >20220101", "<990101", "--- SAY ", "RUSSIA_",
                          "actors:", "  - name: ", "roles:", "{code: PAK, from: 2022-04-11}", "aliases: [a, b]",
                          "name,kind,code,aliases,from,to,role\n", "person", "2022-13-45", "\ufeff", "\x00"])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=40).map("".join)
PARSERS = {
    "actors": lambda text: parse_actor_dictionary(text, path="a.txt"),
    "actors (lenient)": lambda text: parse_actor_dictionary(text, path="a.txt", strict=False),
    "agents": lambda text: parse_agent_dictionary(text, path="a.txt"),
    "verbs": lambda text: parse_verb_text(text, source="v.txt"),
    "verbs (lenient)": lambda text: parse_verb_text(text, source="v.txt", strict=False),
    "discards": lambda text: parse_discard_dictionary(text, path="d.txt"),
    "pico": lambda text: parse_pico(text, path="p.txt"),
    "user yaml": lambda text: parse_user_yaml(text, path="u.yaml"),
    "user csv": lambda text: parse_user_csv(text, path="u.csv"),
}


@pytest.mark.parametrize("kind", PARSERS)
@settings(max_examples=120, deadline=None)
@given(text=TEXT)
def test_no_exception_but_a_dictionary_error_escapes(kind, text):
    try:
        PARSERS[kind](text)
    except DictionaryError as exc:
        assert exc.code in ("E201", "E202") and str(exc)
