"""Read a meeting's agenda: the meeting it calls and the items it lists.

Takes an `agenda` part (its pages' body lines and ruled tables) and the `Context`;
yields one `MeetingMention(origin='agenda')` for the meeting named in the heading
(board, date, start time, venue) and one `AgendaItem` per numbered item and sub-item
(number as printed, title with its wrapped lines joined, the "Report from …" line
under it as `presenter_text`).

The heading's Date/Time/Venue block is read in any of three layouts: a row of labels
above a row of values (values belong to the label nearest them across the page), inline
`Date: …` labels, or a ruled table. Item titles stop at a wide gap: text further right
on an item's line is a separate column (who leads the item), not part of the title.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from pipeline import layout
from pipeline.dates import parse_date, parse_time
from pipeline.records import AgendaItem, DocumentPart, Line, MeetingMention, Page, Word

from pipeline import vocabulary

from .base import Evidence, header_rows_naming, lines_matching, strongest, title_lines, Context, PlacedLine, merge_bbox, part_lines

# Heading labels and the meeting field each one fills.
HEADING_FIELDS = {
    "date": ("date", "meeting date", "date of meeting"),
    "time": ("time", "start time", "start"),
    "location": ("venue", "location", "place", "where"),
}
HEADING_LABEL = re.compile(r"^(date|time|venue|location|place|start time)$", re.I)
# The line under a title that says who brings the paper.
PRESENTER = re.compile(
    r"^(?:(?:verbal\s+)?(?:report|update|paper|presentation)s?\s+(?:from|by)|from|presented\s+by|"
    r"presenter|lead(?:\s+officer)?)\b[:\s]", re.I)
AGENDA_WORD = re.compile(r"^agenda$", re.I)
TITLE_GAP = 18.0  # points of white space that separate the title from a right-hand column


@dataclass(frozen=True)
class AgendaWords:
    """The agenda vocabulary (pipeline/data/vocabulary/agenda.json)."""
    title_patterns: tuple[str, ...]
    summons_patterns: tuple[str, ...]
    item_columns: tuple[str, ...]


WORDS = vocabulary.loader("agenda", AgendaWords)


class AgendaExtractor:
    claims = "agenda"
    name = "agenda"
    reads = frozenset({"agenda"})
    yields = (MeetingMention, AgendaItem)

    def recognise(self, pages: list[Page]) -> Evidence:
        words = WORDS()
        findings = [(0.9, f"title '{t}'") for t in title_lines(pages, words.title_patterns)[:1]]
        findings += [(0.8, f"summons '{t[:40]}'") for t in lines_matching(pages[:1], words.summons_patterns)[:1]]
        findings += [(0.6, f"table header {h}") for h in header_rows_naming(pages, words.item_columns, 3)[:1]]
        return strongest(self.claims, findings)

    def extract(self, part: DocumentPart, pages: list[Page], context: Context) -> Iterator:
        if not pages:
            return
        heading = read_heading(pages[0], part, context)
        if heading.meeting_date is None:
            context.problem(pages[0].number, "agenda", "no meeting date in the agenda heading")
            return
        yield heading.mention(context, pages[0])
        for item in read_items(part_lines(pages), heading.first_item_top):
            yield item.record(heading, context)


# --- heading ------------------------------------------------------------------------

@dataclass
class Heading:
    body: str | None = None
    meeting_date: str | None = None
    start_time: str | None = None
    location: str | None = None
    date_text: str | None = None
    boxes: list = field(default_factory=list)
    first_item_top: float = 0.0  # items start below the heading block

    def mention(self, context: Context, page: Page) -> MeetingMention:
        return MeetingMention(
            body=self.body, meeting_date=self.meeting_date, origin="agenda",
            source=context.source(page, merge_bbox(self.boxes)),
            start_time=self.start_time, location=self.location)


def read_heading(page: Page, part: DocumentPart, context: Context) -> Heading:
    heading = Heading()
    head = heading_lines(page)
    values = heading_values(page, head)
    for line in head:
        heading.body = heading.body or heading_body(line)
    heading.body = heading.body or part.body or context.body
    fill_heading(heading, values, part, context, page)
    heading.boxes = [line.bbox for line in head]
    heading.first_item_top = head[-1].bottom if head else 0.0
    return heading


def heading_lines(page: Page) -> list[Line]:
    """The lines above the first numbered item (board name, labels, 'AGENDA')."""
    head = []
    for line in page.lines:
        if item_start(line) is not None:
            break
        head.append(line)
    return head


def heading_body(line: Line) -> str | None:
    if HEADING_LABEL.match(line.text) or layout.labelled_values(line):
        return None
    return layout.find_body_name(line.text)


def fill_heading(heading: Heading, values: dict[str, str], part: DocumentPart,
                 context: Context, page: Page) -> None:
    date_text = values.get("date")
    if date_text:
        heading.meeting_date = parse_date(date_text).iso
        heading.date_text = date_text
        if heading.meeting_date is None:
            context.problem(page.number, "agenda", "agenda date is not a day", date_text)
    heading.meeting_date = heading.meeting_date or part.meeting_date or context.meeting_date
    heading.start_time = parse_time(values.get("time") or date_text or "")
    heading.location = values.get("location") or None


def heading_values(page: Page, head: list[Line]) -> dict[str, str]:
    """Date/time/venue from whichever layout the heading uses."""
    values = table_values(page)
    for line in head:
        values = {**inline_values(line), **values}
    for labels, row in zip(head, head[1:]):
        if is_label_row(labels):
            values = {**aligned_values(labels, row), **values}
    return values


def field_of(label: str) -> str | None:
    label = label.strip().rstrip(":").strip().lower()
    return next((f for f, names in HEADING_FIELDS.items() if label in names), None)


def inline_values(line: Line) -> dict[str, str]:
    """'Date: 10 May 2018   Time: 14:00' -> {'date': …, 'time': …}."""
    found = {}
    for label, value in layout.labelled_values(line).items():
        if (name := field_of(label)) and value:
            found[name] = value
    return found


def is_label_row(line: Line) -> bool:
    """A row made only of heading labels ('Date  Time  Venue')."""
    runs = layout.split_on_gaps(line)
    return len(runs) >= 2 and all(field_of(layout.words_text(r)) for r in runs)


def aligned_values(labels: Line, row: Line) -> dict[str, str]:
    """Give each run of the value row to the label whose centre is nearest its own."""
    centres = [(centre(run), field_of(layout.words_text(run))) for run in layout.split_on_gaps(labels)]
    found: dict[str, str] = {}
    for run in layout.split_on_gaps(row):
        name = min(centres, key=lambda c: abs(c[0] - centre(run)))[1]
        found[name] = (found.get(name, "") + " " + layout.words_text(run)).strip()
    return found


def centre(words: list[Word]) -> float:
    return (words[0].x0 + words[-1].x1) / 2


def table_values(page: Page) -> dict[str, str]:
    """A ruled Date | Time | Venue table: header row, then the value row."""
    for table in page.tables:
        if len(table.rows) < 2:
            continue
        columns = layout.map_columns(table.rows[0], HEADING_FIELDS)
        if "date" in columns:
            return {f: layout.cell_text(table.rows[1][i]) for f, i in columns.items()
                    if i < len(table.rows[1]) and layout.cell_text(table.rows[1][i])}
    return {}


# --- items ----------------------------------------------------------------------------

@dataclass
class ItemDraft:
    number: str
    title_parts: list[str]
    placed: PlacedLine
    side_text: str | None = None      # a right-hand column on the item's line
    presenter: str | None = None
    boxes: list = field(default_factory=list)

    def record(self, heading: Heading, context: Context) -> AgendaItem:
        title = re.sub(r"\s+", " ", " ".join(self.title_parts)).strip()
        return AgendaItem(
            body=heading.body, meeting_date=heading.meeting_date, item_number=self.number,
            title=title.rstrip(".").strip(), presenter_text=self.presenter or self.side_text,
            source=context.source(self.placed.page, merge_bbox(self.boxes)))


def item_start(line: Line) -> tuple[str, list[Word]] | None:
    """The item number and the words after it, if the line's first word is a number."""
    first = line.words[0]
    if not layout.NUMBER_TOKEN.match(first.text):
        return None
    number = layout.clean_number(first.text)
    # A bare integer with no stop and no column gap is more likely a wrapped date or count.
    rest = list(line.words[1:])
    if "." not in first.text and rest and rest[0].x0 - first.x1 < 8:
        return None
    return number, rest


