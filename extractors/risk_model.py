"""What every register family collects, and the readers they share.

Takes a register part's pages; yields, for the families in `extractors.risk_register` and
`extractors.risk_tables`:
- `reading_order`: the part's lines outside ruled tables and its tables, page by page, top down;
- `RiskDraft` / `Register`: a risk as a family reads it (reference, objective, statement,
  owner, direction, date, printed ratings) and the register around it (matrix placements,
  the look-up matrix of scores, its texts for the scoring key, its own date);
- `read_matrix`: a likelihood x impact grid, whether its scale labels stand in the table or
  beside it (a heat map whose labels are printed outside its cells);
- `register_date`: the register's own date, from a review phrase ("Reviewed on …", "as at …")
  or its title; a month or a quarter gives no day and so no ISO date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.dates import DateValue, find_dates
from pipeline.layout import cell_text
from pipeline.records import BBox, DocumentPart, Line, Page, Table, Word

from .base import Context
from .risk_scoring import (
    Grid,
    PrintedRating,
    abbreviated_corner,
    axis_leaning,
    captioned_axes,
    grid_placements,
    grid_scores,
    is_scale,
    is_scoring_grid,
    phase_in_heading,
    printed_ratings,
    read_grid,
    row_bbox,
)
from .risk_words import WORDS, compiled

STAGE = "risk_register"


# --- what the part holds, in reading order ------------------------------------------------


@dataclass(frozen=True)
class Placed:
    """A line outside any table, or a table, with its page, in reading order."""

    page: Page
    top: float
    line: Line | None = None
    table: Table | None = None


def table_of(item: Placed) -> Table:
    """The table a table item holds: the families call this only on items they found tables in."""
    if item.table is None:
        raise ValueError(f"expected a table on page {item.page.number}, found a line")
    return item.table


def line_of(item: Placed) -> Line:
    """The line a line item holds (the counterpart of table_of)."""
    if item.line is None:
        raise ValueError(f"expected a line on page {item.page.number}, found a table")
    return item.line


def inside(line: Line, table: Table) -> bool:
    x0, top, x1, bottom = table.bbox
    return top - 1 <= line.top <= bottom + 1 and x0 - 1 <= line.x0 <= x1 + 1


def reading_order(pages: list[Page]) -> list[Placed]:
    items: list[Placed] = []
    for page in pages:
        page_items = [Placed(page, t.bbox[1], table=without_sheet_labels(t)) for t in page.tables]
        page_items += [Placed(page, l.top, line=l) for l in page.lines if not any(inside(l, t) for t in page.tables)]
        items += sorted(page_items, key=lambda p: p.top)
    return items


def is_column_letters(row: tuple[str | None, ...]) -> bool:
    """A spreadsheet's column letters printed over its columns ('A  B  C  D …')."""
    letters = [cell_text(c) for c in row if cell_text(c)]
    return (
        len(letters) >= 3
        and all(re.fullmatch(r"[A-Z]{1,2}", c) for c in letters)
        and all(len(a) == len(b) == 1 and ord(b) == ord(a) + 1 for a, b in zip(letters, letters[1:]))
    )


def is_row_numbers(cells: list[str]) -> bool:
    """A spreadsheet's row numbers down its first column, the header row numbered too."""
    if len(cells) < 3 or not all(re.fullmatch(r"\d{1,4}", c) for c in cells):
        return False
    numbers = [int(c) for c in cells]
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def without_sheet_labels(table: Table) -> Table:
    """A register exported from a spreadsheet with its row and column headings printed: the
    row of column letters and the column of row numbers are the sheet's, not the register's."""
    rows, tops, bbox = list(table.rows), list(table.row_tops), table.bbox
    letters = bool(rows) and is_column_letters(rows[0])
    if letters:
        rows, tops = rows[1:], tops[1:] if len(tops) == len(table.rows) else tops
        if tops:
            bbox = (bbox[0], tops[0], bbox[2], bbox[3])
    first = [cell_text(r[0]) if r else "" for r in rows]
    if (letters or len(rows) > 3) and is_row_numbers(first) and all(len(r) > 3 for r in rows):
        rows = [r[1:] for r in rows]
    if len(rows) == len(table.rows) and rows[0] is table.rows[0]:
        return table
    return Table(bbox, tuple(tuple(r) for r in rows), tuple(tops))


# --- what the families collect -------------------------------------------------------


