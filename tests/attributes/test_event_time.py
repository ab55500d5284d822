"""Model-backed tests: each event's own time (expression, context, published), tense, history."""

from datetime import date

import pytest

from eventwire.attributes.dates import date_events
from eventwire.attributes.tense import FUTURE, PAST, PRESENT, clause_tense
from eventwire.schema import ActorRef, Event, Span

pytestmark = pytest.mark.slow

MONDAY = date(2021, 4, 12)


def event_at(parsed, trigger, *, modality="asserted", occurrence=0, actors=(), cameo="040"):
    start = -1
    for _ in range(occurrence + 1):
        start = parsed.text.index(trigger, start + 1)
    token = parsed.doc.char_span(start, start + len(trigger), alignment_mode="expand")[0]
    refs = [ActorRef(actor=actor_id, text=trigger, start=start, end=start + len(trigger)) for actor_id in actors]
    return Event(id="e1", sentence=parsed.sentence_index(token), trigger=Span(trigger, start, start + len(trigger)),
                 source=refs, target=[], cameo=cameo, root=cameo[:2], quad_class=1, goldstein=1.0, plover="CONSULT",
                 modality=modality)


def dated(parse_text, text, trigger, *, published=MONDAY, **options):
    parsed = parse_text(text, published=published)
    event = event_at(parsed, trigger, **options)
    date_events(parsed, [event])
    return event


def when(event):
    return event.date, event.date_end, event.date_source


@pytest.mark.parametrize("text, word, tense", [
    ("Lavrov met Khan on Friday.", "met", PAST),
    ("Lavrov has promised supplies.", "promised", PAST),
    ("They will meet on Friday.", "meet", FUTURE),
    ("They are meeting on Friday.", "meeting", PRESENT),
    ("They agreed to meet on Friday.", "meet", PAST),       # under a past verb
    ("They plan to meet on Friday.", "meet", FUTURE),
    ("He said they would meet on Friday.", "meet", None),   # a modal says nothing
])
def test_clause_tense(nlp, text, word, tense):
    doc = nlp(text)
    assert clause_tense(next(token for token in doc if token.text == word)) == tense


def test_past_tense_weekday_is_the_one_before_a_monday_article(parse_text):
    assert when(dated(parse_text, "The ministers met in Geneva on Friday.", "met")) == ("2021-04-09", None, "expression")


def test_future_weekday_is_the_one_after(parse_text):
    event = dated(parse_text, "The ministers will meet in Geneva on Friday.", "meet", modality="intended")
    assert when(event) == ("2021-04-16", None, "expression")


def test_weekday_of_the_publication_day(parse_text):
    assert dated(parse_text, "Rebels attacked the town on Monday.", "attacked").date == "2021-04-12"


def test_present_tense_points_forward(parse_text):
    event = dated(parse_text, "The envoys are meeting in Vienna on Friday.", "meeting", modality="intended")
    assert event.date == "2021-04-16"


def test_a_date_range(parse_text):
    event = dated(parse_text, "The two countries agreed to cooperate during the visit on April 6-7.", "visit")
    assert when(event) == ("2021-04-06", "2021-04-07", "expression") and event.date_precision == "day"


def test_last_week_is_monday_to_sunday(parse_text):
    event = dated(parse_text, "Turkey launched an offensive last week.", "launched")
    assert when(event) == ("2021-04-05", "2021-04-11", "expression") and not event.historical


def test_a_year_is_history(parse_text):
    event = dated(parse_text, "Britain and France invaded Egypt in 1956.", "invaded")
    assert when(event) == ("1956-01-01", "1956-12-31", "expression")
    assert event.date_precision == "year" and event.historical


def test_since_the_revolution_dates_by_the_revolution(parse_text):
    event = dated(parse_text, "Iran has opposed the United States since the 1979 revolution.", "opposed")
    assert event.date == "1979-01-01" and event.historical


def test_a_date_naming_a_thing_dates_that_thing_only(parse_text):
    text = "France condemned Saturday's attack and recalled the 1951 treaty."
    parsed = parse_text(text, published=MONDAY)
    attack, condemned = event_at(parsed, "attack"), event_at(parsed, "condemned")
    date_events(parsed, [attack, condemned])
    assert when(attack) == ("2021-04-10", None, "expression")
    assert condemned.date_source == "published"


def test_last_month_is_recent_not_history(parse_text):
    event = dated(parse_text, "The army withdrew from the city last month.", "withdrew")
    assert (event.date, event.date_end) == ("2021-03-01", "2021-03-31") and not event.historical


def test_an_asserted_event_is_never_dated_after_its_article(parse_text):
    # the coder calls the meeting asserted; its "next week" cannot date something that happened
    event = dated(parse_text, "The ministers held talks next week in Vienna.", "held")
    assert when(event) == ("2021-04-12", None, "published")


