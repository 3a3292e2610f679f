"""The 'column-table' register family: one row per risk, its fields and ratings in columns.

Takes a register part in reading order (`risk_model.Placed`); yields a `Register` of risk drafts.
The table may be ruled (pdfplumber's cells) or drawn with whitespace only (columns found
from the header line's words), and is read the same way once its columns are known:
- a header of one or two rows names the columns; a phase heading over sub-columns
  ('Gross risk' over 'L | I | Score') rates each of them, a phase and a measure in one
  header ('Target L') rate that column, a phase heading over one column ('After controls')
  holds a rating in one cell in any notation ('4x3=12', 'L4 I3 (12)');
- other columns by their header's synonyms: reference, description, owner, direction of
  travel, last-reviewed date, objective (held in a column and merged down over rows);
- a row whose only text spans the table ('Category: Response'), or a labelled heading line
  between tables ('Priority 2 – …'), is the objective the following risks sit under;
- measure columns with no phase over them are the current rating; a column whose cells name a
  phase ('Uncontrolled' / 'Controlled') rates the measures of its row (one row per phase);
- words where a rating's numbers would be ('See heat map') leave the phase to the register's
  matrix; a header word broken over two lines without a hyphen is mended where only the
  joined word is known ('Post-mitigatio' / 'n');
- a row without a reference continues the risk above (rows broken over pages, cells merged
  down) unless it rates a phase that risk already has: then it is reported, as is any row of
  its own whose reference the vocabulary does not know; a table without a header on a later
  page continues with the last header's columns;
- a risk's date is its date column's, else a review phrase in its cells ('Reviewed 09 Jun 22').
Column words are vocabulary data (`columns`, `phases`, `measures` in risks.json).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Literal, cast

from pipeline.dates import DateValue, find_dates
from pipeline.layout import cell_text, cells_by_columns, column_of, column_runs, header_key, map_columns, phrase_in
from pipeline.records import Line, Page, Table

from .base import Context
from .risk_model import (
    STAGE,
    Placed,
    Register,
    RiskDraft,
    line_of,
    objective_cell,
    objective_text,
    read_matrix,
    register_date,
    table_of,
)
from .risk_scoring import (
    PrintedRating,
    impact_first,
    measure_of,
    measure_value,
    one_each,
    phase_rating,
    rating_phase,
    read_rating_text,
    read_score_text,
    small_int,
)
from .risk_words import WORDS, compiled, reference_cell, reference_text

FAMILY = "column-table"
HEADER_GAP = 6.0  # points between words of two column labels in a header line
LINE_GAP = 2.2  # a vertical gap this many line heights wide ends a table without rules
WHOLE = "whole"  # the measure of a column printing a whole rating a cell ('4 × 3 = 12')
ARROW = re.compile(r"[↑↓↔→←↗↘⬆⬇⬌▲▼⇧⇩⇑⇓]")


# --- columns -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    label: str  # the whole header text over the column ('Gross risk L')
    field: str | None = None  # reference, description, owner, direction, date, objective
    phase: str | None = None  # the phase a rating column rates
    measure: str | None = None  # likelihood, impact, score; None: a whole rating in one cell
    phase_text: str = ""  # the phase as printed ('Gross risk', 'Before controls')


# a register's header is read once per page and again per part: its roles, by the vocabulary read with
ROLES_SEEN: dict[tuple, tuple[object, list[Column]]] = {}


def column_roles(groups: list[str], subs: list[str]) -> list[Column]:
    """Roles of columns from their group heading (top header row) and sub-heading (second row)."""
    words = WORDS()
    key = (tuple(groups), tuple(subs))
    seen = ROLES_SEEN.get(key)
    if seen is None or seen[0] is not words:  # the vocabulary reloaded (a user's file): read again
        if len(ROLES_SEEN) > 512:
            ROLES_SEEN.clear()  # a long batch of registers: kept small
        seen = ROLES_SEEN[key] = (words, read_column_roles(groups, subs))
    return list(seen[1])


def read_column_roles(groups: list[str], subs: list[str]) -> list[Column]:
    columns: list[Column | None] = []
    for group, sub in zip(groups, subs):
        label = f"{group} {sub}".strip()
        if is_past_rating(label) or is_explained_field(label) or names_a_field(label):
            # 'Previous score': an earlier rating, not the current one; 'Risk description
            # (cause / event / consequence)': a field column whose note names a measure word
            columns.append(None)
            continue
        phase = rating_phase(group) or rating_phase(label)
        # a measure heading with no group over it ('Likelihood' merged down the header) is one too
        measure = measure_of(sub) or trailing_measure(label) or measure_of(label)
        if names_pair(sub or label):
            measure = None  # 'Gross risk (L x I)': the whole pair in one cell, not a likelihood
        if phase:
            columns.append(Column(label, None, phase, measure, phase_text(group, sub)))
        elif measure:
            columns.append(Column(label, None, None, measure, label))  # rated now: read as 'current'
        elif names_pair(sub or label):
            # 'L × I = Score' with no phase over it: a whole rating a cell, its phase the row's own
            # ('Inherent' / 'Current' beside it) or else the current one
            columns.append(Column(label, None, None, WHOLE, label))
        else:
            columns.append(None)
    columns = measure_left_unnamed(latest_period_only(scores_beside_pairs(columns)))
    plain = [c is None for c in columns]
    fields = map_columns(
        [label if free else None for label, free in zip((f"{g} {s}".strip() for g, s in zip(groups, subs)), plain)],
        WORDS().columns,
    )
    fields = description_over_title(
        fields, [f"{g} {s}".strip() if free else None for g, s, free in zip(groups, subs, plain)]
    )
    by_index = {index: name for name, index in fields.items()}
    return [
        c if c is not None else Column(f"{g} {s}".strip(), by_index.get(i))
        for i, (c, g, s) in enumerate(zip(columns, groups, subs))
    ]


PERIOD = re.compile(
    r"\bq[1-4]\b|\bquarter\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{2,4}\b", re.I
)


def latest_period_only(columns: list[Column | None]) -> list[Column | None]:
    """Score columns without a phase, each headed by a period ('Q1 score' | 'Q2 score' | 'Q3
    score', 'Sep 22' | 'Dec 22'): a history, whose last column is the rating now; the earlier
    ones are past ratings, not current ones."""
    dated = [
        i
        for i, c in enumerate(columns)
        if c is not None and c.phase is None and c.measure == "score" and PERIOD.search(c.label)
    ]
    if len(dated) < 2:
        return columns
    return [None if i in dated[:-1] else c for i, c in enumerate(columns)]


MEASURES = ("likelihood", "impact", "score")


def measure_left_unnamed(columns: list[Column | None]) -> list[Column | None]:
    """A phase's run of three columns naming two measures ('Residual' | 'Residual I' |
    'Residual score', the 'L' of a header set wider than its column lost to the next): the third is the
    measure left, not a whole rating in one cell."""
    result = list(columns)
    for start in range(len(result) - 2):
        run = result[start : start + 3]
        if any(c is None for c in run) or len({c.phase for c in run if c is not None}) != 1:
            continue
        measures = [c.measure for c in run if c is not None]
        unnamed = [i for i, m in enumerate(measures) if m is None]
        missing = [m for m in MEASURES if m not in measures]
        column = run[unnamed[0]] if len(unnamed) == 1 else None
        if column is not None and column.phase is not None and len(missing) == 1:
            result[start + unnamed[0]] = replace(column, measure=missing[0])
    return result


def scores_beside_pairs(columns: list[Column | None]) -> list[Column | None]:
    """A bare 'Score' column right after a phase's pair column ('Inherent risk (LxI)' | 'Score' |
    … | 'Residual risk (LxI)' | 'Score'): the score of that phase, not a current rating."""
    result = list(columns)
    for index in range(1, len(result)):
        left, column = result[index - 1], result[index]
        if (
            column is not None
            and left is not None
            and column.phase is None
            and column.measure == "score"
            and left.phase is not None
            and left.measure is None
        ):
            result[index] = Column(column.label, None, left.phase, "score", left.phase_text)
    return result


def description_over_title(fields: dict[str, int], labels: list[str | None]) -> dict[str, int]:
    """'Risk' (a short title) beside 'Description': the description column is the description."""
    claimed = fields.get("description")
    if claimed is None or header_key(labels[claimed]) not in WORDS().title_columns:
        return fields
    others = [
        i
        for i, label in enumerate(labels)
        if i != claimed
        and i not in fields.values()
        and header_key(label) not in WORDS().title_columns
        and map_columns([label], {"description": WORDS().columns["description"]})
    ]
    return {**fields, "description": others[0]} if others else fields


def names_a_field(label: str) -> bool:
    """A heading that is, word for word, one of a field's own names ('Risk and consequence'),
    though one of its words names a measure elsewhere ('consequence' for impact)."""
    key = header_key(label)
    return any(key == header_key(name) for names in WORDS().columns.values() for name in names)


def is_explained_field(label: str) -> bool:
    """A field's column headed with a bracketed note ('Description (cause, event, impact)'):
    outside the brackets the label names a field and no rating."""
    outside = re.sub(r"\([^)]*\)", " ", label).strip()
    return (
        outside != label.strip()
        and not measure_of(outside)
        and not rating_phase(outside)
        and bool(map_columns([outside], WORDS().columns))
    )


def is_past_rating(label: str) -> bool:
    """'Previous score', 'Last quarter's rating': a column of an earlier rating."""
    key = header_key(label)
    return any(phrase_in(w, key) for w in WORDS().past_rating_words)


