"""Commands over documents: `extract` (records out), `ingest` (records into the store), `demo`, `eval`.

Model loading and extraction go through eventwire.cli.seams, looked up at call time (tests replace them).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Iterable, Iterator

import click

from eventwire.budget import DEFAULT_TIME_LIMIT
from eventwire.cli import seams
from eventwire.cli.common import console as rich_console, open_store
from eventwire.cli.options import dictionary_options
from eventwire.cli.progress import with_progress
from eventwire.cli.tables import dyads_table, event_lines
from eventwire.errors import DictionaryError, EventwireError
from eventwire.ingest import DEFAULT_MAX_BYTES, count_inputs, extract_inputs, read_inputs
from eventwire.runners.cli_options import parallel_records, runner_options, uses_runner
from eventwire.schema import SCHEMA_VERSION, DocumentRecord
from eventwire.text.language import NOT_ENGLISH

DEMO_DB = "eventwire-demo.duckdb"
TOKEN_ENV = "EVENTWIRE_TOKEN"
INGEST_BATCH_SECONDS = 5.0  # commit at least this often while extraction is slow: a crash loses little
DEMO_EVENTS_SHOWN = 40

EXTRACT_HELP = f"""Extract events from articles; print one JSON record per document.

\b
INPUT is a .txt, .html/.htm, .json (one object) or .jsonl file, a .csv
file (one row per document), a directory (walked recursively, sorted; ids
are paths relative to it), or - for stdin (JSON lines if it looks like
them, else one text, id "stdin").
JSON records: {{"id": "...", "text" or "html": "...", "title", "published",
"url", "source", "language"}}; `id` is required and unique. CSV columns
have the same names (another name: --csv-column text=body); without an id
column a row's id is FILE#ROW.

\b
Output: JSON lines, schema "{SCHEMA_VERSION}" (see docs/contract.md), one
object per input document in input order: schema, doc_id, title,
published, url, source, text, sentences, actors, events, quotes, places,
tone, warnings, error. Offsets index `text` (code points, end-exclusive).
A document that fails gets a record with "error" set and empty lists;
its message also goes to stderr.

