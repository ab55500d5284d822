"""Exports (GDELT 2.0 event table, JSON lines, Parquet) and the GDELT 2.0 importer.

The GDELT column list (gdelt_columns) is the export's, and the store's gdelt_events table is built from
it; the exporter modules load on first use (PEP 562), so importing the column list, as the store does,
never imports the exporter or what it reads.
"""

from __future__ import annotations

from importlib import import_module

_WHERE = {"GDELT_EVENT_COLUMNS": "gdelt_columns", "gdelt_rows": "gdelt", "import_gdelt": "gdelt",
          "read_gdelt_lines": "gdelt", "write_gdelt": "gdelt", "write_jsonl": "formats", "write_parquet": "formats"}

__all__ = sorted(_WHERE)


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