def names_pair(label: str) -> bool:
    """A heading naming the product it holds, either way round ('(L x I)', 'Impact × Likelihood')."""
    return impact_first(label) or any(p.search(cell_text(label)) for p in compiled("product_key_patterns")[:1])


def trailing_measure(label: str) -> str | None:
    """'Target L' -> likelihood, 'Target rating' -> score: the measure a label ends with."""
    words = header_key(label).split()
    for size in (2, 1):
        if len(words) > size and (measure := measure_of(" ".join(words[-size:]))):
            return measure
    return None


def phase_text(group: str, sub: str) -> str:
    """The phase as printed: the group heading, without a measure the sub-heading names."""
    text = cell_text(group) or cell_text(sub)
    if names_pair(text):
        return re.sub(r"\s*\([^)]*\)\s*$", "", text) or text  # 'Gross risk (I x L)' -> 'Gross risk'
    words = text.split()
    if len(words) > 1 and measure_of(words[-1]) in ("likelihood", "impact"):
        text = " ".join(words[:-1])
    return text


def is_register_header(columns: list[Column]) -> bool:
    """A reference column and at least one rating column."""
    return any(c.field in ("reference", "statement") for c in columns) and any(
        c.phase or c.measure in ("likelihood", "impact", WHOLE) for c in columns
    )


