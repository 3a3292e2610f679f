"""Parse files on a Dask cluster, the calling process staying the one writer.

Takes the jobs of a run (`(FoundFile, FileFacts)`), a cluster address and the per-file
`Limits`; yields `(DocumentResult, FoundFile)` as each file completes on the cluster, in the
order they complete, for `run.run_batch` to store and link exactly as a local run does.

- Address: `tcp://host:8786` (or any address `distributed.Client` takes) uses a running
  scheduler; `local:N` starts a `LocalCluster` of N worker processes for this run.
- Files travel as bytes: the writer reads each file and sends its bytes with the job, so a
  worker on another host needs no shared folder (nor the user's vocabulary files, which travel
  the same way). At most `WINDOW_PER_WORKER` files per worker are in flight, so the writer
  never holds the whole archive in memory.
- Limits: on the worker, each file is parsed in a child process under the same time and memory
  limits as a local run (`workers.Pool.one`); a file over a limit, or one the cluster lost (a
  worker that died), is a failed result with its reason, and the batch goes on.
"""

from __future__ import annotations

import functools
import hashlib
import multiprocessing
import os
import tempfile
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from .discover import FoundFile
from .manifest import FileFacts
from .records import DocumentResult, Problem
from .store import short_reason
from .workers import LimitHit, Limits, Pool

WINDOW_PER_WORKER = 4  # files sent ahead to each worker: enough to keep it busy, few in memory
Job = tuple[FoundFile, FileFacts]
Vocabularies = tuple[tuple[str, bytes], ...]  # (file name, bytes) of the user's vocabulary files
Settings = tuple[str, str]  # (reader, OCR mode) of the run: a worker on another host must read as the writer asks


class ClusterError(Exception):
    """The cluster cannot be reached or started; the message says which address and why."""


@contextmanager
def connected(address: str, limits: Limits | None = None, timeout: str = "20s") -> Iterator:
    """A `distributed.Client` of the cluster at `address` ('local:N' starts one for this run); a
    scheduler that does not answer within `timeout` is a `ClusterError`."""
    try:
        import dask
        from distributed import Client, LocalCluster
    except ImportError:
        raise ClusterError("--cluster needs Dask: pip install 'dask[distributed]'") from None
    if address.startswith("local:"):
        workers = int(address.split(":", 1)[1] or 1)
        # Our workers start a child process per file (the limits): Dask's workers must not be daemonic.
        with dask.config.set({"distributed.worker.daemon": False}):
            with (
                LocalCluster(
                    n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
                ) as cluster,
                Client(cluster) as client,
            ):
                yield client
        return
    try:
        client = Client(address, timeout=timeout)
    except (OSError, TimeoutError) as error:
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({error})") from None
    with client:
        yield client


def parse_on_cluster(
    jobs: list[Job],
    address: str,
    limits: Limits,
    vocabulary_files: tuple[Path, ...] = (),
    settings: Settings | None = None,
) -> Iterator[tuple[DocumentResult, FoundFile]]:
    """(result, file) for every job, as the cluster finishes them (see the module docstring)."""
    if not jobs:
        return
    from distributed import as_completed

    vocabularies: Vocabularies = tuple((Path(p).name, Path(p).read_bytes()) for p in vocabulary_files)
    settings = settings or run_settings()
    with connected(address) as client:
        window = WINDOW_PER_WORKER * max(1, len(client.scheduler_info().get("workers", {})))
        waiting = iter(jobs)
        job_of: dict[str, Job] = {}
        known: deque[tuple[DocumentResult, FoundFile]] = deque()  # failed without a trip to the cluster
        completed = as_completed()

        def send_next() -> None:
            for job in waiting:
                data = read_bytes(job)
                if isinstance(data, DocumentResult):
                    known.append((data, job[0]))
                    continue
                future = client.submit(parse_remote, job, data, limits, vocabularies, settings, pure=False)
                job_of[future.key] = job
                completed.add(future)
                return

        try:
            for _ in range(window):
                send_next()
            while known or completed.count():
                while known:
                    yield known.popleft()
                if completed.count():
                    future = next(completed)
                    job = job_of.pop(future.key)
                    yield outcome_of(future, job), job[0]
                    send_next()
        finally:
            for future in list(completed.futures):
                future.cancel()


