"""The ASGI app: the JSON API (eventwire.server.api), the ingest endpoint (server.ingest) and the dashboard
(static/, shipped in the package), behind the HTTP hardening of server.security.

No asset comes from the network: the dashboard is one HTML page with its own JS modules, CSS and base
map (static/), and FastAPI's /docs and /redoc pages are off because they load Swagger UI / ReDoc from a
CDN (the only offline bundle on PyPI, swagger-ui-bundle, ships Swagger UI 4, which cannot read the
OpenAPI 3.1 FastAPI writes); /api-docs lists /openapi.json's endpoints with the dashboard's own script.
"""

from __future__ import annotations

from contextlib import asynccontextmanager
from pathlib import Path
from typing import Iterable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from eventwire import __version__
from eventwire.errors import EventwireError
from eventwire.server import api, explore_api, ingest
from eventwire.server.access import HealthCheck, duckdb_fault_response, fault_response, open_shared
from eventwire.server.overview import OverviewCache
from eventwire.server.security import HeadAsGet, HostAllowList, SecurityHeaders

STATIC = Path(__file__).parent / "static"


def create_app(db_path: str | Path, *, ingest_token: str | None = None, allowed_hosts: Iterable[str] = ()
               ) -> FastAPI:
    """An app serving the store at `db_path`; raises EventwireError (E401-E403, E407) if it cannot be read.

    The app holds the store open until it shuts down (eventwire.store.shared). `ingest_token`: the token
    POST /api/ingest asks for (None: no ingest). `allowed_hosts`: names besides 127.0.0.1, localhost and
    ::1 that the Host header may carry."""
    import duckdb

    db_path = Path(db_path)
    shared = open_shared(db_path)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        yield
        shared.close()

    app = FastAPI(title="eventwire", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="API over an eventwire store (docs/server.md).")
    app.state.db_path = db_path
    app.state.store = shared
    app.state.health = HealthCheck(shared)
    app.state.overview = OverviewCache(shared)
    app.state.ingest_token = ingest_token
    app.include_router(api.router)
    app.include_router(explore_api.router)
    app.include_router(ingest.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(EventwireError, lambda request, exc: fault_response(exc))
    app.add_exception_handler(duckdb.Error, lambda request, exc: duckdb_fault_response(exc))
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_middleware(HeadAsGet)
    app.add_middleware(HostAllowList, names=allowed_hosts)
    app.add_middleware(SecurityHeaders)

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    @app.get("/api-docs", include_in_schema=False)
    def api_page() -> FileResponse:
        return FileResponse(STATIC / "api.html")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:  # browsers ask for it whatever the page says
        return FileResponse(STATIC / "favicon.svg", media_type="image/svg+xml")

    return app


async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
    """FastAPI's 422 without the `input` it echoes (a query value of any size, sent back whole)."""
    detail = [{"loc": list(error.get("loc", ())), "msg": error.get("msg", ""), "type": error.get("type", "")}
              for error in exc.errors()]
    return JSONResponse({"detail": detail}, status_code=422)
