"""Quotes: direct quotes (in quotation marks) and simple reported speech, with cue verb and speaker.

A direct quote's cue is a speech verb outside the marks in the sentences the quote touches — the one
governing the quote in the parse first, else the nearest; when the quote ends its sentence with a
comma (“…,” a statement said), the next sentence is searched too. The speaker is the cue's subject,
linked to an actor through the actors' mentions (pronoun mentions included).
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan, Token

from eventwire.attributes.quote_marks import scan_quotes
from eventwire.mentions import MentionIndex
from eventwire.nlp import Parsed
from eventwire.schema import Actor, Quote, Span, Speaker

CUE_LEMMAS = {"say", "tell", "add", "state", "note", "emphasize", "emphasise", "stress", "claim",
              "announce", "declare", "insist", "argue", "warn", "explain", "assert", "affirm", "reiterate",
              "underline", "underscore", "maintain", "acknowledge", "admit", "confirm", "deny", "allege",
              "write", "tweet", "comment", "remark", "observe", "urge", "describe", "quote", "ask",
              "reply", "respond", "predict", "suggest", "believe", "caution", "recall", "concede"}
# Verbs whose clausal complement is reported speech ("X said (that) …").
INDIRECT_LEMMAS = {"say", "tell", "add", "state", "note", "claim", "announce", "declare", "insist", "argue",
                   "warn", "explain", "assert", "reiterate", "stress", "emphasize", "emphasise", "confirm",
                   "deny", "allege", "acknowledge", "admit", "maintain", "affirm", "write"}
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
SPEAKER_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
MIN_UNATTRIBUTED_WORDS = 4  # shorter quoted bits without a cue are scare quotes, not quotes


def find_quotes(parsed: Parsed, actors: list[Actor]) -> list[Quote]:
    index = MentionIndex(actors)
    direct = _direct_quotes(parsed, index)
    used_cues = {quote.cue.start for quote in direct if quote.cue}
    quoted = [(quote.start, quote.end) for quote in direct]
    indirect = _indirect_quotes(parsed, index, used_cues=used_cues, quoted=quoted)
    return sorted(direct + indirect, key=lambda quote: quote.start)


def _direct_quotes(parsed: Parsed, index: MentionIndex) -> list[Quote]:
    content = [(sent.start_char, sent.end_char) for _, sent in parsed.content_sentences()]
    quotes = []
    for open_mark, close_mark in scan_quotes(parsed.text):
        if not (_inside(open_mark, content) and _inside(close_mark, content)):
            continue
        start, end = open_mark + 1, close_mark
        if not parsed.text[start:end].strip():
            continue
        cue = _direct_cue(parsed, open_mark, close_mark)
        if cue is None and len(parsed.text[start:end].split()) < MIN_UNATTRIBUTED_WORDS:
            continue
        quotes.append(Quote(text=parsed.text[start:end], start=start, end=end, kind="direct",
                            speaker=_speaker(cue, index) if cue is not None else None,
                            cue=_span(cue) if cue is not None else None))
    return quotes


def _inside(offset: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in ranges)


def _direct_cue(parsed: Parsed, open_mark: int, close_mark: int) -> Token | None:
    doc = parsed.doc
    sentences = [sent for sent in parsed.sentences
                 if sent.start_char <= close_mark and sent.end_char > open_mark]
    outside = [t for sent in sentences for t in sent if not open_mark <= t.idx <= close_mark]
    cues = [t for t in outside if _is_cue(t)]
    if not cues:
        cues = [t for t in _following_sentence(parsed, close_mark) if _is_cue(t)]
    if not cues:
        return None
    inner = doc.char_span(open_mark + 1, close_mark, alignment_mode="contract")
    inner_tokens = set(inner) if inner is not None else set()

    def rank(cue: Token) -> tuple[int, int]:
        governs = any(cue in token.ancestors for token in inner_tokens)
        distance = min(abs(cue.idx - open_mark), abs(cue.idx - close_mark))
        return (0 if governs else 1, distance)

    return min(cues, key=rank)


def _following_sentence(parsed: Parsed, close_mark: int) -> list[Token]:
    """The sentence right after a quote that ends its own sentence with a comma: “…,” X said."""
    before = parsed.text[max(0, close_mark - 2):close_mark].rstrip()
    if not before.endswith(","):
        return []
    for sent in parsed.sentences:
        if sent.start_char > close_mark:
            return list(sent)
    return []


def _is_cue(token: Token) -> bool:
    return token.lemma_.lower() in CUE_LEMMAS and token.pos_ in ("VERB", "AUX")


def _indirect_quotes(parsed: Parsed, index: MentionIndex, *, used_cues: set[int],
                     quoted: list[tuple[int, int]]) -> list[Quote]:
    quotes = []
    for _, sent in parsed.content_sentences():
        for token in sent:
            if token.idx in used_cues or token.lemma_.lower() not in INDIRECT_LEMMAS or token.pos_ != "VERB":
                continue
            clause = _reported_clause(token)
            if clause is None or any(start <= clause.start_char and clause.end_char <= end
                                     for start, end in quoted):
                continue
            speaker = _speaker(token, index)
            if speaker is None:
                continue
            quotes.append(Quote(text=clause.text, start=clause.start_char, end=clause.end_char,
                                kind="indirect", speaker=speaker, cue=_span(token)))
    return quotes


def _reported_clause(cue: Token) -> SpacySpan | None:
    """The cue's clausal complement without a leading "that" and trailing punctuation."""
    complement = next((child for child in cue.children if child.dep_ == "ccomp"), None)
    if complement is None:
        return None
    tokens = sorted(complement.subtree, key=lambda t: t.i)
    while tokens and (tokens[0].dep_ == "mark" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if len(tokens) < 2:
        return None
    return cue.doc[tokens[0].i:tokens[-1].i + 1]


def _speaker(cue: Token, index: MentionIndex) -> Speaker | None:
    subject = _subject(cue)
    if subject is None:
        return None
    span = _speaker_span(subject)
    actors = index.actors_at(span.start_char, span.end_char) or \
        index.actors_at(subject.idx, subject.idx + len(subject.text))
    return Speaker(text=span.text, start=span.start_char, end=span.end_char,
                   actor=actors[0].id if actors else None)


def _subject(verb: Token) -> Token | None:
    """The verb's subject; for "met X and emphasized …" the first verb's; for "experts saying …"
    the noun the participle modifies."""
    token = verb
    while True:
        subject = next((child for child in token.children if child.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        if token.dep_ == "conj" and token.head != token:
            token = token.head
            continue
        if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return token.head
        return None


def _speaker_span(subject: Token) -> SpacySpan:
    """A named entity holding the subject ("Shah Mahmood Qureshi" in "Pakistan's foreign minister Shah
    Mahmood Qureshi"), else the subject's noun phrase up to the head (appositions and clauses cut)."""
    doc = subject.doc
    if subject.ent_type_ in SPEAKER_LABELS:
        for ent in doc.ents:
            if ent.start <= subject.i < ent.end:
                start = ent.start + (1 if doc[ent.start].lower_ == "the" and len(ent) > 1 else 0)
                return doc[start:ent.end]
    end = subject.i + 1
    while end < len(doc) and doc[end].dep_ in ("compound", "flat") and doc[end].head == subject:
        end += 1
    return doc[subject.left_edge.i:end]


def _span(token: Token) -> Span:
    return Span(text=token.text, start=token.idx, end=token.idx + len(token.text))
