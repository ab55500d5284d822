"""The Dask engine: batches as tasks on a Dask cluster, an existing one or a local one we start.

The local cluster is processes with one thread each (the spaCy model is CPU-bound and not meant
to be shared between threads), no dashboard (no bokeh page, nothing listening beyond the
scheduler on localhost). Dask is imported here only, so the other engines never pay for it.
"""

from __future__ import annotations

import logging
from typing import Any

from eventwire.errors import EventwireError, RunnerError
from eventwire.runners.options import ResourceOptions
from eventwire.runners.stream import span
from eventwire.runners.worker import Task
from eventwire.schema import DocInput, DocumentRecord


class DaskEngine:
    def __init__(self, *, client, cluster, options: ResourceOptions, task: Task, max_in_flight: int | None):
        self._client = client
        self._cluster = cluster
        self._options = options
        self._task = task
        self.max_in_flight = max_in_flight or max(4, 2 * _threads(client))

    @classmethod
    def start_local(cls, *, workers: int, **engine_options) -> "DaskEngine":
        from distributed import Client, LocalCluster

        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None, silence_logs=logging.ERROR)
        try:
            client = Client(cluster, set_as_default=False)
        except BaseException:
            cluster.close()
            raise
        return cls(client=client, cluster=cluster, **engine_options)

    @classmethod
    def connect(cls, address: str, *, timeout: float, **engine_options) -> "DaskEngine":
        from distributed import Client

        try:
            client = Client(address, timeout=timeout, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as exc:  # ValueError: an address Dask cannot parse
            raise RunnerError("E602", f"cannot reach the Dask scheduler at {address} within {timeout:g} s: "
                                      f"{exc}") from None
        return cls(client=client, cluster=None, **engine_options)

    def submit(self, articles: list[DocInput]) -> Any:
        return self._client.submit(self._task, self._options, articles, pure=False)

    def result(self, pending, articles: list[DocInput]) -> list[DocumentRecord]:
        from distributed import CancelledError, KilledWorker

        try:
            return pending.result()
        except KilledWorker:
            raise RunnerError("E603", f"Dask workers kept dying on {span(articles)} (killed, out of memory or "
                                      f"crashed; the scheduler gave up on the batch)") from None
        except CancelledError:
            raise RunnerError("E603", f"{span(articles)} cancelled: the connection to the Dask scheduler "
                                      f"was lost") from None
        except EventwireError:
            raise  # a dictionary or model problem, reported as the serial path reports it
        except Exception as exc:  # e.g. eventwire missing or another version on a remote worker
            raise RunnerError("E603", f"{span(articles)} failed on a Dask worker: "
                                      f"{type(exc).__name__}: {exc}") from exc
        finally:
            pending.release()  # the scheduler forgets the batch's records once we hold them

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def _threads(client) -> int:
    """Worker threads the cluster has now (a cluster still scaling up may have none yet)."""
    return sum(client.nthreads().values())
