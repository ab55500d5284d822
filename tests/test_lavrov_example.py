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


def test_visit_is_a_russia_to_pakistan_consult_dated_april_6_to_7(record):
    visits = _events(record, source="RUS", target="PAK", plover="CONSULT")
    assert any(event["date"] == "2021-04-06" and event["date_end"] == "2021-04-07" for event in visits), visits


def test_promise_of_military_supply_is_intended(record):
    promises = _events(record, source="RUS", target="PAK", root="03")
    assert any(event["modality"] == "intended" for event in promises), promises


def test_vaccine_doses_are_aid_from_russia_to_pakistan(record):
    assert _events(record, source="RUS", target="PAK", plover="AID")


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
