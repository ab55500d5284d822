"""Assembles the stages: article -> text -> parse -> actors -> events -> attributes -> record.

`extract_document` is pure given its resources: no files, databases or model loading here.

Every failure stays with its document: an error in the text stage, in spaCy's parse of the batch or
in any later stage becomes that document's error record, and the batch goes on. A document runs
under a time budget (eventwire.budget). A long text is parsed and resolved in windows
(eventwire.windows) so its cost stays linear in its length; a text of one window takes exactly the
path a short article always took.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable, Iterator, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.actors import resolve_actors
from eventwire.actors.context_country import DOCUMENT_STATES, StateUse, states_named
from eventwire.actors.resolver import named_states, resolve_window_actors
from eventwire.attributes.actor_places import locate_actors
from eventwire.attributes.date_context import NOT_THE_LEAD
from eventwire.attributes.dates import date_events, parse_published
from eventwire.attributes.places import find_places, locate_events
from eventwire.attributes.quantities import attach_quantities
from eventwire.attributes.quotes import find_quotes
from eventwire.attributes.tone import content_words, score_event_tone, score_tone, tone_of_words
from eventwire.budget import Deadline
from eventwire.errors import EventwireError
from eventwire.events import code_events
from eventwire.nlp import Parsed, build_parsed
from eventwire.resources import Resources
from eventwire.schema import Actor, DocInput, DocumentRecord, Event, Place, Quote, Tone, error_record
from eventwire.text import PreparedArticle, prepare_article
from eventwire.window_merge import WindowResult, merge_windows
from eventwire.windows import Window, split_windows

PARSE_BATCH_CHARS = 100_000  # characters spaCy parses at once (its memory peak grows with them)


def extract_document(article: DocInput, *, resources: Resources) -> DocumentRecord:
    """Process one article into its contract record; failures become an error record."""
    return next(extract_many([article], resources=resources))


def extract_many(articles: Iterable[DocInput], *, resources: Resources,
                 batch_size: int = 32) -> Iterator[DocumentRecord]:
    """Records in input order, one per article. spaCy parses each batch's texts with `nlp.pipe`
    (its fast path); every other stage runs per document, and a failure stays with its document."""
    batch: list[DocInput] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _extract_batch(batch, resources=resources)
            batch = []
    yield from _extract_batch(batch, resources=resources)


class _Job:
    """One document on its way through a batch."""

    def __init__(self, article: DocInput, resources: Resources):
        self.article = article
        self.deadline = Deadline(article.id, resources.time_limit)
        self.record: DocumentRecord | None = None   # set once the document is done (or failed)
        self.prepared: PreparedArticle | None = None
        self.published: date | None = None
        self.windows: list[Window] = []

    @property
    def parses(self) -> bool:
        return self.record is None


def _extract_batch(batch: list[DocInput], *, resources: Resources) -> Iterator[DocumentRecord]:
    jobs = [_Job(article, resources) for article in batch]
    for job in jobs:
        _guarded(job, _prepare, job, resources)
    texts = [job.prepared.text[window.start:window.end] for job in jobs if job.parses for window in job.windows]
    docs = parse_each(resources.nlp, texts)
    for job in jobs:
        if job.parses:
            _guarded(job, _finish, job, _window_docs(docs, len(job.windows)), resources)
        yield job.record


def _window_docs(docs: Iterator[Doc | Exception], count: int) -> list[Doc | Exception]:
    """The next `count` parses: one document's windows. A long document's windows drop their
    tok2vec tensors as they arrive (no stage reads them; they are most of a Doc's memory)."""
    taken = []
    for _ in range(count):
        doc = next(docs)
        if count > 1 and isinstance(doc, Doc):
            doc.tensor = doc.tensor[:0]
        taken.append(doc)
    return taken


def parse_each(nlp: Language, texts: list[str], *, batch_chars: int = PARSE_BATCH_CHARS) -> Iterator[Doc | Exception]:
    """One Doc per text, in order, through `nlp.pipe` (its fast path) in batches of at most
    `batch_chars` characters: spaCy's memory peaks with the size of the batch it parses, so a long
    document's windows never go through at once. A text spaCy fails on gives its exception in its
    place: the failing batch is parsed again one text at a time to find it, and the rest go on.
    (spaCy parses a text the same whatever batch it is in.)"""
    for batch in _batches(texts, batch_chars):
        docs: list[Doc] = []
        try:
            for doc in nlp.pipe(batch, batch_size=len(batch)):
                docs.append(doc)
        except Exception:  # which text failed is found below
            docs = [_parse_one(nlp, text) for text in batch]
        yield from docs


def _parse_one(nlp: Language, text: str) -> Doc | Exception:
    try:
        return nlp(text)
    except Exception as exc:  # becomes the document's E303 record
        return exc


def _batches(texts: list[str], batch_chars: int) -> Iterator[list[str]]:
    batch: list[str] = []
    size = 0
    for text in texts:
        if batch and size + len(text) > batch_chars:
            yield batch
            batch, size = [], 0
        batch.append(text)
        size += len(text)
    if batch:
        yield batch


def _guarded(job: _Job, step, *args) -> None:
    """Run one step for one document under its time budget; an error becomes its error record."""
    article = job.article
    try:
        with job.deadline.enforced():
            step(*args)
    except EventwireError as exc:
        job.record = error_record(article, article.id, str(exc))
    except RecursionError as exc:  # before Exception: a message naming the depth problem, not a bug
        job.record = error_record(article, article.id, f"[E301] {article.id}: processing failed: "
                                                       f"structure nested too deeply ({exc})")
    except Exception as exc:  # a bug must not abort the batch; keep the document and the reason
        job.record = error_record(article, article.id,
                                  f"[E301] {article.id}: processing failed: {type(exc).__name__}: {exc}")


def _prepare(job: _Job, resources: Resources) -> None:
    job.prepared = prepared = prepare_article(job.article)
    job.published = parse_published(prepared.published, doc_id=job.article.id)
    if not prepared.english:  # the stages read English only: the record keeps the text and the warning
        job.record = _record(job, sentences=[], actors=[], events=[], quotes=[], places=[], tone=Tone())
        return
    job.windows = split_windows(prepared.text, max_chars=_window_chars(resources))


def _window_chars(resources: Resources) -> int:
    """Windows never exceed the model's max_length (spaCy's E088 above it)."""
    return max(2, min(resources.window_chars, resources.nlp.max_length))


def _finish(job: _Job, docs: list[Doc | Exception], resources: Resources) -> None:
    failed = next((doc for doc in docs if isinstance(doc, Exception)), None)
    if failed is not None:
        raise EventwireError("E303", f"{job.article.id}: the spaCy parse failed: {type(failed).__name__}: {failed}")
    if len(docs) == 1:
        job.record = _finish_short(job, docs[0], resources)
    else:
        job.record = _finish_long(job, docs, resources)


def _finish_short(job: _Job, doc: Doc, resources: Resources) -> DocumentRecord:
    parsed = build_parsed(doc, published=job.published, boilerplate=job.prepared.boilerplate)
    actors = resolve_actors(parsed, kb=resources.kb, aliases=resources.aliases)
    result = _attribute_stages(parsed, actors, resources=resources)
    return _record(job, sentences=parsed.sentence_offsets(), actors=actors, events=result.events,
                   quotes=result.quotes, places=result.places,
                   tone=score_tone(parsed, lexicon=resources.tone_lexicon))


def _finish_long(job: _Job, docs: list[Doc], resources: Resources) -> DocumentRecord:
    """The windows of one long document. What the stages need from the whole document is given to
    every window: the states the document names (context_country rule 4), the actors earlier
    windows resolved (coreference: "Lavrov" after "Sergey Lavrov", "the minister"), every actor's
    country as context for places, a story-level discard phrase, and the words tone is measured on."""
    parsed_windows = [build_parsed(doc, published=job.published,
                                   boilerplate=_window_spans(job.prepared.boilerplate, window))
                      for doc, window in zip(docs, job.windows)]
    _share_document_states(parsed_windows, resources)
    for parsed in parsed_windows[1:]:
        parsed.memo[NOT_THE_LEAD] = True  # the article's lead and main event are in its first window
    results, carried = [], {}
    first_sentence = 0
    for window, parsed in zip(job.windows, parsed_windows):
        job.deadline.check()
        actors, protos = resolve_window_actors(parsed, kb=resources.kb, known=list(carried.values()),
                                               aliases=resources.aliases)
        carried.update((proto.key, proto) for proto in protos)
        results.append(WindowResult(start=window.start, first_sentence=first_sentence,
                                    sentences=parsed.sentence_offsets(), actors=actors,
                                    actor_keys=[proto.key for proto in protos]))
        first_sentence += len(parsed.sentences)
    discarded = _story_discarded(parsed_windows, resources)
    words: list[str] = []
    for result, parsed in zip(results, parsed_windows):
        job.deadline.check()
        elsewhere = [Actor(id="", name=proto.name, kind=proto.kind, country=proto.country)  # no mentions here
                     for key, proto in carried.items() if key not in set(result.actor_keys)]
        found = _attribute_stages(parsed, result.actors, resources=resources, other_actors=elsewhere,
                                  code=not discarded)
        result.events, result.quotes, result.places = found.events, found.quotes, found.places
        words += content_words(parsed)
    merged = merge_windows(results)
    return _record(job, sentences=merged.sentences, actors=merged.actors, events=merged.events,
                   quotes=merged.quotes, places=merged.places,
                   tone=tone_of_words(words, lexicon=resources.tone_lexicon))


class _Found(NamedTuple):
    events: list[Event]
    quotes: list[Quote]
    places: list[Place]


def _attribute_stages(parsed: Parsed, actors: list[Actor], *, resources: Resources,
                      other_actors: list[Actor] = (), code: bool = True) -> _Found:
    """Events and attributes of one parsed text (a short document, or one window of a long one).
    `other_actors`: the actors of a long document's other windows, whose countries tell places
    where the story is set (they have no mentions in this window)."""
    events = code_events(parsed, actors, verbs=resources.verbs, codebook=resources.codebook,
                         options=resources.coder_options, model=resources.event_model, encoder=resources.encoder,
                         min_confidence=resources.min_confidence) if code else []
    places = find_places(parsed, gazetteer=resources.gazetteer, actors=actors + list(other_actors))
    date_events(parsed, events)
    locate_events(parsed, events, places, actors=actors)
    locate_actors(parsed, events, places, gazetteer=resources.gazetteer)
    attach_quantities(parsed, events)
    quotes = find_quotes(parsed, actors)
    for event in events:
        event.tone = score_event_tone(parsed, event, lexicon=resources.tone_lexicon).score
    return _Found(events, quotes, places)


def _share_document_states(parsed_windows: list[Parsed], resources: Resources) -> None:
    """Every window sees the states named anywhere in the document (one pass over each window)."""
    whole: dict[str, StateUse] = {}
    for parsed in parsed_windows:
        for iso3, use in states_named(parsed, named_states(parsed, kb=resources.kb)).items():
            whole.setdefault(iso3, StateUse()).add(use)
    for parsed in parsed_windows:
        parsed.memo[DOCUMENT_STATES] = whole


def _story_discarded(parsed_windows: list[Parsed], resources: Resources) -> bool:
    """A story-level discard phrase in any window: nothing is coded in the story (as code_events
    decides for a short one)."""
    discards = resources.verbs.discards
    return bool(discards) and any(discards.discards_story(sent.text)
                                  for parsed in parsed_windows for _, sent in parsed.content_sentences())


def _window_spans(spans: list[tuple[int, int]], window: Window) -> list[tuple[int, int]]:
    """Spans of the full text that overlap `window`, in the window's own offsets."""
    return [(max(start, window.start) - window.start, min(end, window.end) - window.start)
            for start, end in spans if start < window.end and end > window.start]


def _record(job: _Job, *, sentences, actors, events, quotes, places, tone) -> DocumentRecord:
    prepared = job.prepared
    return DocumentRecord(
        doc_id=job.article.id,
        title=prepared.title,
        published=prepared.published,
        url=prepared.url,
        source=prepared.source,
        text=prepared.text,
        sentences=sentences,
        actors=actors,
        events=events,
        quotes=quotes,
        places=places,
        tone=tone,
        warnings=list(prepared.warnings),
    )
