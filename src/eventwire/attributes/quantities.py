"""Quantities: numbers with units in an event's clause ("50,000 doses", "$3 billion", "12 killed").

Only numbers inside the trigger's subtree count, and never dates, times or ordinals. A number with no
noun of its own after it ("… and 1,50,000 more") takes the unit of the previous quantity in the sentence;
a bare number (or "people") counted by a casualty verb takes the verb's outcome as its unit: "killed 12",
"12 people were injured", "12 died".
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.attributes.numbers import SCALES, is_number_word, parse_number_words
from eventwire.attributes.triggers import clause_tokens
from eventwire.nlp import Parsed
from eventwire.schema import Event, Quantity

CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
                    "gbp": "GBP", "¥": "JPY", "₹": "INR", "inr": "INR", "rs": "rupees", "rs.": "rupees",
                    "pkr": "PKR", "rmb": "CNY", "cny": "CNY"}
CURRENCY_WORDS = {"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
                  "pounds": "GBP", "yen": "JPY", "yuan": "CNY", "rouble": "RUB", "roubles": "RUB",
                  "ruble": "RUB", "rubles": "RUB", "rupee": "rupees", "rupees": "rupees"}
CASUALTY_WORDS = {"dead", "killed", "injured", "wounded", "missing", "hurt", "displaced", "arrested"}
# Verb lemma -> unit for the people it counts ("killed 12" -> 12 killed).
CASUALTY_VERBS = {"kill": "killed", "wound": "wounded", "injure": "injured", "hurt": "injured",
                  "die": "dead", "arrest": "arrested", "detain": "detained", "displace": "displaced",
                  "evacuate": "evacuated", "abduct": "abducted", "kidnap": "abducted", "execute": "killed",
                  "slay": "killed", "massacre": "killed", "rescue": "rescued"}
GENERIC_PEOPLE = {"people", "persons", "person", "individuals"}
COUNTED_DEPS = {"dobj", "nsubj", "nsubjpass", "pobj", "nummod", "appos", "conj"}
ELLIPSIS_WORDS = {"more", "additional", "others", "other", "extra"}
NOT_QUANTITY_ENTITIES = {"DATE", "TIME", "ORDINAL"}
DEFINITE_WORDS = {"the", "these", "those", "both", "all"}  # "the two countries" refers, not counts
SMALL_WORD_LIMIT = 10
LOOKAHEAD = 3


def attach_quantities(parsed: Parsed, events: list[Event]) -> None:
    for event in events:
        clause = clause_tokens(parsed.doc, event.trigger)
        sentence = parsed.sentences[event.sentence]
        event.quantities = [q for q, first in sentence_quantities(sentence) if first in clause]


def sentence_quantities(sentence) -> list[tuple[Quantity, int]]:
    """(quantity, index of its first number token) for every quantity in a sentence."""
    found: list[tuple[Quantity, int]] = []
    index, previous_unit = sentence.start, None
    while index < sentence.end:
        run = _number_run(sentence, index)
        if run is None:
            index += 1
            continue
        start, end, currency = run
        quantity = _quantity(sentence.doc, start, end, currency, previous_unit)
        if quantity is not None:
            found.append((quantity, start))
            previous_unit = quantity.unit
        index = end
    return found


def _number_run(sentence, index: int) -> tuple[int, int, str | None] | None:
    """[start, end) of a number's tokens beginning at `index` (a currency sign included), or None."""
    doc = sentence.doc
    start, currency = index, None
    if doc[index].lower_ in CURRENCY_SYMBOLS and index + 1 < sentence.end:
        currency = CURRENCY_SYMBOLS[doc[index].lower_]
        index += 1
    if not _is_number_token(doc[index]):
        return None
    end = index + 1
    while end < sentence.end and (_is_number_token(doc[end]) or _joins_numbers(doc, end, sentence.end)):
        end += 1
    return start, end, currency


def _is_number_token(token: Token) -> bool:
    if token.ent_type_ in NOT_QUANTITY_ENTITIES:
        return False
    return token.like_num or is_number_word(token.text) or (token.lower_ in ("a", "an") and
                                                             token.nbor(1).lower_ in SCALES
                                                             if token.i + 1 < len(token.doc) else False)


def _joins_numbers(doc, index: int, limit: int) -> bool:
    """ "and"/"-" inside a number: "two hundred and five", "twenty - five"."""
    return (doc[index].lower_ in ("and", "-") and index + 1 < limit and doc[index + 1].lower_ not in SCALES
            and is_number_word(doc[index + 1].text) and is_number_word(doc[index - 1].text))


def _quantity(doc, start: int, end: int, currency: str | None, previous_unit: str | None) -> Quantity | None:
    number_start = start + (1 if currency else 0)
    value = parse_number_words([token.text for token in doc[number_start:end]])
    if value is None or _is_reference(doc, start, end, value):
        return None
    unit, unit_end = _unit_after(doc, end, previous_unit)
    if currency is None and (unit is None or unit in GENERIC_PEOPLE):
        counted = _casualty_unit(doc, end - 1 if unit is None else unit_end - 1)
        unit = counted or unit
    unit = currency or unit
    if unit is None:
        return None
    span_end = unit_end if unit_end is not None else end
    span = doc[start:span_end]
    return Quantity(text=span.text, start=span.start_char, end=span.end_char, value=value, unit=unit)


def _casualty_unit(doc, index: int) -> str | None:
    """The outcome a casualty verb gives the people a number counts: "killed 12", "12 were injured",
    "killing at least 12 people", "12 died"."""
    token = doc[index]
    while token.dep_ in ("nummod", "conj", "appos", "quantmod") and token.head != token \
            and token.head.pos_ not in ("VERB", "AUX"):
        token = token.head
    verb = token.head
    if token.dep_ not in COUNTED_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return None
    if token.dep_ == "pobj":  # "killed by 12"? only "among"/"of" phrases count people; keep it simple
        return None
    if token.dep_ == "nsubj" and verb.lemma_.lower() != "die":
        return None  # "12 attackers killed …": the subject did it, it was not done to them
    return CASUALTY_VERBS.get(verb.lemma_.lower())


def _is_reference(doc, start: int, end: int, value: float) -> bool:
    """Small spelled-out numbers after "the" ("the two countries") and pronoun "one" are not counts."""
    spelled = not any(ch.isdigit() for ch in doc[start:end].text)
    if not spelled:
        return False
    if value < SMALL_WORD_LIMIT and start > 0 and doc[start - 1].lower_ in DEFINITE_WORDS:
        return True
    return doc[start].lower_ == "one" and end - start == 1


def _unit_after(doc, end: int, previous_unit: str | None) -> tuple[str | None, int | None]:
    """The unit word after a number and the token index just past it; (None, None) when none."""
    if end >= len(doc):
        return None, None
    token = doc[end]
    if token.lower_ in CURRENCY_WORDS:
        return CURRENCY_WORDS[token.lower_], end + 1
    if token.lower_ in CASUALTY_WORDS:
        return token.lower_, end + 1
    if token.lower_ in ELLIPSIS_WORDS and previous_unit:
        return previous_unit, end + 1
    for index in range(end, min(len(doc), end + LOOKAHEAD)):
        candidate = doc[index]
        if candidate.pos_ in ("NOUN", "PROPN") and not candidate.like_num:
            unit_word = candidate.lower_
            return CURRENCY_WORDS.get(unit_word, unit_word), index + 1
        if candidate.pos_ not in ("ADJ", "NOUN", "PROPN") or candidate.is_punct:
            break
    return None, None