@dataclass
class RiskDraft:
    reference: str
    page: Page
    bbox: tuple
    objective: str | None = None
    description: str | None = None
    date: DateValue | None = None
    origin: str = "block"  # where its numbers stand: its own 'block', a 'table' row, a 'card'
    ratings: list[tuple[PrintedRating, Page, BBox]] = field(default_factory=list)
    owner_text: str | None = None
    direction_text: str | None = None
    # phases whose column prints words, not numbers ('See heat map'): (phase, text, page)
    elsewhere: list[tuple[str, str, Page]] = field(default_factory=list)


@dataclass(frozen=True)
class Placement:
    reference: str
    phase: str
    phase_text: str
    likelihood: int
    impact: int
    page: Page
    bbox: tuple
    score: int | None = None  # the number printed in the matrix cell, if any


@dataclass
class Register:
    family: str
    risks: dict[str, RiskDraft] = field(default_factory=dict)
    summaries: dict[str, tuple[str, Page, tuple]] = field(default_factory=dict)
    placements: list[Placement] = field(default_factory=list)
    lookup: dict[tuple[int, int], int] = field(default_factory=dict)
    texts: list[str] = field(default_factory=list)
    date: DateValue | None = None
    publisher: str | None = None


def add_ratings(item: Placed, draft: RiskDraft | None, context: Context) -> None:
    """The rating groups a small table prints, given to the risk they belong to."""
    table = table_of(item)
    for rating, why in printed_ratings(table):
        if why or rating is None:
            context.problem(item.page.number, STAGE, "risk rating unreadable", why)
        elif draft is None:
            context.problem(item.page.number, STAGE, "rating printed before any risk reference", rating.phase_text)
        else:
            draft.ratings.append((rating, item.page, row_bbox(table, rating.top)))


def objective_text(text: str | None) -> str | None:
    """'Strategic objective: Public confidence' -> 'Public confidence'."""
    text = cell_text(text)
    for pattern in compiled("objective_prefix_patterns"):
        if pattern.match(text):
            text = pattern.sub("", text, count=1)
            break  # one label is stripped: 'Category: Priority areas' keeps its words
    return text.strip(" :–—-") or None


def objective_cell(text: str | None) -> str | None:
    """An objective column's cell without a label printed before it ('Priority 2: Safer roads');
    a cell whose first word is only a word of its name ('Theme parks') keeps it."""
    text = cell_text(text)
    label = compiled("objective_prefix_patterns")[0]
    return (label.sub("", text, count=1) if label.match(text) else text).strip(" :–—-") or None


# --- likelihood x impact matrices -------------------------------------------------------


def heading_runs(line: Line) -> list[list[Word]]:
    """A line's words in runs split at wide gaps: maps printed side by side carry their
    headings on one baseline ('Inherent risk' ... 'Residual risk')."""
    runs: list[list[Word]] = []
    for word in line.words:
        if runs and word.x0 - runs[-1][-1].x1 <= 2 * max(word.size, 1.0):
            runs[-1].append(word)
        else:
            runs.append([word])
    return runs


def own_heading(line: Line, table: Table) -> str:
    """The part of a heading line over this map: the last run that starts before the map's
    right edge (a heading stands over its map's left labels or centred over its cells; the
    next map's heading starts beyond this map)."""
    runs = heading_runs(line)
    if len(runs) < 2:
        return line.text
    mine = [run for run in runs if run[0].x0 < table.bbox[2]] or runs[:1]
    return " ".join(w.text for w in mine[-1])


def is_caption(line: Line, item: Placed) -> bool:
    """A few plain words just above a map ('Residual risk', 'Net position'): its caption."""
    height = line.bottom - line.top
    return len(line.words) <= 6 and item.top - line.bottom <= 2.5 * height


def matrix_heading(item: Placed) -> str | None:
    """The nearest heading above a matrix that names a phase ('Current ratings'): bold, or a
    short caption in plain type right over it."""
    above = [l for l in item.page.lines if l.bottom <= item.top + 1 and (l.bold or is_caption(l, item))]
    table = table_of(item)
    texts = (own_heading(l, table) for l in reversed(above))
    heading = next((text for text in texts if phase_in_heading(text)), None)
    if heading is None:
        return None
    # 'Residual risk heat map — position of each risk after key controls': the name before the gloss
    name = re.split(r"\s+[—–-]\s+|:\s", heading)[0]
    return name if phase_in_heading(name) else heading


