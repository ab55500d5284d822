"""Round-4 coding rules: verb-phrase infinitives in patterns, obligations as demands, lifted sanctions,
meetings held for a complaint, judged event nouns, attacks that kill, obstruction as protest."""

import pytest

from eventwire.events import code_events
from eventwire.events.codebook import load_codebook
from eventwire.events.verbs import load_verb_dictionary

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dictionaries():
    return load_verb_dictionary(), load_codebook()


@pytest.fixture()
def code(parse_text, dictionaries, make_actor):
    verbs, codebook = dictionaries

    def _code(text, *actors_spec):
        actors = [make_actor(text, f"a{i + 1}", country, *phrases) for i, (country, *phrases) in enumerate(actors_spec)]
        return code_events(parse_text(text), actors, verbs=verbs, codebook=codebook)

    return _code


def test_declined_to_comment_is_no_comment(code):
    events = code("The Dutch foreign ministry declined to comment on the ruling.", ("NLD", "Dutch foreign ministry"))
    assert [e.cameo for e in events] == ["011"]


def test_said_another_must_act_is_a_demand(code):
    events = code("Canada said that Peru must release the detained reporters.", ("CAN", "Canada"), ("PER", "Peru"))
    assert [(e.root, e.plover) for e in events] == [("10", "DEMAND")]
    assert [ref.actor for ref in events[0].target] == ["a2"]


def test_we_must_is_not_a_demand(code):
    events = code("Canada said that we must release the detained reporters.", ("CAN", "Canada"))
    assert all(e.root != "10" for e in events)


@pytest.mark.parametrize("text", ["Norway lifted its embargo on Chile.", "Norway's sanctions on Chile were eased."])
def test_lifted_embargo_is_easing(code, text):
    events = code(text, ("NOR", "Norway"), ("CHL", "Chile"))
    assert {e.cameo for e in events} == {"085"}


def test_imposed_embargo_is_no_easing(code):
    events = code("Norway imposed an embargo on Chile.", ("NOR", "Norway"), ("CHL", "Chile"))
    assert events and all(e.cameo != "085" and e.plover != "CONCEDE" for e in events)


def test_summoned_to_complain_is_the_complaint(code):
    events = code("Chile summoned the Norwegian ambassador to complain about the remarks.",
                  ("CHL", "Chile"), ("NOR", "Norwegian ambassador"))
    assert [e.root for e in events] == ["11"]


def test_summoned_to_discuss_stays_a_meeting(code):
    events = code("Chile summoned the Norwegian ambassador to discuss the remarks.",
                  ("CHL", "Chile"), ("NOR", "Norwegian ambassador"))
    assert events and all(e.root == "04" for e in events)


def test_criticism_of_an_event_needs_no_target_actor(code):
    events = code("The Chilean government condemned the bombing.", ("CHL", "Chilean government"))
    assert [e.root for e in events] == ["11"]


def test_killing_by_air_strikes_is_fighting_by_their_owner(code):
    events = code("Turkish air strikes killed six Kurdish fighters.", ("TUR", "Turkish"), ("IRQ", "Kurdish fighters"))
    [event] = [e for e in events if e.target]
    assert (event.root, event.plover, [ref.actor for ref in event.source]) == ("19", "FIGHT", ["a1"])


def test_according_to_is_no_event(code):
    events = code("Chile expelled two diplomats, according to Norway.", ("CHL", "Chile"), ("NOR", "Norway"))
    assert all(e.trigger.text != "according" for e in events)


def test_defending_a_policy_is_verbal(code):
    events = code("Chile defended its migration policy before Norway.", ("CHL", "Chile"), ("NOR", "Norway"))
    assert [e.cameo for e in events] == ["052"]


def test_blocking_a_bridge_is_protest(code):
    events = code("Chilean truckers blocked the main bridge for hours.", ("CHL", "Chilean truckers"))
    assert [(e.cameo, e.plover) for e in events] == [("144", "PROTEST")]
