"""PETRARCH's comma options: comma-delimited clauses within a length range are not coded.

PETRARCH (after TABARI's `:COMMA:` setting) removes subordinate phrases set off by commas before coding
a sentence: the initial one (sentence start to the first comma) when it has `comma_bmin`..`comma_bmax`
words, the terminal one (last comma to the end) with `comma_emin`..`comma_emax` words, and each
internal one (between two commas) with `comma_min`..`comma_max` words. A maximum of 0 switches that
kind off. Commas inside a noun phrase ("Mordor, Rohan and Bree", "Osgiliath, the state's fiercest
foe") delimit no clause, as PETRARCH reads them as part of the phrase. The validation suites rely on
it: ", a senior official said on Saturday" ends most of their sentences and yields no event under the
limits PETRARCH ships with (PETR_config.ini: 2..8 internal and terminal, no initial), while COMMA-10
sets every maximum to 0 and expects the statement coded. Here a skipped clause holds no trigger; its
actors may still be participants of the sentence's other events (PETRARCH removes the words outright).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.events.options import CoderOptions

NOUN_PHRASE_LINKS = ("conj", "appos")
NOMINAL = ("NOUN", "PROPN", "PRON", "NUM")


def skipped_clauses(sent: Span, options: CoderOptions) -> set[int]:
    """Indices of the tokens in comma-delimited clauses the options leave uncoded."""
    if not (options.comma_max or options.comma_bmax or options.comma_emax):
        return set()
    commas = [token.i for token in sent if token.text == "," and not _inside_noun_phrase(token, sent)]
    if not commas:
        return set()
    skipped: set[int] = set()
    first = range(sent.start, commas[0])
    if _within(first, sent, options.comma_bmin, options.comma_bmax):
        skipped.update(first)
    last = range(commas[-1] + 1, sent.end)
    if _within(last, sent, options.comma_emin, options.comma_emax):
        skipped.update(last)
    for start, end in zip(commas, commas[1:]):
        inner = range(start + 1, end)
        if _within(inner, sent, options.comma_min, options.comma_max):
            skipped.update(inner)
    return skipped


def _within(indices: range, sent: Span, low: int, high: int) -> bool:
    words = sum(1 for i in indices if not sent.doc[i].is_punct)
    return high > 0 and low <= words <= high


def _inside_noun_phrase(comma: Token, sent: Span) -> bool:
    """The phrase after the comma continues a noun phrase: a conjunct or an apposition of a noun."""
    following = [token for token in sent if token.i > comma.i]
    end = next((token.i for token in following if token.text == ","), sent.end)
    segment = [token for token in following if token.i < end and not token.is_punct]
    tops = [token for token in segment if not comma.i < token.head.i < end or token.head.i == token.i]
    return bool(tops) and all(top.dep_ in NOUN_PHRASE_LINKS and top.head.pos_ in NOMINAL for top in tops)
