"""The store takes the GDELT column list from the export package without importing the exporter."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_store_loads_the_column_list_but_not_the_exporter():
    code = ("import sys, eventwire.store, eventwire.store.migrations; "
            "print(sorted(name for name in sys.modules if name.startswith('eventwire.export')))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "['eventwire.export', 'eventwire.export.gdelt_columns']"


def test_the_export_package_still_offers_its_functions():
    from eventwire import export
    from eventwire.export.gdelt import write_gdelt
    from eventwire.export.gdelt_columns import GDELT_EVENT_COLUMNS

    assert export.write_gdelt is write_gdelt and export.GDELT_EVENT_COLUMNS is GDELT_EVENT_COLUMNS
    assert len(export.GDELT_EVENT_COLUMNS) == 61