# --- ruled tables ----------------------------------------------------------------------------


def is_spanning(row: tuple) -> bool:
    filled = [c for c in row if cell_text(c)]
    return len(filled) == 1 and bool(cell_text(row[0])) and len(row) > 2


def is_reference(text: str | None) -> bool:
    return bool(reference_cell().fullmatch(first_line(text)))


def first_line(text: str | None) -> str:
    """A cell's first line; a reference a narrow column broke over lines ('ORG-' / '07') whole."""
    lines = [cell_text(line) for line in (text or "").split("\n")]
    first = lines[0]
    if len(lines) > 1 and not reference_cell().fullmatch(first) and first.endswith(("-", "/", ".")):
        joined = first + lines[1]
        if reference_cell().fullmatch(joined):
            return joined
    return first


def header_depth(table: Table) -> int:
    """Leading rows that hold no reference and span no objective: the header (at most 3)."""
    depth = 0
    for row in table.rows[:3]:
        if any(is_reference(c) or split_statement(c)[0] for c in row[:2]) or (depth and is_spanning(row)):
            break
        depth += 1
    return depth


def header_labels(table: Table, depth: int) -> tuple[list[str], list[str]]:
    """Group and sub-heading of each column; a heading merged over sub-columns covers them all."""
    width = max(len(r) for r in table.rows)
    rows = [list(r) + [None] * (width - len(r)) for r in table.rows[:depth]]
    groups = [""] * width
    subs = [""] * width
    for r, row in enumerate(rows):
        below = rows[r + 1] if r + 1 < depth else None
        current = ""
        for c, cell in enumerate(row):
            if cell is not None:
                current = header_cell(cell)
                text = current
            else:
                text = current if below is not None and below[c] is not None else ""
            if r == depth - 1 and depth > 1:
                subs[c] = text if cell is not None else ""
            else:
                groups[c] = f"{groups[c]} {text}".strip()
    return spread_groups(groups, subs), subs


def spread_groups(groups: list[str], subs: list[str]) -> list[str]:
    """A group heading printed in one cell of a run of measure sub-columns, the others left
    blank rather than merged ('Inherent' | '' | '' over 'L' | 'I' | 'Score'): it heads the whole
    run. A run ends where a measure repeats or another heading starts."""
    result = list(groups)
    run: list[int] = []

    def flush() -> None:
        labels = {groups[k] for k in run if groups[k]}
        if len(run) >= 2 and len(labels) == 1:
            for k in run:
                result[k] = next(iter(labels))
        run.clear()

    for column, sub in enumerate(subs):
        measure = measure_of(sub) if sub else None
        if measure is None:
            flush()
            continue
        seen = {measure_of(subs[k]) for k in run}
        headed = {groups[k] for k in run if groups[k]}
        if measure in seen or (groups[column] and headed and groups[column] not in headed):
            flush()
        run.append(column)
    flush()
    return result


def header_cell(cell: str) -> str:
    """A header cell's lines as one label, a word broken over two lines mended ('Likeliho' / 'od')."""
    label = ""
    for line in cell.split("\n"):
        label = join_label(label, cell_text(line))
    return label


def ruled_columns(table: Table, listing: bool = False, page: Page | None = None) -> tuple[list[Column], int] | None:
    """The columns of a register table and its header's depth; with `listing`, a table of risks
    without ratings ('Ref | Risk | Lead') counts too, for a register rated only by its heat map.
    With the `page`, phase headings that ran over their cells' edges are read from its lines."""
    depth = header_depth(table)
    if not depth:
        return None
    groups, subs = header_labels(table, depth)
    if page is not None:
        groups = spilled_headings(table, depth, page, groups, subs)
    columns = reference_by_content(column_roles(groups, subs), table.rows[depth:])
    if is_register_header(columns) or (listing and is_listing_header(columns)):
        return columns, depth
    return None


def spilled_headings(table: Table, depth: int, page: Page, groups: list[str], subs: list[str]) -> list[str]:
    """Phase headings that run over their cells' edges (staggered, or spilling into the next
    cell) come out of a ruled table's cells broken and mixed ('Before contro', 'lAsfter
    controls'). Where a line of the header prints a pair under each rating column ('(L × I)
    (L × I) (L × I)'), the page's header words above it are dealt to those columns by position
    instead; kept only where they name a phase for two or more columns."""
    bottom = table.row_tops[depth] if len(table.row_tops) > depth else table.bbox[3]
    band = [line for line in page.lines if table.bbox[1] - 1 <= line.top and line.bottom <= bottom + 1]
    labels = [f"{g} {s}".strip() for g, s in zip(groups, subs)]
    paired = [i for i, label in enumerate(labels) if names_pair(label)]
    for index, line in enumerate(band):
        runs = column_runs(line, HEADER_GAP)
        if len(runs) < 2 or len(runs) != len(paired) or not all(names_pair(text) for _, _, text in runs):
            continue
        starts = [x0 for x0, _, _ in runs]
        pieces = [""] * len(starts)
        for above in band[:index]:
            pieces = [f"{a} {b}".strip() for a, b in zip(pieces, deal_words(above, starts, None))]
        phases = [rating_phase(p) for p in pieces]
        if sum(p is not None for p in phases) < 2 or len(set(phases)) < len(phases):
            return groups
        mended = list(groups)
        for column, piece, (_, _, pair) in zip(paired, pieces, runs):
            mended[column] = piece if subs[column] else f"{piece} {pair}"
        return mended
    return groups


