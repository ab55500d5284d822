"""PETRARCH conventions in the coder: phrase targets, mutual meetings, discards (slow: spaCy model)."""

from __future__ import annotations

import pytest

from eventwire.dictionaries.discards import parse_discard_dictionary
from eventwire.events import code_events
from eventwire.events.codebook import load_codebook
from eventwire.events.verbs import load_verb_dictionary

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def codebook():
    return load_codebook()


@pytest.fixture()
def code(parse_text, codebook, make_actor):
    def _code(text, *actors_spec, verbs=None):
        actors = [make_actor(text, f"a{i + 1}", country, *phrases) for i, (country, *phrases) in enumerate(actors_spec)]
        return code_events(parse_text(text), actors, verbs=verbs or load_verb_dictionary(), codebook=codebook)

    return _code


def dyads(events):
    return {(event.root, tuple(r.actor for r in event.source), tuple(r.actor for r in event.target))
            for event in events}


def test_target_inside_a_phrase_of_the_verb(code):
    events = code("North Korea on Thursday fired two artillery shells at Seoul.", ("PRK", "North Korea"),
                  ("KOR", "Seoul"))
    assert any(target == ("a2",) for _, source, target in dyads(events) if source == ("a1",))


def test_target_is_not_the_source_again(code):
    events = code("The ambassadors sent their aid to the Egyptian president on Monday.",
                  ("FRA", "ambassadors", "their"), ("EGY", "Egyptian president"))
    assert all(target == ("a2",) for _, source, target in dyads(events) if source == ("a1",))
    assert dyads(events)


def test_meeting_is_coded_both_ways(code):
    events = code("The French president will meet the Egyptian president in Cairo on Sunday.",
                  ("FRA", "French president"), ("EGY", "Egyptian president"))
    pairs = {(source, target) for _, source, target in dyads(events)}
    assert {(("a1",), ("a2",)), (("a2",), ("a1",))} <= pairs


def test_other_consultations_are_not_mirrored(code):
    events = code("France called Egypt on Sunday.", ("FRA", "France"), ("EGY", "Egypt"))
    pairs = {(source, target) for _, source, target in dyads(events)}
    assert (("a2",), ("a1",)) not in pairs


def test_discarded_sentence_and_story(code):
    text = "France will send aid to Egypt during the African Nations Cup. France attacked Egypt."
    actors = [("FRA", "France"), ("EGY", "Egypt")]
    assert len(code(text, *actors)) == 2
    verbs = load_verb_dictionary()
    verbs.discards = parse_discard_dictionary("AFRICAN NATIONS CUP\n")
    assert [event.trigger.text for event in code(text, *actors, verbs=verbs)] == ["attacked"]
    verbs.discards = parse_discard_dictionary("+AFRICAN NATIONS CUP\n")
    assert code(text, *actors, verbs=verbs) == []


def _user_verbs(tmp_path, text):
    path = tmp_path / "verbs.txt"
    path.write_text(text)
    return load_verb_dictionary(path, use_defaults=False)


def test_pattern_marked_phrase_is_the_target(code, tmp_path):
    verbs = _user_verbs(tmp_path, "--- CELEBRATE  [051] ---\nCELEBRATE\n- * EID (AT ^) (WITH +) [017]\n")
    text = "Arnor has celebrated Eid at Dubai with Gondor."
    events = code(text, ("ARN", "Arnor"), ("UAE", "Dubai"), ("GON", "Gondor"), verbs=verbs)
    assert dyads(events) == {("01", ("a1",), ("a3",))}


def test_phrase_target_is_the_whole_compound_actor(code, tmp_path, make_actor, parse_text, codebook):
    verbs = _user_verbs(tmp_path, "--- CHIDE  [111] ---\nCHIDE\n")
    text = "The Calenardhon government chided an attack by Osgiliath soldiers on Thursday."
    actors = [make_actor(text, "a1", "CAL", "The Calenardhon government", sector="GOV"),
              make_actor(text, "a2", "OSG", "Osgiliath"),
              make_actor(text, "a3", "OSG", "Osgiliath soldiers", sector="MIL")]
    events = code_events(parse_text(text), actors, verbs=verbs, codebook=codebook)
    assert dyads(events) == {("11", ("a1",), ("a3",))}


