"""Model-backed tests: reported speech, split and continued quotes, speakers through coreference."""

import pytest

from eventwire.attributes.quotes import find_quotes
from eventwire.schema import Actor

pytestmark = pytest.mark.slow


def at(text, phrase):
    start = text.index(phrase)
    return [start, start + len(phrase)]


def by_cue(quotes):
    return {(q.cue.text if q.cue else None): q for q in quotes}


def test_according_to_gives_content_and_source(parse_text):
    text = "According to the United Nations, more than 3,000 civilians have fled the city."
    [quote] = find_quotes(parse_text(text), [])
    assert quote.kind == "indirect" and quote.cue.text == "According to"
    assert quote.speaker.text == "the United Nations"
    assert quote.text == "more than 3,000 civilians have fled the city"


def test_according_to_after_the_clause(parse_text):
    text = "Troops crossed the border overnight, according to local officials."
    [quote] = find_quotes(parse_text(text), [])
    assert quote.text == "Troops crossed the border overnight" and quote.speaker.text == "local officials"


@pytest.mark.parametrize("cue, text, content", [
    ("warned", "The minister warned that sanctions would follow.", "sanctions would follow"),
    ("believes", "Kugelman believes the visit was a success.", "the visit was a success"),
    ("plans", "The government plans to reopen the embassy.", "to reopen the embassy"),
    ("called", "The opposition called for early elections.", "for early elections"),
])
def test_cue_verbs_beyond_say(parse_text, cue, text, content):
    quotes = by_cue(find_quotes(parse_text(text), []))
    assert quotes[cue].text == content and quotes[cue].kind == "indirect"


def test_background_relative_clause_is_left_out(parse_text):
    text = "Fowler said he expects the talks to resume in May, which surprised many diplomats."
    [quote] = find_quotes(parse_text(text), [])
    assert quote.text == "he expects the talks to resume in May"


def test_nested_attribution_belongs_to_the_outer_one(parse_text):
    text = "The ambassador said officials told him that the deal was off."
    quotes = find_quotes(parse_text(text), [])
    assert [q.cue.text for q in quotes] == ["said"]


def test_quote_inside_reported_clause_stays_direct_and_shares_the_cue(parse_text):
    text = "Qureshi said Pakistan wants “multi-dimensional relations with Russia” this year."
    quotes = find_quotes(parse_text(text), [])
    direct = [q for q in quotes if q.kind == "direct"]
    indirect = [q for q in quotes if q.kind == "indirect"]
    assert [q.text for q in direct] == ["multi-dimensional relations with Russia"]
    assert indirect and direct[0].cue == indirect[0].cue and direct[0].speaker.text == "Qureshi"


def test_split_quote_continuation_shares_cue_and_speaker(parse_text):
    text = ("“We will not back down,” said Maria Lopez, the party leader. “These cases take a lot of "
            "patience, and we have plenty of it.”")
    quotes = [q for q in find_quotes(parse_text(text), []) if q.kind == "direct"]
    assert len(quotes) == 2
    assert quotes[0].cue == quotes[1].cue and quotes[1].speaker.text == "Maria Lopez"


def test_quote_introduced_by_the_previous_sentence(parse_text):
    text = "The ministry said in a statement:\n\n“The border will remain closed until further notice.”"
    [quote] = find_quotes(parse_text(text), [])
    assert quote.cue.text == "said" and "ministry" in quote.speaker.text


def test_pronoun_speaker_resolves_to_actor(parse_text):
    text = "Michael Kugelman spoke to reporters. He said the visit showed a shift in Moscow’s policy."
    kugelman = Actor(id="k", name="Michael Kugelman", mentions=[at(text, "Michael Kugelman"), at(text, "He")])
    [quote] = find_quotes(parse_text(text), [kugelman])
    assert quote.speaker.text == "He" and quote.speaker.actor == "k"


def test_relative_clause_speaker_is_the_noun_it_describes(parse_text):
    text = "Experts, who said the plan was unrealistic, were not consulted."
    quotes = find_quotes(parse_text(text), [])
    assert quotes and quotes[0].speaker.text == "Experts"


def test_doubled_apostrophe_quotes(parse_text):
    text = "''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist."
    [quote] = find_quotes(parse_text(text), [])
    assert quote.text == "This isn't tax reform," and quote.speaker.text == "Douglas Holtz-Eakin"


def test_headline_colon_attribution(parse_text):
    text = "Pence: Flowers Won't Be at Debate\n\nThe debate is on Monday."
    quotes = find_quotes(parse_text(text), [])
    assert quotes[0].cue.text == ":" and quotes[0].speaker.text == "Pence"
    assert quotes[0].text == "Flowers Won't Be at Debate"


def test_offsets_match_text(parse_text):
    text = ("“It is over,” he said. According to aides, the president plans to leave on Friday, "
            "which he denied.")
    for quote in find_quotes(parse_text(text), []):
        assert text[quote.start:quote.end] == quote.text