def is_listing_header(columns: list[Column]) -> bool:
    """A reference column and a description column: the risks, rated elsewhere."""
    fields = {c.field for c in columns}
    return "reference" in fields and "description" in fields


def reference_by_content(columns: list[Column], rows) -> list[Column]:
    """Where no header names the reference column, the first column whose cells are mostly
    references is it (a register headed '#', or with no heading over its numbers)."""
    if any(c.field == "reference" for c in columns):
        return columns
    for index, column in enumerate(columns):
        if column.field or column.phase or column.measure:
            continue
        cells = [first_line(r[index]) for r in rows if index < len(r) and cell_text(r[index])]
        if (
            len(cells) >= 2
            and sum(is_reference(c) for c in cells) * 2 > len(cells)
            and any(re.search(r"[A-Za-z]", c) for c in cells if is_reference(c))
        ):
            return columns[:index] + [Column(column.label, "reference")] + columns[index + 1 :]
    return statement_by_content(columns, rows)


def statement_by_content(columns: list[Column], rows) -> list[Column]:
    """No reference column, but the risk column's cells open with one ('CR01 – Loss of …'): that
    column holds both, as a 'statement'."""
    for index, column in enumerate(columns):
        if column.field != "description":
            continue
        cells = [cell_text(r[index]) for r in rows if index < len(r) and cell_text(r[index])]
        if len(cells) >= 2 and sum(split_statement(c)[0] is not None for c in cells) * 2 > len(cells):
            return columns[:index] + [Column(column.label, "statement")] + columns[index + 1 :]
    return columns


def split_statement(text: str | None) -> tuple[str | None, str]:
    """'CR01 – Loss of access to …' -> ('CR01', 'Loss of access to …'); (None, text) without one."""
    text = cell_text(text)
    match = re.match(rf"^({reference_text().pattern})(?:\s*[–—:.-]\s*|\s+)([A-Za-z(].*)$", text)
    return (match.group(1), match.group(2).strip()) if match else (None, text)


# --- tables without rules ---------------------------------------------------------------------


@dataclass
class LooseTable:
    """A whitespace table rebuilt as rows of cells, with the lines each row came from."""

    columns: list[Column]
    starts: list[float]
    rows: list[tuple[list[str], Page, tuple]]  # cells, page, bbox of the row


def loose_header(lines: list[Line], index: int, listing: bool = False) -> tuple[list[Column], list[float], int] | None:
    """The header at `lines[index]` (and a second header line under it): columns, their left
    edges and how many lines the header takes; with `listing`, a header of risks without
    ratings ('Ref  Risk  Owner') counts too, for a register rated only by its heat map."""
    runs = column_runs(lines[index], HEADER_GAP)
    if len(runs) < 3:
        return None
    groups = [text for _, _, text in runs]
    starts = [x0 for x0, _, _ in runs]
    subs = [""] * len(runs)
    used = 1
    if index + 1 < len(lines) and is_header_continuation(lines[index], lines[index + 1], runs):
        groups, subs, starts = merge_second_line(runs, column_runs(lines[index + 1], HEADER_GAP))
        groups = split_crowded_groups(lines[index], groups, subs, starts)
        used = 2
    columns = column_roles(groups, subs)
    if listing and is_listing_header(columns):
        return columns, starts, used
    if not is_register_header(columns):
        columns = loose_statement_columns(columns, lines[index + used : index + used + 3])
    if not is_register_header(columns):
        return None
    return columns, starts, used


def loose_statement_columns(columns: list[Column], below: list[Line]) -> list[Column]:
    """No reference column, but a line right under the header (maybe after an area heading) opens
    with a reference and a statement ('GR1 – Pension costs rise …'): the risk column holds both."""
    if not any(split_statement(line.text)[0] is not None for line in below):
        return columns
    return [Column(c.label, "statement") if c.field == "description" else c for c in columns]


def is_header_continuation(header: Line, line: Line, runs) -> bool:
    """The header's second line: close under it, in its style, and not starting under the first
    column (an objective row right under the header starts there)."""
    close = line.top - header.bottom < (header.bottom - header.top) * 1.2
    return close and line.bold == header.bold and line.x0 > runs[0][1] and not reference_cell().match(line.text)


