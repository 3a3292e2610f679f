"""Orchestration: discover → parse → segment → extract → normalise → link → load.

Takes paths and a database; yields a `RunReport`. Files are parsed in worker
processes (`pipeline.workers`: one file at a time, each under a time and a memory limit, a
file over either recorded as `failed` with the limit it hit); the parent process is the
only writer, and SIGTERM or Ctrl-C stops every worker before the run ends. Each file is written in one transaction as soon as it is parsed, so an
interrupted run leaves whole documents only and the next run finishes the job. A file
whose bytes and parser are unchanged is not parsed again. After the files, the link
stage rebuilds the tables that join documents (meetings, actions, risks, owners).

Every file found is recorded, the unreadable ones (and unreadable folders) with a reason; a
file gone from the roots scanned is marked `missing` (rows kept) until it comes back or
`prune` removes it. The database is opened only once the paths are known to hold PDFs, so a
mistyped path creates nothing.
"""

from __future__ import annotations

import hashlib
import os
import signal
import threading
import traceback
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import cache, ocr, vocabulary
from .discover import DiscoverError, Discovery, FoundFile, find_files
from .manifest import FileFacts, Manifest
from .reader import READER_ENV, UnreadablePDF, chosen_reader, read_document, text_status
from .records import DocumentResult, Page, Problem
from .store import Store, errors_explained, file_stats, short_reason
from .workers import LimitHit, Limits, Pool

FAILED = ("failed", "no_text")
OWNER_KINDS = ("attendee", "action")  # records whose owners the link stage resolves


def parser_version() -> str:
    """Changes whenever the code that turns a PDF into records changes, so such files are parsed again."""
    digest = hashlib.sha256()
    for package in ("pipeline", "extractors"):
        root = Path(__file__).resolve().parent.parent / package
        for source in sorted(root.rglob("*.py")) + sorted(root.rglob("*.json")):
            digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


PARSER_VERSION = parser_version()
DEFAULT_OCR_MODE = "auto"  # `ingest`'s: its key would name the engine this process finds, so it is not asked


def load_parser() -> None:
    """Import the reader's libraries and the stages that turn pages into records (and their
    vocabularies' loaders). A run with nothing to parse never needs them, so `boardpapers` starts
    without them; a run that parses loads them once, before its workers fork, so that the workers
    share them (and no file's time limit counts their import)."""
    import pdfplumber  # noqa: F401

    from . import extract, normalise, pdfium, profiles, segment  # noqa: F401

    cache.current_reader_version()
    ocr.version_key()  # every file's read asks it (`tesseract --version`, once per process)


def run_version(vocabulary_files: tuple[Path, ...] = (), reader: str = "pdfium") -> str:
    """The parser version of this run: the code's, the user's vocabulary files if any, the reader
    when it is not the default one (the two may read a glyph differently), and the OCR mode and
    engine when they are not the default's (so a scan kept as `no_text` for want of an engine is
    read once one is installed)."""
    default_ocr = ocr.mode() == DEFAULT_OCR_MODE  # the default's own engine, whichever it is: not asked
    if not vocabulary_files and reader == "pdfium" and default_ocr:
        return PARSER_VERSION
    digest = hashlib.sha256(PARSER_VERSION.encode())
    if not default_ocr:
        digest.update(ocr.version_key().encode())
    for path in vocabulary_files:
        digest.update(Path(path).read_bytes())
    if reader != "pdfium":
        digest.update(reader.encode())
    return digest.hexdigest()[:12]


