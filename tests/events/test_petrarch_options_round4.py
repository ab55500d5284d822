"""PETRARCH mechanics of coding round 4: comma-delimited clauses, paired codes, new_actor_length,
copular complement words in patterns, reported clauses before the verb, open actor names."""

from __future__ import annotations

import pytest

from eventwire.actors.kb import load_knowledge_base
from eventwire.actors.open_names import open_name_matches
from eventwire.dictionaries.actors import parse_actor_dictionary
from eventwire.dictionaries.verbs import paired_code, parse_verb_text
from eventwire.events import code_events
from eventwire.events.codebook import load_codebook
from eventwire.events.commas import skipped_clauses
from eventwire.events.options import CoderOptions
from eventwire.events.verbs import load_verb_dictionary


@pytest.mark.parametrize("raw, paired", [("032:033", "033"), ("036:036", "036"), ("032", None),
                                         (":173", None), ("---:033", None)])
def test_paired_code_is_the_second_of_two_codes(raw, paired):
    assert paired_code(raw) == paired


def test_reader_keeps_paired_codes_of_blocks_patterns_and_verbs():
    parsed = parse_verb_text("--- LEFT  [032:033] ---\nLEFT\n- * FOR  [042:043]\n"
                                   "--- VISIT [042] ---\nVISIT\nTOUR [032:033]\n")
    assert parsed.blocks["LEFT"]["paired_code"] == "033"
    assert parsed.blocks["LEFT"]["patterns"][0]["paired_code"] == "043"
    assert "paired_code" not in parsed.blocks["VISIT"]
    assert [verb.get("paired_code") for verb in parsed.verbs] == [None, None, "033"]


def test_actor_reader_marks_names_written_with_spaces_as_open():
    records = parse_actor_dictionary("ITHILEN TELEVISION  [ITHTV]\nITHILEN_RADIO  [ITHRAD]\n")
    assert [record.open_names for record in records] == [["ITHILEN TELEVISION"], []]


def user_verbs(tmp_path, text):
    path = tmp_path / "verbs.txt"
    path.write_text(text, encoding="utf-8")
    return load_verb_dictionary(path, use_defaults=False)


def triples(events):
    return {(event.cameo, tuple(ref.code for ref in event.source), tuple(ref.code for ref in event.target))
            for event in events}