def merge_second_line(runs, seconds):
    """Second-line labels join the label above them; several under one label split it into
    sub-columns ('Gross risk' over 'L I Score')."""
    bounds = [(runs[i][1] + runs[i + 1][0]) / 2 for i in range(len(runs) - 1)] + [float("inf")]
    groups, subs, starts = [], [], []
    for index, (x0, _, text) in enumerate(runs):
        left = bounds[index - 1] if index else float("-inf")
        under = [s for s in seconds if left <= (s[0] + s[1]) / 2 < bounds[index]]
        if len(under) >= 2:
            for position, (sx0, _, stext) in enumerate(under):
                groups.append(text)
                subs.append(stext)
                starts.append(min(sx0, x0) if position == 0 else sx0)
        else:
            groups.append(join_label(text, " ".join(s[2] for s in under)))
            subs.append("")
            starts.append(min([x0] + [s[0] for s in under]))
    return groups, subs, starts


def split_crowded_groups(header: Line, groups: list[str], subs: list[str], starts: list[float]) -> list[str]:
    """Phase headings set close together (or staggered a little, so the reader puts them on one
    line) read as one label over several sub-columns ('Before controls After controls Target'
    over '(L × I) (L × I) (L × I)'): where its words, dealt to the sub-columns by position, name
    a phase for two or more of them, each sub-column takes its own heading. A word running over
    the next sub-column's edge is split where a capital follows a small letter ('controlsTarget')."""
    result = list(groups)
    index = 0
    while index < len(groups):
        end = index
        while end + 1 < len(groups) and groups[end + 1] == groups[index] and subs[end + 1]:
            end += 1
        if end > index and subs[index]:
            pieces = deal_words(header, starts[index : end + 1], starts[end + 1] if end + 1 < len(starts) else None)
            if sum(rating_phase(p) is not None for p in pieces) >= 2 and all(pieces):
                result[index : end + 1] = pieces
        index = end + 1
    return result


def deal_words(header: Line, starts: list[float], limit: float | None) -> list[str]:
    """The header's words from `starts[0]` up to `limit`, dealt into the columns at `starts`."""
    cells: list[list[str]] = [[] for _ in starts]
    for word in header.words:
        if word.x0 < starts[0] - 4 or (limit is not None and word.x0 >= limit - 4):
            continue
        column = column_of(word.x0, starts)
        parts = [word.text]
        if column + 1 < len(starts) and word.x1 > starts[column + 1] + 4:
            parts = re.split(r"(?<=[a-z])(?=[A-Z])", word.text, maxsplit=1)
        cells[column].append(parts[0])
        if len(parts) > 1:
            cells[column + 1].append(parts[1])
    return [" ".join(c) for c in cells]


def known_label(text: str) -> bool:
    """A header the vocabulary knows: a phase, a measure, an earlier rating or a column's synonym."""
    return bool(rating_phase(text) or measure_of(text) or is_past_rating(text) or map_columns([text], WORDS().columns))


def join_label(upper: str, lower: str) -> str:
    """A label and its second line; a narrow column breaks a word without a hyphen
    ('Post-mitigatio' / 'n'), so the halves are joined where only the joined word is known."""
    spaced = f"{upper} {lower}".strip()
    if upper and lower and upper[-1].isalpha() and lower[0].islower():
        joined = f"{upper}{lower}"
        if known_label(joined) and not known_label(spaced):
            return joined
    return spaced


def loose_tables(items: list[Placed], listing: bool = False) -> list[LooseTable]:
    """Every whitespace register table among the lines of the part, continued across pages
    (with `listing`, tables of unrated risks too)."""
    lines = [i for i in items if i.line is not None]
    texts = [line_of(p) for p in lines]
    found: list[LooseTable] = []
    index = 0
    while index < len(lines):
        header = loose_header(texts, index, listing)
        if header is None:
            index += 1
            continue
        columns, starts, used = header
        table = LooseTable(columns, starts, [])
        index = fill_loose_table(table, lines, index + used, [line_of(p).text for p in lines[index : index + used]])
        found.append(table)
    return found


def fill_loose_table(table: LooseTable, lines: list[Placed], index: int, header_texts: list[str]) -> int:
    """Deal the lines after a header into rows until the table ends; returns the next index."""
    reference_column = next(i for i, c in enumerate(table.columns) if c.field in ("reference", "statement"))
    in_statement = table.columns[reference_column].field == "statement"
    previous: Line | None = None
    previous_page: Page | None = None
    height = None
    while index < len(lines):
        item = lines[index]
        line = line_of(item)
        if line.text in header_texts:  # the header repeated on a later page
            index += 1
            continue
        if line.x0 < table.starts[0] - 10:
            break
        if previous is not None and previous_page is item.page:
            height = height or (line.bottom - line.top)
            if line.top - previous.bottom > LINE_GAP * height * 2:
                break
        cells = cells_by_columns(line, table.starts)
        if in_statement:
            opens = split_statement(cells[reference_column])[0] is not None
            # a statement's wrapped lines start where it does: only a reference, or a bold
            # heading over the risks below it, starts a row
            starts_row = opens or (line.bold and not prints_rating(cells, table.columns))
        else:
            opens = is_reference(cells[reference_column])
            starts_row = bool(cells[reference_column]) and (opens or line.x0 <= table.starts[0] + 4)
        if starts_row or not table.rows:
            if not opens and not prints_rating(cells, table.columns):
                cells = [line.text] + [""] * (len(cells) - 1)  # a row spanning the table: an objective
            table.rows.append((cells, item.page, line.bbox))
        else:
            if previous is not None and is_heading_after(line, previous, cells, table.columns):
                break
            row, page, bbox = table.rows[-1]
            table.rows[-1] = ([f"{a}\n{b}".strip() for a, b in zip(row, cells)], page, bbox)
        previous, previous_page = line, item.page
        index += 1
    return index