def test_earlier_this_year_ends_at_the_article(parse_text):
    event = dated(parse_text, "Canada tried to extradite two men earlier this year.", "extradite")
    assert (event.date, event.date_end) == ("2021-01-01", "2021-04-12")


def test_an_age_is_no_date(parse_text):
    event = dated(parse_text, "Begum, 19, left the UK with two school friends.", "left", published=date(2019, 3, 9))
    assert when(event) == ("2019-03-09", None, "published")


def test_later_counts_from_the_story_not_the_article(parse_text):
    text = "She arrived in Raqqa in May 2015. A month later, her husband was killed."
    event = dated(parse_text, text, "killed", published=date(2019, 2, 17))
    assert when(event) == ("2015-06-01", None, "expression") and event.historical


def test_a_few_years_later_without_a_story_date_is_no_date(parse_text):
    text = "A few years later they were found abandoned on a roadside."
    event = dated(parse_text, text, "found", published=date(2019, 1, 30))
    assert when(event) == ("2019-01-30", None, "published")


def test_that_may_takes_the_year_of_the_story(parse_text):
    text = "In August 2016, ITV reported that she had been killed in an airstrike on Raqqa that May."
    event = dated(parse_text, text, "airstrike", published=date(2019, 2, 14))
    assert (event.date, event.date_end) == ("2016-05-01", "2016-05-31")


def test_a_yearless_day_takes_the_year_of_its_sentence(parse_text):
    text = "In a letter of September 2018 the group said the attack began on 6 September."
    event = dated(parse_text, text, "began", published=date(2019, 10, 1))
    assert event.date == "2018-09-06" and event.historical


def test_an_aside_keeps_its_own_time(parse_text):
    # the year of a relative clause ("seized in 2012") is no year for the citation's "6 February"
    text = "The forces never sought his overthrow (Cantlie, seized in 2012, is alive, says Home Office, 6 February)."
    parsed = parse_text(text, published=date(2019, 2, 8))
    from eventwire.attributes.date_mentions import date_mentions

    february = next(mention for mention in date_mentions(parsed) if "February" in mention.span.text)
    assert february.year_anchor is None


def test_governing_clause_dates_its_complement(parse_text):
    text = "The army said on Tuesday that rebels had attacked a convoy."
    event = dated(parse_text, text, "attacked")
    assert when(event) == ("2021-04-06", None, "context")


def test_relative_clause_keeps_its_own_time(parse_text):
    text = "The militia, which took the town, said on Tuesday it would leave."
    assert dated(parse_text, text, "took").date_source == "published"


def test_coordinated_verbs_share_a_fronted_date(parse_text):
    text = "In 2014 the group captured Mosul and declared a caliphate."
    assert dated(parse_text, text, "declared", published=date(2019, 1, 1)).date == "2014-01-01"


def test_coordinated_verb_in_another_tense_keeps_its_own_time(parse_text):
    text = "He travelled to Syria in 2014 and is now being held in a Kurdish prison."
    assert dated(parse_text, text, "held", published=date(2019, 2, 22)).date_source == "published"


def test_main_event_dates_the_sentences_that_continue_it(parse_text):
    text = ("Lavrov visited Islamabad on Tuesday. Prime Minister Imran Khan met with Lavrov. "
            "Russia says it wants closer ties. Lavrov had previously visited India.")
    parsed = parse_text(text, published=date(2021, 4, 8))
    visit = event_at(parsed, "visited", actors=["lavrov"], cameo="042")
    met = event_at(parsed, "met", actors=["khan", "lavrov"], cameo="040")
    says = event_at(parsed, "says", actors=["russia"], cameo="010")
    wants = event_at(parsed, "wants", actors=["lavrov"], cameo="030")
    before = event_at(parsed, "visited", occurrence=1, actors=["lavrov"], cameo="043")
    date_events(parsed, [visit, met, says, wants, before])
    assert when(visit) == ("2021-04-06", None, "expression")
    assert when(met) == ("2021-04-06", None, "context")           # continues the visit
    assert when(says)[2] == when(wants)[2] == "published"          # present tense: the time of writing
    assert when(before) == ("2021-04-08", None, "published")      # "had previously": background


def test_a_historical_lead_dates_nothing_else(parse_text):
    text = "In 1962 the Soviet Union placed missiles in Cuba. The United States blockaded the island."
    parsed = parse_text(text, published=date(2018, 4, 10))
    placed = event_at(parsed, "placed", actors=["su", "us"], cameo="150")
    blockade = event_at(parsed, "blockaded", actors=["us"], cameo="191")
    date_events(parsed, [placed, blockade])
    assert placed.historical and placed.date == "1962-01-01"
    assert when(blockade) == ("2018-04-10", None, "published") and not blockade.historical