def read_matrix(item: Placed, register: Register) -> bool:
    """A likelihood x impact grid: scores go to the lookup, references to placements."""
    table = table_of(item)
    grid = read_grid(table) or outside_grid(item)
    if grid is None:
        return False
    if is_scoring_grid(table, grid):
        register.lookup.update(grid_scores(table, grid))
        return True
    heading = matrix_heading(item)
    # a bare matrix shows where risks stand now (a found heading always names its phase)
    phase = (phase_in_heading(heading) if heading else None) or "current"
    for reference, l, i, r, score in grid_placements(table, grid):
        bbox = row_bbox(table, table.row_tops[r] if r < len(table.row_tops) else None)
        register.placements.append(Placement(reference, phase, heading or "matrix", l, i, item.page, bbox, score))
    return True


def outside_grid(item: Placed) -> Grid | None:
    """A heat map whose scale labels stand outside its cells: numbers left of each row, and
    numbers under (or over) each column; which axis is which from the labels' words."""
    table, page = table_of(item), item.page
    rows, columns = len(table.rows), max((len(r) for r in table.rows), default=0)
    if not 3 <= rows <= 10 or not 3 <= columns <= 10 or len(table.row_tops) != rows:
        return None
    words = [w for line in page.lines for w in line.words]
    row_labels = side_labels(words, table)
    column_labels = foot_labels(words, table, columns)
    if row_labels is None or column_labels is None:
        return None
    row_values, row_words = row_labels
    column_values, column_words = column_labels
    columns_below = column_labels_below(words, table)
    # an axis's name printed at the corner: on the line of the column numbers, left of them, it
    # names the columns ('Impact  1  2  3 …'); at the other end of the row numbers, the rows
    corner = corner_text(words, table, below=columns_below)
    column_words = [*column_words, corner]
    row_words = [*row_words, corner_text(words, table, below=not columns_below)]
    # or both axes' short names there, the rows' first ('L/I')
    named = abbreviated_corner(corner)
    # or a caption saying which way each measure runs ('Likelihood (vertical) against impact …')
    if named is None:
        named = captioned_axes(caption_texts(page, table))
    columns_are_likelihood = axis_leaning(column_words) >= axis_leaning(row_words) if named is None else named
    return Grid(
        {c: v for c, v in enumerate(column_values)}, {r: v for r, v in enumerate(row_values)}, columns_are_likelihood
    )


def caption_texts(page: Page, table: Table) -> list[str]:
    """The lines set just over or under the map, across its width: where its axes may be named."""
    x0, top, x1, bottom = table.bbox
    return [
        line.text
        for line in page.lines
        if line.x0 < x1 and line.x1 > x0 and (bottom <= line.top <= bottom + 45 or top - 45 <= line.bottom <= top)
    ]


def column_labels_below(words: list[Word], table: Table) -> bool:
    """Whether the column numbers stand under the map (as `foot_labels` looks first)."""
    x0, _, x1, bottom = table.bbox
    return any(bottom <= w.top <= bottom + 30 and x0 <= w.x0 <= x1 and re.fullmatch(r"\d{1,2}", w.text) for w in words)


def corner_text(words: list[Word], table: Table, below: bool) -> str:
    """The words starting left of the map just under (or over) it: an axis's name at its corner."""
    x0, top, _, bottom = table.bbox
    near = (lambda w: bottom <= w.top <= bottom + 30) if below else (lambda w: top - 30 <= w.bottom <= top)
    found = [w for w in words if w.x0 < x0 and near(w)]
    if not found:
        return ""
    # the one line nearest the map: a note set under the corner ('Rows show …') is not its label
    nearest = min(found, key=lambda w: w.top - bottom if below else top - w.bottom)
    line = [w for w in found if abs(w.top - nearest.top) <= 2]
    return " ".join(w.text.lower() for w in sorted(line, key=lambda w: w.x0))


def side_labels(words: list[Word], table: Table) -> tuple[list[int], list[str]] | None:
    """The scale number printed left of each row of the table, and the words beside it."""
    x0, _, _, bottom = table.bbox
    edges = list(table.row_tops) + [bottom]
    values, texts = [], []
    for top, low in zip(edges, edges[1:]):
        beside = sorted(
            (w for w in words if w.x1 <= x0 + 1 and top <= (w.top + w.bottom) / 2 <= low), key=lambda w: w.x0
        )
        # the number nearest the map: a second map's labels stand between the first map and it
        number = next((int(w.text) for w in reversed(beside) if re.fullmatch(r"\d{1,2}", w.text)), None)
        if number is None:
            return None
        values.append(number)
        texts.append(" ".join(w.text.lower() for w in beside))
    return (values, texts) if is_scale(values) else None


