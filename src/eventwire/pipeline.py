"""Assembles the stages: article -> text -> parse -> actors -> events -> attributes -> record.

`extract_document` is pure given its resources: no files, databases or model loading here.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable, Iterator

from spacy.tokens import Doc

from eventwire.actors import resolve_actors
from eventwire.attributes.dates import date_events, parse_published
from eventwire.attributes.places import find_places, locate_events
from eventwire.attributes.quantities import attach_quantities
from eventwire.attributes.quotes import find_quotes
from eventwire.attributes.tone import score_event_tone, score_tone
from eventwire.errors import EventwireError
from eventwire.events import code_events
from eventwire.nlp import build_parsed
from eventwire.resources import Resources
from eventwire.schema import DocInput, DocumentRecord, error_record
from eventwire.text import PreparedArticle, prepare_article


def extract_document(article: DocInput, *, resources: Resources) -> DocumentRecord:
    """Process one article into its contract record; failures become an error record."""
    return next(extract_many([article], resources=resources))


def extract_many(articles: Iterable[DocInput], *, resources: Resources,
                 batch_size: int = 32) -> Iterator[DocumentRecord]:
    """Records in input order, one per article. spaCy parses each batch in one `nlp.pipe` call
    (its fast path); every other stage runs per document, and a failure stays with its document."""
    batch: list[DocInput] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from _extract_batch(batch, resources=resources)
            batch = []
    yield from _extract_batch(batch, resources=resources)


def _extract_batch(batch: list[DocInput], *, resources: Resources) -> Iterator[DocumentRecord]:
    prepared = [_guarded(article, _prepare, article) for article in batch]
    ready = [(article, item) for article, item in zip(batch, prepared) if not isinstance(item, DocumentRecord)]
    docs = iter(resources.nlp.pipe(item[0].text for _, item in ready))
    for article, item in zip(batch, prepared):
        if isinstance(item, DocumentRecord):
            yield item
            continue
        doc = next(docs)
        yield _guarded(article, _finish, article, item[0], item[1], doc, resources)


def _guarded(article: DocInput, step, *args):
    """Run one step for one document; an error becomes that document's error record."""
    try:
        return step(*args)
    except EventwireError as exc:
        return error_record(article, article.id, str(exc))
    except Exception as exc:  # a bug must not abort the batch; keep the document and the reason
        return error_record(article, article.id,
                            f"[E301] {article.id}: processing failed: {type(exc).__name__}: {exc}")


def _prepare(article: DocInput) -> tuple[PreparedArticle, date | None]:
    prepared = prepare_article(article)
    return prepared, parse_published(prepared.published, doc_id=article.id)


def _finish(article: DocInput, prepared: PreparedArticle, published: date | None, doc: Doc,
            resources: Resources) -> DocumentRecord:
    parsed = build_parsed(doc, published=published, boilerplate=prepared.boilerplate)

    actors = resolve_actors(parsed, kb=resources.kb)
    events = code_events(parsed, actors, verbs=resources.verbs, codebook=resources.codebook,
                         options=resources.coder_options)
    places = find_places(parsed, gazetteer=resources.gazetteer, actors=actors)
    date_events(parsed, events)
    locate_events(parsed, events, places)
    attach_quantities(parsed, events)
    quotes = find_quotes(parsed, actors)
    for event in events:
        event.tone = score_event_tone(parsed, event, lexicon=resources.tone_lexicon).score

    return DocumentRecord(
        doc_id=article.id,
        title=prepared.title,
        published=prepared.published,
        url=prepared.url,
        source=prepared.source,
        text=prepared.text,
        sentences=parsed.sentence_offsets(),
        actors=actors,
        events=events,
        quotes=quotes,
        places=places,
        tone=score_tone(parsed, lexicon=resources.tone_lexicon),
        warnings=list(prepared.warnings),
    )
