"""`eventwire serve`: an HTTP API over the store and a dashboard; the store's writer while it runs (docs/server.md).

    from eventwire.server import create_app
    app = create_app("eventwire.duckdb")      # an ASGI app; run it with uvicorn
"""

from eventwire.server.app import create_app

__all__ = ["create_app"]
