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
from dataclasses import dataclass, field, replace
from pathlib import Path

from extractors.base import Context

from . import vocabulary
from .discover import FoundFile, discover
from .extract import extract
from .manifest import FileFacts, Manifest
from .profiles import detect as detect_publisher
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


def run_version(vocabulary_files: tuple[Path, ...] = ()) -> str:
    """The parser version of this run: the code's, and the user's vocabulary files if any."""
    if not vocabulary_files:
        return PARSER_VERSION
    digest = hashlib.sha256(PARSER_VERSION.encode())
    for path in vocabulary_files:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:12]


@dataclass
class RunReport:
    files: int = 0
    parsed: int = 0
    unchanged: int = 0
    pages: int = 0
    parts: int = 0
    records: int = 0
    failures: Counter = field(default_factory=Counter)    # reason -> files
    unclaimed: list[str] = field(default_factory=list)    # parts no extractor claims: "path p.a–b (best …)"
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
        if self.unclaimed:
            shown = "; ".join(self.unclaimed[:5]) + (f"; … {len(self.unclaimed) - 5} more" if len(self.unclaimed) > 5 else "")
            lines.append(f"unclaimed parts: {len(self.unclaimed)} (no extractor reads them): {shown}")
        if any(self.linked.values()):
            lines.append("linked: " + ", ".join(f"{n} {t}" for t, n in self.linked.items() if n))
        return lines


# --- one file, in a worker process -------------------------------------------------------

Job = tuple[FoundFile, FileFacts]


def parse_file(job: Job) -> DocumentResult:
    found, facts = job
    result = DocumentResult(id=found.sha256, path=found.path, size=found.size, status="ok",
                            publisher=facts.publisher, source_url=facts.source_url, title=facts.title)
    try:
        pages = read_document(found.absolute, found.sha256, result.problems)
    except UnreadablePDF as error:
        result.status, result.error = error.status, error.reason
        return result
    return analyse(result, pages, facts)


def analyse(result: DocumentResult, pages: list[Page], facts: FileFacts = FileFacts()) -> DocumentResult:
    result.page_count = len(pages)
    result.page_texts = [(p.number, page_text(p)) for p in pages]
    result.status, result.error = text_status(pages)
    if result.status != "ok":
        return result
    result.doc_kind, parts = segment(pages)
    result.parts = with_outside_facts(parts, facts, result)
    result.body, result.meeting_date = result.parts[0].body, result.parts[0].meeting_date
    result.publisher = detect_publisher("\n".join(text for _, text in result.page_texts), facts.publisher).name or None
    report_unclaimed(result)
    context = Context(result.id, result.body, result.meeting_date, result.problems)
    result.records = normalise(extract(result.parts, pages, context), context)
    if any(p.stage == "read" for p in result.problems):
        result.status = "partial"
        result.error = f"{sum(p.stage == 'read' for p in result.problems)} pages could not be read"
    return result


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
            result.problems.append(Problem(result.id, part.page_start, "segment",
                                           f"no extractor claims pages {part.page_start}–{part.page_end}; "
                                           f"best evidence: {best}"))


def page_text(page: Page) -> str:
    """The page as printed, headers and footers included, for full-text search."""
    lines = sorted(page.lines + page.furniture, key=lambda line: (line.top, line.x0))
    return "\n".join(line.text for line in lines)


def parse_safely(job: Job) -> DocumentResult:
    """A bug in the parser fails this file with its reason, not the batch."""
    found = job[0]
    try:
        return parse_file(job)
    except Exception as error:
        return DocumentResult(id=found.sha256, path=found.path, size=found.size, status="failed",
                              error=f"internal error while parsing: {type(error).__name__}: {error}")


# --- the batch, in the parent ------------------------------------------------------------------

Progress = Callable[[DocumentResult], None]


def ingest(paths: Iterable[str | Path], db_path: str | Path, workers: int | None = None,
           progress: Progress | None = None, on_start: Callable[[int], None] | None = None,
           manifest: Manifest | None = None, vocabulary_files: Iterable[str | Path] = ()) -> RunReport:
    report = RunReport()
    vocabulary.use_files(tuple(vocabulary_files))  # before the workers fork, so they share it
    version = run_version(vocabulary.user_files())
    manifest = manifest or Manifest()
    store = Store(db_path)
    try:
        found = list(discover(paths))
        jobs = plan(found, store, report, version)
        if on_start:
            on_start(len(jobs))
        for result in parse_all([(f, manifest.facts(f.path)) for f in jobs], workers):
            store.write_document(result, version)
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


def plan(found: list[FoundFile], store: Store, report: RunReport, version: str = PARSER_VERSION) -> list[FoundFile]:
    """The files that need parsing: new bytes, or bytes parsed by other code. One job per sha256."""
    report.files = len(found)
    jobs: dict[str, FoundFile] = {}
    for file in found:
        if file.sha256 not in jobs and store.document_version(file.sha256) != version:
            jobs[file.sha256] = file
    report.unchanged = len(found) - len(jobs)
    return sorted(jobs.values(), key=lambda f: -f.size)  # largest first keeps the workers busy


def record_names(found: list[FoundFile], store: Store) -> None:
    """Every name a file was found under points at its bytes (the same bytes twice are one document)."""
    for file in found:
        store.add_path(file.sha256, file.path)


def parse_all(jobs: list[Job], workers: int | None):
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
    report.unclaimed += [f"{result.path} p.{p.page_start}–{p.page_end}" for p in result.parts if p.part_kind == "other"]
    if result.status in FAILED:
        report.failures[result.error or result.status] += 1
    for problem in result.problems:
        report.problems[problem.stage] += 1
