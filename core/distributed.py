"""Batch extraction on a Dask distributed cluster: each document is imported and extracted by a
worker; grouping and comparison then run here, over everything, exactly as in a local run.

``run(paths, address=None)`` starts a ``LocalCluster`` of this machine's cores; with a scheduler
address (``tcp://host:8786``) it uses that cluster, whose workers must have Claimdesk installed
(``pip install claimdesk[cluster]``) and see the files at the same paths (shared storage).

A document that fails, or whose worker dies, becomes a ``Failure`` naming it; the others
finish. Ids (d1…, c1…, s1…) follow the order of ``paths``, so the result is the one
``core.pipeline.run`` gives on the same files. Dask is an optional dependency: importing this
module without it raises ``ImportError`` with the install command.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import os
from collections.abc import Callable, Sequence
from typing import Any

from core import pipeline
from core.errors import Errors, InputError
from core.ingest import files as ingest
from core.model import Claim, Document, Failure, Result, Statement
from core.settings import DEFAULT_SETTINGS, Settings

try:
    from dask.distributed import Client, LocalCluster, as_completed
except ImportError as err:  # pragma: no cover - depends on the environment
    raise ImportError(Errors.E061) from err

log = logging.getLogger(__name__)

Task = Callable[[str, int, Settings], Result]
# One thread per worker process: spaCy holds the GIL, so threads would only contend for it.
THREADS_PER_WORKER = 1
# A worker that dies takes its document down once; a second death marks the document failed
# rather than killing worker after worker (set on the LocalCluster we start; a remote
# scheduler keeps its own `distributed.scheduler.allowed-failures`).
ALLOWED_FAILURES = 1


def extract_document(path: str, number: int, settings: Settings) -> Result:
    """Import and extract one file on a worker: the claims and statements of document
    ``d{number}``, or the failure naming it. Grouping waits for the whole batch."""
    try:
        doc = ingest.load(path, doc_id=f"d{number}", settings=settings)
    except InputError as err:
        return Result(failures=(Failure(path=path, message=str(err)),))
    return pipeline.extract_one(pipeline.with_publication_date(doc, settings=settings), settings)


def run(
    paths: Sequence[str | os.PathLike[str]],
    *,
    address: str | None = None,
    settings: Settings = DEFAULT_SETTINGS,
    progress: pipeline.Progress | None = None,
    workers: int | None = None,
    task: Task = extract_document,
) -> Result:
    """Extract ``paths`` on the cluster at ``address`` (a new local one when None, of
    ``workers`` processes, default one per core), then group and compare here."""
    import dask

    local = dataclasses.replace(settings, n_process=1)  # parallel across documents instead
    names = [os.fspath(p) for p in paths]
    with dask.config.set({"distributed.scheduler.allowed-failures": ALLOWED_FAILURES}):
        cluster = None if address else LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=THREADS_PER_WORKER,
            processes=True,
            dashboard_address=":0",
        )
        try:
            with Client(address or cluster) as client:  # type: ignore[no-untyped-call]
                parts = _gather(client, names, local, progress, task)
        finally:
            if cluster is not None:
                cluster.close()
    return combine(parts, names, settings=settings)


def _gather(
    client: Any,
    names: list[str],
    settings: Settings,
    progress: pipeline.Progress | None,
    task: Task,
) -> dict[int, Result]:
    futures = {
        client.submit(task, name, n, settings, key=f"claimdesk-{n}-{name}", pure=False): n
        for n, name in enumerate(names, start=1)
    }
    parts: dict[int, Result] = {}
    for done, future in enumerate(as_completed(futures), start=1):  # type: ignore[no-untyped-call]
        n = futures[future]
        try:
            parts[n] = future.result()
        except Exception as exc:  # a worker died (KilledWorker) or the task itself raised
            log.warning("document %s failed on the cluster: %s", names[n - 1], exc)
            message = Errors.E017.format(name=names[n - 1],
                                         error=f"{type(exc).__name__}: {exc}")
            parts[n] = Result(failures=(Failure(path=names[n - 1], message=message),))
        if progress is not None:
            progress(done, len(names), os.path.basename(names[n - 1]))
    return parts


def combine(parts: dict[int, Result], names: Sequence[str], *, settings: Settings) -> Result:
    """One result from per-document ones, numbered in the order of ``names`` as a local run
    numbers them, grouped and compared over the whole batch."""

    claim_ids = (f"c{n}" for n in itertools.count(1))
    statement_ids = (f"s{n}" for n in itertools.count(1))
    documents: list[Document] = []
    claims: list[Claim] = []
    statements: list[Statement] = []
    failures: list[Failure] = []
    for n in range(1, len(names) + 1):
        part = pipeline.renumber(parts[n], claim_ids, statement_ids)
        documents.extend(part.documents)
        claims.extend(part.claims)
        statements.extend(part.statements)
        failures.extend(part.failures)
    return pipeline.assemble(documents, claims, statements, failures, settings=settings)
