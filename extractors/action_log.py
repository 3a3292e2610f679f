"""Read the rows of an action log into `ActionSighting`s.

Takes an `action_log` part: a wide table (action number, date raised, agenda item,
action, owner, target date, update, update date, and in other templates status / RAG /
complete columns) running over several landscape pages. Yields one `ActionSighting`
per row, as printed, with the dates read by `pipeline.dates`.

How a page is read:
- a ruled table (pdfplumber's, on `Page.tables`) whose header row names the columns
  (`layout.map_columns` with the synonyms below); a table without a header on a
  continuation page reuses the previous page's columns when it has as many;
- a page without a ruled table falls back to word positions: the header line's words
  give each column's left edge, and every word below goes to the column it starts in;
  a continuation page without a header reuses the previous page's edges;
- a first row of a page with neither an action number nor a raised date is the rest of
  the previous page's last row (a row broken over the page) and is merged into it;
- a full-width heading row ("Completed actions") is a section heading, not an action;
  rows under a heading that says the actions are closed are closed.
Rows that cannot be read (no description, no columns) become problems, never vanish.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from pipeline import layout
from pipeline.dates import find_dates, parse_date
from pipeline.records import ActionSighting, BBox, DocumentPart, Line, Page, Table, Word

from pipeline import vocabulary

from .base import Evidence, header_rows_naming, lines_matching, strongest, title_lines, Context, merge_bbox

# Header wording -> field. map_columns lets the longest phrase win, so 'UPDATE DATE'
# is the update's date and 'ACTION NO.' the number, not the action text.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "action_number": ("action no", "action number", "action ref", "action ref no", "ref", "ref no",
                      "no", "number", "action id", "id"),
    "raised_date": ("date raised", "meeting date raised", "meeting date", "raised", "date of meeting",
                    "date", "date opened", "date added"),
    "agenda_item": ("agenda item", "meeting agenda item", "item", "item no", "minute ref", "minute no",
                    "agenda ref"),
    "description": ("action", "actions", "action required", "description", "action description",
                    "action agreed", "agreed action"),
    "owner": ("owner", "owners", "action owner", "lead", "responsible", "responsibility", "by whom", "who",
              "lead officer", "responsible officer"),
    "target_date": ("target date", "target", "due date", "due", "deadline", "by when", "target completion",
                    "completion date", "date due", "timescale"),
    "update": ("update", "updates", "progress", "progress update", "comments", "comment", "latest update",
               "status update", "update comments", "notes"),
    "update_date": ("update date", "date of update", "date updated", "last updated", "updated"),
    "status": ("status", "rag", "rag status", "open closed", "current status"),
    "complete": ("complete", "completed", "closed", "done", "date completed", "date closed", "completion"),
}
MAX_HEADER_WORDS = 5          # a header cell is a short label, never a sentence
HEADER_FIELDS = 3             # at least this many recognised columns make a header
WORD_GAP = 6.0                # points between words of different header columns
EDGE_SLACK = 4.0              # a cell's words may start a little left of its header

CLOSED_WORD = re.compile(r"\b(complete|completed|closed|discharged|done)\b", re.I)
NEGATION = {"not", "yet", "be", "until", "once", "when", "if", "being", "before", "un"}
CLOSED_SENTENCE = re.compile(
    r"^(?:status\s*[:-]\s*)?(?:(?:this|the)\s+)?(?:action\s+)?(?:(?:is|now|has|been)\s+)*"
    r"(?:complete|completed|closed|discharged|done)\b", re.I)
YES = re.compile(r"^(?:y|yes|x|✓|✔|√)$", re.I)
DATA_START = re.compile(r"^\d{1,3}(?:\.\d{1,2})*\.?$|^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$")


@dataclass
class Row:
    """One row of the log as cell texts by field, with where it stands."""
    page: int
    cells: dict[str, str]
    bbox: BBox | None
    first_on_page: bool = False
    heading: str | None = None        # a full-width row: a section heading, not an action

    def has(self, name: str) -> bool:
        return bool(layout.cell_text(self.cells.get(name)))


@dataclass
class Columns:
    """How the current pages' columns map to fields: by index, with left edges for word layouts."""
    fields: dict[str, int]
    count: int
    edges: list[float] = field(default_factory=list)


