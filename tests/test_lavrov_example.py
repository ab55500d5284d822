"""The story the project started from (../shared/examples): the record must read like an analyst's summary."""

from __future__ import annotations

import pytest

from eventwire.contract import contract_problems
from eventwire.pipeline import extract_document

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def record(lavrov_article, resources):
    return extract_document(lavrov_article, resources=resources).to_dict()


def _actor(record, name_part):
    found = [actor for actor in record["actors"] if name_part in actor["name"]]
    assert found, f"no actor named like {name_part!r}: {[a['name'] for a in record['actors']]}"
    return found[0]


def _countries(refs):
    return {ref["country"] for ref in refs}


def _events(record, *, source, target, plover=None, root=None):
    return [event for event in record["events"]
            if source in _countries(event["source"])
            and (target in _countries(event["target"]) or target in _countries(event["source"]) - {source})
            and (plover is None or event["plover"] == plover)
            and (root is None or event["root"] == root)]


def test_record_conforms_to_the_contract(record):
    assert record["error"] is None
    assert contract_problems(record) == []


def test_key_people_resolve_with_country_and_sector(record):
    lavrov = _actor(record, "Lavrov")
    assert (lavrov["country"], lavrov["sector"]) == ("RUS", "GOV")
    bajwa = _actor(record, "Bajwa")
    assert (bajwa["country"], bajwa["sector"]) == ("PAK", "MIL")


# The analyst's list: every event of the story an analyst codes (docs/annotation.md), as (words of its
# sentence, trigger, source countries, target countries, PLOVER category or CAMEO root, modality).
ANALYST_EVENTS = [
    ("On his crucial visit to Pakistan", "visit", {"RUS"}, {"PAK"}, "CONSULT", "asserted"),
    ("has promised the country supply", "promised", {"RUS"}, {"PAK"}, "AGREE", "intended"),
    ("holding two joint military exercises", "holding", {"RUS", "PAK"}, set(), "AGREE", "intended"),
    ("agreed to collaborate", "agreed", {"RUS", "PAK"}, set(), "AGREE", "intended"),
    ("agreed to collaborate", "visit", {"RUS"}, {"PAK"}, "CONSULT", "asserted"),
    ("first two-day visit by a Russian foreign minister", "visit", {"RUS"}, {"PAK"}, "CONSULT", "asserted"),
    ("aims to build", "build", {"PAK"}, {"RUS"}, "AGREE", "intended"),
    ("Imran Khan also met", "met", {"PAK"}, {"RUS"}, "CONSULT", "asserted"),
    ("Lavrov’s trip to Pakistan", "trip", {"RUS"}, {"PAK"}, "CONSULT", "asserted"),
    ("deadline for the US to withdraw", "withdraw", {"USA"}, {"AFG"}, "AGREE", "intended"),
    ("first Russian foreign minister visit", "visit", {"RUS"}, {"PAK"}, "CONSULT", "asserted"),
    ("Lavrov also met Pakistan’s powerful army chief", "met", {"RUS"}, {"PAK"}, "CONSULT", "asserted"),
    ("briefed Lavrov", "briefed", {"PAK"}, {"RUS"}, "CONSULT", "reported"),
    ("discussed the opportunities in the energy sector", "discussed", {"RUS"}, {"PAK"}, "CONSULT", "asserted"),
    ("was providing 50,000 doses", "providing", {"RUS"}, {"PAK"}, "AID", "asserted"),
    ("aiming to provide 1,50,000 more", "provide", {"RUS"}, {"PAK"}, "AGREE", "intended"),
]
# Found by the learned coder at its default threshold on 2026-12-08: 9 of the 16; the floor only moves up.
ANALYST_RECALL_FLOOR = 9 / 16
NOT_EVENTS = ("signaling", "enable", "emphasized", "says", "quoted")


def _sentence_of(record, event):
    start, end = record["sentences"][event["sentence"]]
    return record["text"][start:end]


def _found(record, words, trigger, sources, targets, category):
    """A coded event of that sentence with the analyst's category whose source countries are the
    analyst's (and whose target countries, where it has a target, too)."""
    for event in record["events"]:
        if words not in _sentence_of(record, event) or event["trigger"]["text"].split()[0] != trigger:
            continue
        coded_targets = _countries(event["target"])
        if (event["plover"] or event["root"]) == category and _countries(event["source"]) == sources \
                and (not coded_targets or coded_targets == targets):
            return True
    return False


