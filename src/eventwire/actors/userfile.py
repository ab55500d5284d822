"""User actor files (YAML or CSV): extra actors and aliases, with dated roles, added to the knowledge base.

YAML (`.yaml`/`.yml`):

    actors:
      - name: Shehbaz Sharif
        kind: person                      # state, person, organization, group, igo, ngo (default person)
        aliases: [Shahbaz Sharif, Mian Shehbaz Sharif]
        code: PAK                         # used outside every dated role (optional)
        source: Prime Minister of Pakistan, as publicly recorded   # provenance note (optional)
        roles:
          - {code: PAKGOV, from: 2022-04-11, to: 2023-08-14, role: Prime Minister}

CSV (`.csv`), header `name,kind,code,aliases,from,to,role` (and optionally `source`); aliases separated
by `;`; one row per role, rows with the same name are one actor. Dates are YYYY-MM-DD (open ends may be left empty).
Every problem is a DictionaryError E201 naming the file, the line and the reason.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from eventwire.errors import DictionaryError
from eventwire.schema import ACTOR_KINDS

USER_SUFFIXES = (".yaml", ".yml", ".csv")
FAR_PAST, FAR_FUTURE = 10101, 99991231
CSV_COLUMNS = ("name", "kind", "code", "aliases", "from", "to", "role", "source")
_CODE = re.compile(r"^[A-Z]{3}(?:[A-Z]{3})*$")
_YAML_KEYS = {"name", "kind", "aliases", "code", "roles", "source"}
_ROLE_KEYS = {"code", "from", "to", "role"}


@dataclass
class UserActor:
    name: str
    kind: str = "person"
    aliases: list[str] = field(default_factory=list)
    code: str | None = None
    roles: list[list] = field(default_factory=list)   # [code, start YYYYMMDD, end YYYYMMDD, role]
    line: int = 0
    source: str | None = None                          # where the facts come from, in words


def is_user_actor_file(path: Path | str) -> bool:
    return Path(path).suffix.lower() in USER_SUFFIXES


def read_user_actor_file(path: Path | str) -> list[UserActor]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise DictionaryError("E202", str(path), None, f"cannot read actor file: {exc}") from exc
    if path.suffix.lower() == ".csv":
        return parse_user_csv(text, path=str(path))
    return parse_user_yaml(text, path=str(path))


# -- YAML --------------------------------------------------------------------------------------------

def parse_user_yaml(text: str, *, path: str = "<actors.yaml>") -> list[UserActor]:
    import yaml

    try:
        root = yaml.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DictionaryError("E201", path, mark.line + 1 if mark else None,
                              f"not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    if root is None:
        return []
    actors_node = _mapping(root, path).get("actors")
    if actors_node is None or not isinstance(actors_node[1], yaml.SequenceNode):
        raise DictionaryError("E201", path, _line(root), "expected a top-level `actors:` list")
    return _checked([_yaml_actor(node, path) for node in actors_node[1].value], path)


def _yaml_actor(node, path: str) -> UserActor:
    fields = _mapping(node, path)
    unknown = set(fields) - _YAML_KEYS
    if unknown:
        raise DictionaryError("E201", path, fields[min(unknown)][0], f"unknown key `{min(unknown)}` "
                                                                     f"(expected {', '.join(sorted(_YAML_KEYS))})")
    actor = UserActor(name=_scalar(fields, "name", path, node, required=True), line=_line(node))
    actor.kind = _scalar(fields, "kind", path, node) or "person"
    actor.code = _scalar(fields, "code", path, node)
    actor.source = _scalar(fields, "source", path, node)
    if "aliases" in fields:
        actor.aliases = [_plain(item, path) for item in _sequence(fields["aliases"], path)]
    for role_node in _sequence(fields["roles"], path) if "roles" in fields else []:
        role = _mapping(role_node, path)
        unknown = set(role) - _ROLE_KEYS
        if unknown:
            raise DictionaryError("E201", path, role[min(unknown)][0], f"unknown role key `{min(unknown)}`")
        line = _line(role_node)
        actor.roles.append([_scalar(role, "code", path, role_node, required=True),
                            _date(_scalar(role, "from", path, role_node), path, line, FAR_PAST),
                            _date(_scalar(role, "to", path, role_node), path, line, FAR_FUTURE),
                            _scalar(role, "role", path, role_node), line])
    return actor


def _mapping(node, path: str) -> dict[str, tuple[int, object]]:
    import yaml

    if not isinstance(node, yaml.MappingNode):
        raise DictionaryError("E201", path, _line(node), "expected a mapping of `key: value`")
    return {str(key.value): (_line(key), value) for key, value in node.value}


def _sequence(item: tuple[int, object], path: str) -> list:
    import yaml

    line, node = item
    if not isinstance(node, yaml.SequenceNode):
        raise DictionaryError("E201", path, line, "expected a list")
    return node.value


def _scalar(fields: dict, key: str, path: str, node, *, required: bool = False) -> str | None:
    if key not in fields:
        if required:
            raise DictionaryError("E201", path, _line(node), f"missing `{key}`")
        return None
    value = _plain(fields[key][1], path)
    if required and not value:
        raise DictionaryError("E201", path, fields[key][0], f"empty `{key}`")
    return value or None


def _plain(node, path: str) -> str:
    import yaml

    if not isinstance(node, yaml.ScalarNode):
        raise DictionaryError("E201", path, _line(node), "expected a single value")
    return str(node.value).strip()


def _line(node) -> int:
    return node.start_mark.line + 1


# -- CSV ---------------------------------------------------------------------------------------------

def parse_user_csv(text: str, *, path: str = "<actors.csv>") -> list[UserActor]:
    reader = csv.reader(io.StringIO(text))
    rows = _csv_rows(reader, path)
    header = next(rows, None)
    if header is None:
        return []
    header = [column.strip().lower() for column in header]
    missing = [column for column in ("name",) if column not in header]
    unknown = [column for column in header if column not in CSV_COLUMNS]
    if missing or unknown:
        raise DictionaryError("E201", path, 1, f"header must use the columns {', '.join(CSV_COLUMNS)} "
                                              f"(name required); got {', '.join(header)}")
    actors: dict[str, UserActor] = {}
    for row in rows:
        line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            raise DictionaryError("E201", path, line, f"{len(row)} columns, the header has {len(header)}")
        _csv_row(dict(zip(header, (cell.strip() for cell in row))), actors, path, line)
    return _checked(list(actors.values()), path)


def _csv_rows(reader, path: str) -> Iterator[list[str]]:
    """The reader's rows; what the csv module cannot parse (a field over its size limit, a line break
    inside an unquoted field) is E201 at its line."""
    while True:
        try:
            yield next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise DictionaryError("E201", path, reader.line_num, f"not readable as CSV: {exc}") from None


def _csv_row(cells: dict[str, str], actors: dict[str, UserActor], path: str, line: int) -> None:
    if not cells["name"]:
        raise DictionaryError("E201", path, line, "empty `name`")
    actor = actors.setdefault(cells["name"], UserActor(name=cells["name"], line=line))
    actor.kind = cells.get("kind") or actor.kind
    actor.source = cells.get("source") or actor.source
    actor.aliases += [alias.strip() for alias in cells.get("aliases", "").split(";") if alias.strip()]
    dated = cells.get("from") or cells.get("to") or cells.get("role")
    if dated:
        if not cells.get("code"):
            raise DictionaryError("E201", path, line, "a dated role needs a `code`")
        actor.roles.append([cells["code"], _date(cells.get("from"), path, line, FAR_PAST),
                            _date(cells.get("to"), path, line, FAR_FUTURE), cells.get("role") or None, line])
    elif cells.get("code"):
        actor.code = cells["code"]


# -- shared checks -----------------------------------------------------------------------------------

def _date(value: str | None, path: str, line: int, default: int) -> int:
    if not value:
        return default
    try:
        day = date.fromisoformat(value)
    except ValueError as exc:
        raise DictionaryError("E201", path, line, f"date {value!r} is not YYYY-MM-DD") from exc
    return day.year * 10000 + day.month * 100 + day.day


def _checked(actors: list[UserActor], path: str) -> list[UserActor]:
    for actor in actors:
        if actor.kind not in ACTOR_KINDS:
            raise DictionaryError("E201", path, actor.line, f"kind {actor.kind!r} is not one of "
                                                            f"{', '.join(ACTOR_KINDS)}")
        for code in [actor.code] + [role[0] for role in actor.roles]:
            if code is not None and not _CODE.match(code):
                raise DictionaryError("E201", path, actor.line, f"code {code!r} is not a CAMEO code "
                                                                "(upper-case letters in groups of three)")
        for code, start, end, _, line in actor.roles:
            if start > end:
                raise DictionaryError("E201", path, line, f"role {code}: `from` is after `to`")
        actor.roles = [role[:4] for role in actor.roles]
    return actors
