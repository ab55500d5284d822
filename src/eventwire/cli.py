"""The `eventwire` command line: thin commands that parse options and call library functions.

Seams for tests: `load_resources` and `extract_many` below are looked up at call time, so a test
can monkeypatch them with fakes instead of loading the spaCy model.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Iterable, Iterator

import click

from eventwire import __version__
from eventwire.budget import DEFAULT_TIME_LIMIT
from eventwire.errors import DictionaryError, EventwireError
from eventwire.ingest import DEFAULT_MAX_BYTES, extract_inputs, read_inputs
from eventwire.runners.cli_options import parallel_records, runner_options, uses_runner
from eventwire.schema import SCHEMA_VERSION, DocumentRecord
from eventwire.text.language import NOT_ENGLISH

DEMO_DB = "eventwire-demo.duckdb"
DEMO_EVENTS_SHOWN = 40
QUAD_NAMES = {1: "verbal coop", 2: "material coop", 3: "verbal conflict", 4: "material conflict"}

EXTRACT_HELP = f"""Extract events from articles; print one JSON record per document.

\b
INPUT is a .txt, .html/.htm, .json (one object) or .jsonl file, a
directory (walked recursively, sorted; ids are paths relative to it), or
- for stdin (JSON lines if it looks like them, else one text, id "stdin").
JSON records: {{"id": "...", "text" or "html": "...", "title", "published",
"url", "source", "language"}}; `id` is required and unique.

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


# -- seams -------------------------------------------------------------------------------------

def load_resources(**options):
    """The model and dictionaries (eventwire.resources.load_resources)."""
    from eventwire.resources import load_resources as load

    return load(**options)


def extract_many(articles, *, resources) -> Iterable[DocumentRecord]:
    from eventwire.pipeline import extract_many as run

    return run(articles, resources=resources)


# -- shared options ----------------------------------------------------------------------------