def test_the_analysts_events_are_found(record):
    found = [item for item in ANALYST_EVENTS if _found(record, *item[:5])]
    assert len(found) / len(ANALYST_EVENTS) >= ANALYST_RECALL_FLOOR, [item[:2] for item in ANALYST_EVENTS
                                                                         if item not in found]


def test_the_central_events_are_found_with_their_modality(record):
    assert _found(record, "On his crucial visit to Pakistan", "visit", {"RUS"}, {"PAK"}, "CONSULT")
    promises = _events(record, source="RUS", target="PAK", root="03")
    assert any(event["modality"] == "intended" and event["trigger"]["text"] == "promised" for event in promises)


def test_no_non_events(record):
    """"signaling the dawn of a relationship", "to enable regional stability", a statement of opinion
    and the article's own attributions are no events."""
    assert not [event for event in record["events"] if event["trigger"]["text"] in NOT_EVENTS]


def test_the_visit_is_dated_april_6_to_7(record):
    visits = _events(record, source="RUS", target="PAK", plover="CONSULT")
    assert any(event["date"] == "2021-04-06" and event["date_end"] == "2021-04-07" for event in visits), visits


def test_kugelman_quotes_are_attributed_to_him(record):
    kugelman = _actor(record, "Kugelman")
    his = [quote for quote in record["quotes"] if quote["speaker"] and quote["speaker"]["actor"] == kugelman["id"]]
    assert len([quote for quote in his if quote["kind"] == "direct"]) >= 2, record["quotes"]


def test_nothing_is_coded_from_the_footer(record):
    footer_start = record["text"].index("Author’s Profile")
    assert all(event["trigger"]["start"] < footer_start for event in record["events"])
    assert all(quote["start"] < footer_start for quote in record["quotes"])
    assert all(start < footer_start for actor in record["actors"] for start, _ in actor["mentions"])


def _meetings(record, *, with_name):
    """CONSULT events of the given person with Lavrov (either side)."""
    lavrov, other = _actor(record, "Lavrov")["id"], _actor(record, with_name)["id"]
    return [event for event in record["events"] if event["plover"] == "CONSULT"
            and {lavrov, other} <= {ref["actor"] for ref in event["source"] + event["target"]}]


# The learned coder finds both meetings but not their other side ("met with the Russian FM", "met ... Gen.
# Qamar Javed Bajwa": no target), and a meeting without Lavrov on both sides takes no date from the visit.
# A known miss of the coder's participants (issue 11); strict, so the test says when it is fixed.
@pytest.mark.xfail(strict=True, reason="learned coder: the meetings lack their target (issue 11)")
@pytest.mark.parametrize("name", ["Imran Khan", "Bajwa"])
def test_the_meetings_of_the_visit_carry_its_dates_not_the_publication_day(record, name):
    meetings = _meetings(record, with_name=name)
    assert meetings
    for meeting in meetings:
        assert (meeting["date"], meeting["date_end"]) == ("2021-04-06", "2021-04-07"), meeting
        assert meeting["date_source"] == "context" and meeting["historical"] is False


def test_every_event_is_dated_and_says_how(record):
    for event in record["events"]:
        assert event["date"] is not None and event["date_source"] in ("expression", "context", "published")
        assert event["date"] <= record["published"] or event["modality"] in ("intended", "hypothetical")


def test_visits_are_located_where_they_went_not_in_an_actor_name(record):
    visits = [event for event in record["events"] if event["trigger"]["text"] in ("visit", "trip")]
    assert visits
    for visit in visits:
        assert visit["location"] and visit["location"]["country"] == "PAK", visit
        assert visit["location"]["text"] not in ("US", "Russia")


def test_participants_are_located(record):
    lavrov = _actor(record, "Lavrov")["id"]
    refs = [ref for event in record["events"] for ref in event["source"] + event["target"] if ref["actor"] == lavrov]
    assert refs and all(ref["location"] and ref["location"]["country"] == "RUS" for ref in refs)