def foot_labels(words: list[Word], table: Table, count: int) -> tuple[list[int], list[str]] | None:
    """The scale number printed under (else over) each column, columns being equal shares."""
    x0, top, x1, bottom = table.bbox
    width = (x1 - x0) / count
    for near in (lambda w: bottom <= w.top <= bottom + 30, lambda w: top - 30 <= w.bottom <= top):
        values: list[int | None] = []
        texts: list[str] = []
        for c in range(count):
            left, right = x0 + c * width, x0 + (c + 1) * width
            column = sorted(
                (w for w in words if near(w) and left <= (w.x0 + w.x1) / 2 <= right), key=lambda w: (w.top, w.x0)
            )
            number = next((int(w.text) for w in column if re.fullmatch(r"\d{1,2}", w.text)), None)
            values.append(number)
            texts.append(" ".join(w.text.lower() for w in column))
        scale = [v for v in values if v is not None]
        if len(scale) == count and is_scale(scale):
            return scale, texts
    return None


# --- the register's own date -------------------------------------------------------------


def register_date(part: DocumentPart, items: list[Placed]) -> DateValue | None:
    """A review phrase's date ('Reviewed on 14 January 2020', 'as at 31 March 2021') outranks the
    title's; a date without a day is kept as text only. The phrase may stand in the title, a body
    line or the running header or footer ('Strategic Risk Register – as at 31.03.24 | Page 2').
    A meeting's date in a cover report's header is not the register's, so only the title and
    review phrases are read."""
    lines = [i.line.text for i in items if i.line is not None]
    for text in [part.title or ""] + lines + furniture_texts(items):
        for pattern in compiled("register_date_patterns"):
            match = pattern.search(text)
            if match and (spans := find_dates(match.group("date"))):
                return DateValue(spans[0].value.iso, spans[0].text)
    return title_date(part, items)


def furniture_texts(items: list[Placed]) -> list[str]:
    """The running header and footer lines of the pages the items stand on, each page once."""
    pages: list[Page] = []
    for item in items:
        if not any(item.page is p for p in pages):
            pages.append(item.page)
    return [line.text for page in pages for line in page.furniture]


def title_date(part: DocumentPart, items: list[Placed]) -> DateValue | None:
    """The date in the register's title ('…REGISTER, August 2019'), printed over the register or
    as its running header or footer ('Corporate Risk Register 12 May 2023'): a month gives no day."""
    titles = [part.title or ""] + [i.line.text for i in items[:6] if i.line is not None and is_title(i.line)]
    titles += [text for text in furniture_texts(items) if is_title_text(text)]
    for text in titles:
        spans = find_dates(text)
        if spans:
            return DateValue(spans[0].value.iso, spans[0].text)
    return None


def is_title(line: Line) -> bool:
    return is_title_text(line.text)


def is_title_text(text: str) -> bool:
    return any(p.search(text) for p in (re.compile(t, re.I) for t in WORDS().title_patterns))


# --- who keeps the register, and where its risks are heading ---------------------------------


def read_publisher(part: DocumentPart, pages: list[Page]) -> str | None:
    """The organisation keeping the register, from its running header, title or first lines
    ('Westmere Constabulary', 'Kestrel Fire and Rescue Authority'), so that its registers
    link across layouts; None where none is named."""
    first = pages[0] if pages else None
    texts = [part.title or ""]
    if first is not None:
        texts = [l.text for l in first.furniture] + texts + [l.text for l in first.lines[:4]]
    for pattern in compiled("publisher_patterns"):
        for text in texts:
            if match := pattern.search(text):
                return re.sub(r"\s+", " ", match.group("publisher")).strip()
    return None


def direction_of(text: str | None) -> str | None:
    """'↑', 'Worsening', 'increasing' -> 'increasing'; None where nothing known is printed."""
    key = cell_text(text).lower()
    if not key:
        return None
    for direction, words in WORDS().directions.items():
        if any(key == w.lower() or (not w.isalpha() and w in key) for w in words):
            return direction
    # a word inside the cell: the longest one found says it ('de-escalated' holds 'escalated')
    found = [
        (len(w), direction)
        for direction, words in WORDS().directions.items()
        for w in words
        if len(w) > 3 and re.search(rf"(?<![\w-]){re.escape(w.lower())}(?![\w-])", key)
    ]
    return max(found)[1] if found else None
