"""Inspection of one file without a database: what the segmenter and the extractors see.

Takes a PDF path (and optional user vocabulary files); yields printable lines, one block per
part: its kind, pages, title, the evidence for its kind (every extractor's claim, strongest
first) and how many records each extractor reads from it. Behind `boardpapers parts`, which
reads the file in a worker process under the same per-file time and memory limits as `ingest`
(`describe_parts_within`), so a hostile file fails with its limit instead of hanging the command.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from extractors.base import Context

from . import vocabulary
from .discover import sha256_of
from .extract import extract
from .reader import UnreadablePDF, read_document, text_status
from .segment import segment
from .vocabulary import VocabularyError
from .workers import LimitHit, Limits, Pool


class InspectError(Exception):
    """The file cannot be inspected; the message says why."""


def describe_parts_within(path: str | Path, vocabulary_files=(), limits: Limits | None = None) -> list[str]:
    """`describe_parts` in a worker process under the per-file `limits` (see `pipeline.workers`)."""
    job = (str(path), tuple(str(f) for f in vocabulary_files))
    with Pool(describe_job, 1, limits or Limits()) as pool:
        outcome = pool.one(job)
    if isinstance(outcome, LimitHit):
        raise InspectError(f"{path}: {outcome.reason}")
    if isinstance(outcome, InspectError):
        raise outcome
    return outcome


def describe_job(job: tuple[str, tuple[str, ...]]) -> list[str] | InspectError:
    """Run in the worker: the lines, or why the file cannot be inspected (an error the worker returns
    rather than raises, since a raise would read as a crashed worker)."""
    path, vocabulary_files = job
    try:
        return describe_parts(path, vocabulary_files)
    except (InspectError, VocabularyError) as error:
        return InspectError(str(error))


def describe_parts(path: str | Path, vocabulary_files=()) -> list[str]:
    vocabulary.use_files(tuple(vocabulary_files))
    path = Path(path)
    digest = sha256_of(path)
    try:
        pages = read_document(path, digest, [])
    except UnreadablePDF as error:
        raise InspectError(f"{path}: {error.reason}") from None
    status, reason = text_status(pages)
    if status != "ok":
        raise InspectError(f"{path}: {reason}")
    doc_kind, parts = segment(pages)
    lines = [f"{path.name}: {doc_kind}, {len(pages)} pages, {len(parts)} parts"]
    for part in parts:
        context = Context(digest, part.body, part.meeting_date)
        records = Counter(r.kind for r in extract([part], pages, context))
        pages_text = f"p.{part.page_start}" + (f"–{part.page_end}" if part.page_end != part.page_start else "")
        lines.append(f"  {part.part_kind:<13} {pages_text:<9} {part.title or '(no title)'}")
        lines.append(f"      evidence: {part.evidence or 'none: no extractor claims these pages'}")
        if part.meeting_date or part.body:
            lines.append(f"      meeting:  {part.body or '?'} on {part.meeting_date or '?'}")
        summary = ", ".join(f"{n} {kind}" for kind, n in sorted(records.items())) or "nothing"
        lines.append(f"      records:  {summary}")
        lines += [f"      problem:  p.{p.page} {p.stage}: {p.reason}" for p in context.problems]
    return lines
