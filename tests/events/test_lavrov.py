"""The seed article with hand-built actors (the actors stage is tested on its own)."""

import pytest

from eventwire.events import code_events
from eventwire.events.codebook import load_codebook
from eventwire.events.verbs import load_verb_dictionary
from eventwire.nlp import parse

pytestmark = pytest.mark.slow


def _actors(text, make_actor):
    actors = [
        make_actor(text, "a1", "RUS", "Russian Foreign Minister Sergey Lavrov", "Lavrov", "Russian FM",
                   "a Russian foreign minister", kind="person", sector="GOV"),
        make_actor(text, "a2", "PAK", "Pakistan", "the country", "Islamabad"),
        make_actor(text, "a3", "RUS", "Russia", "Moscow"),
        make_actor(text, "a4", "PAK", "Prime Minister Imran Khan", kind="person", sector="GOV"),
        make_actor(text, "a5", "PAK", "Pakistan’s powerful army chief, Gen. Qamar Javed Bajwa",
                   kind="person", sector="MIL"),
        make_actor(text, "a6", "USA", "the US", "Washington", "the United States"),
    ]
    shared = make_actor(text, "x", "", "The two countries", "the two countries").mentions
    for country in actors[1:3]:
        country.mentions = sorted(country.mentions + shared)
    return actors


def _find(events, *, cameo_prefix, source_country, target_country=None, sentence=None):
    found = []
    for event in events:
        sources = {ref.country for ref in event.source}
        targets = {ref.country for ref in event.target}
        if event.cameo.startswith(cameo_prefix) and source_country in sources and \
                (target_country is None or target_country in targets) and \
                (sentence is None or event.sentence == sentence):
            found.append(event)
    return found


def test_lavrov_article_events(nlp, lavrov_article, make_actor):
    text = lavrov_article.text
    footer = text.index("Author’s Profile")
    parsed = parse(nlp, text, boilerplate=[(footer, len(text))])
    actors = _actors(text, make_actor)
    events = code_events(parsed, actors, verbs=load_verb_dictionary(), codebook=load_codebook())
    assert [event.id for event in events] == [f"e{i + 1}" for i in range(len(events))]
    assert all(event.sentence in parsed.content for event in events)

    assert _find(events, cameo_prefix="042", source_country="RUS", target_country="PAK")
    [promise] = _find(events, cameo_prefix="033", source_country="RUS", target_country="PAK")
    assert promise.plover == "AGREE" and promise.modality == "intended"
    assert promise.source[0].text == "Russian Foreign Minister Sergey Lavrov"
    [vaccines] = _find(events, cameo_prefix="07", source_country="RUS", target_country="PAK")
    assert vaccines.plover == "AID" and vaccines.trigger.text == "providing"
    [exercises] = _find(events, cameo_prefix="06", source_country="RUS", sentence=1)
    assert {ref.country for ref in exercises.source} == {"RUS", "PAK"} and not exercises.target
    assert exercises.modality == "intended"
    assert _find(events, cameo_prefix="04", source_country="PAK", target_country="RUS")
    [army_chief] = _find(events, cameo_prefix="04", source_country="RUS", target_country="PAK", sentence=13)
    assert army_chief.target[0].sector == "MIL"
    assert all(0 <= event.confidence <= 1 for event in events)
