"""Coder options (PETRARCH's <Config> switches): parsing, require_dyad in the coder, and the
validation-file reader carrying each record's options."""

from __future__ import annotations

import pytest

from eventwire.errors import GoldFileError
from eventwire.evaluate.readers.petrarch import PETRARCH_DEFAULT_OPTIONS, parse_petrarch_xml
from eventwire.events import code_events
from eventwire.events.coder import has_dyad
from eventwire.events.options import DEFAULT_OPTIONS, CoderOptions
from eventwire.schema import ActorRef, Event, Span


def test_default_keeps_one_sided_events():
    assert DEFAULT_OPTIONS.require_dyad is False


@pytest.mark.parametrize("value, expected", [("True", True), ("FALSE", False), ("false", False), ("1", True)])
def test_require_dyad_values_in_any_case(value, expected):
    assert CoderOptions().with_setting("require_dyad", value).require_dyad is expected


def test_options_without_use_leave_the_options_unchanged():
    options = CoderOptions(require_dyad=True)
    assert options.with_setting("stop_on_error", "True") == options


def test_word_count_options_are_read():
    options = CoderOptions().with_setting("comma_emax", "8").with_setting("new_actor_length", "4")
    assert (options.comma_emax, options.new_actor_length) == (8, 4)


def test_a_word_count_must_be_a_whole_number():
    with pytest.raises(ValueError, match="comma_max"):
        CoderOptions().with_setting("comma_max", "many")


def test_unreadable_value_is_an_error():
    with pytest.raises(ValueError, match="require_dyad"):
        CoderOptions().with_setting("require_dyad", "sometimes")


def _ref(code: str | None) -> ActorRef:
    return ActorRef(actor="a" if code else "b", text="x", start=0, end=1, code=code,
                    country=code[:3] if code else None)


def _event(sources, targets) -> Event:
    return Event(id="e1", sentence=0, trigger=Span("met", 0, 3), source=[_ref(c) for c in sources],
                 target=[_ref(c) for c in targets], cameo="040", root="04", quad_class=1, goldstein=1.0,
                 plover="CONSULT")


@pytest.mark.parametrize("sources, targets, dyad", [
    (["ARN"], ["GON"], True),
    (["ARN", "GON"], [], True),          # reciprocal: "Arnor and Gondor agreed"
    (["ARN"], [], False),
    ([], ["GON"], False),
    ([None], ["HOB"], False),            # "AFP reported" with AFP uncoded
])
def test_has_dyad(sources, targets, dyad):
    assert has_dyad(_event(sources, targets)) is dyad


FILE = """<Environment><Verbfile>v.txt</Verbfile><Actorfile>a.txt</Actorfile></Environment>
<Sentences>
<Sentence date="19950101" id="A-1" category="A" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="040"></EventCoding>
<Text>Arnor met Gondor.</Text>
</Sentence>
<Config option="require_dyad" value="false"></Config>
<Config option="comma_emax" value="0" />
<Sentence date="19950101" id="A-2" category="A" sentence="true">
<EventCoding sourcecode='"THE MINISTRY OF MAGIC"' targetcode="---" eventcode="023"></EventCoding>
<Text>An official said.</Text>
</Sentence>
<!-- <Config option="require_dyad" value="true"></Config> -->
<Sentence date="19950101" id="A-3" category="A" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="040"></EventCoding>
<Text>Arnor met Gondor.</Text>
</Sentence>
<Config option="require_dyad" value="TRUE"/>
<Sentence date="19950101" id="A-4" category="A" sentence="true">
<EventCoding sourcecode="ARN" targetcode="GON" eventcode="040"></EventCoding>
<Text>Arnor met Gondor.</Text>
</Sentence>
</Sentences>
"""


def test_reader_gives_each_record_the_options_set_before_it():
    records = parse_petrarch_xml(FILE).records
    assert [record.options.require_dyad for record in records] == [True, False, False, True]
    assert records[0].options == PETRARCH_DEFAULT_OPTIONS


def test_reader_keeps_single_quoted_codes():
    record = parse_petrarch_xml(FILE).records[1]
    assert record.triples[0].source == '"THE MINISTRY OF MAGIC"'


def test_reader_rejects_an_unreadable_option_value():
    broken = FILE.replace('value="TRUE"', 'value="maybe"')
    with pytest.raises(GoldFileError, match="E504"):
        parse_petrarch_xml(broken, path="suite.xml")


@pytest.mark.slow
def test_require_dyad_drops_one_sided_events(parse_text, dictionaries, make_actor):
    verbs, codebook = dictionaries
    text = "Gondor will attack."
    actors = [make_actor(text, "a1", "GON", "Gondor")]

    def coded(options):
        return code_events(parse_text(text), actors, verbs=verbs, codebook=codebook, options=options)

    assert [event.cameo[:2] for event in coded(None)] and not coded(CoderOptions(require_dyad=True))


def test_eval_codes_each_record_under_its_own_options():
    from dataclasses import dataclass

    from eventwire.evaluate.run import _predict_with_options
    from eventwire.schema import DocumentRecord

    @dataclass
    class StandIn:
        coder_options: CoderOptions | None = None

    seen = {}

    def extract(documents, *, resources):
        for document in documents:
            seen[document.id] = resources.coder_options
            yield DocumentRecord(doc_id=document.id, title=None, published=None, url=None, source=None,
                                 text=document.text)

    records = parse_petrarch_xml(FILE).records
    predictions = _predict_with_options(records, StandIn(), extract)
    # A-4 requires a dyad again but keeps comma_emax 0 from before A-2: three groups of options
    assert list(predictions) == ["A-1", "A-2", "A-3", "A-4"]
    assert {key: options.require_dyad for key, options in seen.items()} == \
        {"A-1": True, "A-2": False, "A-3": False, "A-4": True}
    assert {key: options.comma_emax for key, options in seen.items()} == {"A-1": 8, "A-2": 0, "A-3": 0, "A-4": 0}
