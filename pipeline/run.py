"""Orchestration: discover → parse → segment → extract → normalise → link → load.

Takes paths and a database; yields a `RunReport`. Files are parsed in worker
processes (one file each, pages released as they are read); the parent process is the
only writer. Each file is written in one transaction as soon as it is parsed, so an
interrupted run leaves whole documents only and the next run finishes the job. A file
whose bytes and parser are unchanged is not parsed again. After the files, the link
stage rebuilds the tables that join documents (meetings, actions, risks, owners).
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from extractors.base import Context

from .discover import FoundFile, discover
from .extract import extract
from .normalise import normalise
from .reader import UnreadablePDF, read_document, text_status
from .records import DocumentResult, Page, Problem
from .segment import segment
from .store import Store

FAILED = ("failed", "no_text")


def parser_version() -> str:
    """Changes whenever the code that turns a PDF into records changes, so such files are parsed again."""
    digest = hashlib.sha256()
    for package in ("pipeline", "extractors"):
        root = Path(__file__).resolve().parent.parent / package
        for source in sorted(root.rglob("*.py")) + sorted(root.rglob("*.json")):
            digest.update(source.read_bytes())
    return digest.hexdigest()[:12]


PARSER_VERSION = parser_version()


@dataclass
class RunReport:
    files: int = 0
    parsed: int = 0
    unchanged: int = 0
    pages: int = 0
    parts: int = 0
    records: int = 0
    failures: Counter = field(default_factory=Counter)    # reason -> files
    problems: Counter = field(default_factory=Counter)    # stage -> problems
    linked: dict = field(default_factory=dict)            # linked table -> rows

    @property
    def failed(self) -> int:
        return sum(self.failures.values())

    def lines(self) -> list[str]:
        lines = [f"{self.files} files: {self.parsed} parsed, {self.unchanged} unchanged; "
                 f"{self.pages} pages, {self.parts} parts, {self.records} records"]
        if not self.parsed and not self.linked:
            lines.append("nothing to do: every file is already in the database")
        lines += [f"failed: {count} × {reason}" for reason, count in sorted(self.failures.items())]
        lines += [f"problems: {count} in {stage}" for stage, count in sorted(self.problems.items())]
        if any(self.linked.values()):
            lines.append("linked: " + ", ".join(f"{n} {t}" for t, n in self.linked.items() if n))
        return lines


# --- one file, in a worker process -------------------------------------------------------

def parse_file(found: FoundFile) -> DocumentResult:
    result = DocumentResult(id=found.sha256, path=found.path, size=found.size, status="ok")
    try:
        pages = read_document(found.absolute, found.sha256, result.problems)
    except UnreadablePDF as error:
        result.status, result.error = error.status, error.reason
        return result
    return analyse(result, pages)


def analyse(result: DocumentResult, pages: list[Page]) -> DocumentResult:
    result.page_count = len(pages)
    result.page_texts = [(p.number, page_text(p)) for p in pages]
    result.status, result.error = text_status(pages)
    if result.status != "ok":
        return result
    result.doc_kind, result.parts = segment(pages)
    result.body, result.meeting_date = result.parts[0].body, result.parts[0].meeting_date
    context = Context(result.id, result.body, result.meeting_date, result.problems)
    result.records = normalise(extract(result.parts, pages, context), context)
    if any(p.stage == "read" for p in result.problems):
        result.status = "partial"
        result.error = f"{sum(p.stage == 'read' for p in result.problems)} pages could not be read"
    return result


def page_text(page: Page) -> str:
    """The page as printed, headers and footers included, for full-text search."""
    lines = sorted(page.lines + page.furniture, key=lambda line: (line.top, line.x0))
    return "\n".join(line.text for line in lines)


def parse_safely(found: FoundFile) -> DocumentResult:
    """A bug in the parser fails this file with its reason, not the batch."""
    try:
        return parse_file(found)
    except Exception as error:
        return DocumentResult(id=found.sha256, path=found.path, size=found.size, status="failed",
                              error=f"internal error while parsing: {type(error).__name__}: {error}")


# --- the batch, in the parent ------------------------------------------------------------------

Progress = Callable[[DocumentResult], None]


def ingest(paths: Iterable[str | Path], db_path: str | Path, workers: int | None = None,
           progress: Progress | None = None, on_start: Callable[[int], None] | None = None) -> RunReport:
    report = RunReport()
    store = Store(db_path)
    try:
        found = list(discover(paths))
        jobs = plan(found, store, report)
        if on_start:
            on_start(len(jobs))
        for result in parse_all(jobs, workers):
            store.write_document(result, PARSER_VERSION)
            count(result, report)
            if progress:
                progress(result)
        record_names(found, store)
        if store.link_pending():
            from . import link  # spaCy loads with it: an unchanged re-run should not pay for that
            report.linked = link.relink(store)
    finally:
        store.close()
    return report


def plan(found: list[FoundFile], store: Store, report: RunReport) -> list[FoundFile]:
    """The files that need parsing: new bytes, or bytes parsed by other code. One job per sha256."""
    report.files = len(found)
    jobs: dict[str, FoundFile] = {}
    for file in found:
        if file.sha256 not in jobs and store.document_version(file.sha256) != PARSER_VERSION:
            jobs[file.sha256] = file
    report.unchanged = len(found) - len(jobs)
    return sorted(jobs.values(), key=lambda f: -f.size)  # largest first keeps the workers busy


def record_names(found: list[FoundFile], store: Store) -> None:
    """Every name a file was found under points at its bytes (the same bytes twice are one document)."""
    for file in found:
        store.add_path(file.sha256, file.path)


def parse_all(jobs: list[FoundFile], workers: int | None):
    workers = max(1, workers or os.cpu_count() or 1)
    if workers == 1 or len(jobs) <= 1:
        yield from map(parse_safely, jobs)
        return
    context = multiprocessing.get_context("spawn" if os.name == "nt" else "fork")
    with context.Pool(min(workers, len(jobs)), maxtasksperchild=20) as pool:
        yield from pool.imap_unordered(parse_safely, jobs)


def count(result: DocumentResult, report: RunReport) -> None:
    report.parsed += 1
    report.pages += result.page_count or 0
    report.parts += len(result.parts)
    report.records += len(result.records)
    if result.status in FAILED:
        report.failures[result.error or result.status] += 1
    for problem in result.problems:
        report.problems[problem.stage] += 1