def run_settings() -> Settings:
    """The reader and OCR mode this process runs with, as `run.ingest` set them."""
    from . import ocr
    from .reader import chosen_reader

    return chosen_reader(None), ocr.mode()


def read_bytes(job: Job) -> bytes | DocumentResult:
    """The file's bytes, or a failed result if it can no longer be read."""
    from .run import new_result

    try:
        return job[0].absolute.read_bytes()
    except OSError as error:
        return new_result(job[0], job[1], "failed", f"cannot read the file any more: {error.strerror or error}")


def outcome_of(future, job: Job) -> DocumentResult:
    """The future's result; a file the cluster lost (its worker died twice, a cancel) fails with why."""
    from .run import new_result

    try:
        return future.result()
    except Exception as error:
        reason = f"the cluster could not parse it ({short_reason(f'{type(error).__name__}: {error}', 100)})"
        result = new_result(job[0], job[1], "failed", reason)
        result.problems.append(Problem(job[0].sha256, None, "cluster", reason))
        return result


# --- on a worker of the cluster -------------------------------------------------------------------

_local = threading.local()  # one limited parser per worker thread


def parse_remote(
    job: Job, data: bytes, limits: Limits, vocabularies: Vocabularies = (), settings: Settings = ("", "")
) -> DocumentResult:
    """Parse one file sent as bytes, in a child process under `limits`; the result names the file
    as the writer found it (only the copy read here lives in a temporary folder)."""
    from .run import from_limit

    found, facts = job
    with tempfile.TemporaryDirectory(prefix="boardpapers-") as folder:
        copy = Path(folder) / "file.pdf"
        copy.write_bytes(data)
        local_job = (replace(found, absolute=copy), facts)
        outcome = limited_pool(limits, vocabularies, settings).one(local_job)
    if isinstance(outcome, LimitHit):
        return from_limit(job, outcome)
    assert isinstance(outcome, DocumentResult)
    return outcome


def limited_pool(limits: Limits, vocabularies: Vocabularies, settings: Settings = ("", "")) -> Pool:
    """This thread's parser, kept between tasks while the limits, vocabularies and settings stay the same."""
    from .run import parse_safely

    key = (limits, vocabularies, settings)
    pool = getattr(_local, "pool", None)
    if pool is None or getattr(_local, "key", None) != key:
        if pool is not None:
            pool.close()
        # A worker started by `dask worker` is daemonic by default and multiprocessing refuses it
        # children; ours are safe to allow: each dies with its parent (workers.die_with_parent).
        multiprocessing.current_process().daemon = False
        prepare = functools.partial(prepare_parser, vocabularies, settings)
        pool = _local.pool = Pool(parse_safely, 1, limits, start_method="spawn", prepare=prepare)
        _local.key = key
    return pool


def prepare_parser(vocabularies: Vocabularies, settings: Settings = ("", "")) -> None:
    """In a new child: import the parser, take the run's reader and OCR mode, and load the
    vocabularies (the user's files written to a temporary folder), before any file's time is counted."""
    from . import ocr, run, vocabulary
    from .reader import READER_ENV

    run.load_parser()  # the parser's modules load now, not in the first file's time

    reader, ocr_mode = settings
    if reader:
        os.environ[READER_ENV] = reader
    if ocr_mode:
        ocr.use_mode(ocr_mode)

    paths = []
    if vocabularies:
        digest = hashlib.sha256(repr(vocabularies).encode()).hexdigest()[:16]
        folder = Path(tempfile.gettempdir()) / f"boardpapers-vocabulary-{digest}"  # one per set, reused
        folder.mkdir(exist_ok=True)
        for index, (name, data) in enumerate(vocabularies):
            path = folder / f"{index}-{name}"
            path.write_bytes(data)
            paths.append(path)
    vocabulary.use_files(tuple(paths))  # loads every vocabulary now
