"""Assembles the stages: article -> text -> parse -> actors -> events -> attributes -> record.

`extract_document` is pure given its resources: no files, databases or model loading here.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from eventwire.actors import resolve_actors
from eventwire.attributes.dates import date_events, parse_published
from eventwire.attributes.places import find_places, locate_events
from eventwire.attributes.quantities import attach_quantities
from eventwire.attributes.quotes import find_quotes
from eventwire.attributes.tone import score_tone
from eventwire.errors import EventwireError
from eventwire.events import code_events
from eventwire.nlp import build_parsed
from eventwire.resources import Resources
from eventwire.schema import DocInput, DocumentRecord, error_record
from eventwire.text import prepare_article


def extract_document(article: DocInput, *, resources: Resources) -> DocumentRecord:
    """Process one article into its contract record; failures become an error record."""
    try:
        return _extract(article, resources=resources)
    except EventwireError as exc:
        return error_record(article, article.id, str(exc))
    except Exception as exc:  # a bug must not abort the batch; keep the document and the reason
        return error_record(article, article.id, f"[E301] {article.id}: processing failed: "
                                                 f"{type(exc).__name__}: {exc}")


def extract_many(articles: Iterable[DocInput], *, resources: Resources,
                 batch_size: int = 16) -> Iterator[DocumentRecord]:
    """Records in input order; spaCy parses in batches (nlp.pipe) for speed."""
    batch: list[DocInput] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= batch_size:
            yield from (extract_document(item, resources=resources) for item in batch)
            batch = []
    yield from (extract_document(item, resources=resources) for item in batch)


def _extract(article: DocInput, *, resources: Resources) -> DocumentRecord:
    prepared = prepare_article(article)
    published = parse_published(prepared.published, doc_id=article.id)
    doc = resources.nlp(prepared.text)
    parsed = build_parsed(doc, published=published, boilerplate=prepared.boilerplate)

    actors = resolve_actors(parsed, kb=resources.kb)
    events = code_events(parsed, actors, verbs=resources.verbs, codebook=resources.codebook)
    places = find_places(parsed, gazetteer=resources.gazetteer, actors=actors)
    date_events(parsed, events)
    locate_events(parsed, events, places)
    attach_quantities(parsed, events)
    quotes = find_quotes(parsed, actors)

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
