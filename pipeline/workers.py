"""Bounded worker processes: each file parsed in a child with a memory and a time limit.

Takes a task (a picklable function of one job), the jobs, a number of workers and `Limits`;
yields `(job, outcome)` as each job finishes, where the outcome is the task's result or a
`LimitHit` saying which limit the job hit. The parent process never waits forever:

- memory: each worker runs under `RLIMIT_AS` (address space), so a decompression bomb or a
  runaway layout raises `MemoryError` in the worker, which reports it and is replaced;
- time: the worker arms an alarm for each job (a clean report in pure-Python code) and the
  parent kills a worker still busy a few seconds past the limit (a loop in C code);
- death: a worker that dies (the kernel's out-of-memory killer, a crash in a C library) is
  seen through its process sentinel, its job reported and the worker replaced;
- stopping: leaving the pool (normally, on an exception, on SIGTERM or Ctrl-C turned into
  an exception by the caller) kills every worker; a worker ignores Ctrl-C (its parent stops
  it) and dies with its parent, so no worker outlives the run or prints a traceback.

Workers are forked once and reused (recycled every `TASKS_PER_WORKER` jobs, after a
memory failure, and after a kill), so a file costs no process start. `Pool.one` parses jobs
that come one at a time (a Dask task, `pipeline.cluster`) on a worker kept between calls;
there the worker is spawned, not forked, since the calling process runs threads.
"""

from __future__ import annotations

import faulthandler
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

TASKS_PER_WORKER = 20
GRACE_SECONDS = 3.0  # past the limit, the parent kills a worker that did not report by itself
PR_SET_PDEATHSIG = 1
STARTUP_SECONDS = 300.0  # for a spawned worker to import the parser and say READY (a loaded host is slow)
READY = "ready"


@dataclass(frozen=True)
class Limits:
    """Per-file limits: wall-clock seconds, and megabytes of address space a file may add to its
    worker's (0 or None: no limit)."""

    seconds: float | None = 600.0
    memory_mb: int | None = 2048


@dataclass(frozen=True)
class LimitHit:
    """A job that did not finish: `kind` is 'time', 'memory' or 'died'; `reason` says it to a person."""

    kind: str
    reason: str
    detail: str = ""


class TimeLimit(BaseException):
    """Raised in a worker when its job runs past the time limit (a BaseException: no `except
    Exception` in the parser swallows it)."""


def time_reason(limits: Limits) -> str:
    return (
        f"took longer than the limit of {limits.seconds:g} s per file (a damaged or hostile PDF?); "
        f"raise --timeout to try again"
    )


def memory_reason(limits: Limits) -> str:
    return (
        f"needed more than the limit of {limits.memory_mb} MB of memory (a decompression bomb or damaged "
        f"PDF?); raise --max-memory to try again"
    )


def death_reason(exitcode: int | None, limits: Limits) -> str:
    """Why a worker vanished, as far as its exit code tells."""
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        how = f"killed by {name}" + (" (the system may have run out of memory)" if -exitcode == signal.SIGKILL else "")
    else:
        how = f"exited with code {exitcode}"
    return f"the worker parsing it died ({how}); the file may need more than {limits.memory_mb} MB or crash the parser"


# --- in the worker --------------------------------------------------------------------------