def dictionary_options(command):
    options = [
        click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="Actor file to add: PETRARCH/TABARI dictionary, or YAML/CSV (docs/actors.md) by suffix (repeatable)."),
        click.option("--verbs", "verb_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="PETRARCH/TABARI verb dictionary to add."),
        click.option("--agents", "agent_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="PETRARCH/TABARI agent dictionary to add (repeatable)."),
        click.option("--no-default-dictionaries", is_flag=True,
                     help="Use only the dictionaries given, not the built-in ones."),
        click.option("--max-bytes", type=click.IntRange(min=1), default=DEFAULT_MAX_BYTES, show_default=True,
                     help="Largest document accepted, in bytes; larger ones fail with E104."),
        click.option("--time-limit", type=click.FloatRange(min=0), default=DEFAULT_TIME_LIMIT, show_default=True,
                     help="Seconds one document may take; a slower one fails with E302 and the rest go on "
                          "(0: no limit)."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


def _iso_date(ctx, param, value):
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


def filter_options(command):
    options = [
        click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
                     help="Database (default: $EVENTWIRE_DB or ./eventwire.duckdb)."),
        click.option("--actor", help="Country (ISO3) or CAMEO actor code, as source or target (RUS, RUSGOV)."),
        click.option("--dyad", nargs=2, help="Two actor codes, events between them in either direction."),
        click.option("--since", callback=_iso_date, help="Events on or after this date (YYYY-MM-DD)."),
        click.option("--until", callback=_iso_date, help="Events on or before this date (YYYY-MM-DD)."),
        click.option("--plover", help="PLOVER category (AGREE, ASSAULT, ...)."),
        click.option("--root", help="CAMEO root code (01-20)."),
        click.option("--quad", "quad_class", type=click.IntRange(1, 4),
                     help="Quad class: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."),
        click.option("--limit", type=click.IntRange(min=1), default=100, show_default=True, help="At most this many rows."),
        click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table."),
    ]
    for option in reversed(options):
        command = option(command)
    return command


# -- commands ----------------------------------------------------------------------------------

@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eventwire")
def main():
    """eventwire: news about international affairs in, coded geopolitical events out.

    Actors, CAMEO/PLOVER events, quotes, places, dates and tone, each traceable to its sentence."""


@main.command(help=EXTRACT_HELP)
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


@main.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...",
                type=click.Path(exists=True, allow_dash=True, path_type=str))
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Database (default: $EVENTWIRE_DB or ./eventwire.duckdb).")
@dictionary_options
@runner_options
def ingest(inputs, db_path, **options):
    """Extract events from INPUT (as `extract`) and store them in a DuckDB database.

    Unchanged documents are skipped, changed ones replaced. Prints how many documents were new,
    unchanged, replaced and failed; exits 1 when some failed."""
    summary, not_english = _ingest(inputs, db_path=db_path, **options)
    click.echo(_summary_line(summary, not_english=not_english))
    sys.exit(1 if summary.failed else 0)


@main.command()
@filter_options
@click.option("--mentions", is_flag=True, help="List every article sentence that reported an event, not merged events.")
def events(db_path, as_json, mentions, **filters):
    """List stored events, oldest first: each real-world event once, however many articles reported
    it, with its NumMentions/NumArticles/NumSources and its evidence (the most confident mention's
    sentence). --mentions lists every mention instead."""
    rows = _open_store(db_path).events(mentions=mentions, **_store_filters(filters))
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    else:
        _console().print(_events_table(rows))


BY_OPTION = click.option("--by", type=click.Choice(["country", "actor"]), default="country", show_default=True,
                         help="What the ends of a pair are: countries, or actors (armed groups, NGOs and IGOs "
                              "as their own nodes, states as countries).")


@main.command()
@filter_options
@click.option("--period", type=click.Choice(["day", "week", "month", "quarter", "year"]),
              help="One row per pair and period (default: one row per pair over the whole range).")
@BY_OPTION
def dyads(db_path, as_json, period, by, **filters):
    """Aggregate stored events per (source country, target country): counts, quad classes,
    Goldstein sum and mean, mentions, first and last date. Counts deduplicated events (an event told
    by ten articles counts once) and leaves negated and hypothetical ones out. Takes the same filters
    as `events`. --by actor keeps armed groups, NGOs and IGOs apart from the state they are in
    (the SDF is not Syria there; docs/relations.md)."""
    rows = _open_store(db_path).dyads(period=period, by=by, **_store_filters(filters))
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
    else:
        _console().print(_dyads_table(rows, by=by))


@main.command()
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
    store = _open_store(db_path)
    console = _console()
    counts = store.counts()
    console.print(f"[bold]{counts['documents']} documents, {counts['global_events']} events "
                  f"({counts['events']} mentions), {counts['actors']} actors[/] in {db_path}  ({_summary_line(summary, not_english=not_english)})")
    console.print(_dyads_table(store.dyads(limit=10), title="Top dyads"))
    rows = store.events(limit=DEMO_EVENTS_SHOWN)
    console.print("[bold]Events[/] (source → PLOVER CAMEO → target, with the evidence sentence)")
    for row in rows:
        console.print(_event_lines(row), soft_wrap=True)
    if counts["global_events"] > len(rows):
        console.print(f"… {counts['global_events'] - len(rows)} more: eventwire events --db {db_path}")


@main.command(name="eval")
@click.argument("gold", nargs=-1, required=True, metavar="GOLD...", type=click.Path(exists=True, path_type=Path))
@click.option("--report", type=click.Path(dir_okay=False, path_type=Path), help="Also write the scores as JSON here.")
def evaluate(gold, report):
    """Score eventwire against gold files (PETRARCH XML, PLOVER JSON, ConfliBERT TSV, brat,
    geoparsing XML) and print the report."""
    from eventwire.evaluate import evaluate_files, render_report

    try:
        scores = evaluate_files(list(gold), load_resources=load_resources)
    except DictionaryError as exc:
        raise click.UsageError(str(exc)) from exc
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(render_report(scores))
    if report:
        report.write_text(json.dumps(scores, ensure_ascii=False, indent=2, default=str) + "\n", encoding="utf-8")


# -- helpers -----------------------------------------------------------------------------------

def _extract_records(inputs, *, actor_files, verb_file, agent_files, no_default_dictionaries,
                     max_bytes, time_limit, aliases=None, **runner) -> Iterator[DocumentRecord]:
    """Records for every input document, failures reported on stderr as they pass. Resources load
    now (a bad dictionary is a usage error before any output); documents are read lazily.
    `runner` (--workers/--engine/--scheduler) sends the work to worker processes (docs/runners.md).
    `aliases`: a learned alias table (eventwire.actors.aliases), the same for every document."""
    if uses_runner(**runner):
        return _reported(parallel_records(inputs, max_bytes=max_bytes, actor_files=actor_files, verb_file=verb_file,
                                          agent_files=agent_files, no_default_dictionaries=no_default_dictionaries,
                                          time_limit=time_limit, aliases=aliases, **runner))
    resources = _load_resources_or_exit(actor_files=actor_files, verb_file=verb_file, agent_files=agent_files,
                                        no_default_dictionaries=no_default_dictionaries, time_limit=time_limit,
                                        aliases=aliases)
    items = read_inputs(inputs, max_bytes=max_bytes)
    return _reported(extract_inputs(items, resources=resources, extract_many=extract_many))


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
                            aliases=None):
    try:
        return load_resources(actor_files=list(actor_files), verb_file=verb_file, agent_files=list(agent_files),
                              use_default_dictionaries=not no_default_dictionaries, time_limit=time_limit,
                              aliases=aliases)
    except DictionaryError as exc:
        raise click.UsageError(str(exc)) from exc
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc


