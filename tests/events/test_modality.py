import pytest

from eventwire.events.modality import event_modality

pytestmark = pytest.mark.slow


def _trigger(parsed, word):
    return next(token for token in parsed.doc if token.text == word)


@pytest.mark.parametrize("text, word, expected", [
    ("Russia attacked Ukraine on Monday.", "attacked", "asserted"),
    ("Russia did not attack Ukraine.", "attack", "negated"),
    ("Russia never attacked Ukraine.", "attacked", "negated"),
    ("Russia will visit Pakistan next week.", "visit", "intended"),
    ("Russia plans to visit Pakistan.", "visit", "intended"),
    ("Russia promised to send aid to Pakistan.", "send", "intended"),
    ("The minister is expected to visit Pakistan.", "visit", "intended"),
    ("Moscow is aiming to provide vaccines to Pakistan.", "provide", "intended"),
    ("Russia could attack Ukraine.", "attack", "hypothetical"),
    ("If talks fail, Russia may attack Ukraine.", "attack", "hypothetical"),
    ("Russia reportedly attacked Ukraine.", "attacked", "reported"),
    ("Ukraine claimed that Russia attacked a village.", "attacked", "reported"),
    ("Ukraine said that Russia attacked a village.", "attacked", "asserted"),
])
def test_modality(parse_text, text, word, expected):
    parsed = parse_text(text)
    assert event_modality(_trigger(parsed, word)) == expected


def test_promise_codes_are_intended(parse_text):
    parsed = parse_text("Russia promised military aid to Pakistan.")
    assert event_modality(_trigger(parsed, "promised"), intent_code=True) == "intended"
    parsed = parse_text("Russia did not promise military aid to Pakistan.")
    assert event_modality(_trigger(parsed, "promise"), intent_code=True) == "negated"
