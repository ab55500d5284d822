import pytest

from eventwire.events import code_events
from eventwire.events.codebook import load_codebook
from eventwire.events.verbs import load_verb_dictionary

pytestmark = pytest.mark.slow


def _dyad(event):
    return [ref.actor for ref in event.source], [ref.actor for ref in event.target]


def test_active_verb(code):
    [event] = code("Russia attacked Ukraine on Monday.", ("RUS", "Russia"), ("UKR", "Ukraine"))
    assert event.id == "e1" and event.sentence == 0
    assert event.trigger.text == "attacked" and event.trigger.start == 7
    assert _dyad(event) == (["a1"], ["a2"])
    assert event.root == "19" and event.plover == "FIGHT" and event.quad_class == 4
    assert event.modality == "asserted" and 0 < event.confidence <= 1


def test_passive_agent_is_source(code):
    [event] = code("Ukraine was attacked by Russia.", ("RUS", "Russia"), ("UKR", "Ukraine"))
    assert _dyad(event) == (["a1"], ["a2"])


def test_coordinated_subject_is_reciprocal(code):
    [event] = code("China and Pakistan agreed to cooperate.", ("CHN", "China"), ("PAK", "Pakistan"))
    assert _dyad(event) == (["a1", "a2"], [])
    assert event.modality == "intended" and event.trigger.text == "cooperate"


def test_coordinated_object(code):
    [event] = code("France condemned Russia and Belarus.", ("FRA", "France"), ("RUS", "Russia"),
                   ("BLR", "Belarus"))
    assert _dyad(event) == (["a1"], ["a2", "a3"]) and event.root == "11"


def test_light_verb(code):
    [event] = code("India and Japan held talks in Tokyo.", ("IND", "India"), ("JPN", "Japan"))
    assert event.root == "04" and event.trigger.text == "held talks"
    assert _dyad(event) == (["a1", "a2"], [])


def test_noun_event(code):
    [event] = code("The visit of Blinken to Beijing was brief.", ("USA", "Blinken"), ("CHN", "Beijing"))
    assert event.cameo == "042" and event.plover == "CONSULT" and event.trigger.text == "visit"
    assert _dyad(event) == (["a1"], ["a2"])


def test_negation(code):
    [event] = code("Iran did not attack Israel.", ("IRN", "Iran"), ("ISR", "Israel"))
    assert event.modality == "negated"


def test_pattern_refines_code(code):
    [event] = code("Japan donated vaccines to Vietnam.", ("JPN", "Japan"), ("VNM", "Vietnam"))
    assert event.cameo == "073" and event.plover == "AID"
    assert _dyad(event) == (["a1"], ["a2"])


def test_no_actor_no_event(code):
    assert code("The rebels attacked the village.", ("RUS", "Russia")) == []


def test_statement_without_addressee_is_skipped(code):
    assert code("Russia said the weather was cold.", ("RUS", "Russia")) == []


def test_boilerplate_sentences_are_not_coded(code):
    text = "Russia attacked Ukraine. Follow Russia attacked Ukraine on Twitter."
    events = code(text, ("RUS", "Russia"), ("UKR", "Ukraine"), boilerplate=[(25, len(text))])
    assert len(events) == 1 and events[0].sentence == 0


def test_subject_of_copula_before_about_to(code):
    [event] = code("Arnor is about to restore full diplomatic ties with Gondor.", ("ARN", "Arnor"), ("GON", "Gondor"))
    assert event.trigger.text == "restore" and _dyad(event) == (["a1"], ["a2"])


def test_target_nested_in_the_object(code):
    events = code("Osgiliath welcomed the resumption of formal diplomatic ties with Mordor and Rohan.",
                  ("OSG", "Osgiliath"), ("MOR", "Mordor"), ("ROH", "Rohan"))
    assert [_dyad(e) for e in events] == [(["a1"], ["a2", "a3"])]


def test_user_verb_file_codes_are_not_recoded(tmp_path, parse_text, make_actor):
    verb_file = tmp_path / "verbs.txt"
    verb_file.write_text("--- HIT [190] ---\nHIT\n", encoding="utf-8")
    verbs = load_verb_dictionary(verb_file, use_defaults=False)
    assert not verbs.builtin and load_verb_dictionary().builtin
    text = "Thousands of Gondor protesters hit Mordor with a march against the new law."
    actors = [make_actor(text, "a1", "GON", "Gondor"), make_actor(text, "a2", "MOR", "Mordor")]
    events = code_events(parse_text(text), actors, verbs=verbs, codebook=load_codebook())
    assert [e.cameo for e in events] == ["190"]
