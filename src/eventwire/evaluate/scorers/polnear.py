"""Attribution scores against PolNeAR: content spans, speakers of matched quotes, cue words.

Predicted quotes that share a cue are one predicted attribution (their words joined), as PolNeAR gives
an attribution one cue and splits its content into pieces (“…,” she said, “…”).

Matching rule (content): spans are compared as sets of word tokens (runs of letters/digits). A predicted
quote matches a gold attribution when the words they share are at least half of each one's words
(overlap >= 0.5 x the larger of the two); pairs are made one-to-one, best overlap first. The headline
`content` figures use that rule; `content_exact` (same words) and `content_any` (one shared word) are
reported beside it. A matched quote's speaker is right when its span overlaps the gold Source span by
at least one character (matched quotes whose gold attribution has no Source are not counted). A predicted
cue is right when it overlaps a gold Cue span; each gold cue is matched once.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Mapping

from eventwire.evaluate.metrics import prf, ratio
from eventwire.evaluate.readers.polnear import AttributedArticle, GoldAttribution, Pieces
from eventwire.schema import DocInput, DocumentRecord, Quote

_WORD = re.compile(r"\w+")
MIN_SHARED = 0.5


def documents(articles: list[AttributedArticle]) -> list[DocInput]:
    return [DocInput(id=article.id, text=article.text, published=article.published) for article in articles]


def score(articles: list[AttributedArticle], predictions: Mapping[str, DocumentRecord]) -> tuple[dict, dict]:
    totals: Counter = Counter()
    for article in articles:
        record = predictions[article.id]
        quotes = [] if record.error else list(record.quotes)
        _score_article(article, quotes, totals)
    metrics = {
        "articles": len(articles),
        "attributions": sum(len(article.attributions) for article in articles),
        "predicted_quotes": totals["quotes"],
        "predicted_attributions": totals["predicted"],
        "content": prf(totals["half"], totals["predicted"] - totals["half"], totals["gold"] - totals["half"]),
        "content_exact": prf(totals["exact"], totals["predicted"] - totals["exact"], totals["gold"] - totals["exact"]),
        "content_any": prf(totals["any"], totals["predicted"] - totals["any"], totals["gold"] - totals["any"]),
        "speaker_right": ratio(totals["speaker_right"], totals["speaker_scored"]),
        "speaker_scored": totals["speaker_scored"],
        "cue": prf(totals["cue_tp"], totals["cue_predicted"] - totals["cue_tp"], totals["cue_gold"] - totals["cue_tp"]),
        "precision_by_kind": {kind: ratio(totals[f"tp_{kind}"], totals[f"predicted_{kind}"])
                              for kind in ("direct", "indirect")},
        "pipeline_errors": sum(predictions[article.id].error is not None for article in articles),
    }
    return metrics, {}


def _score_article(article: AttributedArticle, quotes: list[Quote], totals: Counter) -> None:
    words = _word_index(article.text)
    gold_words = [_words(attribution.content, words) for attribution in article.attributions]
    totals["quotes"] += len(quotes)
    quotes, predicted_words = _attributions(quotes, words)
    totals["gold"] += len(gold_words)
    totals["predicted"] += len(quotes)
    for quote in quotes:
        totals[f"predicted_{quote.kind}"] += 1
    totals["exact"] += len(_pairs(gold_words, predicted_words, rule="exact"))
    totals["any"] += len(_pairs(gold_words, predicted_words, rule="any"))
    for gold_index, predicted_index in _pairs(gold_words, predicted_words, rule="half"):
        totals["half"] += 1
        totals[f"tp_{quotes[predicted_index].kind}"] += 1
        _score_speaker(article.attributions[gold_index], quotes[predicted_index], totals)
    _score_cues(article.attributions, quotes, totals)


def _attributions(quotes: list[Quote], words: list[tuple[int, int]]) -> tuple[list[Quote], list[frozenset[int]]]:
    """One predicted attribution per cue: quotes sharing a cue (a split quote “…,” she said, “…”, a
    quoted phrase inside a reported clause) are pieces of one attribution, as PolNeAR's Content pieces
    are. Quotes without a cue stay single. Returns the first quote of each group and the group's words."""
    groups: dict[object, list[Quote]] = {}
    for number, quote in enumerate(quotes):
        key = (quote.cue.start, quote.cue.end) if quote.cue is not None else number
        groups.setdefault(key, []).append(quote)
    firsts = [group[0] for group in groups.values()]
    pieces = [_words(tuple((quote.start, quote.end) for quote in group), words) for group in groups.values()]
    return firsts, pieces


def _word_index(text: str) -> list[tuple[int, int]]:
    return [match.span() for match in _WORD.finditer(text)]


def _words(pieces: Pieces, words: list[tuple[int, int]]) -> frozenset[int]:
    return frozenset(number for number, (start, end) in enumerate(words)
                     if any(start < piece_end and end > piece_start for piece_start, piece_end in pieces))


def _pairs(gold: list[frozenset[int]], predicted: list[frozenset[int]], *, rule: str) -> list[tuple[int, int]]:
    candidates = []
    for gold_index, gold_words in enumerate(gold):
        for predicted_index, predicted_words in enumerate(predicted):
            shared = len(gold_words & predicted_words)
            if shared and _accepted(shared, gold_words, predicted_words, rule):
                candidates.append((shared / max(len(gold_words), len(predicted_words)), gold_index, predicted_index))
    used_gold, used_predicted, pairs = set(), set(), []
    for _, gold_index, predicted_index in sorted(candidates, reverse=True):
        if gold_index not in used_gold and predicted_index not in used_predicted:
            used_gold.add(gold_index)
            used_predicted.add(predicted_index)
            pairs.append((gold_index, predicted_index))
    return pairs


def _accepted(shared: int, gold_words: frozenset[int], predicted_words: frozenset[int], rule: str) -> bool:
    if rule == "exact":
        return gold_words == predicted_words
    if rule == "half":
        return shared >= MIN_SHARED * max(len(gold_words), len(predicted_words))
    return True


def _score_speaker(gold: GoldAttribution, quote: Quote, totals: Counter) -> None:
    if not gold.source:
        return
    totals["speaker_scored"] += 1
    if quote.speaker is not None and _overlaps((quote.speaker.start, quote.speaker.end), gold.source):
        totals["speaker_right"] += 1


def _score_cues(attributions: list[GoldAttribution], quotes: list[Quote], totals: Counter) -> None:
    gold_cues = [attribution.cue for attribution in attributions if attribution.cue]
    predicted = [(quote.cue.start, quote.cue.end) for quote in quotes if quote.cue is not None]
    predicted = list(dict.fromkeys(predicted))  # one cue may introduce several quotes
    totals["cue_gold"] += len(gold_cues)
    totals["cue_predicted"] += len(predicted)
    used: set[int] = set()
    for span in predicted:
        hit = next((index for index, cue in enumerate(gold_cues) if index not in used and _overlaps(span, cue)), None)
        if hit is not None:
            used.add(hit)
            totals["cue_tp"] += 1


def _overlaps(span: tuple[int, int], pieces: Pieces) -> bool:
    return any(span[0] < end and span[1] > start for start, end in pieces)