def _reported(records: Iterable[DocumentRecord]) -> Iterator[DocumentRecord]:
    for record in _with_progress(records):
        if record.error is not None:
            click.echo(failure_line(record), err=True)
        yield record


def _ingest(inputs, *, db_path, **options):
    """(the store's write summary, the number of documents found not to be English). Documents are
    resolved with the store's learned aliases as they are now, before this run adds to them: a run's
    records do not depend on the order of its documents or on --workers."""
    counted = _LanguageCount(_extract_records(inputs, aliases=_stored_aliases(db_path), **options))
    store = _open_store(db_path, read_only=False)
    try:
        return store.write(counted), counted.not_english
    finally:
        store.close()


def _stored_aliases(db_path: Path | None):
    """The learned alias table of the database at `db_path` (none yet: None)."""
    from eventwire.store import default_db_path

    if not (db_path or default_db_path()).exists():
        return None
    store = _open_store(db_path, read_only=False)  # an older database is upgraded (its aliases computed)
    try:
        return store.alias_table()
    finally:
        store.close()


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


def _with_progress(records: Iterable[DocumentRecord]) -> Iterator[DocumentRecord]:
    if not sys.stderr.isatty():
        yield from records
        return
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.completed} documents"), TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("extract")
        for record in records:
            yield record
            progress.advance(task)


def _open_store(db_path: Path | None, *, read_only: bool = True):
    from eventwire.store import Store

    try:
        return Store(db_path, read_only=read_only)
    except EventwireError as exc:
        if exc.code == "E401":
            raise click.UsageError(str(exc)) from exc
        raise click.ClickException(str(exc)) from exc


def _store_filters(filters: dict) -> dict:
    if filters.get("dyad") == ():
        filters["dyad"] = None
    return filters


def _summary_line(summary, *, not_english: int = 0) -> str:
    counts = summary.as_dict()
    line = ", ".join(f"{counts[key]} {key}" for key in ("new", "unchanged", "replaced", "failed"))
    return line + (f"; {not_english} not English (stored without events)" if not_english else "")


def _console():
    from rich.console import Console

    return Console()


def escape(text: str) -> str:
    from rich.markup import escape as escape_markup

    return escape_markup(text)


def _participants(refs) -> str:
    return " + ".join(ref["code"] or ref["text"] for ref in refs or []) or "—"