@dataclass(frozen=True)
class ActionWords:
    """The action-log vocabulary (pipeline/data/vocabulary/actions.json)."""
    title_patterns: tuple[str, ...]
    header_words: tuple[str, ...]


WORDS = vocabulary.loader("actions", ActionWords)


class ActionLogExtractor:
    claims = "action_log"
    name = "action_log"
    reads = frozenset({"action_log"})
    yields = (ActionSighting,)

    def recognise(self, pages: list[Page]) -> Evidence:
        words = WORDS()
        findings = [(0.9, f"title '{t}'") for t in title_lines(pages, words.title_patterns)[:1]]
        headers = [h for h in header_rows_naming(pages, words.header_words, 3)
                   if any(re.match(r"action", c, re.I) for c in h)
                   and any(re.search(r"\b(owner|lead|by whom|responsib)", c, re.I) for c in h)]
        findings += [(0.8, f"table header naming action-log columns {h}") for h in headers[:1]]
        return strongest(self.claims, findings)

    def extract(self, part: DocumentPart, pages: list[Page], context: Context) -> Iterator[ActionSighting]:
        rows = read_rows(pages, context)
        closed_section = False
        for row in merge_broken_rows(rows):
            if row.heading is not None:
                closed_section = closed_words(row.heading)
                continue
            sighting = to_sighting(row, context, closed_section)
            if sighting is not None:
                yield sighting


# --- pages -> rows ------------------------------------------------------------------------

def read_rows(pages: list[Page], context: Context) -> list[Row]:
    rows: list[Row] = []
    columns: Columns | None = None
    for page in pages:
        page_rows, columns = page_rows_and_columns(page, columns, context)
        if page_rows:
            page_rows[0].first_on_page = True
        rows.extend(page_rows)
    return rows


def page_rows_and_columns(page: Page, columns: Columns | None, context: Context) -> tuple[list[Row], Columns | None]:
    rows: list[Row] = []
    for table in page.tables:
        table_rows, columns = read_table(page, table, columns, context)
        rows.extend(table_rows)
    if rows or (page.tables and not page.lines):
        return rows, columns
    return read_word_layout(page, columns, context)


def read_table(page: Page, table: Table, columns: Columns | None, context: Context) -> tuple[list[Row], Columns | None]:
    if not table.rows:
        return [], columns
    start, found = find_table_header(table)
    if found is None and columns is not None and len(table.rows[0]) == columns.count:
        found, start = columns, 0   # a continuation page: the header was not repeated
    if found is None:
        context.problem(page.number, "action_log", "table without an action-log header or a matching earlier one",
                        " | ".join(layout.cell_text(c) for c in table.rows[0]))
        return [], columns
    rows = [table_row(page, table, index, found) for index in range(start, len(table.rows))]
    return [r for r in rows if r is not None], found


def find_table_header(table: Table) -> tuple[int, Columns | None]:
    """The header row among the table's first rows, and the row after it."""
    for index, row in enumerate(table.rows[:3]):
        fields = header_fields(row)
        if fields:
            return index + 1, Columns(fields, len(row))
    return 0, None


def header_fields(cells) -> dict[str, int] | None:
    texts = [layout.cell_text(c) for c in cells]
    if any(len(t.split()) > MAX_HEADER_WORDS or re.search(r"\d", t) for t in texts):
        return None
    fields = layout.map_columns(texts, SYNONYMS)
    return fields if "description" in fields and len(fields) >= HEADER_FIELDS else None


def table_row(page: Page, table: Table, index: int, columns: Columns) -> Row | None:
    cells = table.rows[index]
    filled = [c for c in cells if layout.cell_text(c)]
    if not filled:
        return None
    bbox = row_bbox(table, index)
    if len(filled) == 1 and any(c is None for c in cells):   # one cell spanning the row
        return Row(page.number, {}, bbox, heading=layout.cell_text(filled[0]))
    values = {name: cells[i] or "" for name, i in columns.fields.items() if i < len(cells)}
    return Row(page.number, values, bbox)