def test_participle_phrase_of_the_object_holds_the_target(code, tmp_path):
    verbs = _user_verbs(tmp_path, "--- CORDON_OFF  [144] ---\n+CORDON_OFF {+CORDONED_OFF}\n")
    text = "Soldiers from Gondor have cordoned off the roads leading into Mordor."
    events = code(text, ("GON", "Soldiers from Gondor"), ("MOR", "Mordor"), verbs=verbs)
    assert dyads(events) == {("14", ("a1",), ("a2",))}


def test_background_clause_is_not_coded_with_a_user_dictionary(code, tmp_path):
    verbs = _user_verbs(tmp_path, "--- RESTORE  [050] ---\nRESTORE\n--- BURN  [190] ---\nBURN\n")
    text = "Arnor will restore ties with Gondor five years after Calenardhon crowds burned its embassy."
    events = code(text, ("ARN", "Arnor", "its"), ("GON", "Gondor"), ("CAL", "Calenardhon crowds"), verbs=verbs)
    assert dyads(events) == {("05", ("a1",), ("a2",))}


def test_underscore_joins_a_pattern_word_to_the_verb(code, tmp_path):
    verbs = _user_verbs(tmp_path, "--- ALLOW  [080] ---\nALLOW\n- RECENTLY_*  [025]\n")
    actors = (("HOB", "Gollum"), ("MOR", "Mordor"))
    [adjacent] = code("Gollum recently allowed Mordor to trade.", *actors, verbs=verbs)
    [apart] = code("Gollum recently did allow Mordor to trade.", *actors, verbs=verbs)
    assert (adjacent.cameo, apart.cameo) == ("025", "080")


def test_bare_preposition_and_marker_is_a_phrase(code, tmp_path):
    # TABARI's form without parentheses: `AT ^ WITH +` reads as `(AT ^) (WITH +)`
    verbs = _user_verbs(tmp_path, "--- CELEBRATE  [051] ---\nCELEBRATE\n- * EID AT ^ WITH +  [017]\n")
    text = "Arnor has celebrated Eid at Dubai with Gondor."
    events = code(text, ("ARN", "Arnor"), ("UAE", "Dubai"), ("GON", "Gondor"), verbs=verbs)
    assert dyads(events) == {("01", ("a1",), ("a3",))}


def test_phrase_noun_target_prefers_a_coded_actor(tmp_path, make_actor, parse_text, codebook):
    from dataclasses import replace

    verbs = _user_verbs(tmp_path, "--- BLOCK  [144] ---\nBLOCK\n")
    text = "Arnor farmers blocked the bridge crossing the Anduin from Gondor to Rohan."
    actors = [make_actor(text, "a1", "ARN", "Arnor farmers"),
              replace(make_actor(text, "a2", "X", "Anduin"), country=None, code=None, kind="person"),
              make_actor(text, "a3", "GON", "Gondor")]
    events = code_events(parse_text(text), actors, verbs=verbs, codebook=codebook)
    assert dyads(events) == {("14", ("a1",), ("a3",))}
    # with no coded actor in the phrase, the uncoded one is still the target
    events = code_events(parse_text(text), actors[:2], verbs=verbs, codebook=codebook)
    assert dyads(events) == {("14", ("a1",), ("a2",))}


def test_possessor_naming_the_source_is_passed_over_for_the_target(code, tmp_path):
    verbs = _user_verbs(tmp_path, "--- DEMAND  [100] ---\nDEMAND\n")
    text = "Arnor demanded that its Gondor allies refuse the offer."
    events = code(text, ("ARN", "Arnor", "its"), ("GON", "Gondor"), verbs=verbs)
    assert dyads(events) == {("10", ("a1",), ("a2",))}