def is_heading_after(line: Line, previous: Line, cells: list[str], columns: list[Column]) -> bool:
    """A bold line in a larger type than the plain row above it, printing no rating ('Current
    risk heat map' under the register): a heading after the table, not more of its last row."""
    return (
        line.bold
        and not previous.bold
        and line.words[0].size > previous.words[0].size + 0.5
        and not prints_rating(cells, columns)
    )


def prints_rating(cells: list[str], columns: list[Column]) -> bool:
    """Numbers under a rating column: a risk's row (whatever its reference), not an objective."""
    return any((c.phase or c.measure) and re.search(r"\d", cell or "") for c, cell in zip(columns, cells))


# --- reading rows --------------------------------------------------------------------------


@dataclass
class TableReader:
    """Reads rows of one register into drafts, remembering the objective they sit under."""

    register: Register
    context: Context
    objective: str | None = None
    last: RiskDraft | None = None
    columns: list[Column] | None = None

    def header(self) -> list[Column]:
        """The columns of the table being read: rows are read only once a header has set them."""
        if self.columns is None:
            raise ValueError("a register row read before its table's header")
        return self.columns

    def row(self, cells: Sequence[str | None], page: Page, bbox: tuple) -> None:
        columns = self.header()
        field = {c.field: i for i, c in enumerate(columns) if c.field}
        padded = list(cells) + [None] * (len(columns) - len(cells))
        spanning = is_spanning(tuple(padded))
        if "reference" not in field and "statement" in field:
            # the reference opens the risk's statement: read as two cells of their own
            reference_cell_text, statement = split_statement(padded[field["statement"]])
            padded += [reference_cell_text, statement]
            field = {**field, "reference": len(padded) - 2, "description": len(padded) - 1}
        reference = first_line(padded[field["reference"]])
        if not is_reference(reference):
            if spanning and not self.continues(padded):
                self.objective = objective_text(padded[0])
            elif self.last is not None and not (reference and self.rerates(padded)):
                self.extend(self.last, padded, field, page, bbox)
            elif sum(bool(cell_text(c)) for c in padded) >= 2:
                # a row of its own whose reference the vocabulary does not know: said, not dropped
                self.context.problem(
                    page.number,
                    STAGE,
                    "register row without a risk reference",
                    " | ".join(cell_text(c) for c in padded if cell_text(c))[:300],
                )
            return
        draft = RiskDraft(reference, page, bbox, self.objective, origin="table")
        if "objective" in field and cell_text(padded[field["objective"]]):
            self.objective = objective_cell(padded[field["objective"]])  # later rows under a merged cell keep it
            draft.objective = self.objective
        self.extend(draft, padded, field, page, bbox)
        self.register.risks.setdefault(reference, draft)
        self.last = draft

    def row_phase(self, cells: list) -> tuple[str, str] | None:
        """A register printing one row per phase ('Inherent' / 'Residual' / 'Target' in a column of
        its own, the measures beside it): the phase the row's measure columns rate."""
        for column, cell in zip(self.header(), cells):
            text = cell_text(cell)
            if (
                column.field is None
                and not column.phase
                and not column.measure
                and text
                and not re.search(r"\d", text)
                and len(text.split()) <= 4
                and (phase := rating_phase(text))
            ):
                return phase, text
        return None

    def phase_lines(self, cells: list) -> list[list] | None:
        """A row whose phase column stacks a line per phase ('Inherent' / 'Current' / 'Target'),
        its rating columns a line each beside them (rows of a table without rules, run together
        under one reference): one row per line, the other columns left out; None otherwise."""
        columns = self.header()
        split = [[line for line in (cell or "").split("\n") if line.strip()] for cell in cells]
        phased = [
            i
            for i, (column, lines) in enumerate(zip(columns, split))
            if column.field is None
            and not column.phase
            and not column.measure
            and len(lines) >= 2
            and all(not re.search(r"\d", line) and len(line.split()) <= 4 and rating_phase(line) for line in lines)
        ]
        rated = [
            i for i, column in enumerate(columns[: len(cells)]) if column.measure and not column.phase and split[i]
        ]
        if len(phased) != 1 or not rated or any(len(split[i]) != len(split[phased[0]]) for i in rated):
            return None
        keep = {phased[0], *rated}
        return [[split[i][k] if i in keep else None for i in range(len(cells))] for k in range(len(split[phased[0]]))]

    def rerates(self, cells: list) -> bool:
        """The row prints numbers in a rating column of a phase the risk above already has: it is
        another risk, not the rest of that one."""
        if self.last is None:
            return False
        rated = {r.phase for r, _, _ in self.last.ratings}
        named = self.row_phase(cells)
        for column, cell in zip(self.header(), cells):
            phase = column.phase or ((named[0] if named else "current") if column.measure else None)
            if phase in rated and re.search(r"\d", cell_text(cell)):
                return True
        return False

    def continues(self, cells: list) -> bool:
        """A lone first-column text that is the rest of a statement broken over a page (lower case)."""
        text = cell_text(cells[0])
        return self.last is not None and bool(text) and text[0].islower()

    def extend(self, draft: RiskDraft, cells: list, field: dict[str, int], page: Page, bbox: tuple) -> None:
        def text(name):
            return cell_text(cells[field[name]]) if name in field else ""

        draft.description = join(draft.description, text("description"))
        draft.owner_text = join(draft.owner_text, text("owner"))
        draft.direction_text = draft.direction_text or text("direction") or self.arrow(cells) or None
        if draft.date is None:
            draft.date = row_date(text("date"), cells)
        for rating in self.ratings(cells, draft, page):
            if all(r.phase != rating.phase for r, _, _ in draft.ratings):
                draft.ratings.append((rating, page, bbox))

    def arrow(self, cells: list) -> str | None:
        """With no direction column, an arrow printed beside a rating ('12 ↑') is the direction."""
        if any(c.field == "direction" for c in self.header()):
            return None
        for column, cell in zip(self.header(), cells):
            if (column.phase or column.measure) and (found := ARROW.search(cell_text(cell))):
                return found.group(0)
        return None

    def ratings(self, cells: list, draft: RiskDraft, page: Page) -> list[PrintedRating]:
        if (stacked_rows := self.phase_lines(cells)) is not None:
            found: list[PrintedRating] = []
            for sub in stacked_rows:
                found += [r for r in self.ratings(sub, draft, page) if all(f.phase != r.phase for f in found)]
            return found
        groups: dict[str, dict[str, str]] = {}
        texts: dict[str, str] = {}
        named = self.row_phase(cells)
        stacked: list[PrintedRating] = []
        for column, cell in zip(self.header(), cells):
            phase = column.phase or ((named[0] if named else "current") if column.measure else None)
            if phase is None:
                continue
            if not column.phase and (lines := stacked_phases(cell, column.label)):
                stacked += lines  # 'Inherent: 4 x 4 = 16' over 'Residual: 3 x 4 = 12' in one cell
                continue
            texts.setdefault(phase, named[1] if named and not column.phase else column.phase_text or column.label)
            group, key = groups.setdefault(phase, {}), column.measure or WHOLE
            if not re.search(r"\d", group.get(key, "")):  # a second score column ('RAG') never hides the number
                group[key] = cell_text(cell)
            if impact_first(column.label):
                groups[phase]["order"] = "impact first"  # 'Inherent risk (I x L)': '5 x 4' is I 5, L 4
        found = [r for r in stacked if r.phase not in groups]
        for phase, group in groups.items():
            order = group.pop("order", None)
            if any(group.values()) and all(is_appetite(v) for v in group.values() if v):
                continue  # 'Risk appetite: Cautious': how much risk is accepted, not a rating
            if any(group.values()) and not any(re.search(r"\d", v) for v in group.values()):
                # words where the numbers would be ('See heat map'): the rating stands elsewhere
                draft.elsewhere.append((phase, f"{texts[phase]}: {' '.join(v for v in group.values() if v)}", page))
                continue
            rating = self.read_group(group, bool(order))
            if rating is None:
                if any(group.values()):
                    self.context.problem(
                        page.number, STAGE, "risk rating unreadable", f"{draft.reference} {texts[phase]}: {group}"
                    )
                continue
            if rating is not False:
                likelihood, impact, score = rating
                found.append(PrintedRating(phase, texts[phase], likelihood, impact, score, None))
        return found

    @staticmethod
    def read_group(
        group: dict[str, str], impact_leads: bool = False
    ) -> tuple[int | None, int | None, int | None] | Literal[False] | None:
        """(likelihood, impact, score) from separate cells or one cell; False when nothing is printed.
        `impact_leads`: the column's header prints impact before likelihood ('I x L')."""
        if not any(group.values()):
            return False
        likelihood, impact = measure_value(group.get("likelihood")), measure_value(group.get("impact"))
        score_text = group.get("score") or ""
        score = small_int(score_text)
        if score is None and score_text and (banded := read_score_text(score_text)):
            score = banded.score
        whole = read_rating_text(group.get("whole") or (score_text if likelihood is None else ""), impact_leads)
        if whole is not None and whole.likelihood is not None:
            # 'L x I' in one column and its score in the next ('4x4' | '16 (High)'): both kept
            likelihood, impact = whole.likelihood, whole.impact
            score = whole.score if whole.score is not None else score
        elif whole is not None and score is None:
            score = whole.score  # 'High (16)' in a phase's one cell: its score
        if likelihood is None and impact is None and score is not None:
            return None, None, score  # only a score is printed: kept, nothing invented
        if likelihood is None or impact is None:
            return None
        return likelihood, impact, score