@contextmanager
def reading_with(reader: str | None, db_path: str | Path) -> Iterator[str]:
    """Workers inherit the environment: the reader chosen, and the page cache, which is on by
    default beside the database (`pipeline.cache`), so that a change to extraction re-extracts
    without re-reading. Yields the reader's name; the environment is restored after the run."""
    chosen = chosen_reader(reader)
    saved = {name: os.environ.get(name) for name in (READER_ENV, cache.ENV)}
    os.environ[READER_ENV] = chosen
    if not os.environ.get(cache.ENV, "").strip():
        os.environ[cache.ENV] = str(cache.default_folder(Path(db_path)))
    try:
        yield chosen
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@dataclass
class RunReport:
    files: int = 0
    parsed: int = 0
    unchanged: int = 0
    pages: int = 0
    parts: int = 0
    records: int = 0
    failures: Counter = field(default_factory=Counter)  # reason -> files
    failed_files: dict = field(default_factory=dict)  # reason -> [path, ...]
    unclaimed: list[str] = field(default_factory=list)  # parts no extractor claims: "path p.a–b (best …)"
    problems: Counter = field(default_factory=Counter)  # stage -> problems
    linked: dict = field(default_factory=dict)  # linked table -> rows
    missing: list[str] = field(default_factory=list)  # paths of documents gone from the roots this run
    pruned: list[str] = field(default_factory=list)  # paths of missing documents removed

    @property
    def failed(self) -> int:
        return sum(self.failures.values())

    def fail(self, path: str, reason: str) -> None:
        """Count a file that could not be used, by its reason, keeping its name for the summary."""
        self.failures[reason] += 1
        self.failed_files.setdefault(reason, []).append(path)

    def lines(self) -> list[str]:
        lines = [
            f"{self.files} files: {self.parsed} parsed, {self.unchanged} unchanged; "
            f"{self.pages} pages, {self.parts} parts, {self.records} records"
        ]
        if not self.parsed and not self.linked and not self.failed and not self.missing and not self.pruned:
            lines.append("nothing to do: every file is already in the database")
        lines += [
            f"failed: {count} × {reason}: {names(self.failed_files.get(reason, []))}"
            for reason, count in sorted(self.failures.items())
        ]
        lines += [f"problems: {count} in {stage}" for stage, count in sorted(self.problems.items())]
        if self.unclaimed:
            shown = "; ".join(self.unclaimed[:5]) + (
                f"; … {len(self.unclaimed) - 5} more" if len(self.unclaimed) > 5 else ""
            )
            lines.append(f"unclaimed parts: {len(self.unclaimed)} (no extractor reads them): {shown}")
        if self.missing:
            lines.append(
                f"missing: {len(self.missing)} files gone from the folders read, their rows kept and marked "
                f"'missing' (`ingest --prune` removes them): {names(self.missing)}"
            )
        if self.pruned:
            lines.append(f"pruned: {len(self.pruned)} missing files and their rows removed: {names(self.pruned)}")
        if any(self.linked.values()):
            lines.append("linked: " + ", ".join(f"{n} {t}" for t, n in self.linked.items() if n))
        return lines


def names(paths: list[str], shown: int = 3) -> str:
    """A few file names of a list, and how many more."""
    listed = ", ".join(Path(p).name or p for p in paths[:shown])
    return listed + (f", … {len(paths) - shown} more" if len(paths) > shown else "")


# --- one file, in a worker process -------------------------------------------------------

Job = tuple[FoundFile, FileFacts]


def new_result(
    found: FoundFile, facts: FileFacts | None = None, status: str = "ok", error: str | None = None
) -> DocumentResult:
    facts = facts or FileFacts()
    return DocumentResult(
        id=found.sha256,
        path=found.path,
        size=found.size,
        status=status,
        error=error,
        publisher=facts.publisher,
        source_url=facts.source_url,
        title=facts.title,
    )


def parse_file(job: Job) -> DocumentResult:
    found, facts = job
    result = new_result(found, facts)
    try:
        pages = read_document(found.absolute, found.sha256, result.problems)
    except UnreadablePDF as error:
        result.status, result.error = error.status, error.reason
        return result
    return analyse(result, pages, facts)


