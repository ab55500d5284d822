"""The document's time expressions: what each is read against, and which belong to an event.

A time expression is a spaCy DATE entity. A date inside a noun phrase says which thing it names ("the
1951 treaty", "after the 2022 floods"): it dates that thing (an event whose trigger it is: "Saturday's
attack") and no clause - unless the phrase is the object of a preposition that puts the clause at
that thing's time ("since the 1979 revolution", "during the 2014 war", "in the 2003 invasion").

Each expression is read in text order against two dates besides the publication date
(date_expressions.py):
- the narrative time (`anchor`): the date of the last expression read within ANAPHOR_SENTENCES before
  it, for expressions that count from the story's own time ("A month later", "that May", "the next day");
- a year (`year_anchor`): an earlier expression of the same sentence that names its year, in the same
  clause or one governing it and not across a bracket, for a date without one ("In a letter of
  September 2018 the group said the attack began on 6 September").

An event's own expressions are those of its clause: one the parse attaches to its trigger first, then
the others of the trigger's clause by distance; a date attached to a verb also dates the verbs
coordinated with it ("In 2014 Isis captured Mosul and declared a caliphate"). A date inside another
clause ("under an agreement Washington signed a year ago") dates that clause's happening, not this one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from eventwire.attributes.date_expressions import Resolved, counts_from_narrative, has_own_year, \
    resolve_with_precision
from eventwire.attributes.tense import FUTURE, PRESENT, clause_tense, clause_verb, perfect
from eventwire.nlp import Parsed, entities_within

ANAPHOR_SENTENCES = 3
# Prepositions that put an event at the time of the thing they govern ("since the 1979 revolution").
TIME_OF_THING_PREPOSITIONS = {"since", "during", "in", "amid", "throughout"}
# Prepositions that put an event at the time right after them ("in April 2017", "on Tuesday").
DATE_PREPOSITIONS = {"in", "on", "since", "during", "until", "till", "by", "from", "throughout"}
MEMO_KEY = "date_mentions"


@dataclass(frozen=True)
class DateMention:
    span: SpacySpan
    head: Token | None          # where it dates a clause from: its root, or the noun it dates ("revolution")
    thing: Token | None         # the noun it says which of it is ("Saturday's attack", "the 2003 invasion")
    sentence: int
    anchor: date | None         # the narrative time before it
    year_anchor: date | None    # an earlier date of its sentence that names its year

    def resolve(self, *, published: date | None, future: bool) -> Resolved | None:
        anchor = self.anchor if counts_from_narrative(self.span.text) else self.year_anchor
        return resolve_with_precision(self.span.text, base=published, future=future, anchor=anchor)


def date_mentions(parsed: Parsed) -> list[DateMention]:
    """Every time expression of the document's content sentences, in text order (computed once)."""
    found = parsed.memo.get(MEMO_KEY)
    if found is None:
        found = parsed.memo[MEMO_KEY] = _read_mentions(parsed)
    return found


def points_forward(token: Token, *, modality_future: bool) -> bool:
    """Whether a clause's time expressions lie after the publication date: a future or present verb
    group ("will meet on Friday", "meets on Friday"; news tells past events in the past tense), else
    the modality when the verb group says nothing ("would meet")."""
    tense = clause_tense(token)
    return tense in (FUTURE, PRESENT) if tense is not None else modality_future


def _read_mentions(parsed: Parsed) -> list[DateMention]:
    mentions: list[DateMention] = []
    narrative: list[tuple[int, date]] = []   # (sentence, date) of every expression read so far
    for index, sentence in parsed.content_sentences():
        own_years: list[tuple[int, Token, date]] = []   # (token end, clause, date) of this sentence's years
        for ent in entities_within(sentence):
            if ent.label_ != "DATE":
                continue
            head, thing = _dated_head(ent)
            anchor = next((day for at, day in reversed(narrative) if index - at <= ANAPHOR_SENTENCES), None)
            year_anchor = next((day for at, verb, day in reversed(own_years)
                                if not _parenthesis_between(at, ent) and _governs(verb, head or ent.root)), None)
            mention = DateMention(span=ent, head=head, thing=thing, sentence=index, anchor=anchor,
                                  year_anchor=year_anchor)
            mentions.append(mention)
            found = mention.resolve(published=parsed.published,
                                    future=points_forward(ent.root, modality_future=False))
            if found is not None:
                narrative.append((index, found[0]))
                if has_own_year(ent.text):
                    own_years.append((ent.end, clause_verb(head or ent.root), found[0]))
    return mentions


