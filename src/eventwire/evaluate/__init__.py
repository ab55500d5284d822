"""Scoring eventwire against gold event data (behind `eventwire eval`).

    report = evaluate_files([Path("PLOVER_GSR_CAMEO.dev.json")], load_resources=load_resources)
    print(render_report(report))

Formats: PLOVER GSR JSON, PETRARCH/TABARI validation XML, ConfliBERT CAMEO class TSV
(eventwire.evaluate.formats). Readers live in `readers/`, scorers in `scorers/`.
"""

from eventwire.errors import GoldFileError
from eventwire.evaluate.formats import FORMATS, detect_format
from eventwire.evaluate.report import render_report
from eventwire.evaluate.run import REPORT_SCHEMA, evaluate_files

__all__ = ["FORMATS", "GoldFileError", "REPORT_SCHEMA", "detect_format", "evaluate_files", "render_report"]
