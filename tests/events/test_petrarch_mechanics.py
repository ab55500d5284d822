"""Coder mechanics of PETRARCH/TABARI dictionaries (slow: spaCy model): negation through a PICO
ontology, closed noun phrases, particles read as prepositions, inflected verb entries, the governing
verb before a complement, marked phrases that must name actors, coordination parsed as modifiers."""

from __future__ import annotations

import pytest

from eventwire.dictionaries.pico import parse_pico
from eventwire.events import code_events
from eventwire.events.codebook import load_codebook
from eventwire.events.verbs import load_verb_dictionary

pytestmark = pytest.mark.slow

ONTOLOGY = "050:0x0080\n110:0x1007f\n190:0x00A0\n"


@pytest.fixture(scope="module")
def codebook():
    return load_codebook()


@pytest.fixture()
def code(parse_text, codebook, make_actor):
    def _code(text, *actors_spec, verbs):
        actors = [make_actor(text, f"a{i + 1}", country, *phrases) for i, (country, *phrases) in enumerate(actors_spec)]
        return code_events(parse_text(text), actors, verbs=verbs, codebook=codebook)

    return _code


def user_verbs(tmp_path, text):
    path = tmp_path / "verbs.txt"
    path.write_text(text, encoding="utf-8")
    return load_verb_dictionary(path, use_defaults=False)


def coded(events):
    return {(event.cameo, tuple(r.actor for r in event.source), tuple(r.actor for r in event.target),
             event.modality) for event in events}


CLASH = "--- CLASH  [190] ---\nCLASH\n- * (OVER PLANS)  [110]\n"


def test_negated_verb_takes_the_ontologys_negated_code(code, tmp_path):
    verbs = user_verbs(tmp_path, CLASH)
    actors = (("ARN", "Arnor"), ("GON", "Gondor"))
    text = "Arnor won't clash over the plans of Gondor to trade with an orc camp."
    assert coded(code(text, *actors, verbs=verbs)) == {("110", ("a1",), ("a2",), "negated")}
    verbs.negations = parse_pico(ONTOLOGY)
    assert coded(code(text, *actors, verbs=verbs)) == {("050", ("a1",), ("a2",), "asserted")}
    # an asserted verb, or a negated one the ontology cannot negate, keeps its code
    assert coded(code("Arnor clashed over the plans of Gondor.", *actors, verbs=verbs)) == \
        {("110", ("a1",), ("a2",), "asserted")}
    assert coded(code("Arnor did not clash with Gondor.", *actors, verbs=verbs)) == \
        {("190", ("a1",), ("a2",), "negated")}


def test_preposition_parsed_as_a_particle_still_heads_its_phrase(code, tmp_path, parse_text):
    verbs = user_verbs(tmp_path, CLASH)
    text = "Arnor won't clash over the plans of Gondor to trade with an orc camp."
    assert any(token.dep_ == "prt" for token in parse_text(text).doc)  # the parse this test is about
    assert {event.cameo for event in code(text, ("ARN", "Arnor"), ("GON", "Gondor"), verbs=verbs)} == {"110"}
    assert {event.cameo for event in code("Arnor clashed over the plans.", ("ARN", "Arnor"), verbs=verbs)} == {"110"}


def test_braces_hold_a_closed_noun_phrase(code, tmp_path):
    verbs = user_verbs(tmp_path, "&KINDS\n+TRADE\n+CULTURAL\n\n--- GREET  [050] ---\nGREET\n"
                                 "- * {&KINDS LETTERS}  [092]\n")
    actors = (("ARN", "Arnor"), ("GON", "Gondor"))
    together = code("Arnor greeted cultural letters from Gondor.", *actors, verbs=verbs)
    apart = code("Arnor greeted cultural secret letters from Gondor.", *actors, verbs=verbs)
    assert ({e.cameo for e in together}, {e.cameo for e in apart}) == ({"092"}, {"050"})


def test_inflected_form_listed_as_its_own_verb(code, tmp_path):
    verbs = user_verbs(tmp_path, "--- CALLED  [010] ---\nCALLED\n- * FOR  [096]\n")
    events = code("Arnor has called for a truce with Gondor.", ("ARN", "Arnor"), ("GON", "Gondor"), verbs=verbs)
    assert {e.cameo for e in events} == {"096"}


def test_governing_verb_is_read_before_its_complement(code, tmp_path):
    verbs = user_verbs(tmp_path, "--- ACT  [100] ---\nACT\n- SIGNALLED SHOULD *  [1011]\n")
    events = code("Arnor signalled it should have acted against Gondor.", ("ARN", "Arnor", "it"),
                  ("GON", "Gondor"), verbs=verbs)
    assert {e.cameo for e in events} == {"1011"}


def test_marked_phrase_must_name_an_actor(code, tmp_path):
    verbs = user_verbs(tmp_path, "--- RETREAT  [160] ---\nWITHDRAW\n- * FROM +  [0874]\n")
    actors = (("ARN", "Arnor troops"), ("GON", "Gondor"))
    assert {e.cameo for e in code("Arnor troops withdrew from Gondor.", *actors, verbs=verbs)} == {"0874"}
    assert {e.cameo for e in code("Arnor troops withdrew money from the bank.", *actors, verbs=verbs)} == {"160"}


def test_coordinated_names_parsed_as_modifiers_are_all_sources(code, tmp_path, parse_text):
    verbs = user_verbs(tmp_path, "--- HAIL  [050] ---\nHAIL\n")
    text = "Fornost and the evil awful Gondor hailed a resumption of formal ties with Osgiliath after a rift."
    doc = parse_text(text).doc
    assert doc[0].dep_ != "nsubj"   # the parse this test is about: Fornost is no conjunct of Gondor
    events = code(text, ("FOR", "Fornost"), ("GON", "Gondor"), ("OSG", "Osgiliath"), verbs=verbs)
    assert {(e.cameo, tuple(sorted(r.actor for r in e.source))) for e in events} == {("050", ("a1", "a2"))}


def test_markers_outside_phrases_point_at_the_nouns_beside_a_word(code, tmp_path):
    verbs = user_verbs(tmp_path, "--- CELEBRATE  [051] ---\nCELEBRATE\n- + HOSTING * HARVEST_DAY $  [046]\n")
    text = "Rohan will be hosting Lindon to celebrate Harvest Day with Eriador next week."
    events = code(text, ("ROH", "Rohan"), ("LIN", "Lindon"), ("ERI", "Eriador"), verbs=verbs)
    assert {(e.cameo, tuple(r.actor for r in e.source), tuple(r.actor for r in e.target)) for e in events} == \
        {("046", ("a3",), ("a1",))}
