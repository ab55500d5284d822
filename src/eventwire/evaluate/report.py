"""render_report: the evaluation report as readable plain-text tables."""

from __future__ import annotations

from typing import Any

_PRF_COLUMNS = ("precision", "recall", "f1", "tp", "fp", "fn")


def render_report(report: dict) -> str:
    blocks = [_render_file(entry) for entry in report.get("files", [])]
    return "\n\n".join(blocks) + "\n" if blocks else "No gold files evaluated.\n"


def _render_file(entry: dict) -> str:
    title = (f"{entry['path']}  [{entry.get('format') or 'unknown format'}; "
             f"{entry.get('records', 0)} records; {entry.get('seconds', 0)} s]")
    lines = [title, "=" * min(len(title), 100)]
    if entry.get("error"):
        return "\n".join(lines + [f"ERROR: {entry['error']}"])
    runs = entry.get("runs") or [{"label": None, "metrics": entry.get("metrics", {}),
                                  "confusion": entry.get("confusion", {})}]
    for run in runs:
        lines += _render_run(run)
    return "\n".join(lines)


def _render_run(run: dict) -> list[str]:
    lines = [f"-- dictionaries: {run['label']}"] if run.get("label") else []
    if run.get("error"):
        return lines + [f"   could not load: {run['error']}", ""]
    metrics = run.get("metrics", {})
    scalars = {key: value for key, value in metrics.items() if not isinstance(value, dict)}
    lines += _key_values(scalars)
    for key, value in metrics.items():
        if isinstance(value, dict) and value and all(isinstance(row, dict) for row in value.values()):
            columns = _PRF_COLUMNS if any("precision" in row for row in value.values()) \
                else tuple(next(iter(value.values())))
            lines += ["", f"{key}:"] + _table(value, columns)
        elif isinstance(value, dict) and set(value) >= {"precision", "recall"}:
            lines += ["", f"{key}:"] + _table({"all": value}, _PRF_COLUMNS)
        elif isinstance(value, dict) and value:
            lines += ["", f"{key}:"] + _key_values(value, indent="  ")
    if run.get("confusion"):
        lines += ["", "confusion (rows gold, columns predicted):"] + _confusion(run["confusion"])
    return lines + [""]


def _format(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


def _key_values(values: dict, *, indent: str = "") -> list[str]:
    width = max((len(key) for key in values), default=0)
    return [f"{indent}{key:<{width}}  {_format(value)}" for key, value in values.items()]


def _table(rows: dict[str, dict], columns: tuple[str, ...]) -> list[str]:
    return _grid(["", *columns], [[label, *(_format(row.get(column)) for column in columns)]
                                  for label, row in rows.items()])


def _confusion(table: dict[str, dict[str, int]]) -> list[str]:
    predicted = sorted({label for row in table.values() for label in row})
    return _grid(["", *predicted], [[gold, *(str(row.get(label, "")) for label in predicted)]
                                    for gold, row in table.items()])


def _grid(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(cell)) for cell in column) for column in zip(header, *rows)]

    def line(cells: list[str]) -> str:
        first, *rest = cells
        return "  " + f"{first:<{widths[0]}}  " + "  ".join(f"{cell:>{width}}" for cell, width in zip(rest, widths[1:]))

    return [line(header)] + [line(row) for row in rows]