\b
Exit status: 0 every document processed, 1 some failed, 2 usage error.
Never writes a database (use `eventwire ingest`)."""


@click.command(help=EXTRACT_HELP)
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...",
                type=click.Path(exists=True, allow_dash=True, path_type=str))
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write the JSON lines here instead of stdout.")
@click.option("--aliases", "alias_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Learned aliases to resolve with (a CSV file `eventwire actors learned --export` writes; "
                   "docs/actors.md). Default: none, the output depends on the inputs and dictionaries only.")
@dictionary_options
@runner_options
def extract(inputs, output, alias_file, **options):
    failed = 0
    for record in _extract_records(inputs, aliases=_alias_file(alias_file), **options):
        output.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        failed += record.error is not None
    output.flush()
    sys.exit(1 if failed else 0)


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...",
                type=click.Path(exists=True, allow_dash=True, path_type=str))
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Database (default: $EVENTWIRE_DB or ./eventwire.duckdb).")
@click.option("--server", "server_url", metavar="URL",
              help="Hand the records to the `eventwire serve` at URL (token: $EVENTWIRE_TOKEN, or the note the "
                   "server leaves next to --db). Without it, a server running on --db is found by its note.")
@dictionary_options
@runner_options
def ingest(inputs, db_path, server_url, **options):
    """Extract events from INPUT (as `extract`) and store them in a DuckDB database.

    Unchanged documents are skipped, changed ones replaced. Prints how many documents were new,
    unchanged, replaced and failed; exits 1 when some failed. While `eventwire serve` runs on the
    database, the records are handed to it, and it answers requests during the ingest."""
    summary, not_english = _ingest(inputs, db_path=db_path, server_url=server_url, **options)
    click.echo(_summary_line(summary, not_english=not_english))
    sys.exit(1 if summary.failed else 0)


@click.command()
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=Path(DEMO_DB),
              show_default=True, help="Database for the demo (kept apart from your main one).")
def demo(path, db_path):
    """Ingest demo articles and show what eventwire finds in them.

    PATH defaults to the examples/ folder in the current directory (the project's bundled demo
    articles). Prints document/event/actor counts, the top dyads and every event with its
    evidence sentence."""
    path = path or Path("examples")
    if not path.exists():
        raise click.UsageError(f"{path} not found; pass a file or folder of articles: eventwire demo PATH")
    summary, not_english = _ingest([str(path)], db_path=db_path, actor_files=(), verb_file=None, agent_files=(),
                                   no_default_dictionaries=False, max_bytes=DEFAULT_MAX_BYTES,
                                   time_limit=DEFAULT_TIME_LIMIT)
    store = open_store(db_path)
    console = rich_console()
    counts = store.counts()
    console.print(f"[bold]{counts['documents']} documents, {counts['global_events']} events "
                  f"({counts['events']} mentions), {counts['actors']} actors[/] in {db_path}  ({_summary_line(summary, not_english=not_english)})")
    console.print(dyads_table(store.dyads(limit=10), title="Top dyads"))
    rows = store.events(limit=DEMO_EVENTS_SHOWN)
    console.print("[bold]Events[/] (source → PLOVER CAMEO → target, with the evidence sentence)")
    for row in rows:
        console.print(event_lines(row), soft_wrap=True)
    if counts["global_events"] > len(rows):
        console.print(f"… {counts['global_events'] - len(rows)} more: eventwire events --db {db_path}")


@click.command(name="eval")
@click.argument("gold", nargs=-1, required=True, metavar="GOLD...", type=click.Path(exists=True, path_type=Path))
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path), help="Also write the scores as JSON here.")
def evaluate(gold, report):
    """Score eventwire against gold files (PETRARCH XML, PLOVER JSON, ConfliBERT TSV, brat,
    geoparsing XML) and print the report."""
    from eventwire.evaluate import evaluate_files, render_report

    try:
        scores = evaluate_files(list(gold), load_resources=seams.load_resources)
    except DictionaryError as exc:
        raise click.UsageError(str(exc)) from exc
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(render_report(scores))
    if report:
        report.write_text(json.dumps(scores, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")


# -- helpers -----------------------------------------------------------------------------------

def _extract_records(inputs, *, actor_files, verb_file, agent_files, no_default_dictionaries,
                     max_bytes, time_limit, min_confidence=None, aliases=None, csv_columns=None,
                     **runner) -> Iterator[DocumentRecord]:
    """Records for every input document, failures reported on stderr as they pass. Resources load
    now (a bad dictionary is a usage error before any output); documents are read lazily.
    `runner` (--workers/--engine/--scheduler) sends the work to worker processes (docs/runners.md).
    `aliases`: a learned alias table (eventwire.actors.aliases), the same for every document."""
    total = count_inputs(inputs, max_bytes=max_bytes, csv_columns=csv_columns)
    if uses_runner(**runner):
        return _reported(parallel_records(inputs, max_bytes=max_bytes, csv_columns=csv_columns,
                                          actor_files=actor_files, verb_file=verb_file,
                                          agent_files=agent_files, no_default_dictionaries=no_default_dictionaries,
                                          time_limit=time_limit, min_confidence=min_confidence, aliases=aliases,
                                          **runner),
                         total=total)
    resources = _load_resources_or_exit(actor_files=actor_files, verb_file=verb_file, agent_files=agent_files,
                                        no_default_dictionaries=no_default_dictionaries, time_limit=time_limit,
                                        min_confidence=min_confidence, aliases=aliases)
    items = read_inputs(inputs, max_bytes=max_bytes, csv_columns=csv_columns)
    return _reported(extract_inputs(items, resources=resources, extract_many=seams.extract_many), total=total)


def _alias_file(path: Path | None):
    """The alias table in `path` (--aliases), or None; a malformed file is a usage error."""
    if path is None:
        return None
    from eventwire.actors.aliases import read_alias_file

    try:
        return read_alias_file(path)
    except DictionaryError as exc:
        raise click.UsageError(str(exc)) from exc


def _load_resources_or_exit(*, actor_files, verb_file, agent_files, no_default_dictionaries, time_limit,
                            min_confidence=None, aliases=None):
    try:
        return seams.load_resources(actor_files=list(actor_files), verb_file=verb_file, agent_files=list(agent_files),
                                    use_default_dictionaries=not no_default_dictionaries, time_limit=time_limit,
                                    min_confidence=min_confidence, aliases=aliases)
    except DictionaryError as exc:
        raise click.UsageError(str(exc)) from exc
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc


def _reported(records: Iterable[DocumentRecord], *, total: int | None) -> Iterator[DocumentRecord]:
    for record in with_progress(records, total=total):
        if record.error is not None:
            click.echo(failure_line(record), err=True)
        yield record


def _ingest(inputs, *, db_path, server_url=None, **options):
    """(the store's write summary, the number of documents found not to be English). Should the run fail
    (a worker died, the disk is full), what was stored before is said before the error. Documents are
    resolved with the store's learned aliases as they are now, before this run adds to them: a run's
    records do not depend on the order of its documents or on --workers."""
    from eventwire.store.writer import WriteSummary

    aliases = None if server_url else _stored_aliases(db_path)
    counted = _LanguageCount(_extract_records(inputs, aliases=aliases, **options))
    summary = WriteSummary()
    target = _ingest_target(db_path, server_url)
    try:
        target.write(counted, summary=summary, batch_seconds=INGEST_BATCH_SECONDS)
    except (click.ClickException, EventwireError, KeyboardInterrupt) as exc:
        if summary.new or summary.replaced or summary.unchanged:
            click.echo(f"stored before the failure: {_summary_line(summary)}", err=True)
        if isinstance(exc, EventwireError):
            raise click.ClickException(str(exc)) from exc
        raise
    finally:
        _close_quietly(target)
    return summary, counted.not_english


def _ingest_target(db_path: Path | None, server_url: str | None):
    """The store to write to: the server named, the server that holds the database, or the file itself."""
    from eventwire.store import default_db_path
    from eventwire.store.served import ServedStore, read_note

    note = read_note(db_path or default_db_path())
    if server_url:
        token = os.environ.get(TOKEN_ENV) or (note.token if note else None)
        if not token:
            raise click.UsageError(f"--server needs the server's token: set ${TOKEN_ENV}, or pass the --db the "
                                   f"server serves (its token is in the note next to it)")
        return ServedStore(server_url, token)
    if note is not None:
        click.echo(f"{db_path or default_db_path()} is served by process {note.pid}: handing the records to "
                   f"it at {note.url}", err=True)
        return ServedStore(note.url, note.token)
    return open_store(db_path, read_only=False)


def _stored_aliases(db_path: Path | None):
    """The learned alias table of the database at `db_path` (none yet: None). A database a server holds
    is read beside it (the server keeps it at the current schema); were it locked for a write just then,
    the run goes on without learned aliases, and says so."""
    from eventwire.store import Store, default_db_path
    from eventwire.store.served import read_note

    path = db_path or default_db_path()
    if not path.exists():
        return None
    served = read_note(path) is not None
    try:
        store = Store(path, read_only=served)  # not served: an older database is upgraded (its aliases computed)
    except EventwireError as exc:
        if not served:
            raise click.ClickException(str(exc)) from exc
        click.echo(f"learned aliases not read ({exc}); resolving without them", err=True)
        return None
    try:
        return store.alias_table()
    finally:
        store.close()


def _close_quietly(target) -> None:
    """Closing after a failed write must not replace its error (DuckDB may refuse everything after a full disk)."""
    try:
        target.close()
    except Exception:
        pass


class _LanguageCount:
    """Passes records through, counting those with the 'not English' warning (text/language.py)."""

    def __init__(self, records: Iterable[DocumentRecord]):
        self._records = records
        self.not_english = 0

    def __iter__(self) -> Iterator[DocumentRecord]:
        for record in self._records:
            self.not_english += any(warning.startswith(NOT_ENGLISH) for warning in record.warnings)
            yield record


def failure_line(record: DocumentRecord) -> str:
    """"doc_id: [E10x] problem" — the error without the doc id repeated inside it."""
    error = record.error or ""
    code, _, problem = error.partition("] ")
    if code.startswith("[") and problem:
        problem = problem.removeprefix(f"{record.doc_id}: ")
        return f"{record.doc_id}: {code}] {problem}"
    return f"{record.doc_id}: {error}"


def _summary_line(summary, *, not_english: int = 0) -> str:
    counts = summary.as_dict()
    line = ", ".join(f"{counts[key]} {key}" for key in ("new", "unchanged", "replaced", "failed"))
    return line + (f"; {not_english} not English (stored without events)" if not_english else "")
