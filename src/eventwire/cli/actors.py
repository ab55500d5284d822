"""`eventwire actors lookup NAME`: how a name resolves in the knowledge base, and why; `eventwire actors
learned`: the aliases the stored articles taught (docs/actors.md, "Learning actors from the corpus")."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from eventwire.errors import DictionaryError, EventwireError


SHOWN_CANDIDATES = 12


@click.group(name="actors")
def actors() -> None:
    """Inspect the actor knowledge base and the aliases learned from stored articles."""


@actors.command(name="lookup")
@click.argument("name")
@click.option("--date", "on_date", help="Article date (YYYY-MM-DD) choosing among dated roles; default: latest role.")
@click.option("--actors", "actor_files", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Extra actor file (YAML/CSV, or PETRARCH format); repeatable.")
@click.option("--no-default-dictionaries", is_flag=True, help="Only the --actors files.")
@click.option("--json", "as_json", is_flag=True, help="Print the explanation as JSON.")
def lookup(name: str, on_date: str | None, actor_files: tuple[Path, ...], no_default_dictionaries: bool,
           as_json: bool) -> None:
    """Show how NAME resolves: the dictionary entry and alias or rule, and the dated role chosen."""
    from dataclasses import asdict

    from eventwire.actors.explain import explain_name
    from eventwire.actors.kb import load_knowledge_base

    try:
        when = date.fromisoformat(on_date) if on_date else None
    except ValueError as exc:
        raise click.BadParameter(f"{on_date!r} is not YYYY-MM-DD", param_hint="--date") from exc
    try:
        kb = load_knowledge_base(actor_files=list(actor_files), use_defaults=not no_default_dictionaries)
    except DictionaryError as exc:
        raise click.UsageError(str(exc)) from exc
    except EventwireError as exc:
        raise click.ClickException(str(exc)) from exc
    result = explain_name(name, kb=kb, when=when)
    if as_json:
        click.echo(json.dumps(asdict(result), ensure_ascii=False, indent=2))
        return
    click.echo("\n".join(_lines(result, kb)))


@actors.command(name="learned")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Database (default: $EVENTWIRE_DB or ./eventwire.duckdb).")
@click.option("--alias", help="Only this alias (any case), e.g. a family name.")
@click.option("--export", "export_path", type=click.Path(dir_okay=False, writable=True, path_type=Path),
              help="Write the table to this CSV file, for `eventwire extract --aliases FILE`.")
@click.option("--json", "as_json", is_flag=True, help="Print the table as JSON.")
def learned(db_path: Path | None, alias: str | None, export_path: Path | None, as_json: bool) -> None:
    """List the aliases learned from the stored articles: each person an article introduced with a title
    ("Kenya's interior minister, Kamau Otieno"), by full name and family name, with the code and title,
    the dates seen, the number of articles and the first of them. An alias applies within two years of
    the dates it was seen; `ingest` uses the table, `extract` only with --aliases."""
    from dataclasses import asdict

    from eventwire.actors.aliases import write_alias_file
    from eventwire.cli.common import open_store

    found = open_store(db_path).learned_aliases(alias=alias)
    if export_path is not None:
        click.echo(f"wrote {write_alias_file(found, export_path)} aliases to {export_path}", err=True)
    if as_json:
        click.echo(json.dumps([{**asdict(item), "valid_from": item.valid_from, "valid_to": item.valid_to}
                               for item in found], ensure_ascii=False, indent=2, default=str))
    elif export_path is None:
        for line in _learned_lines(found):
            click.echo(line)


def _learned_lines(found) -> list[str]:
    if not found:
        return ["no learned aliases (articles that introduce a person with a title teach them: eventwire ingest)"]
    return [f"{item.alias!r} -> {item.name} {item.code}" + (f" ({item.role})" if item.role else "")
            + f"; seen {item.first_seen}..{item.last_seen} in {item.documents} article"
            + ("s" if item.documents != 1 else "") + f", first {item.source}; applies {item.valid_from}..{item.valid_to}"
            for item in found]


def _lines(result, kb) -> list[str]:
    lines = [f"{result.query!r}: {result.route}"]
    if result.entry is not None:
        entry = kb.entries[result.entry]
        lines.append(f"  entry: {entry.name} ({entry.kind}), default code {entry.code or '-'}")
        if result.matched_key:
            lines.append(f"  matched: {result.matched_key!r}")
    lines.append(f"  resolves to: code {result.code or '-'}, country {result.country or '-'}, "
                 f"sector {result.sector or '-'}" + (f", role {result.role}" if result.role else ""))
    if result.source:
        source = result.source
        detail = f", {source['precision']}" if "precision" in source else ""
        if "snapshot" in source:
            detail += f" (snapshot of {source['snapshot']}, valid {source['window']})"
        lines.append(f"  decided by source: {source['id']}{detail} - {source['name']} [{source['licence']}]")
    if result.note:
        lines.append(f"  note: {result.note}")
    if result.candidates:
        lines.append(f"  candidates ({len(result.candidates)})" +
                     (f", decided by {result.decided_by}:" if result.entry is not None else ":"))
        # the chosen one and those holding an office first; a long list is cut (--json has all)
        ranked = sorted(result.candidates, key=lambda item: (item["entry"] != result.entry, item["role"] is None))
        lines += [f"    {'>' if item['entry'] == result.entry else '-'} {item['name']} ({item['kind']}): "
                  f"{item['code'] or '-'}" + (f", {item['role']}" if item["role"] else "") +
                  (f" [{item['source']}]" if item["source"] else "") for item in ranked[:SHOWN_CANDIDATES]]
        if len(ranked) > SHOWN_CANDIDATES:
            lines.append(f"    … {len(ranked) - SHOWN_CANDIDATES} more (--json lists all)")
    for role in result.roles:
        mark = "*" if role["chosen"] else " "
        lines.append(f"  {mark} {role['code']:<12} {role['from'] or '…'} – {role['to'] or '…'}"
                     + (f"  {role['role']}" if role["role"] else "") + f"  [{role['source']}, {role['precision']}]")
    lines += [f"  title: {title}" for title in result.titles]
    return lines