def worker_main(conn: Connection, task: Callable, limits: Limits, prepare: Callable | None = None) -> None:
    """Run jobs sent by the parent until it sends None or goes away. A spawned worker first runs
    `prepare` (its imports: no file's time or memory) and says READY."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # A worker that crashes in C code (PDFium out of memory) is reported by its parent with a reason;
    # the traceback dump a parent's faulthandler would have it print is noise on the user's terminal.
    faulthandler.disable()
    sys.unraisablehook = time_limit_in_finalizer
    die_with_parent()
    if prepare is not None:
        prepare()
        conn.send(READY)
    limit_memory(limits.memory_mb)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            os._exit(0)
        if job is None:
            os._exit(0)
        outcome = run_one(task, job, limits)
        try:
            conn.send(outcome)
        except (OSError, ValueError):  # the parent is gone: nothing to report to, nothing to print
            os._exit(0)
        if isinstance(outcome, LimitHit):
            os._exit(0)  # a worker that ran out of memory or time may hold garbage: start afresh


def run_one(task: Callable, job, limits: Limits):
    """The task's result, or the limit it hit."""
    alarm = bool(limits.seconds) and hasattr(signal, "setitimer")  # elsewhere the parent's deadline holds
    if alarm:
        previous = signal.signal(signal.SIGALRM, raise_time_limit)
        signal.setitimer(signal.ITIMER_REAL, limits.seconds or 0.0)
    try:
        return task(job)
    except TimeLimit:
        return LimitHit("time", time_reason(limits))
    except MemoryError as error:
        return LimitHit("memory", memory_reason(limits), f"MemoryError: {error}"[:500])
    finally:
        if alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def raise_time_limit(signum, frame) -> None:
    raise TimeLimit()


def time_limit_in_finalizer(unraisable: Any) -> None:
    """The time limit went off inside a finalizer (a `__del__`), where Python swallows it and
    prints 'Exception ignored … Traceback': say nothing, and go off again a moment later, in the
    task's own code. Anything else unraisable is reported as Python would."""
    if isinstance(unraisable.exc_value, TimeLimit):
        signal.setitimer(signal.ITIMER_REAL, 0.01)
        return
    sys.__unraisablehook__(unraisable)


def limit_memory(megabytes: int | None) -> None:
    """Cap this process's address space at what it holds now plus `megabytes` (the file's own
    share: a worker forked from a big parent is not punished for it). POSIX only; elsewhere the
    time limit still holds."""
    if not megabytes:
        return
    try:
        import resource
    except ImportError:
        return
    limit = address_space() + megabytes * 1024 * 1024
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def address_space() -> int:
    """Bytes of address space this process holds (0 where /proc does not say)."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError):
        return 0


def die_with_parent() -> None:
    """On Linux, ask the kernel to kill this worker when its parent dies (even by SIGKILL)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass


# --- in the parent ---------------------------------------------------------------------------