@pytest.mark.slow
class TestWithParses:
    @pytest.fixture()
    def code(self, parse_text, make_actor):
        codebook = load_codebook()

        def _code(text, *actors_spec, verbs, options=None):
            actors = [make_actor(text, f"a{i + 1}", country, *phrases)
                      for i, (country, *phrases) in enumerate(actors_spec)]
            return code_events(parse_text(text), actors, verbs=verbs, codebook=codebook, options=options)

        return _code

    def test_comma_clauses_in_range_are_skipped(self, parse_text):
        sent = next(iter(parse_text("Arnor will restore ties with Gondor, a senior official said on "
                                    "Saturday.").doc.sents))
        off = CoderOptions()
        terminal = CoderOptions(comma_emin=2, comma_emax=8)
        assert skipped_clauses(sent, off) == set()
        assert {sent.doc[i].text for i in skipped_clauses(sent, terminal)} >= {"official", "said"}
        assert skipped_clauses(sent, CoderOptions(comma_emin=2, comma_emax=4)) == set()   # 6 words

    def test_commas_inside_a_noun_phrase_delimit_no_clause(self, parse_text):
        sent = next(iter(parse_text("Osgiliath welcomed ties with Mordor, Rohan, Fornost and Bree.").doc.sents))
        assert skipped_clauses(sent, CoderOptions(comma_min=1, comma_max=8, comma_emin=1, comma_emax=8)) == set()

    def test_statement_in_a_skipped_clause_is_not_coded(self, code, tmp_path):
        verbs = user_verbs(tmp_path, "--- SAID  [023] ---\nSAID\n--- VISIT [042] ---\nVISIT\n")
        text = "Arnor visited Gondor, Bree said to Rohan."
        actors = (("ARN", "Arnor"), ("GON", "Gondor"), ("BRE", "Bree"), ("ROH", "Rohan"))
        assert ("023", ("BRE",), ("ROH",)) in triples(code(text, *actors, verbs=verbs))
        skipping = CoderOptions(comma_emin=2, comma_emax=8)
        assert triples(code(text, *actors, verbs=verbs, options=skipping)) == {("042", ("ARN",), ("GON",))}

    def test_paired_code_adds_the_act_seen_from_the_target(self, code, tmp_path):
        verbs = user_verbs(tmp_path, "--- LEFT  [032:033] ---\nLEFT\n")
        events = code("Arnor left for Gondor on Wednesday.", ("ARN", "Arnor"), ("GON", "Gondor"), verbs=verbs)
        assert triples(events) == {("032", ("ARN",), ("GON",)), ("033", ("GON",), ("ARN",))}

    def test_new_actor_length_codes_short_uncoded_phrases(self, code, tmp_path, make_actor, parse_text):
        verbs = user_verbs(tmp_path, "--- LEFT  [032] ---\nLEFT\n")
        text = "Gryffindor's head Minerva McGonagall left for the Ministry of Magic on Wednesday."
        actors = [make_actor(text, "a1", "", "Minerva McGonagall", kind="person"),
                  make_actor(text, "a2", "", "the Ministry of Magic", kind="organization")]
        for actor in actors:
            actor.country = actor.code = None

        def coded(length):
            return triples(code_events(parse_text(text), actors, verbs=verbs, codebook=load_codebook(),
                                       options=CoderOptions(new_actor_length=length)))

        assert coded(4) == {("032", ('"GRYFFINDOR HEAD MINERVA MCGONAGALL"',), ('"THE MINISTRY OF MAGIC"',))}
        assert coded(3) == {("032", (None,), (None,))}   # both phrases have four words

    def test_pattern_reads_the_predicate_of_a_copular_complement(self, code, tmp_path):
        verbs = user_verbs(tmp_path, "--- ALLOW  [080] ---\nALLOW\n- * REAL_PLEASANT  [024]\n")
        actors = (("HOB", "Gollum"), ("MOR", "Mordor"))
        assert triples(code("Gollum allowed that Mordor isn't a real pleasant place to visit.", *actors,
                            verbs=verbs)) == {("024", ("HOB",), ("MOR",))}
        # a complement with a verb of its own is coded on its own: its words are not the governor's
        assert triples(code("Gollum allowed that Mordor attacked a real pleasant place.", *actors,
                            verbs=verbs)) == {("080", ("HOB",), ("MOR",))}

    def test_reported_clause_before_the_statement_gives_no_target(self, code, tmp_path):
        verbs = user_verbs(tmp_path, "--- SAID  [023] ---\nSAID\n--- ACCUSE [112] ---\nACCUSE\n")
        actors = (("ARN", "Arnor"), ("GON", "Gondor"), ("BRE", "Bree"))
        events = code("Arnor will restore ties with Gondor, Bree said.", *actors, verbs=verbs)
        assert ("023", ("BRE",), ()) in triples(events)
        events = code("Bree said that Arnor had left.", *actors, verbs=verbs)
        assert ("023", ("BRE",), ("ARN",)) in triples(events)

    def test_open_actor_name_skips_adjectival_modifiers(self, parse_text, tmp_path):
        path = tmp_path / "actors.txt"
        path.write_text("ITHILEN  [ITH]\nITHILEN TELEVISION  [ITHTV]\nARNOR_RADIO  [ARNRAD]\n", encoding="utf-8")
        kb = load_knowledge_base(actor_files=[path], use_defaults=False)
        doc = parse_text("He spoke on Ithilen state-run television and on Arnor official radio.").doc
        assert [doc.text[m.start:m.end] for m in open_name_matches(doc, kb=kb)] == ["Ithilen state-run television"]
        # words that are not modifiers of the name's head do not join it
        doc = parse_text("Ithilen praised the television.").doc
        assert open_name_matches(doc, kb=kb) == []
