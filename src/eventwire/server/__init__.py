"""`eventwire serve`: a read-only HTTP API over the store and a dashboard (docs/server.md).

    from eventwire.server import create_app
    app = create_app("eventwire.duckdb")      # an ASGI app; run it with uvicorn
"""

from eventwire.server.app import create_app

__all__ = ["create_app"]
