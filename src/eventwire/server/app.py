"""The ASGI app: the JSON API (eventwire.server.api) and the dashboard (static/, shipped in the package).

No asset comes from the network: the dashboard is one HTML page with its own JS and CSS, and FastAPI's
/docs and /redoc pages are off because they load Swagger UI / ReDoc from a CDN (the only offline bundle
on PyPI, swagger-ui-bundle, ships Swagger UI 4, which cannot read the OpenAPI 3.1 FastAPI writes). The
machine-readable description stays at /openapi.json.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from eventwire import __version__
from eventwire.server.access import check_store
from eventwire.server.api import router

STATIC = Path(__file__).parent / "static"


def create_app(db_path: str | Path) -> FastAPI:
    """An app serving the store at `db_path` read-only; raises EventwireError (E401-E403) if it cannot be read."""
    db_path = Path(db_path)
    check_store(db_path)
    app = FastAPI(title="eventwire", version=__version__, docs_url=None, redoc_url=None,
                  description="Read-only API over an eventwire store (docs/server.md).")
    app.state.db_path = db_path
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    return app
