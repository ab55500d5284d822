"""`eventwire serve`: the read-only HTTP API and dashboard over a store (docs/server.md).

Registered on the main group by eventwire.cli; uvicorn runs the app from eventwire.server.
"""

from __future__ import annotations

from pathlib import Path

import click

from eventwire.errors import EventwireError


@click.command()
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Database (default: $EVENTWIRE_DB or ./eventwire.duckdb).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 exposes the store to the network).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
def serve(db_path, host, port):
    """Serve the store read-only: JSON API under /api (health, events, dyads, timeline, network,
    documents) and a dashboard at /. The store is opened per request, so `eventwire ingest` can add
    to it while the server runs."""
    import uvicorn

    from eventwire.server import create_app
    from eventwire.store import default_db_path

    db_path = db_path or default_db_path()
    try:
        app = create_app(db_path)
    except EventwireError as exc:
        if exc.code == "E401":
            raise click.UsageError(str(exc)) from exc
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Serving {db_path} on http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