def _dated_head(ent: SpacySpan) -> tuple[Token | None, Token | None]:
    """(the token an expression dates a clause from, the noun it names a time of). The preposition right
    before it ("In April 2017 Hunt's predecessor described ...", where the parse hangs the date on the
    name after it); for a date naming a thing ("Saturday's attack", "the 1951 treaty"), that thing, which
    dates a clause too when a time preposition governs it ("since the 1979 revolution"); else its root."""
    before = ent.doc[ent.start - 1] if ent.start > ent.sent.start else None
    if before is not None and before.pos_ == "ADP" and before.lower_ in DATE_PREPOSITIONS:
        return before, None
    root = ent.root
    if not (root.dep_ in ("compound", "amod", "nummod", "nmod", "poss") and root.head.pos_ in ("NOUN", "PROPN")
            and root.head.i >= ent.end):
        return root, None
    thing = root.head
    if thing.dep_ == "pobj" and thing.head.lower_ in TIME_OF_THING_PREPOSITIONS:
        return thing, thing
    return None, thing


def _governs(verb: Token, token: Token) -> bool:
    """Whether the clause of `verb` is that of `token` or governs it (a year in "seized in 2012" dates
    nothing outside that relative clause)."""
    clause = clause_verb(token)
    return clause == verb or verb.is_ancestor(clause)


def _parenthesis_between(end: int, ent: SpacySpan) -> bool:
    """A bracket between an earlier date and this one: an aside keeps its own time ("(Cantlie, seized
    by Isis in 2012, is alive, says Home Office, 6 February)" cites a story of this February)."""
    return any(token.text in "()[]" for token in ent.doc[end:ent.start])


def own_mentions(parsed: Parsed, trigger: Token | None, sentence: int, trigger_start: int,
                 trigger_end: int) -> list[DateMention]:
    """The time expressions of an event's clause, best first: one naming the trigger itself ("Saturday's
    attack"), then those attached to the trigger (fewest steps up the parse), then the others of its
    clause by distance, then those of a verb coordinated with it."""
    in_sentence = [mention for mention in date_mentions(parsed) if mention.sentence == sentence]
    if trigger is None:
        return [mention for mention in in_sentence if mention.head is not None]
    clause = clause_verb(trigger)
    # a coordinated verb's date dates this one too when both are told alike ("captured Mosul and declared
    # a caliphate"), not when this one is told in another tense ("travelled to Syria in 2014 and is now
    # being held", "fought a war in 2006 and officials have warned")
    told = (clause_tense(clause), perfect(clause))
    shared = {verb for verb in _coordinated(clause) if (clause_tense(verb), perfect(verb)) == told}

    def rank(mention: DateMention) -> tuple[int, int, int, int]:
        steps = _steps_below(mention.head, trigger) if mention.head is not None else None
        distance = min(abs(mention.span.start_char - trigger_end), abs(trigger_start - mention.span.end_char))
        own_clause = mention.head is not None and clause_verb(mention.head) == clause
        return (mention.thing != trigger, not own_clause, steps if steps is not None else 100, distance)

    return sorted((mention for mention in in_sentence if mention.thing == trigger or (
        mention.head is not None and clause_verb(mention.head) in shared)), key=rank)


def governing_mentions(parsed: Parsed, trigger: Token | None, sentence: int) -> list[DateMention]:
    """The time expressions of the clause that governs an event's clause, nearest first: "said on
    Tuesday that the rebels had attacked" puts the attack at Tuesday or before. Only through
    complements, adverbial clauses and coordination; a relative clause ("the SDF, which took Raqqa,
    said on Tuesday ...") describes a thing and keeps its own time."""
    if trigger is None:
        return []
    in_sentence = [mention for mention in date_mentions(parsed) if mention.sentence == sentence]
    verb = clause_verb(trigger)
    while verb.dep_ in ("ccomp", "xcomp", "advcl", "conj", "parataxis") and verb.head != verb:
        verb = clause_verb(verb.head)
        found = [mention for mention in in_sentence if mention.head is not None and clause_verb(mention.head) == verb]
        if found:
            return found
    return []


def _coordinated(verb: Token) -> set[Token]:
    """The verb and the verbs coordinated with it ("captured Mosul and declared a caliphate")."""
    first = verb
    while first.dep_ == "conj" and first.head != first and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    group = {first}
    stack = [first]
    while stack:
        for child in stack.pop().children:
            if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and child not in group:
                group.add(child)
                stack.append(child)
    return group | {verb}


def _steps_below(token: Token, ancestor: Token | None) -> int | None:
    """How many heads up from `token` to `ancestor`, or None when `ancestor` does not govern it."""
    if ancestor is None:
        return None
    steps = 0
    while token != ancestor:
        if token.head == token:
            return None
        token, steps = token.head, steps + 1
    return steps
