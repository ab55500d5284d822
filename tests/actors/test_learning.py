"""What a record teaches: persons introduced with a title, by full name and family name."""

from __future__ import annotations

from eventwire.actors.learning import observe
from eventwire.schema import Actor, DocumentRecord

TEXT = "Kenya's interior minister, Kamau Otieno, extended the curfew. Otieno said it would end soon."


def record(actors, *, text=TEXT, published="2019-03-01T08:00:00Z"):
    return DocumentRecord(doc_id="doc-a", text=text, published=published, actors=actors)


def person(name="Kamau Otieno", mentions=((0, 39), (62, 68)), code="KENGOV", country="KEN", role="interior minister"):
    return Actor(id="a1", name=name, kind="person", country=country, sector=code and code[3:], code=code, role=role,
                 mentions=[list(pair) for pair in mentions])


def test_a_person_introduced_with_a_title_gives_full_and_family_name():
    found = observe(record([person()]))
    assert [(item.alias, item.alias_key, item.name, item.code, item.role, item.seen) for item in found] == [
        ("Kamau Otieno", "kamau otieno", "Kamau Otieno", "KENGOV", "interior minister", "2019-03-01"),
        ("Otieno", "otieno", "Kamau Otieno", "KENGOV", "interior minister", "2019-03-01")]


def test_the_title_as_written_stands_in_for_a_missing_role():
    assert observe(record([person(role=None)]))[0].role == "Kenya's interior minister"


def test_a_name_without_a_title_teaches_nothing():
    assert observe(record([person(mentions=((27, 39), (62, 68)))])) == []


def test_no_date_no_country_or_no_code_teaches_nothing():
    assert observe(record([person()], published=None)) == []
    assert observe(record([person(country=None, code="GOV")])) == []
    assert observe(record([person(code=None)])) == []


def test_a_description_is_no_name():
    text = "Pakistan's water minister said the dam would be finished."
    described = person(name="Pakistan's water minister", mentions=((0, 25),), code="PAKGOV", country="PAK")
    assert observe(record([described], text=text)) == []


def test_a_short_family_name_is_not_learned_alone():
    text = "Chinese President Xi Jinping arrived. Xi spoke."
    xi = person(name="Xi Jinping", mentions=((0, 28), (38, 40)), code="CHNGOV", country="CHN", role="President")
    assert [item.alias for item in observe(record([xi], text=text))] == ["Xi Jinping"]  # "Xi": too many people
