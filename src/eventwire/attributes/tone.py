"""Document tone on GDELT's scale: percentages of positive and negative words, and their difference.

The word list is the VADER lexicon (MIT), read from the installed vaderSentiment package. A word counts as
positive (negative) when its mean human rating is at least +0.5 (at most -0.5) on VADER's -4..+4 scale;
weaker ratings are treated as neutral, like GDELT's dictionaries which list only clearly toned words.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from eventwire.nlp import Parsed
from eventwire.schema import Tone

POLARITY_THRESHOLD = 0.5


@dataclass(frozen=True)
class ToneLexicon:
    positive: frozenset[str]
    negative: frozenset[str]


def load_tone_lexicon() -> ToneLexicon:
    text = (resources.files("vaderSentiment") / "vader_lexicon.txt").read_text(encoding="utf-8",
                                                                             errors="replace")
    return lexicon_from_lines(text.splitlines())


def lexicon_from_lines(lines) -> ToneLexicon:
    """Build a lexicon from VADER-format lines: word<TAB>mean rating<TAB>…"""
    positive, negative = set(), set()
    for line in lines:
        fields = line.split("\t")
        if len(fields) < 2 or not fields[0].isalpha():  # emoticons are not words
            continue
        rating = float(fields[1])
        if rating >= POLARITY_THRESHOLD:
            positive.add(fields[0].lower())
        elif rating <= -POLARITY_THRESHOLD:
            negative.add(fields[0].lower())
    return ToneLexicon(positive=frozenset(positive), negative=frozenset(negative))


def score_tone(parsed: Parsed, *, lexicon: ToneLexicon) -> Tone:
    """Tone over the article body (content sentences only), rounded to 2 decimals."""
    return tone_of_words(content_words(parsed), lexicon=lexicon)


def content_words(parsed: Parsed) -> list[str]:
    """The words tone is measured on (a long document's windows pool theirs: pipeline.py)."""
    return [token.lower_ for _, sent in parsed.content_sentences() for token in sent if token.is_alpha]


def tone_of_words(words: list[str], *, lexicon: ToneLexicon) -> Tone:
    if not words:
        return Tone()
    positive = 100.0 * sum(word in lexicon.positive for word in words) / len(words)
    negative = 100.0 * sum(word in lexicon.negative for word in words) / len(words)
    return Tone(score=round(positive - negative, 2), positive=round(positive, 2),
                negative=round(negative, 2))


def score_event_tone(parsed: Parsed, event, *, lexicon: ToneLexicon) -> Tone:
    """Tone of one event on the same scale: the words of the event's own clause (the trigger's
    subtree), else of its sentence. The pipeline stores its score as the event's `tone`."""
    from eventwire.attributes.triggers import clause_tokens

    indices = clause_tokens(parsed.doc, event.trigger)
    tokens = [parsed.doc[i] for i in sorted(indices)] if len(indices) > 1 else list(parsed.sentences[event.sentence])
    return tone_of_words([token.lower_ for token in tokens if token.is_alpha], lexicon=lexicon)
