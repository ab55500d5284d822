"""The endpoints behind the dashboard's views (docs/server.md, "The dashboard"): overview, event search
with cursor pagination, its CSV/JSON-lines download, and map cells. The filters are one set of validated
query parameters (`search_filters`) shared by the three event endpoints, so what the table lists, what
the map counts and what a download holds are the same events."""

from __future__ import annotations

import csv
import io
import json
from typing import Annotated, Iterator, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import StreamingResponse

from eventwire.server.access import reading
from eventwire.server.api import Actor, Dyad, IncludeHistorical, Plover, Quad, Root, Since, Until, _filters
from eventwire.server.params import bad_parameter, bbox, country_code, modality
from eventwire.server.search import Search, dress, map_cells, matching_ids, search_events
from eventwire.store.queries import EventFilter

DOWNLOAD_MAX = 100_000  # rows in one download
DOWNLOAD_BATCH = 1_000  # rows dressed per query while streaming
# Map cell sizes in degrees, all exact in binary: a cell's bbox filter then selects exactly the events it counts.
CELLS = (20.0, 10.0, 5.0, 2.0, 1.0, 0.5, 0.25)

router = APIRouter(prefix="/api")


def search_filters(
        actor: Actor = None, dyad: Dyad = None, since: Since = None, until: Until = None, plover: Plover = None,
        root: Root = None, quad: Quad = None,
        country: Annotated[str | None, Query(description="Where the event happened: ISO3 of its location.")] = None,
        modality_: Annotated[str | None, Query(alias="modality", description="asserted, negated, intended, "
                                                                             "hypothetical or reported.")] = None,
        min_confidence: Annotated[float | None, Query(ge=0, le=1, description="The evidence mention's "
                                                                              "confidence at least this.")] = None,
        q: Annotated[str | None, Query(min_length=1, max_length=200, description="Text in the evidence sentence "
                                                                                 "(case-insensitive).")] = None,
        bbox_: Annotated[str | None, Query(alias="bbox", description="west,south,east,north in degrees: the "
                                                                     "event's location inside (upper ends open).")] = None,
        include_historical: IncludeHistorical = False,
) -> Search:
    events = _filters(actor=actor, dyad=dyad, since=since, until=until, plover=plover, root=root, quad=quad,
                      limit=None, include_historical=include_historical)
    return Search(events=EventFilter(**events),
                  country=country_code(country, name="country"), modality=modality(modality_),
                  min_confidence=min_confidence, text=q, bbox=bbox(bbox_))


Filters = Annotated[Search, Depends(search_filters)]


@router.get("/overview")
def overview(request: Request) -> dict:
    """Counts, top country pairs by events and by net cooperation / conflict, the busiest actors and the
    latest high-confidence events (recomputed when the store changes)."""
    return request.app.state.overview.get()


@router.get("/search")
def search(request: Request, filters: Filters,
           limit: Annotated[int, Query(ge=1, le=500, description="Rows per page.")] = 50,
           cursor: Annotated[str | None, Query(max_length=200, description="`next` of the previous page.")] = None,
           order: Annotated[Literal["date", "reports"], Query(description="Newest first, or most reported "
                                                                          "first (one page only).")] = "date"
           ) -> dict:
    """A page of deduplicated events, newest first: `rows` (as /api/events, plus coordinates, confidence and
    `marks`: trigger/source/target spans in the evidence sentence), `total` and `next` (null at the end)."""
    if cursor is not None and order != "date":
        raise bad_parameter("cursor", "pages follow one another only in date order")
    with reading(request) as store:
        try:
            return search_events(store.con, filters, limit=limit, cursor=cursor, by_reports=order == "reports")
        except ValueError:
            raise bad_parameter("cursor", "not a cursor from this server (use a page's `next`)") from None


@router.get("/map")
def event_map(request: Request, filters: Filters,
              cell: Annotated[float, Query(description=f"Cell size in degrees: one of {', '.join(map(str, CELLS))}.")
                              ] = 5.0) -> dict:
    """Located matching events per square cell: `events`, `quad1`-`quad4`, mean `lat`/`lon` and the cell's
    `bbox` (pass it to /api/search to list them)."""
    if cell not in CELLS:
        raise bad_parameter("cell", f"not one of {', '.join(map(str, CELLS))}")
    with reading(request) as store:
        return {"cell": cell, "cells": map_cells(store.con, filters, cell=cell)}


CSV_COLUMNS = ("global_event_id", "date", "source", "target", "cameo", "root", "plover", "quad_class", "goldstein",
               "modality", "num_mentions", "num_articles", "num_sources", "confidence", "trigger", "location",
               "location_country", "location_lat", "location_lon", "sentence_text", "doc_id", "title", "outlet",
               "url")


@router.get("/download")
def download(request: Request, filters: Filters,
             format: Annotated[Literal["csv", "jsonl"], Query(description="CSV or JSON lines.")] = "csv"
             ) -> StreamingResponse:
    """Every matching event (at most 100,000), in the explorer's order, as CSV (participants as their codes
    joined by `+`) or JSON lines (the rows of /api/search)."""
    with reading(request) as store:
        ids = matching_ids(store.con, filters, limit=DOWNLOAD_MAX)
    lines = _csv_lines if format == "csv" else _json_lines
    media = "text/csv; charset=utf-8" if format == "csv" else "application/x-ndjson"
    return StreamingResponse(lines(request, ids), media_type=media, headers={
        "content-disposition": f'attachment; filename="eventwire-events.{format}"'})


def _batches(request: Request, ids: list[int]) -> Iterator[list[dict]]:
    for start in range(0, len(ids), DOWNLOAD_BATCH):
        with reading(request) as store:
            yield dress(store.con, ids[start:start + DOWNLOAD_BATCH])


def _json_lines(request: Request, ids: list[int]) -> Iterator[str]:
    for rows in _batches(request, ids):
        yield "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def _csv_lines(request: Request, ids: list[int]) -> Iterator[str]:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, extrasaction="ignore")
    writer.writeheader()
    for rows in _batches(request, ids):
        writer.writerows({**row, "source": _codes(row["sources"]), "target": _codes(row["targets"])} for row in rows)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    yield buffer.getvalue()


def _codes(refs: list[dict]) -> str:
    return "+".join(ref.get("code") or ref.get("text") or "" for ref in refs)
