"""`eventwire serve`: the HTTP API and dashboard over a store, and its writer while it runs (docs/server.md).

Registered on the main group by eventwire.cli; uvicorn runs the app from eventwire.server. The server
leaves a note next to the database (eventwire.store.served) so that `eventwire ingest` hands its records
to it instead of opening the file.
"""

from __future__ import annotations

import os
from pathlib import Path

import click

from eventwire.errors import EventwireError

ANY_ADDRESS = ("0.0.0.0", "::", "")


@click.command()
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Database (default: $EVENTWIRE_DB or ./eventwire.duckdb).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 exposes the store to the network).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--allow-host", "allowed_hosts", multiple=True, metavar="NAME",
              help="A name clients may reach the server by, besides 127.0.0.1, localhost and ::1 "
                   "(repeatable; requests naming another host are refused).")
def serve(db_path, host, port, allowed_hosts):
    """Serve the store: JSON API under /api (health, events, dyads, timeline, network, documents) and a
    dashboard at /. While it runs the server is the store's writer: `eventwire ingest` on the same
    database hands its records to it, and requests are answered during the ingest."""
    import uvicorn

    from eventwire.server import create_app
    from eventwire.store import default_db_path
    from eventwire.store.served import ServingNote, new_token, read_note, remove_note, write_note

    db_path = db_path or default_db_path()
    running = read_note(db_path)
    if running is not None and running.pid != os.getpid():
        raise click.ClickException(f"[E402] {db_path} is already served by process {running.pid} at "
                                   f"{running.url}; stop it first")
    token = new_token()
    names = (*allowed_hosts, *(() if host in ANY_ADDRESS else (host,)))
    try:
        app = create_app(db_path, ingest_token=token, allowed_hosts=names)
    except EventwireError as exc:
        if exc.code == "E401":
            raise click.UsageError(str(exc)) from exc
        raise click.ClickException(str(exc)) from exc
    local = "127.0.0.1" if host in ANY_ADDRESS else host
    url = f"http://{'[' + local + ']' if ':' in local else local}:{port}"
    try:
        write_note(db_path, ServingNote(url=url, pid=os.getpid(), token=token))
    except OSError as exc:  # a folder we cannot write: serve, but `ingest` cannot find us
        click.echo(f"warning: cannot leave the ingest note next to {db_path} ({exc.strerror}); "
                   f"`eventwire ingest` cannot write while the server runs", err=True)
    click.echo(f"Serving {db_path} on http://{host}:{port}/ (Ctrl+C to stop)", err=True)
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    finally:
        remove_note(db_path, pid=os.getpid())