def row_bbox(table: Table, index: int) -> BBox:
    x0, top, x1, bottom = table.bbox
    tops = table.row_tops
    row_top = tops[index] if index < len(tops) else top
    row_bottom = tops[index + 1] if index + 1 < len(tops) else bottom
    return (x0, round(row_top, 1), x1, round(row_bottom, 1))


# --- word layouts (no ruled table) ---------------------------------------------------------

def read_word_layout(page: Page, columns: Columns | None, context: Context) -> tuple[list[Row], Columns | None]:
    lines = page.lines
    start, found = find_word_header(lines)
    if found is None and columns is not None and columns.edges:
        found, start = columns, 0
    if found is None:
        if lines:
            context.problem(page.number, "action_log", "page without an action-log table or header",
                            lines[0].text)
        return [], columns
    return word_rows(page, lines[start:], found), found


def find_word_header(lines: list[Line]) -> tuple[int, Columns | None]:
    """The header band (a line of column labels and the label lines under it) and the line after it."""
    for index, line in enumerate(lines):
        if header_fields([layout.words_text(run) for run in layout.split_on_gaps(line, WORD_GAP)]):
            band = header_band(lines, index)
            return index + len(band), band_columns(band)
    return 0, None


def header_band(lines: list[Line], index: int) -> list[Line]:
    band = [lines[index]]
    for line in lines[index + 1: index + 4]:
        close = line.top - band[-1].bottom < band[-1].size
        if not close or re.search(r"\d", line.text):
            break
        band.append(line)
    return band


def band_columns(band: list[Line]) -> Columns | None:
    """Stack the band's label runs into columns by horizontal overlap; map their texts to fields."""
    stacks: list[list[Word]] = [list(run) for run in layout.split_on_gaps(band[0], WORD_GAP)]
    for line in band[1:]:
        for run in layout.split_on_gaps(line, WORD_GAP):
            overlapping = [s for s in stacks if overlap(s, run) > 0]
            target = max(overlapping, key=lambda s: overlap(s, run)) if overlapping else None
            target.extend(run) if target is not None else stacks.append(list(run))
    stacks.sort(key=lambda s: min(w.x0 for w in s))
    fields = layout.map_columns([layout.words_text(s) for s in stacks], SYNONYMS)
    if "description" not in fields:
        return None
    return Columns(fields, len(stacks), [min(w.x0 for w in s) for s in stacks])


def overlap(words: list[Word], run: list[Word]) -> float:
    return min(max(w.x1 for w in words), run[-1].x1) - max(min(w.x0 for w in words), run[0].x0)


def word_rows(page: Page, lines: list[Line], columns: Columns) -> list[Row]:
    """Lines under the header, cut into rows where the number or raised-date column starts a value."""
    starters = [columns.fields[f] for f in ("action_number", "raised_date") if f in columns.fields] or [0]
    groups: list[list[list[str]]] = []
    boxes: list[list[BBox]] = []
    for line in lines:
        cells = line_cells(line, columns)
        if not groups or any(DATA_START.match(cells[i].split(" ")[0]) for i in starters if cells[i]):
            groups.append([[] for _ in range(columns.count)])
            boxes.append([])
        for i, text in enumerate(cells):
            if text:
                groups[-1][i].append(text)
        boxes[-1].append(line.bbox)
    return [Row(page.number, {name: "\n".join(g[i]) for name, i in columns.fields.items()}, merge_bbox(b))
            for g, b in zip(groups, boxes)]


def line_cells(line: Line, columns: Columns) -> list[str]:
    cells: list[list[str]] = [[] for _ in range(columns.count)]
    for word in line.words:
        cells[column_of(word.x0, columns.edges)].append(word.text)
    return [" ".join(c) for c in cells]


