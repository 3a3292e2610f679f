"""The contract every extractor follows, and the helpers they share.

An extractor is an object with a `name`, the part kinds it `reads`, the record types
it `yields`, `recognise(pages)` that says how strongly the pages look like the part kind
it `claims` (an `Evidence`, with the reasons), and `extract(part, pages, context)` that
yields records. The segmenter asks every registered extractor to recognise each page, so
that detection and reading cannot disagree. It never touches
SQL and never reads a file: it gets a `DocumentPart` and the `Page`s inside it (body
lines without headers and footers, plus ruled tables) and a `Context` that says which
board and meeting the papers serve and collects problems.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

from pipeline.layout import cell_text
from pipeline.records import BBox, DocumentPart, Line, Page, Problem, Source


@dataclass
class Context:
    document_id: str
    body: str | None  # the board whose papers these are
    meeting_date: str | None  # the meeting the papers were published for
    problems: list[Problem] = field(default_factory=list)

    def problem(self, page: int | None, stage: str, reason: str, text: str = "") -> None:
        self.problems.append(Problem(self.document_id, page, stage, reason, text[:500]))

    def source(self, page: Page | int, bbox: BBox | None = None) -> Source:
        number = page.number if isinstance(page, Page) else page
        return Source(self.document_id, number, bbox)


CLAIM = 0.5
"""An `Evidence` score at or above this claims the pages for the extractor's part kind.

Scores are graded by the kind of evidence, the same for every extractor, so that the
segmenter can compare them: about 0.9 for a heading or title that names the kind
("Minutes of …", "Action log", "Risk register"); 0.6–0.8 for structure that only this kind
has (a table header naming several action-log columns, a Present/Apologies block with
numbered minutes, Likelihood/Impact/Score columns); below 0.5 for hints alone."""


@dataclass(frozen=True)
class Evidence:
    """How strongly some pages look like one part kind, and why (shown by `boardpapers parts`)."""

    kind: str
    score: float = 0.0
    reasons: tuple[str, ...] = ()

    @property
    def claimed(self) -> bool:
        return self.score >= CLAIM

    @property
    def title_only(self) -> bool:
        """Only a title speaks for the kind (by convention such reasons start with 'title'):
        a report titled after a register is still a report."""
        return bool(self.reasons) and all(r.startswith("title") for r in self.reasons)

    def __str__(self) -> str:
        return f"{self.kind} {self.score:.2f}" + (f" ({'; '.join(self.reasons)})" if self.reasons else "")


def strongest(kind: str, findings: list[tuple[float, str]]) -> Evidence:
    """Evidence from (score, reason) findings: the best score, with every reason found, best first."""
    found = sorted((f for f in findings if f[0] > 0), reverse=True)
    if not found:
        return Evidence(kind)
    return Evidence(kind, min(1.0, found[0][0] + 0.05 * (len(found) - 1)), tuple(r for _, r in found))


class Extractor(Protocol):
    name: str
    claims: str  # the part kind its `recognise` speaks for
    reads: frozenset[str]
    yields: tuple[type, ...]

    def recognise(self, pages: list[Page]) -> Evidence: ...

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


# --- recognition helpers shared by the extractors' `recognise` ---------------------------

HEAD_LINES = 8  # how far down a page its title block may reach


def head_lines(page: Page, count: int = HEAD_LINES) -> list[Line]:
    """The lines a page's title block can stand in."""
    return page.lines[:count]


def table_header_cells(pages: list[Page], rows: int = 2) -> list[list[str]]:
    """The first rows of every ruled table on the pages, as cleaned cell texts."""
    return [[cell_text(c) for c in row] for page in pages for table in page.tables for row in table.rows[:rows]]


TITLE_WORDS = 18  # a title is a short line, never a running sentence


def title_lines(pages: list[Page], patterns: tuple[str, ...]) -> list[str]:
    """Head lines of the first page that read as a title and match one of the patterns.

    A title stands out (bold, capitals or a larger size than the body) or is short; a
    numbered line is an item of a list (an agenda's "3. Minutes of the last meeting"), and a
    line that starts in lower case or ends a long sentence is running text."""
    if not pages:
        return []
    compiled = [re.compile(p, re.I) for p in patterns]
    body_size = typical_size(pages[0])
    found = []
    for index, line in enumerate(head_lines(pages[0])):
        text = line.text.strip()
        matching = [p for p in compiled if p.search(text)]
        if matching and looks_like_title(line, body_size, index, names_kind_first=any(p.match(text) for p in matching)):
            found.append(text)
    return found


LIST_ENTRY = re.compile(r"^(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s|\d{1,2}[:.]\d{2}(?!\d))")
"""A numbered entry ("3. Minutes of the last meeting") or a timed one ("13:05 Minutes …") of a list."""


def looks_like_title(line: Line, body_size: float, index: int = 0, names_kind_first: bool = False) -> bool:
    """A heading rather than running text.

    The first two lines of a page head it whatever their style, and so does a line that
    opens with the paper's kind ("Minutes of the meeting of … held on …") however plainly it
    is set, for banners and a body's name often stand above it."""
    text = line.text.strip()
    words = text.split()
    # A line naming its kind first may run on with the meeting's day, time and place.
    if not words or text[0].islower() or len(words) > TITLE_WORDS * (2 if names_kind_first else 1):
        return False
    if LIST_ENTRY.match(text) or (text.endswith(".") and len(words) > 6):
        return False
    styled = line.bold or text.isupper() or line.size > body_size + 0.5
    return names_kind_first or styled or len(words) <= 8 or index < 2


def typical_size(page: Page) -> float:
    """The font size most of the page's lines are set in."""
    sizes = sorted(round(line.size, 1) for line in page.lines)
    return sizes[len(sizes) // 2] if sizes else 0.0


def lines_matching(pages: list[Page], patterns: tuple[str, ...] | re.Pattern, head: int | None = None) -> list[str]:
    """Body lines (the first `head` of each page, or all) matching any of the patterns."""
    compiled = [patterns] if isinstance(patterns, re.Pattern) else [re.compile(p, re.I) for p in patterns]
    found = []
    for page in pages:
        for line in page.lines[:head] if head else page.lines:
            if any(p.search(line.text.strip()) for p in compiled):
                found.append(line.text.strip())
    return found


@functools.cache
def whole_word(word: str) -> re.Pattern:
    """`word` standing as a whole word, any case (compiled once: every page's header cells ask it)."""
    return re.compile(rf"\b{re.escape(word)}\b", re.I)


def header_rows_naming(pages: list[Page], words: tuple[str, ...], least: int) -> list[list[str]]:
    """Table header rows (ruled tables' first two rows) naming at least `least` of the words."""
    found = []
    for cells in table_header_cells(pages):
        named = {w for w in words for c in cells if whole_word(w).search(c)}
        if len(named) >= least:
            found.append(cells)
    return found
