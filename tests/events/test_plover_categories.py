"""PLOVER categories the CAMEO.2.0 verb dictionary misses (filled by data/verbs_supplement.txt), and FIGHT
by a military attack noun whatever the verb's dictionary code."""

import pytest

from eventwire.events.verbs import load_verb_dictionary


def _codes(events):
    return {(event.cameo, event.plover) for event in events}


def test_compiled_dictionary_holds_the_supplement():
    """verbs.json.gz was rebuilt after the supplement changed (scripts/build_event_data.py)."""
    verbs = load_verb_dictionary()
    [entry] = verbs.entries("refuse", text="refused")
    refuse = [(pattern.code, [word for term in pattern.post for word in term["words"]])
              for pattern in verbs.block(entry).patterns]
    assert ("120", ["admittance"]) in refuse
    assert refuse.index(("120", ["entry"])) < refuse.index(("144", ["entry"]))


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Hungary was refusing admittance to Syrian refugees.",
                                  "Hungary refused entry to Syrian refugees."])
def test_refusing_entry_is_a_rejection(code, text):
    [event] = code(text, ("HUN", "Hungary"), ("SYR", "Syrian"))
    assert (event.cameo, event.plover) == ("120", "REJECT")
    assert [ref.actor for ref in event.source] == ["a1"] and [ref.actor for ref in event.target] == ["a2"]


@pytest.mark.slow
def test_demanding_a_leader_go_is_a_leadership_demand(code):
    events = code("Opposition leaders in Lima demanded the removal of the interior minister at a round of talks.",
                  ("PER", "Opposition leaders in Lima"), ("PER", "the interior minister"))
    assert ("1041", "DEMAND") in _codes(events)


@pytest.mark.slow
def test_steps_to_widen_freedoms_are_a_concession(code):
    events = code("The Egyptian government has taken steps to expand press freedoms.",
                  ("EGY", "Egyptian government"))
    assert _codes(events) == {("0811", "CONCEDE")}   # "taken" is no seizure (171)


@pytest.mark.slow
@pytest.mark.parametrize("text, expected", [("Jordan opened its borders to Syrian refugees.", ("075", "AID")),
                                            ("Jordan opened its border with Syria.", ("080", "CONCEDE"))])
def test_opening_a_border(code, text, expected):
    events = code(text, ("JOR", "Jordan"), ("SYR", "Syrian", "Syria"))
    assert expected in _codes(events) and all(event.plover != "SUPPORT" for event in events)


