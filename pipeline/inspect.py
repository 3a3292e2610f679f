"""Inspection of one file without a database: what the segmenter and the extractors see.

Takes a PDF path (and optional user vocabulary files); yields printable lines, one block per
part: its kind, pages, title, the evidence for its kind (every extractor's claim, strongest
first) and how many records each extractor reads from it. Behind `boardpapers parts`.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from pathlib import Path

from extractors.base import Context

from . import vocabulary
from .extract import extract
from .reader import UnreadablePDF, read_document, text_status
from .segment import segment


class InspectError(Exception):
    """The file cannot be inspected; the message says why."""


def describe_parts(path: str | Path, vocabulary_files=()) -> list[str]:
    vocabulary.use_files(tuple(vocabulary_files))
    path = Path(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
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