def analyse(result: DocumentResult, pages: list[Page], facts: FileFacts | None = None) -> DocumentResult:
    from extractors.base import Context

    from .extract import extract
    from .normalise import normalise
    from .profiles import detect as detect_publisher
    from .segment import segment

    facts = facts or FileFacts()
    result.page_count = len(pages)
    result.page_texts = [(p.number, page_text(p)) for p in pages]
    result.status, result.error = text_status(pages, result.problems)
    record_ocr(result, pages)
    lost = sum(p.stage == "read" for p in result.problems)
    if result.status != "ok":
        if lost >= len(pages):  # no text because the text could not be read, not because it is a scan
            result.status, result.error = (
                "failed",
                f"the text of all {len(pages)} pages was lost: {lost_text_reason(result)}",
            )
        return result
    result.doc_kind, parts = segment(pages)
    result.parts = with_outside_facts(parts, facts, result)
    result.body, result.meeting_date = result.parts[0].body, result.parts[0].meeting_date
    result.publisher = detect_publisher("\n".join(text for _, text in result.page_texts), facts.publisher).name or None
    report_unclaimed(result)
    context = Context(result.id, result.body, result.meeting_date, result.problems)
    result.records = normalise(extract(result.parts, pages, context), context)
    if lost:
        result.status = "partial"
        result.error = f"{lost} of {len(pages)} pages lost their text: {lost_text_reason(result)}"
    return result


def record_ocr(result: DocumentResult, pages: list[Page]) -> None:
    """Which pages OCR read ('1-3,7') and their mean word confidence, for the document and per page."""
    result.page_confidence = {p.number: p.ocr_confidence for p in pages if p.ocr_confidence is not None}
    if result.page_confidence:
        result.ocr_pages = page_ranges(sorted(result.page_confidence))
        result.ocr_confidence = round(sum(result.page_confidence.values()) / len(result.page_confidence), 1)


def page_ranges(numbers: list[int]) -> str:
    """[1, 2, 3, 7] -> '1-3,7'."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    return ",".join(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]) for run in runs)


def lost_text_reason(result: DocumentResult) -> str:
    """The first page problem of the reader, which says how the text was lost (see `problems`)."""
    first = next(p for p in result.problems if p.stage == "read")
    return f"p.{first.page} {first.reason}"[:150]


def with_outside_facts(parts: list, facts: FileFacts, result: DocumentResult) -> list:
    """The paper's own word on its board and meeting wins; the file name and manifest fill gaps."""
    first = parts[0]
    result.meeting_date_source = "paper" if first.meeting_date else facts.meeting_date_source
    body = first.body or facts.body
    date = first.meeting_date or facts.meeting_date
    return [replace(p, body=p.body or body, meeting_date=p.meeting_date or date) for p in parts]


def report_unclaimed(result: DocumentResult) -> None:
    """A part that no extractor claims is a problem with the best evidence seen, never a silent 'other'."""
    for part in result.parts:
        if part.part_kind == "other":
            best = part.evidence or "no extractor found any evidence"
            result.problems.append(
                Problem(
                    result.id,
                    part.page_start,
                    "segment",
                    f"no extractor claims pages {part.page_start}–{part.page_end}; best evidence: {best}",
                )
            )


def page_text(page: Page) -> str:
    """The page as printed, headers and footers included, for full-text search."""
    lines = sorted(page.lines + page.furniture, key=lambda line: (line.top, line.x0))
    return "\n".join(line.text for line in lines)


def parse_safely(job: Job) -> DocumentResult:
    """A bug in the parser fails this file with its reason, not the batch (running out of memory is
    left to the worker, which reports the limit)."""
    try:
        return parse_file(job)
    except MemoryError:
        raise
    except Exception as error:
        reason = (
            f"internal error while parsing ({short_reason(f'{type(error).__name__}: {error}', 100)}); "
            f"please report it with the file"
        )
        result = new_result(job[0], job[1], "failed", reason)
        where = "".join(traceback.format_tb(error.__traceback__))[-3000:]
        detail = f"Traceback (most recent call last):\n{where}{type(error).__name__}: {str(error)[:1000]}"
        result.problems.append(Problem(job[0].sha256, None, "parse", reason, detail))
        return result


def from_limit(job: Job, hit: LimitHit) -> DocumentResult:
    """A file that hit a limit (or killed its worker): failed, with the limit as its reason."""
    result = new_result(job[0], job[1], "failed", hit.reason)
    result.problems.append(Problem(job[0].sha256, None, "limit", hit.reason, hit.detail))
    return result


