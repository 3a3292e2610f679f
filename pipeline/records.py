"""Typed records passed between the stages, each carrying its provenance.

Takes nothing; yields the vocabulary of the pipeline:
- layout records made by the reader (`Word`, `Line`, `Table`, `Page`);
- `DocumentPart`, a paper inside a file, made by the segmenter;
- extracted records made by the extractors (`MeetingMention`, `Attendee`,
  `AgendaItem`, `Decision`, `ActionSighting`, `RiskEntry`, `RiskRating`);
- `Problem`, whatever a stage could not use, with the reason.

Extracted records are frozen dataclasses with a `kind`; `record_to_dict` and
`record_from_dict` carry them through the database's staging table as JSON, so
that the link stage can rebuild the derived tables without re-reading any PDF.
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from typing import ClassVar

BBox = tuple[float, float, float, float]

# Controlled vocabularies (SCHEMA.md)
DOC_KINDS = ("pack", "agenda", "minutes", "action_log", "report", "risk_register", "other")
PART_KINDS = DOC_KINDS[1:]
STATUSES = ("ok", "partial", "failed", "no_text")
ATTENDANCE = ("member", "in_attendance", "apologies")
DECISION_TYPES = ("resolved", "approved", "agreed", "endorsed", "delegated", "noted")  # strongest first
ACTION_EVENTS = ("raised", "updated", "discussed", "closed")
RISK_PHASES = ("inherent", "current", "target")


# --- layout -------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float
    bold: bool
    confidence: float | None = None  # OCR's confidence (0–100) in a word read from an image; None: a text layer's


@dataclass(frozen=True)
class Line:
    """Words sharing a baseline, left to right. Its text, top, bottom and size are worked out once
    (`cached_property`: a line never changes, and recognising parts asks each line's text ~10 times)."""

    words: tuple[Word, ...]

    @functools.cached_property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @functools.cached_property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @functools.cached_property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def bbox(self) -> BBox:
        return (round(self.x0, 1), round(self.top, 1), round(self.x1, 1), round(self.bottom, 1))

    @functools.cached_property
    def size(self) -> float:
        return max(w.size for w in self.words)

    @functools.cached_property
    def bold(self) -> bool:
        return sum(w.bold for w in self.words) * 2 > len(self.words)

    @functools.cached_property
    def gaps(self) -> tuple[float, ...]:
        """The space before each word after the first (negative where it is printed over the one before)."""
        words = self.words
        return tuple(b.x0 - a.x1 for a, b in zip(words, words[1:]))


@dataclass(frozen=True)
class Table:
    """A ruled table found by pdfplumber: rows of cell texts (None where no cell)."""

    bbox: BBox
    rows: tuple[tuple[str | None, ...], ...]
    row_tops: tuple[float, ...] = ()


@dataclass
class Page:
    """One page of body text (headers and footers moved to `furniture`)."""

    document_id: str
    number: int  # 1-based
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    furniture: list[Line] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    has_images: bool = False
    ocr_confidence: float | None = None  # mean word confidence when the page was read by OCR

    @property
    def text(self) -> str:
        return "\n".join(line.text for line in self.lines)

    @property
    def landscape(self) -> bool:
        return self.width > self.height


# --- provenance and problems --------------------------------------------------------


@dataclass(frozen=True)
class Source:
    document_id: str
    page: int
    bbox: BBox | None = None


@dataclass(frozen=True)
class Problem:
    """Something a stage could not use; stored in `problems`, counted in the run summary."""

    document_id: str
    page: int | None
    stage: str
    reason: str
    text: str = ""


# --- document parts ------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentPart:
    document_id: str
    part_kind: str
    page_start: int
    page_end: int
    title: str | None = None
    agenda_item_number: str | None = None
    author_text: str | None = None
    recipient_text: str | None = None
    paper_date: str | None = None
    paper_date_text: str | None = None
    body: str | None = None  # the board whose papers these are
    meeting_date: str | None = None  # the meeting the papers were published for
    evidence: str | None = None  # why the part is of its kind (every extractor's claim, strongest first)

    @property
    def id(self) -> str:
        return f"{self.document_id[:16]}-p{self.page_start}"


# --- extracted records ------------------------------------------------------------------


@dataclass(frozen=True)
class MeetingMention:
    """One source's word on a meeting (agenda heading, minutes heading, later approval)."""

    kind: ClassVar[str] = "meeting"
    body: str | None  # None where no page names the board: linking keys the meeting by its date alone
    meeting_date: str
    source: Source
    origin: str  # 'agenda' | 'minutes' | 'approval' | 'papers'
    start_time: str | None = None
    location: str | None = None
    minutes_status: str | None = None


@dataclass(frozen=True)
class Attendee:
    kind: ClassVar[str] = "attendee"
    body: str | None  # as MeetingMention.body
    meeting_date: str
    name: str
    attendance: str
    source: Source
    role_text: str | None = None
    alias: str | None = None  # the initials the paper gives the person ('(LP)', an Initials column)


@dataclass(frozen=True)
class AgendaItem:
    kind: ClassVar[str] = "agenda_item"
    body: str | None  # as MeetingMention.body
    meeting_date: str
    item_number: str
    title: str
    source: Source
    presenter_text: str | None = None
    section_text: str | None = None  # the Part 1 / Part 2 (exempt) heading the item stands under
    time_text: str | None = None  # the time printed beside it on a timed agenda
    paper_text: str | None = None  # the paper printed beside it ('Paper 2', 'B', 'Verbal')


@dataclass(frozen=True)
class Decision:
    kind: ClassVar[str] = "decision"
    body: str | None  # as MeetingMention.body
    meeting_date: str
    item_number: str | None
    decision_type: str
    text: str
    source: Source


@dataclass(frozen=True)
class ActionSighting:
    """One appearance of an action: a row of an action log or a minuted action."""

    kind: ClassVar[str] = "action"
    body: str | None  # None where no page names the board (as a meeting mention)
    seen_at: str | None  # date of the meeting whose papers carry this sighting
    origin: str  # 'action_log' | 'minutes'
    description: str
    source: Source
    action_number: str | None = None
    raised_date: str | None = None
    raised_date_text: str | None = None
    agenda_item_number: str | None = None
    owner_text: str | None = None
    owner_names: tuple[str, ...] = ()  # owners the paper itself identifies (initials resolved
    # through its attendance list); when set, these are the owners
    subject_text: str | None = None  # minuted actions: the sentence whose subject may name the owner
    target_date: str | None = None
    target_date_text: str | None = None
    update_text: str | None = None
    update_date: str | None = None
    update_date_text: str | None = None
    status_text: str | None = None
    closed: bool = False


@dataclass(frozen=True)
class RiskEntry:
    kind: ClassVar[str] = "risk"
    reference: str
    family: str  # register family, e.g. 'block-register', 'summary-tables'
    source: Source
    objective: str | None = None
    description: str | None = None
    owner_text: str | None = None  # the risk owner as printed
    direction: str | None = None  # direction of travel: 'increasing', 'decreasing', 'unchanged', 'new'
    direction_text: str | None = None  # as printed ('↑', 'Worsening', 'No change')
    publisher: str | None = None  # who keeps the register (its running header or title), so that
    # one publisher's registers in any layout share their risks


@dataclass(frozen=True)
class RiskRating:
    kind: ClassVar[str] = "risk_rating"
    reference: str
    family: str
    phase: str
    source: Source
    phase_text: str | None = None
    likelihood: int | None = None
    impact: int | None = None
    score: int | None = None
    register_date: str | None = None
    register_date_text: str | None = None
    origin: str = "block"  # where in the register: 'block', 'matrix', 'table', 'card'
    conflict: str | None = None  # set when two places in one register disagree
    direction: str | None = None  # the risk's direction of travel in this register
    direction_text: str | None = None
    publisher: str | None = None


RECORD_TYPES: dict[str, type] = {
    cls.kind: cls for cls in (MeetingMention, Attendee, AgendaItem, Decision, ActionSighting, RiskEntry, RiskRating)
}


def record_to_dict(record) -> dict:
    data = dataclasses.asdict(record)
    data["kind"] = record.kind
    return data


def record_from_dict(data: dict):
    data = dict(data)
    cls = RECORD_TYPES[data.pop("kind")]
    source = data.pop("source")
    bbox = source.get("bbox")
    data["source"] = Source(source["document_id"], source["page"], tuple(bbox) if bbox else None)
    # JSON has no tuples: sequence fields come back as lists, and frozen records must hash
    return cls(**{key: tuple(value) if isinstance(value, list) else value for key, value in data.items()})


# --- one file's results, worker -> writer -------------------------------------------------


@dataclass
class DocumentResult:
    """Everything the workers learnt from one file, written by the loader in one transaction."""

    id: str
    path: str
    size: int
    status: str
    error: str | None = None
    doc_kind: str | None = None
    page_count: int | None = None
    body: str | None = None
    meeting_date: str | None = None
    meeting_date_source: str | None = None  # which source gave the meeting: the paper, its file name, the manifest…
    publisher: str | None = None
    source_url: str | None = None
    title: str | None = None
    parts: list[DocumentPart] = field(default_factory=list)
    page_texts: list[tuple[int, str]] = field(default_factory=list)
    records: list = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    ocr_pages: str | None = None  # pages read by OCR, as ranges ('1-3,7')
    ocr_confidence: float | None = None  # mean word confidence over those pages
    page_confidence: dict[int, float] = field(default_factory=dict)  # OCR page -> mean word confidence
