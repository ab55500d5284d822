"""Round 7: event nouns that are topics, violence within a protest, a welcome given to a visitor."""

import pytest

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("text", [
    "Gondor said the treaty covers attacks on Rohan anywhere in the valley.",
    "Gondor discussed sanctions on Rohan.",
    "Gondor published a report about the attack on Rohan.",
])
def test_topic_event_noun_is_no_event(code, text):
    events = code(text, ("GON", "Gondor"), ("ROH", "Rohan"))
    assert all(e.root not in ("16", "19") for e in events)


def test_event_noun_that_happened_is_kept(code):
    events = code("Gondor launched an attack on Rohan.", ("GON", "Gondor"), ("ROH", "Rohan"))
    assert [e.root for e in events] == ["19"]


def test_assault_without_a_protest_stays_assault(code):
    events = code("Gondor youths threw stones at Rohan soldiers in the city.",
                  ("GON", "Gondor youths"), ("ROH", "Rohan soldiers"))
    assert "145" not in [e.cameo for e in events]


def test_gave_a_welcome_is_hosting(code):
    events = code("The Gondor president gave a warm welcome to the Rohan leader.",
                  ("GON", "Gondor president"), ("ROH", "Rohan leader"))
    assert [(e.cameo, e.plover) for e in events] == [("043", "CONSULT")]
