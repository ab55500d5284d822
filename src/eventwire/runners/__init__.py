"""Runners: the pipeline on many worker processes, locally or on a Dask cluster (docs/runners.md).

    from eventwire.runners import ResourceOptions, extract_parallel

    for record in extract_parallel(articles, workers=4):            # local processes
        ...
    extract_parallel(articles, engine="dask", workers=4)             # a local Dask cluster
    extract_parallel(articles, scheduler="tcp://10.0.0.5:8786")      # an existing Dask cluster

Records come back in input order, the same as `eventwire.pipeline.extract_many` gives. Workers
return records; the caller (e.g. `eventwire ingest`) stores them from its own process. Importing
this package does not import Dask.
"""

from eventwire.runners.options import ResourceOptions
from eventwire.runners.plan import RunnerPlan, plan_runner
from eventwire.runners.run import extract_parallel, run_batches

__all__ = ["ResourceOptions", "RunnerPlan", "extract_parallel", "plan_runner", "run_batches"]
