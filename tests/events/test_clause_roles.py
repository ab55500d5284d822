"""Clause rules of the dictionary coder: verb-phrase infinitives in patterns, lifted sanctions, judged
event nouns, obstruction as protest, a refusal governing an act, background clauses."""

import pytest

pytestmark = pytest.mark.slow


def test_declined_to_comment_is_no_comment(code):
    events = code("The Dutch foreign ministry declined to comment on the ruling.", ("NLD", "Dutch foreign ministry"))
    assert [e.cameo for e in events] == ["011"]


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


def test_signing_a_deal_is_an_agreement(code):
    [event] = code("Chile and Peru signed a trade deal on Monday.", ("CHL", "Chile"), ("PER", "Peru"))
    assert event.cameo == "061" and sorted(ref.actor for ref in event.source) == ["a1", "a2"]
    [event] = code("Chile signed a deal with Peru.", ("CHL", "Chile"), ("PER", "Peru"))
    assert event.root == "05" and [ref.actor for ref in event.target] == ["a2"]


def test_a_preposition_deep_in_the_object_is_no_verb_particle(code):
    # `FIRE * OFF` is "fire off (a letter)"; "off Japan" is a place, and the missile is force
    events = code("Korea fired a missile into the sea off Japan.", ("KOR", "Korea"), ("JPN", "Japan"))
    assert events and all(event.quad_class == 4 for event in events)


def test_a_subject_that_is_no_actor_makes_no_event(code):
    assert code("The floods damaged the ports of Chile.", ("CHL", "Chile")) == []
    assert code("The new measures froze the assets of Peru.", ("PER", "Peru")) == []


def test_a_violent_happening_as_subject_is_kept_without_a_source(code):
    events = code("Clashes killed twenty soldiers of Chile on Monday.", ("CHL", "Chile"))
    assert events and events[0].quad_class == 4
    assert not any(ref.actor for ref in events[0].source)


def test_declined_to_act_needs_no_target(code):
    events = code("The governor of Texas declined to resign.", ("USA", "The governor of Texas"))
    assert [e.root for e in events] == ["12"]


def test_background_clause_is_not_coded(code):
    events = code("Sudan expelled the Danish ambassador after crowds attacked the embassy of Norway.",
                  ("SDN", "Sudan"), ("DNK", "Danish"), ("CVL", "crowds"), ("NOR", "Norway"))
    assert events and all(e.root != "18" and e.root != "19" for e in events)


def test_reduced_aid_is_reduce_relations(code):
    [event] = code("The United States reduced military aid to Argentina.", ("USA", "The United States"),
                   ("ARG", "Argentina"))
    assert event.cameo == "1622"