class Slot:
    """One worker process and the job it is on."""

    def __init__(self, context, task: Callable, limits: Limits, prepare: Callable | None = None):
        self.conn, child = context.Pipe()
        self.process = context.Process(target=worker_main, args=(child, task, limits, prepare), daemon=True)
        self.process.start()
        child.close()
        self.job = None
        self.deadline = float("inf")
        self.done = 0
        self.spent = False  # the worker is leaving (it hit a limit) or gone

    def started(self) -> bool:
        """Wait for a spawned worker's READY; False if it died or hung on the way."""
        try:
            return bool(self.conn.poll(STARTUP_SECONDS)) and self.conn.recv() == READY
        except (EOFError, OSError):
            return False

    def give(self, job, limits: Limits) -> None:
        self.conn.send(job)
        self.job = job
        self.deadline = time.monotonic() + limits.seconds + GRACE_SECONDS if limits.seconds else float("inf")

    def take(self):
        """The outcome of the current job, or None if the worker died before sending it."""
        try:
            if self.conn.poll():
                return self.conn.recv()
        except (EOFError, OSError):
            pass
        return None

    def retire(self) -> None:
        """Let an idle worker leave by itself (it exits on None or when its pipe closes), then reap it."""
        if not self.conn.closed:
            try:
                self.conn.send(None)
            except (OSError, ValueError):
                pass
        self.process.join(timeout=2)
        self.stop()

    def stop(self) -> None:
        """Kill the worker (it may be stuck in C code) and reap it."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join(timeout=5)
        self.conn.close()


class Pool:
    """Parse jobs in bounded workers; use as a context manager so every worker is stopped on leaving."""

    def __init__(
        self,
        task: Callable,
        workers: int,
        limits: Limits,
        start_method: str | None = None,
        prepare: Callable | None = None,
    ):
        self.task, self.workers, self.limits, self.prepare = task, max(1, workers), limits, prepare
        self.context = multiprocessing.get_context(start_method or ("spawn" if os.name == "nt" else "fork"))
        self.slots: list[Slot] = []

    def __enter__(self) -> Pool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for slot in self.slots:
            slot.stop()
        self.slots = []

    def run(self, jobs: Iterable) -> Iterator[tuple[Any, Any]]:
        """(job, result or LimitHit) for every job, in the order they finish."""
        pending = deque(jobs)
        self.slots = [Slot(self.context, self.task, self.limits) for _ in range(min(self.workers, len(pending)))]
        for slot in self.slots:
            slot.give(pending.popleft(), self.limits)
        while any(slot.job is not None for slot in self.slots):
            for slot in self.ready():
                job, outcome = slot.job, self.outcome(slot)
                self.next_job(slot, pending)
                yield job, outcome

    def ready(self) -> list[Slot]:
        """Busy slots with news: a result, a dead worker, or a deadline passed."""
        busy = [s for s in self.slots if s.job is not None]
        timeout = max(0.0, min(s.deadline for s in busy) - time.monotonic())
        waiting = wait(
            [s.conn for s in busy] + [s.process.sentinel for s in busy],
            timeout=None if timeout == float("inf") else timeout,
        )
        now = time.monotonic()
        return [s for s in busy if s.conn in waiting or s.process.sentinel in waiting or now >= s.deadline]

    def outcome(self, slot: Slot):
        """What became of the slot's job; a worker that did not answer is stopped and reported."""
        outcome = slot.take()
        if outcome is not None:
            slot.done += 1
            slot.spent = isinstance(outcome, LimitHit)  # that worker exits after reporting it
            return outcome
        if slot.process.is_alive() and time.monotonic() >= slot.deadline:
            slot.stop()
            slot.spent = True
            return LimitHit("time", time_reason(self.limits))
        slot.process.join(timeout=5)
        exitcode = slot.process.exitcode
        slot.stop()
        slot.spent = True
        return LimitHit("died", death_reason(exitcode, self.limits))

    def one(self, job) -> Any:
        """The result (or LimitHit) of one job, on a worker kept for the next call; replaced as `run`
        replaces. With `prepare`, a new worker's start is not counted against the job's time."""
        slot = self.slots[0] if self.slots else None
        if (
            slot is None
            or slot.spent
            or slot.conn.closed
            or not slot.process.is_alive()
            or slot.done >= TASKS_PER_WORKER
        ):
            if slot is not None:
                slot.retire()
            slot = Slot(self.context, self.task, self.limits, self.prepare)
            self.slots = [slot]
            if self.prepare is not None and not slot.started():
                slot.stop()
                slot.spent = True
                return LimitHit("died", death_reason(slot.process.exitcode, self.limits))
        try:
            slot.give(job, self.limits)
        except (OSError, ValueError):  # the worker died between jobs
            slot.stop()
            slot.spent = True
            return LimitHit("died", death_reason(slot.process.exitcode, self.limits))
        while not self.ready():
            pass
        outcome = self.outcome(slot)
        slot.job = None
        return outcome

    def next_job(self, slot: Slot, pending: deque) -> None:
        """Give the slot its next job, replacing its worker first if it stopped or is due a fresh start."""
        slot.job = None
        if not pending:
            return
        index = self.slots.index(slot)
        if slot.spent or slot.conn.closed or not slot.process.is_alive() or slot.done >= TASKS_PER_WORKER:
            slot.retire()
            slot = self.slots[index] = Slot(self.context, self.task, self.limits)
        try:
            slot.give(pending[0], self.limits)
        except (OSError, ValueError):  # the worker died between jobs: start another and try again
            slot.stop()
            slot = self.slots[index] = Slot(self.context, self.task, self.limits)
            slot.give(pending[0], self.limits)
        pending.popleft()
