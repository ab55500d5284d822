"""Quotes: direct quotes (in quotation marks) and reported speech, with cue and speaker.

A direct quote's cue is a speech verb outside the marks in the sentences the quote touches — the one
governing the quote in the parse first, else the nearest; when the quote ends its sentence with a
comma (“…,” a statement said) the next sentence is searched too, and a quote right after a sentence
that introduces it ("Clinton said in a statement:" / "… she said.") takes that sentence's cue. A quote
with no cue of its own that continues a cued quote (“…,” she said. “…”, or the next paragraph) shares
that quote's cue and speaker: one utterance, one cue.

Reported speech (see reported_speech.py) is found in every content sentence outside quotation marks;
a direct quote inside a reported clause ("said Pakistan wants “multi-dimensional relations”") is kept
as a direct quote and shares the clause's cue and speaker. The speaker is the cue's subject, linked to
an actor through the actors' mentions (pronoun mentions included).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span as SpacySpan, Token

from eventwire.attributes.quote_marks import scan_quotes
from eventwire.attributes.reported_speech import CLAUSE_CUES, SPEECH_LEMMAS, reported_speech
from eventwire.attributes.speakers import speaker_at, speaker_of, speaker_span
from eventwire.mentions import MentionIndex
from eventwire.nlp import Parsed
from eventwire.schema import Actor, Quote, Span, Speaker

CUE_LEMMAS = SPEECH_LEMMAS | CLAUSE_CUES | {"emphasize", "underline", "underscore", "describe", "quote",
                                            "call", "dub", "label", "brand"}
MIN_UNATTRIBUTED_WORDS = 4  # shorter quoted bits without a cue are scare quotes, not quotes
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
MAX_CONTINUATION_GAP = 400  # characters between a cued quote and an uncued one continuing it


def find_quotes(parsed: Parsed, actors: list[Actor]) -> list[Quote]:
    index = MentionIndex(actors)
    marks = _content_marks(parsed)
    quoted = [(open_mark, close_mark) for open_mark, close_mark in marks]
    indirect = _indirect_quotes(parsed, index, quoted=quoted)
    direct = _direct_quotes(parsed, index, marks, indirect)
    return sorted(direct + indirect, key=lambda quote: quote.start)


def _content_marks(parsed: Parsed) -> list[tuple[int, int]]:
    def in_content(offset: int) -> bool:  # the sentence holding it (sentences never overlap) is body text
        return any(parsed.sentence_index(sent[0]) in parsed.content
                   for sent in parsed.sentences_touching(offset, offset))

    return [(open_mark, close_mark) for open_mark, close_mark in scan_quotes(parsed.text)
            if in_content(open_mark) and in_content(close_mark)
            and parsed.text[open_mark + 1:close_mark].strip()]


def _indirect_quotes(parsed: Parsed, index: MentionIndex, *, quoted: list[tuple[int, int]]) -> list[Quote]:
    quotes = []
    for _, sent in parsed.content_sentences():
        for found in reported_speech(sent):
            content, cue = found.content, found.cue
            if any(start <= cue.start_char < end for start, end in quoted):
                continue  # speech reported inside a quotation belongs to the quote
            if any(start <= content.start_char and content.end_char <= end + 1 for start, end in quoted):
                continue  # the clause is the quotation itself: the direct quote carries it
            speaker = _speaker_of_finding(found.speaker, index)
            quotes.append(Quote(text=content.text, start=content.start_char, end=content.end_char,
                                kind="indirect", speaker=speaker,
                                cue=Span(text=cue.text, start=cue.start_char, end=cue.end_char)))
    return quotes


def _speaker_of_finding(speaker: Token | SpacySpan | None, index: MentionIndex) -> Speaker | None:
    """A subject token is widened to its name or noun phrase; a span ("according to X") is kept."""
    if isinstance(speaker, Token):
        return speaker_at(speaker_span(speaker), index)
    return speaker_at(speaker, index) if speaker is not None else None


def _direct_quotes(parsed: Parsed, index: MentionIndex, marks: list[tuple[int, int]],
                   indirect: list[Quote]) -> list[Quote]:
    quotes: list[Quote] = []
    for open_mark, close_mark in marks:
        start, end = open_mark + 1, close_mark
        quote = Quote(text=parsed.text[start:end], start=start, end=end, kind="direct")
        host = next((q for q in indirect if q.start <= start and end <= q.end + 1), None)
        if host is not None:
            quotes.append(replace(quote, speaker=host.speaker, cue=host.cue))
            continue
        cue = _direct_cue(parsed, open_mark, close_mark)
        if cue is not None:
            quotes.append(replace(quote, speaker=speaker_of(cue, index), cue=_span(cue)))
            continue
        previous = _continued(parsed.text, quotes, open_mark)
        if previous is not None:
            quotes.append(replace(quote, speaker=previous.speaker, cue=previous.cue))
        elif len(quote.text.split()) >= MIN_UNATTRIBUTED_WORDS:
            quotes.append(quote)
    return quotes


def _continued(text: str, quotes: list[Quote], open_mark: int) -> Quote | None:
    """The cued direct quote this one continues: the previous quote, close before it, with at most one
    paragraph break and no sentence end outside quotes in between other than after its cue."""
    if not quotes or quotes[-1].cue is None or quotes[-1].kind != "direct":
        return None
    previous = quotes[-1]
    gap = text[previous.end + 1:open_mark]
    if len(gap) > MAX_CONTINUATION_GAP or len(PARAGRAPH_BREAK.findall(gap)) > 1:
        return None
    cue_inside_gap = previous.cue.start >= previous.end
    sentence_ends = len(re.findall(r"[.!?](?=\s)", gap))
    return previous if sentence_ends <= (1 if cue_inside_gap else 0) else None


def _direct_cue(parsed: Parsed, open_mark: int, close_mark: int) -> Token | None:
    doc = parsed.doc
    sentences = parsed.sentences_touching(open_mark, close_mark)
    outside = [t for sent in sentences for t in sent if not open_mark <= t.idx <= close_mark]
    cues = [t for t in outside if _is_cue(t)]
    if not cues:
        cues = [t for t in _following_sentence(parsed, close_mark) if _is_cue(t)]
    if not cues:
        cues = [t for t in _introducing_sentence(parsed, open_mark) if _is_cue(t)]
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
    sent = parsed.sentence_after(close_mark)
    return list(sent) if sent is not None else []


def _introducing_sentence(parsed: Parsed, open_mark: int) -> list[Token]:
    """The sentence just before a quote that introduces it: it ends with a colon ("She said:"), or its
    cue verb has no complement of its own ("Clinton said in a statement.")."""
    previous = parsed.sentence_before(open_mark)
    if previous is None or len(PARAGRAPH_BREAK.findall(parsed.text[previous.end_char:open_mark])) > 1:
        return []
    if previous.text.rstrip().endswith(":"):
        return list(previous)
    return [t for t in previous if not any(child.dep_ in ("ccomp", "xcomp", "dobj") for child in t.children)
            and _has_subject(t)]


def _has_subject(token: Token) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass") for child in token.children)


def _is_cue(token: Token) -> bool:
    return token.lemma_.lower() in CUE_LEMMAS and token.pos_ in ("VERB", "AUX")


def _span(token: Token) -> Span:
    return Span(text=token.text, start=token.idx, end=token.idx + len(token.text))
