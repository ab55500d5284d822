"""The JSON endpoints under /api: thin shells over eventwire.store and eventwire.relations.

Each request reads on its own cursor of the server's connection (eventwire.server.access) and reuses the
functions the CLI's `events`, `dyads`, `timeline` and `network` commands call, with the same filters.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import JSONResponse

from eventwire.errors import EventwireError
from eventwire.relations import actor_network, dyad_series, goldstein_trend
from eventwire.relations.series import period_index
from eventwire.server.access import fault_response, reading
from eventwire.server.params import actor_code, dyad_pair, iso, plover_category
from eventwire.store.documents import document_view

Period = Literal["day", "week", "month", "quarter", "year"]
Actor = Annotated[str | None, Query(description="Country (ISO3) or CAMEO actor code, as source or target: RUS, RUSGOV.")]
Dyad = Annotated[str | None, Query(description="Two actor codes, comma-separated: events between them either way.")]
Since = Annotated[date | None, Query(description="On or after this date (YYYY-MM-DD).")]
Until = Annotated[date | None, Query(description="On or before this date (YYYY-MM-DD).")]
Plover = Annotated[str | None, Query(description="PLOVER category: AGREE, ASSAULT, …")]
Root = Annotated[str | None, Query(pattern=r"^\d{1,2}$", description="CAMEO root code, 01-20.")]
Quad = Annotated[int | None, Query(ge=1, le=4, description="Quad class: 1 verbal coop … 4 material conflict.")]
Limit = Annotated[int, Query(ge=1, le=10_000, description="At most this many rows.")]
By = Annotated[Literal["country", "actor"], Query(description="Pair ends: countries, or actors (armed groups, "
                                                              "NGOs and IGOs as their own nodes).")]
IncludeHistorical = Annotated[bool, Query(description="Also history an article retold: events dated more than "
                                                      "30 days before their article (left out by default).")]

router = APIRouter(prefix="/api")


def _filters(*, actor, dyad, since, until, plover, root, quad, limit, include_historical) -> dict:
    return {"actor": actor_code(actor, name="actor"), "dyad": dyad_pair(dyad), "since": iso(since),
            "until": iso(until), "plover": plover_category(plover), "root": root, "quad_class": quad, "limit": limit,
            "include_historical": include_historical}


@router.get("/health")
def health(request: Request) -> JSONResponse:
    """Schema version and rows per table (`global_events`: the deduplicated events), after reading every
    row back; 503 with the fault's code (E407 a damaged file) when that fails."""
    try:
        status, body = request.app.state.health.report()
    except EventwireError as error:
        return fault_response(error, status="error")
    return JSONResponse(body, status_code=status)


@router.get("/events")
def events(request: Request, actor: Actor = None, dyad: Dyad = None, since: Since = None, until: Until = None,
           plover: Plover = None, root: Root = None, quad: Quad = None, limit: Limit = 100,
           mentions: Annotated[bool, Query(description="Every article sentence that reported an event.")] = False,
           include_historical: IncludeHistorical = False) -> list[dict]:
    """Deduplicated events, oldest first, with num_mentions/num_articles/num_sources and the evidence
    sentence and trigger (as `eventwire events --json`)."""
    filters = _filters(actor=actor, dyad=dyad, since=since, until=until, plover=plover, root=root, quad=quad,
                       limit=limit, include_historical=include_historical)
    with reading(request) as store:
        return [_with_sides(row) for row in store.events(mentions=mentions, **filters)]


def _with_sides(row: dict) -> dict:
    """An event without targets (reciprocal, or none named) lists none: [] rather than null, as in the contract."""
    return {**row, "sources": row["sources"] or [], "targets": row["targets"] or []}


@router.get("/dyads")
def dyads(request: Request, actor: Actor = None, dyad: Dyad = None, since: Since = None, until: Until = None,
          plover: Plover = None, root: Root = None, quad: Quad = None, limit: Limit = 100,
          period: Annotated[Period | None, Query(description="One row per pair and period.")] = None,
          by: By = "country", include_historical: IncludeHistorical = False) -> list[dict]:
    """Deduplicated events per directed country (or actor) pair (as `eventwire dyads --json`)."""
    filters = _filters(actor=actor, dyad=dyad, since=since, until=until, plover=plover, root=root, quad=quad,
                       limit=limit, include_historical=include_historical)
    with reading(request) as store:
        return store.dyads(period=period, by=by, **filters)


@router.get("/timeline")
def timeline(request: Request, first: Annotated[str, Query(description="Country code, e.g. RUS.")],
             second: Annotated[str, Query(description="Country code, e.g. PAK.")],
             period: Period = "month", since: Since = None, until: Until = None,
             directed: Annotated[bool, Query(description="Only FIRST → SECOND events.")] = False,
             include_historical: IncludeHistorical = False) -> dict:
    """The dyad's series per period and its Goldstein trend with a 95% interval (as `eventwire timeline --json`)."""
    pair = (actor_code(first, name="first"), actor_code(second, name="second"))
    with reading(request) as store:
        rows = dyad_series(store.con, dyad=pair, period=period, directed=directed, since=iso(since),
                           until=iso(until), include_historical=include_historical)
    trend = goldstein_trend(rows, positions=[period_index(row["period"], period) for row in rows])
    return {"first": pair[0], "second": pair[1], "period": period, "rows": rows,
            "trend": {**vars(trend), "description": trend.describe(period)}}


@router.get("/network")
def network(request: Request, since: Since = None, until: Until = None,
            min_events: Annotated[int, Query(ge=1, description="Leave out pairs with fewer events.")] = 1,
            origin: Annotated[Literal["eventwire", "gdelt"] | None, Query(description="Only one origin.")] = None,
            by: By = "country", include_historical: IncludeHistorical = False) -> dict:
    """Countries (or actors), cooperation/conflict edges, blocs and centrality (as `eventwire network --json`)."""
    with reading(request) as store:
        found = actor_network(store.con, since=iso(since), until=iso(until), origin=origin, min_events=min_events,
                              by=by, include_historical=include_historical)
    return {"nodes": found.nodes(), "edges": found.edges(), "blocs": found.blocs}


@router.get("/documents/{doc_id:path}")
def document(request: Request, doc_id: str) -> dict:
    """One stored document: metadata, text, tone, sentence spans, actors, quotes, places and its event
    mentions (with `trigger_start`/`trigger_end`, the trigger's offsets in the text)."""
    with reading(request) as store:
        found = document_view(store.con, doc_id)
        spans = {event_id: (start, end) for event_id, start, end in store.con.execute(
            "SELECT event_id, trigger_start, trigger_end FROM events WHERE doc_id = ?", [doc_id]).fetchall()}
    if found is None:
        raise HTTPException(status_code=404, detail="no document with this id in the store")
    for event in found["events"]:  # where the article view marks each trigger
        event["trigger_start"], event["trigger_end"] = spans.get(event["id"], (None, None))
    return found