def title_and_side(words: list[Word]) -> tuple[str, str | None]:
    """The title run and, if the line has one, the text of a separate right-hand column."""
    if not words:
        return "", None
    runs = layout.split_on_gaps(Line(tuple(words)), TITLE_GAP)
    side = " ".join(layout.words_text(r) for r in runs[1:]) or None
    return layout.words_text(runs[0]), side


def read_items(lines: list[PlacedLine], first_top: float) -> list[ItemDraft]:
    items: list[ItemDraft] = []
    for placed in lines:
        if placed.page is lines[0].page and placed.line.top < first_top:
            continue
        absorb_line(items, placed)
    return items


def absorb_line(items: list[ItemDraft], placed: PlacedLine) -> None:
    """A line starts an item, names the presenter of the last one, or wraps its title."""
    line = placed.line
    start = item_start(line)
    if start is not None:
        title, side = title_and_side(start[1])
        items.append(ItemDraft(start[0], [title], placed, side, boxes=[line.bbox]))
    elif items and PRESENTER.match(line.text + " "):
        items[-1].presenter = line.text.strip()
    elif items and wraps_title(items[-1], placed):
        title, _ = title_and_side(list(line.words))
        items[-1].title_parts.append(title)
        items[-1].boxes.append(line.bbox)


def wraps_title(item: ItemDraft, placed: PlacedLine) -> bool:
    """A wrapped title line sits just under the item's last line, no further left than its number."""
    if item.presenter is not None or placed.page is not item.placed.page:
        return False
    line, last = placed.line, item.boxes[-1]
    return line.top - last[3] < line.size and line.x0 >= item.placed.line.x0 - 3