def stacked_phases(cell: str | None, label: str) -> list[PrintedRating]:
    """A rating column's cell printing a line per phase, each its phase's words and then its
    rating ('Inherent: 4 x 4 = 16' / 'Residual: 3 x 4 = 12' / 'Target: 2 x 3 = 6'): one rating a
    line; [] unless every line reads so and two or more phases are named, each once."""
    found = [phase_rating(cell_text(line), impact_first(label)) for line in (cell or "").split("\n")]
    if any(rating is None or rating.likelihood is None for rating in found):
        return []
    return one_each(cast(list[PrintedRating], found))


def is_appetite(text: str) -> bool:
    """'Cautious', 'Open / Seek': an appetite level in words, no rating."""
    words = [w for w in re.split(r"[\s/,;&-]+|\band\b", header_key(text)) if w]
    return bool(words) and all(w in WORDS().appetite_words for w in words)


def row_date(date_cell: str, cells: list) -> DateValue | None:
    """The risk's own review date: its date column (a date with a day before one without), else a
    review phrase in any of its cells ('Reviewed 09 Jun 22', 'Last updated: 12.05.22')."""
    spans = find_dates(date_cell)
    spans = [s for s in spans if s.value.iso] or spans
    if spans:
        return DateValue(spans[0].value.iso, spans[0].text)
    for cell in cells:
        for pattern in compiled("register_date_patterns"):
            match = pattern.search(cell_text(cell))
            if match and (found := [s for s in find_dates(match.group("date")) if s.value.iso]):
                return DateValue(found[0].value.iso, found[0].text)
    return None