# --- the batch, in the parent ------------------------------------------------------------------

Progress = Callable[[DocumentResult], None]


class NoPDFs(DiscoverError):
    """The paths exist but hold no PDF."""


class Stopped(KeyboardInterrupt):
    """The run was asked to stop (SIGTERM); like Ctrl-C, it leaves whole documents only."""


def ingest(
    paths: Iterable[str | Path],
    db_path: str | Path,
    workers: int | None = None,
    progress: Progress | None = None,
    on_start: Callable[[int], None] | None = None,
    manifest: Manifest | None = None,
    vocabulary_files: Iterable[str | Path] = (),
    limits: Limits | None = None,
    prune: bool = False,
    on_link: Callable[[], None] | None = None,
    lock_timeout: float = 120.0,
    reader: str | None = None,
    cluster: str | None = None,
    relink: bool = False,
    ocr_mode: str = "auto",
) -> RunReport:
    """Read every PDF under `paths` into the database at `db_path`; see the module docstring.
    `reader` names the character source (`pipeline.reader`); `cluster` parses on a Dask cluster
    (`pipeline.cluster`); `relink` links the whole archive again, not only the publishers whose
    documents changed (`pipeline.link`)."""
    ocr.use_mode(ocr_mode)  # before the workers fork, so they share it
    with reading_with(reader, db_path) as chosen:
        return ingest_read(
            paths, db_path, workers, progress, on_start, manifest, vocabulary_files, limits, prune, on_link,
            lock_timeout, chosen, cluster, relink,
        )  # fmt: skip


def ingest_read(
    paths: Iterable[str | Path],
    db_path: str | Path,
    workers: int | None,
    progress: Progress | None,
    on_start: Callable[[int], None] | None,
    manifest: Manifest | None,
    vocabulary_files: Iterable[str | Path],
    limits: Limits | None,
    prune: bool,
    on_link: Callable[[], None] | None,
    lock_timeout: float,
    reader: str,
    cluster: str | None = None,
    relink: bool = False,
) -> RunReport:
    report = RunReport()
    if vocabulary_files:
        load_parser()  # every kind's loader, so that a bad key in the user's files stops the run now
    vocabulary.use_files(tuple(vocabulary_files))  # before the workers fork, so they share it
    version = run_version(vocabulary.user_files(), reader)
    manifest = manifest or Manifest()
    paths = list(paths)
    # Before the database is opened (a mistyped path creates nothing); files unchanged since their
    # bytes were hashed are known by their stat, without reading them.
    found = find_files(paths, file_stats(db_path))
    if not found.files and not found.unreadable and not Path(db_path).exists():
        raise NoPDFs(f"no PDF files under {', '.join(found.roots)}")  # (with a database, its files go missing)
    with stopping_on_signals(), errors_explained(db_path):
        store = Store(db_path, lock_timeout=lock_timeout)
        try:
            run_batch(found, store, report, version, manifest, workers, limits or Limits(), progress, on_start, cluster)
            settle_paths(found, store, report, prune)
            if store.link_pending() or relink:
                if on_link:
                    on_link()
                from . import link  # loaded only when something changed: an unchanged re-run does not pay for it

                report.linked = link.relink(store, full=relink)
        finally:
            store.close()
    return report


def run_batch(
    found: Discovery,
    store: Store,
    report: RunReport,
    version: str,
    manifest: Manifest,
    workers: int | None,
    limits: Limits,
    progress: Progress | None,
    on_start: Callable[[int], None] | None,
    cluster: str | None = None,
) -> None:
    """Record the unreadable, parse what needs parsing, and write each file as it comes."""
    jobs = plan(found.files, store, report, version)
    unreadable = [u for u in found.unreadable if store.document_version(u.sha256) != version]
    report.files += len(found.unreadable)
    if on_start:
        on_start(len(jobs) + len(unreadable))
    for item in found.unreadable:
        report.fail(item.path, item.error or "")
    for item in unreadable:
        save(new_result(item, status="failed", error=item.error), item, store, version, progress)
    results = parse_all([(f, manifest.facts(f.path)) for f in jobs], workers, limits, cluster)
    with closing(results):  # leaving early (an error, SIGTERM, Ctrl-C) stops the workers at once
        for result, file in results:
            save(result, file, store, version, progress)
            count(result, report)