def _events_table(rows: list[dict], *, title: str | None = None):
    """Merged events show how often they were reported (mentions/articles/sources); mentions their document."""
    from rich.table import Table

    merged = not rows or "num_mentions" in rows[0]
    caption = "event: PLOVER / CAMEO, trigger, \\[modality] unless asserted" + (
        "; reports: mentions / articles / sources (outlets)" if merged else "")
    table = Table(title=title, show_lines=True, caption=caption)
    for column in ("date", "source", "event", "target", "reports" if merged else "doc", "evidence"):
        table.add_column(column, overflow="fold", ratio=4 if column == "evidence" else None)
    for row in rows:
        modality = "" if row["modality"] == "asserted" else f"\n[{row['modality']}]"
        label = f"{row['plover'] or 'STATEMENT'} / {row['cameo']}\n[dim]{escape(row['trigger'] or '')}[/]{escape(modality)}"
        reports = (f"{row['num_mentions']}/{row['num_articles']}/{row['num_sources']}" if merged
                   else escape(row["doc_id"]))
        table.add_row(row["date"] or "?", escape(_participants(row["sources"])), label,
                      escape(_participants(row["targets"])), reports, escape(row["sentence_text"] or ""))
    return table


def _event_lines(row: dict) -> str:
    """Two lines: who did what to whom, when; then the sentence it was read from."""
    date_text = row["date"] + (f"..{row['date_end']}" if row["date_end"] else "") if row["date"] else "undated"
    what = f"{row['plover'] or 'STATEMENT'} {row['cameo']}"
    reported = f", {row['num_articles']} articles" if row.get("num_articles", 1) > 1 else ""
    modality = escape("[" + row["modality"] + "]")
    return (f"{date_text}  {escape(_participants(row['sources']))} → {what} → "
            f"{escape(_participants(row['targets']))}"
            f"  {modality} ({escape(row['doc_id'])}{reported})\n    [dim]{escape(row['sentence_text'] or '')}[/]")


def _dyads_table(rows: list[dict], *, title: str | None = None, by: str = "country"):
    from rich import box
    from rich.table import Table

    caption = "G = Goldstein; quads: events per quad class " + ", ".join(f"{number} {name}" for number, name in QUAD_NAMES.items())
    # Compact box and padding: nine columns of dates and numbers fit an 80-character terminal; actor
    # names wrap, and their first and last dates share one column (first above last).
    table = Table(title=title, caption=caption, box=box.SIMPLE_HEAD, pad_edge=False, collapse_padding=True)
    by_period = bool(rows) and "period" in rows[0]  # the period says when: no first/last dates then
    columns = ("src", "tgt", "events", "quads", "G mean", "G sum", "mentions")
    dated = ("first", "last") if by == "country" else ("first/last",)
    for column in (("period", *columns) if by_period else (*columns, *dated)):
        names = by == "actor" and column in ("src", "tgt")
        # short values: never fold a date or a 1/2/3/4 mix
        table.add_column(column, no_wrap=not names, min_width=10 if names else None)
    for row in rows:
        mix = "/".join(str(row[f"quad{n}"]) for n in range(1, 5))
        cells = [row[f"source_{by}"], row[f"target_{by}"], str(row["events"]), mix,
                 f"{row['goldstein_mean']:+.2f}", f"{row['goldstein_sum']:+.1f}", str(row["mentions"])]
        dates = [row["first_date"] or "?", row["last_date"] or "?"]
        dates = dates if by == "country" else ["\n".join(dict.fromkeys(dates))]
        table.add_row(*([row["period"] or "?", *cells] if by_period else [*cells, *dates]))
    return table


from eventwire.cli_actors import actors as _actors_command  # noqa: E402

main.add_command(_actors_command)

from eventwire.cli_relations import COMMANDS as _relations_commands  # noqa: E402

for _command in _relations_commands:
    main.add_command(_command)

from eventwire.cli_server import serve as _serve_command  # noqa: E402

main.add_command(_serve_command)
