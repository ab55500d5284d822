"""Exports (GDELT 2.0 event table, JSON lines, Parquet) and the GDELT 2.0 importer."""

from eventwire.export.formats import write_jsonl, write_parquet
from eventwire.export.gdelt import gdelt_rows, import_gdelt, read_gdelt_lines, write_gdelt
from eventwire.export.gdelt_columns import GDELT_EVENT_COLUMNS

__all__ = ["GDELT_EVENT_COLUMNS", "gdelt_rows", "import_gdelt", "read_gdelt_lines", "write_gdelt", "write_jsonl",
           "write_parquet"]