def save(result: DocumentResult, found: FoundFile, store: Store, version: str, progress: Progress | None) -> None:
    store.write_document(result, version, found)
    if progress:
        progress(result)


def settle_paths(found: Discovery, store: Store, report: RunReport, prune: bool) -> None:
    """Every name a file was found under points at its bytes; names gone from the roots read are
    marked, documents left with none are `missing`, and `prune` removes those."""
    for file in found.files:
        store.add_path(file.sha256, file.path, file)
    seen = {f.canonical for f in found.files + found.unreadable}
    report.missing = store.mark_missing(found.roots, seen, found.blind_spots)
    if prune:
        report.pruned = store.prune_missing()


@contextmanager
def stopping_on_signals() -> Iterator[None]:
    """SIGTERM raises `Stopped` (as Ctrl-C raises KeyboardInterrupt), so the workers are stopped and
    the open transaction rolled back on the way out. Only the main thread can take signals."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, frame):
        raise Stopped(signal.Signals(signum).name)

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def plan(found: list[FoundFile], store: Store, report: RunReport, version: str = PARSER_VERSION) -> list[FoundFile]:
    """The files that need parsing: new bytes, or bytes parsed by other code. One job per sha256."""
    report.files = len(found)
    jobs: dict[str, FoundFile] = {}
    for file in found:
        if file.sha256 not in jobs and store.document_version(file.sha256) != version:
            jobs[file.sha256] = file
    report.unchanged = len(found) - len(jobs)
    return sorted(jobs.values(), key=lambda f: -f.size)  # largest first keeps the workers busy


def parse_all(
    jobs: list[Job], workers: int | None, limits: Limits | None = None, cluster: str | None = None
) -> Generator[tuple[DocumentResult, FoundFile], None, None]:
    """(result, file) for every job, parsed in bounded worker processes (see `pipeline.workers`),
    or on the Dask cluster at `cluster` (see `pipeline.cluster`)."""
    limits = limits or Limits()
    if not jobs:
        return
    if cluster:
        from .cluster import parse_on_cluster  # Dask loads only for a cluster run

        yield from parse_on_cluster(jobs, cluster, limits, vocabulary.user_files())
        return
    load_parser()
    vocabulary.load_all()  # before the workers fork, so they share the vocabularies
    workers = min(max(1, workers or os.cpu_count() or 1), len(jobs))
    owners_of: set[str] = set()  # publishers of the papers parsed so far that name owners
    warmed = False
    with Pool(parse_safely, workers, limits) as pool:
        for done, (job, outcome) in enumerate(pool.run(jobs), start=1):
            result = from_limit(job, outcome) if isinstance(outcome, LimitHit) else outcome
            if any(r.kind in OWNER_KINDS for r in result.records):
                owners_of.add(result.publisher or "")
            yield result, job[0]
            if owners_of and not warmed and done >= len(jobs) - workers:
                # Every job is out and no worker will be forked again: load what linking their
                # owners needs (spaCy, each publisher's pipeline) while the last files are parsed.
                from .owners import warm
                from .profiles import profile_named

                warm(profile_named(publisher) for publisher in sorted(owners_of))
                warmed = True


def count(result: DocumentResult, report: RunReport) -> None:
    report.parsed += 1
    report.pages += result.page_count or 0
    report.parts += len(result.parts)
    report.records += len(result.records)
    report.unclaimed += [f"{result.path} p.{p.page_start}–{p.page_end}" for p in result.parts if p.part_kind == "other"]
    if result.status in FAILED:
        report.fail(result.path, short_reason(result.error or result.status))
    for problem in result.problems:
        report.problems[problem.stage] += 1
