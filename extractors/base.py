"""The contract every extractor follows, and the helpers they share.

An extractor is an object with a `name`, the part kinds it `reads`, the record types
it `yields`, and `extract(part, pages, context)` that yields records. It never touches
SQL and never reads a file: it gets a `DocumentPart` and the `Page`s inside it (body
lines without headers and footers, plus ruled tables) and a `Context` that says which
board and meeting the papers serve and collects problems.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from pipeline.records import BBox, DocumentPart, Line, Page, Problem, Source


@dataclass
class Context:
    document_id: str
    body: str | None                  # the board whose papers these are
    meeting_date: str | None          # the meeting the papers were published for
    problems: list[Problem] = field(default_factory=list)

    def problem(self, page: int | None, stage: str, reason: str, text: str = "") -> None:
        self.problems.append(Problem(self.document_id, page, stage, reason, text[:500]))

    def source(self, page: Page | int, bbox: BBox | None = None) -> Source:
        number = page.number if isinstance(page, Page) else page
        return Source(self.document_id, number, bbox)


class Extractor(Protocol):
    name: str
    reads: frozenset[str]
    yields: tuple[type, ...]

    def extract(self, part: DocumentPart, pages: list[Page], context: Context) -> Iterator: ...


@dataclass(frozen=True)
class PlacedLine:
    """A body line with the page it stands on, for walking a part across page breaks."""
    page: Page
    line: Line

    @property
    def text(self) -> str:
        return self.line.text


def part_lines(pages: list[Page]) -> list[PlacedLine]:
    """The body lines of a part in reading order, across its pages."""
    return [PlacedLine(page, line) for page in pages for line in page.lines]


def merge_bbox(boxes: list[BBox]) -> BBox | None:
    if not boxes:
        return None
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