def join(before: str | None, more: str) -> str | None:
    return f"{before} {more}".strip() if before and more else (before or more or None)


# --- the family ------------------------------------------------------------------------------


def register_header(items: list[Placed]) -> list[str] | None:
    """The labels of the first register table's columns (ruled or not), if the items hold one."""
    for item in items:
        if item.table is not None and (found := ruled_columns(item.table, page=item.page)):
            return [c.label for c in found[0]]
    loose = loose_tables(items)
    return [c.label for c in loose[0].columns] if loose else None


def is_column_table(items: list[Placed]) -> bool:
    return register_header(items) is not None


def is_heat_map_register(items: list[Placed]) -> bool:
    """A listing of risks without ratings and a matrix placing their references: the register
    rates its risks only by where the heat map shows them."""
    tables = [i for i in items if i.table is not None]
    # the listing may be ruled or set in whitespace columns
    if not any(ruled_columns(table_of(i), listing=True) for i in tables) and not loose_tables(items, listing=True):
        return False
    scratch = Register(FAMILY)
    return any(read_matrix(i, scratch) for i in tables) and bool(scratch.placements)


def parse_heat_map_register(part, items: list[Placed], context: Context) -> Register:
    return parse_column_table(part, items, context, listing=True)


def parse_column_table(part, items: list[Placed], context: Context, listing: bool = False) -> Register:
    register = Register(FAMILY)
    reader = TableReader(register, context)
    # tables of risks without ratings ('Ref | Description | Owner') beside the rated table
    described = TableReader(Register(FAMILY), context)
    for item in items:
        if item.line is not None:
            register.texts.append(item.line.text)
            if heading := objective_heading(item.line):
                reader.objective = heading  # 'Priority 2 – Safer roads' over the table that follows
        elif not read_matrix(item, register) and not read_ruled(item, reader, listing) and not listing:
            described.objective = reader.objective
            read_ruled(item, described, listing=True)
    for loose in loose_tables(items, listing):
        reader.columns, reader.objective, reader.last = loose.columns, None, None
        for cells, page, bbox in loose.rows:
            reader.row(cells, page, bbox)
    for loose in loose_tables(items, listing=True) if not listing else []:
        if any(c.phase or c.measure for c in loose.columns):
            continue  # a rated table: read above
        described.columns, described.objective, described.last = loose.columns, None, None
        for cells, page, bbox in loose.rows:
            described.row(cells, page, bbox)
    fill_from_listing(register, described.register)
    register.date = register_date(part, items)
    return register


def fill_from_listing(register: Register, listing: Register) -> None:
    """A register printing its risks' words in one table and their ratings in another, keyed by
    reference ('Ref | Risk | Owner', then 'Ref | Inherent L I Score | …'): the rated risks take
    the fields their rating table lacks. A listed risk that no table rates is no risk of the
    register (a list of closed risks, a glossary of references)."""
    for reference, words in listing.risks.items():
        draft = register.risks.get(reference)
        if draft is None:
            continue
        draft.description = draft.description or words.description
        draft.owner_text = draft.owner_text or words.owner_text
        draft.objective = draft.objective or words.objective
        draft.direction_text = draft.direction_text or words.direction_text
        draft.date = draft.date or words.date


def objective_heading(line: Line) -> str | None:
    """A line labelled as an objective, priority, theme or category ('Strategic priority 2: …'),
    standing between a register's tables: the objective of the risks below it."""
    text = line.text.strip()
    if len(text.split()) > 12 or not any(p.match(text) for p in compiled("objective_prefix_patterns")[:1]):
        return None
    return objective_text(text)


def read_ruled(item: Placed, reader: TableReader, listing: bool = False) -> bool:
    """Read a ruled table's rows into the reader's register; False where it is no register
    table (nor the rest of one over a page)."""
    table = table_of(item)
    found = ruled_columns(table, listing, item.page)
    if found is not None:
        reader.columns, depth = found
    elif reader.columns is not None and len(table.rows[0]) == len(reader.columns):
        depth = 0  # the table goes on over the page without its header
    else:
        return False
    for index, row in enumerate(table.rows[depth:], start=depth):
        top = table.row_tops[index] if index < len(table.row_tops) else table.bbox[1]
        bottom = table.row_tops[index + 1] if index + 1 < len(table.row_tops) else table.bbox[3]
        reader.row(list(row), item.page, (table.bbox[0], round(top, 1), table.bbox[2], round(bottom, 1)))
    return True
