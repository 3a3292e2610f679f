"""Run the registered extractors over a file's parts.

Takes the parts and pages of one file and the board and meeting its papers serve;
yields the records every extractor that reads a part's kind makes of it. An extractor
that fails on a part loses that part's records only: the failure becomes a problem
with its reason, and the other parts and extractors go on.
"""

from __future__ import annotations

from extractors import EXTRACTORS
from extractors.base import Context

from .records import DocumentPart, Page


def extract(parts: list[DocumentPart], pages: list[Page], context: Context) -> list:
    records: list = []
    for part in parts:
        part_pages = pages[part.page_start - 1 : part.page_end]
        for extractor in EXTRACTORS:
            if part.part_kind in extractor.reads:
                records.extend(run_one(extractor, part, part_pages, context))
    return records


def run_one(extractor, part: DocumentPart, pages: list[Page], context: Context) -> list:
    try:
        return list(extractor.extract(part, pages, context))
    except MemoryError:  # the file's memory limit, which the worker reports, not this extractor's bug
        raise
    except Exception as error:  # one extractor's bug must not lose the document
        context.problem(part.page_start, extractor.name, f"extractor failed: {type(error).__name__}: {error}")
        return []