def column_of(x: float, edges: list[float]) -> int:
    index = 0
    for i, edge in enumerate(edges):
        if x >= edge - EDGE_SLACK:
            index = i
    return index


# --- rows -> sightings ---------------------------------------------------------------------

def merge_broken_rows(rows: list[Row]) -> list[Row]:
    """A page's first row without number or raised date finishes the previous page's last row."""
    merged: list[Row] = []
    for row in rows:
        previous = merged[-1] if merged else None
        broken = row.first_on_page and row.heading is None and not (row.has("action_number") or row.has("raised_date"))
        if broken and previous is not None and previous.heading is None:
            merged[-1] = replace(previous, cells=merge_cells(previous.cells, row.cells))
        else:
            merged.append(row)
    return merged


def merge_cells(first: dict[str, str], rest: dict[str, str]) -> dict[str, str]:
    names = list(first) + [n for n in rest if n not in first]
    return {n: "\n".join(t for t in (first.get(n, ""), rest.get(n, "")) if t.strip()) for n in names}


def to_sighting(row: Row, context: Context, closed_section: bool) -> ActionSighting | None:
    description = layout.cell_text(row.cells.get("description"))
    if not description:
        context.problem(row.page, "action_log", "action row without an action description",
                        " | ".join(layout.cell_text(v) for v in row.cells.values()))
        return None
    raised = parse_date(layout.cell_text(row.cells.get("raised_date")))
    target = latest_date(layout.cell_text(row.cells.get("target_date")))
    update_date = latest_date(layout.cell_text(row.cells.get("update_date")))
    update = layout.cell_text(row.cells.get("update")) or None
    status = status_text(row)
    return ActionSighting(
        body=context.body, seen_at=context.meeting_date, origin="action_log", description=description,
        source=context.source(row.page, row.bbox),
        action_number=layout.clean_number(layout.cell_text(row.cells.get("action_number"))),
        raised_date=raised.iso, raised_date_text=raised.text or None,
        agenda_item_number=agenda_item(layout.cell_text(row.cells.get("agenda_item"))),
        owner_text=layout.cell_text(row.cells.get("owner")) or None,
        target_date=target.iso, target_date_text=target.text or None,
        update_text=update, update_date=update_date.iso, update_date_text=update_date.text or None,
        status_text=status,
        closed=closed_section or status_says_closed(row) or update_says_closed(update),
    )


def agenda_item(text: str) -> str | None:
    number, _ = layout.leading_number(text)
    return number or layout.clean_number(text)


def latest_date(text: str):
    """The latest day a cell names (a moved target is printed after the old one), its text kept.

    No reference date is passed: a cell saying 'next meeting' must stay a text, not a guess."""
    days = [span.value.iso for span in find_dates(text) if span.value.iso]
    if len(days) > 1:
        return replace(parse_date(text), iso=max(days))
    return parse_date(text)


def status_text(row: Row) -> str | None:
    texts = [layout.cell_text(row.cells.get(name)) for name in ("status", "complete")]
    return " ".join(t for t in texts if t) or None


def status_says_closed(row: Row) -> bool:
    status = layout.cell_text(row.cells.get("status"))
    complete = layout.cell_text(row.cells.get("complete"))
    if complete and (YES.match(complete) or parse_date(complete).iso or closed_words(complete)):
        return True
    return closed_words(status)


def closed_words(text: str) -> bool:
    """A closed word not negated just before it ('not complete', 'to be completed')."""
    return any(not negated(text[: m.start()]) for m in CLOSED_WORD.finditer(text or ""))


def negated(before: str) -> bool:
    return bool(set(re.findall(r"[a-z]+", before.lower())[-2:]) & NEGATION)


def update_says_closed(update: str | None) -> bool:
    """An update whose sentence opens by saying the action is done ('Complete - report presented')."""
    sentences = re.split(r"(?<=[.;!])\s+|\s+[-–]\s+|\n", update or "")
    return any(CLOSED_SENTENCE.match(s.strip()) for s in sentences)
