"""Read the rows of an action log into `ActionSighting`s.

Takes an `action_log` part: a log or tracker in any of the usual templates — a wide table
(action number, date raised or meeting, agenda item or minute, action, owner, target date,
update, update date, status / RAG / complete), or one block per action ("Action 12/2020",
then `Raised:`, `Action:`, `Owner:`, `Due:`, `Update:`, `Status:` lines). Yields one
`ActionSighting` per action, as printed, with the dates read by `pipeline.dates`. The
words of every template (column synonyms, block labels, status words, section headings,
reference shapes) are data: `pipeline/data/vocabulary/actions.json`, read as `ActionWords`.

How a page is read:
- a ruled table (pdfplumber's, on `Page.tables`) whose header row names the columns
  (`layout.map_columns` with the vocabulary's column synonyms); a table without a header on a
  continuation page reuses the previous page's columns when it has as many;
- a page without a ruled table (a one-column 'table' is only shaded cells) falls back to word
  positions: the header band's labels give each column's left edge (a label a narrow column
  wrapped inside a word, 'RA' / 'G', is rejoined; a label centred over left-aligned cells
  gives way to where its cells start), and every word below goes to the column it starts
  in; a new row starts where the number column starts a reference shaped like the log's
  others, or the raised-date column starts a date (a wrapped 'PCB-21-' / '07', '12 Jan' /
  '22' or '21st' / 'November 2022' continues its row); a line far below its row is outside
  the table (a note: a problem; a footer the reader left in the margin: ignored); a
  continuation page without a header reuses the previous page's edges;
- a part with neither is read as blocks of `Label: value` lines, one block per action, with
  headings between blocks read as section rows and lines that continue nothing reported;
- a first row of a page with neither an action number nor a raised date is the rest of
  the previous page's last row (a row broken over the page) and is merged into it;
- a full-width row ("Completed since the last meeting", "Outstanding actions", "June 2019",
  "MAY 2021 – meeting of 18-05-2021") heads a section, and is not an action: a section that
  says its actions are done closes the rows under it, and a heading naming a meeting's date
  gives its rows their raised date when they have no column for it;
- a status cell is read by its first status word ('Open – closure due …'; 'partially complete'
  and 'Proposed for closure' are open), a lone RAG letter by the key the log prints ('C –
  complete') or else the usual letters; without one, an update says an action is done when a
  sentence or a clause after a comma opens so ('Complete – …', 'This was completed …', '…,
  action closed', 'Closure agreed …', 'Superseded by …'), and a 'Date closed' or a 'Completion
  date' beside the target date holding a day closes it;
- a header's labels may carry dates ('Update – 17 January 2022', 'Progress at' / '12 Oct 2023'):
  where a tracker adds such a column per meeting, the latest is the update (or status) that
  stands; a header may be as short as '# | What | Who | When'.
Rows that cannot be read (no description, no columns) become problems, never vanish.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from pipeline import layout, vocabulary
from pipeline.dates import DateValue, find_dates, parse_date
from pipeline.records import ActionSighting, BBox, DocumentPart, Line, Page, Table, Word

from .base import Context, Evidence, head_lines, header_rows_naming, merge_bbox, strongest, title_lines

MAX_HEADER_WORDS = 5  # a header cell is a short label, never a sentence
HEADER_FIELDS = 3  # at least this many recognised columns make a header
SHEET_ROW_NUMBER = re.compile(r"\d{1,4}")  # the row number a spreadsheet prints left of each row
WORD_GAP = 6.0  # points between words of different header columns
PROSE_COLUMNS = 3  # column edges a gapless line runs across that make it a sentence, not a row
EDGE_SLACK = 4.0  # a cell's words may start a little left of its header
ROW_GAP = 0.8  # a gap between lines, in font sizes, that parts two rows (wrapped lines sit closer)
ROW_BAND = 2.0  # a line further below the row above than this (in font sizes) is outside the table
PROSE_COLUMNS = 3  # a line whose one run of words reaches this many columns is prose, not a row
SECTION_WORDS = 4  # a section row in regular weight is a few words ('Closed', 'Carried forward')
HEADING_WORDS = 10  # a section heading is short; a longer line above a table is a key or a note
LABEL_GAP = 12.0  # points between a block's label and its value where no colon divides them
MIN_BLOCKS = 2  # blocks of action labels make a tracker only when they repeat
BLOCK_FIELDS = 3  # ... and each names at least this many fields
UNUSED = "unused"  # the vocabulary's field for columns read but taken into no field
SNAPSHOT_HEAD_LINES = 6  # how far down the first page a log says which meeting it is for


@dataclass(frozen=True)
class ActionWords:
    """The action-log vocabulary (pipeline/data/vocabulary/actions.json)."""

    title_patterns: tuple[str, ...]
    header_words: tuple[str, ...]
    columns: dict[str, tuple[str, ...]]
    number_symbols: tuple[str, ...]
    not_log_columns: tuple[str, ...]
    closed_status: tuple[str, ...]
    open_status: tuple[str, ...]
    negation_words: tuple[str, ...]
    yes_marks: tuple[str, ...]
    empty_marks: tuple[str, ...]
    closed_sentence_patterns: tuple[str, ...]
    closed_clause_patterns: tuple[str, ...]
    reference_patterns: tuple[str, ...]
    reference_prefix_pattern: str
    item_reference_patterns: tuple[str, ...]
    block_start_patterns: tuple[str, ...]
    label_pattern: str
    revised_patterns: tuple[str, ...]
    earlier_target_patterns: tuple[str, ...]
    meeting_patterns: tuple[str, ...]
    as_at_patterns: tuple[str, ...]
    closed_section_patterns: tuple[str, ...]
    open_section_patterns: tuple[str, ...]
    raised_heading_words: tuple[str, ...]
    meeting_words: tuple[str, ...]
    board_words: tuple[str, ...]
    status_letters: dict[str, str]
    key_entry_pattern: str
    owner_key_patterns: tuple[str, ...]
    colour_words: tuple[str, ...]


WORDS = vocabulary.loader("actions", ActionWords)


@vocabulary.derived()
def compiled(name: str) -> tuple[re.Pattern, ...]:
    """A `*_patterns` field of the vocabulary, compiled once (case-insensitive)."""
    value = getattr(WORDS(), name)
    return tuple(re.compile(p, re.I) for p in ((value,) if isinstance(value, str) else value))


@vocabulary.derived()
def closed_word() -> re.Pattern:
    return vocabulary.phrase_pattern(WORDS().closed_status)


@vocabulary.derived()
def open_word() -> re.Pattern:
    return vocabulary.phrase_pattern(WORDS().open_status)


def any_match(name: str, text: str) -> re.Match | None:
    return next((m for p in compiled(name) if (m := p.search(text))), None)


@dataclass
class Row:
    """One row of the log as cell texts by field, with where it stands."""

    page: int
    cells: dict[str, str]
    bbox: BBox | None
    first_on_page: bool = False
    heading: str | None = None  # a full-width row: a section heading, not an action

    def has(self, name: str) -> bool:
        return bool(cell(self.cells.get(name)))


@dataclass
class Columns:
    """How the current pages' columns map to fields: by index, with left edges for word layouts."""

    fields: dict[str, int]
    count: int
    edges: list[float] = field(default_factory=list)
    label_ends: list[float] = field(default_factory=list)  # where each header label ends (word layouts)


@dataclass
class Section:
    """What the heading row above a run of rows says about them."""

    closed: bool = False
    raised: DateValue | None = None


def cell(value: str | None) -> str:
    """A cell's text on one line; a dash or 'n/a' standing for nothing is nothing."""
    text = layout.cell_text(value)
    return "" if text.lower() in WORDS().empty_marks else text


class ActionLogExtractor:
    claims = "action_log"
    name = "action_log"
    reads = frozenset({"action_log"})
    yields = (ActionSighting,)

    def recognise(self, pages: list[Page]) -> Evidence:
        words = WORDS()
        findings = [(0.9, f"title '{t}'") for t in title_lines(pages, words.title_patterns)[:1]]
        headers = [h for h in header_rows_naming(pages, words.header_words, 3) if names_log_columns(h)]
        headers += [h for h in lower_header_rows(pages) if names_log_columns(h)]
        headers += [h for h in word_header_rows(pages) if names_log_columns(h)]
        findings += [(0.8, f"table header naming action-log columns {h}") for h in headers[:1]]
        # a status column (Status, RAG, Position) tracks actions between meetings: no minutes grid has one
        tracked = [h for h in headers if "status" in layout.map_columns(h, words.columns)]
        findings += [(0.8, "a status column beside them") for _ in tracked[:1]]
        blocks = count_blocks(pages)
        if blocks >= MIN_BLOCKS:
            findings.append((0.75, f"{blocks} blocks of action labels (Action / Owner / Due …)"))
        return strongest(self.claims, findings)

    def extract(self, part: DocumentPart, pages: list[Page], context: Context) -> Iterator[ActionSighting]:
        seen_at = (
            snapshot_date(pages, "meeting_patterns") or context.meeting_date or snapshot_date(pages, "as_at_patterns")
        )
        context = replace(context, body=layout.fuller_name(titled_body(pages), [context.body]) or context.body)
        section = Section()
        key, owners = read_key(pages), read_owner_key(pages)
        for row in merge_broken_rows(read_rows(pages, context)):
            if row.heading is not None:
                section = read_section(row.heading, section)
                continue
            sighting = to_sighting(row, context, section, seen_at, key, owners)
            if sighting is not None:
                yield sighting


# --- recognition ---------------------------------------------------------------------------


def names_log_columns(cells: list[str]) -> bool:
    """An action column and an owner column, and nothing that makes it minutes set out as a grid."""
    keys = [layout.header_key(c) for c in cells]
    if any(key in WORDS().not_log_columns for key in keys):
        return False
    named = {label_field(key) for key in keys} - {None}  # whole labels: 'Planned actions' is no action column
    return {"description", "owner"} <= named and len(layout.map_columns(cells, WORDS().columns)) >= HEADER_FIELDS


def lower_header_rows(pages: list[Page]) -> list[list[str]]:
    """Header rows a ruled table holds under rows of its own title or date ('… – Action Log',
    'Log as at: 14-Nov-18'), as a spreadsheet printed with its gridlines has them: the rows the
    table reader takes its header from (`find_table_header`) below the first two."""
    found = []
    for page in pages:
        for table in ruled_tables(page):
            start, columns = find_table_header(table)
            if columns is not None and start > 2:
                found.append([layout.cell_text(c) for c in table.rows[start - 1]])
    return found


def word_header_rows(pages: list[Page]) -> list[list[str]]:
    """Header lines of unruled logs: short labels set apart by column gaps."""
    found = []
    for page in pages:
        if ruled_tables(page):
            continue
        for line in page.lines:
            runs = [layout.words_text(run) for run in label_runs(line)]
            if len(runs) >= HEADER_FIELDS and header_fields(runs):
                found.append(runs)
    return found


def count_blocks(pages: list[Page]) -> int:
    return sum(1 for block in read_blocks(pages) if len(block.cells) >= BLOCK_FIELDS and block.has("description"))


# --- the meeting a log was printed for -------------------------------------------------------


def snapshot_date(pages: list[Page], patterns: str) -> str | None:
    """The day a log's head gives by one kind of wording: the meeting it was prepared for (which
    outranks a date from the file name or the pack), or the day it stood 'as at' (which does not)."""
    head = " ".join(line.text for line in pages[0].lines[:SNAPSHOT_HEAD_LINES]) if pages else ""
    for pattern in compiled(patterns):
        for match in pattern.finditer(head):
            day = first_day(match.group("date"))
            if day:
                return day
    return None


def titled_body(pages: list[Page]) -> str | None:
    """The board a log's own title names ('Joint Executive Board – Action Log'), or, where the
    title names only the kind ('Action Log'), the nearest line of the title block above it that
    names one (a banner 'Westdale Police and Crime Panel' over 'ACTION LOG'): in a pack, the
    paper's word on whose actions these are outranks the pack's publisher."""
    titles = title_lines(pages, WORDS().title_patterns)
    head = [line.text.strip() for line in head_lines(pages[0])] if pages else []
    for text in titles:
        above = reversed(head[: head.index(text)]) if text in head else iter(())
        body = layout.find_body_name(text) or next(filter(None, map(layout.find_body_name, above)), None)
        if body:
            return body
    return None


def first_day(text: str) -> str | None:
    return next((span.value.iso for span in find_dates(text) if span.value.iso), None)


# --- pages -> rows ------------------------------------------------------------------------


def read_rows(pages: list[Page], context: Context) -> list[Row]:
    """Rows of the part's tables (ruled or by word positions), or its blocks where it has no table."""
    if not any(ruled_tables(page) for page in pages) and not word_header_rows(pages):
        strays: list[tuple[int, Line]] = []
        blocks = read_blocks(pages, strays, ledger=True)
        if any(b.has("description") for b in blocks):
            for page_number, line in strays:
                context.problem(page_number, "action_log", "line between blocks that continues no value", line.text)
            # a lone label in the paper's head ('Date: …') is no action; a fuller block without one is a problem
            return [b for b in blocks if b.heading is not None or b.has("description") or len(b.cells) > 1]
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
    tables = ruled_tables(page)
    for table in tables:
        table_rows, columns = read_table(page, table, columns, context)
        rows.extend(table_rows)
    if rows or (tables and not page.lines):
        return rows, columns
    return read_word_layout(page, columns, context)


def read_table(page: Page, table: Table, columns: Columns | None, context: Context) -> tuple[list[Row], Columns | None]:
    if not table.rows:
        return [], columns
    start, found = find_table_header(table)
    if found is None and columns is not None and len(table.rows[0]) == columns.count:
        found, start = columns, 0  # a continuation page: the header was not repeated
    if found is None and label_column(table):
        return heading_above(page, table) + table_blocks(page, table), columns
    if found is None:
        context.problem(
            page.number,
            "action_log",
            "table without an action-log header or a matching earlier one",
            " | ".join(layout.cell_text(c) for c in table.rows[0]),
        )
        return [], columns
    numbered = [
        (index, row) for index in range(start, len(table.rows)) if (row := table_row(page, table, index, found))
    ]
    carry_merged_dates(numbered, table, found)
    return heading_above(page, table) + [row for _, row in numbered], found


def carry_merged_dates(numbered: list[tuple[int, Row]], table: Table, columns: Columns) -> None:
    """A meeting date merged down over the rows raised there: the rows under its first have no
    cell in that column (None, not an empty cell), so they take the date above, up to a heading."""
    column = columns.fields.get("raised_date")
    if column is None:
        return
    carried = ""
    for index, row in numbered:
        cells = table.rows[index]
        if row.heading is not None or column >= len(cells):
            carried = ""
        elif cells[column] is None and carried:
            row.cells["raised_date"] = carried
        else:
            carried = row.cells.get("raised_date", "")


def heading_above(page: Page, table: Table) -> list[Row]:
    """A section heading printed just above a table ('Completed actions'), outside every table."""
    top = table.bbox[1]
    above = [line for line in page.lines if line.bottom <= top + 1 and not inside_table(page, line)]
    if not above:
        return []
    return heading_row(page, max(above, key=lambda line: line.bottom), top)


def heading_row(page: Page, line: Line, top: float) -> list[Row]:
    """The line just above a log's header as a section heading over the rows under it: worded
    as a section of actions ('Completed actions') or naming the meeting they were raised at
    ('Actions from the meeting held on 16 June 2021'); a key or a note is no heading."""
    if re.match(WORDS().key_entry_pattern, line.text.strip()):
        return []  # the last entry of a key printed as a list ('Green – action completed')
    near = top - line.bottom < line.size * 3 and len(line.text.split()) <= HEADING_WORDS
    about_actions = re.search(r"\bactions?\b", line.text, re.I)
    worded = section_worded(line.text) and about_actions
    # a dated title over the log ('Police and Crime Board – 12 January 2022') is the log's own
    # meeting, not the one its rows were raised at: a raised heading names actions or a meeting
    names_meeting = about_actions or any(w in WORDS().meeting_words for w in re.findall(r"[a-z']+", line.text.lower()))
    if near and (worded or (names_meeting and raised_heading(line.text.strip()) is not None)):
        return [Row(page.number, {}, line.bbox, heading=line.text.strip())]
    return []


def inside_table(page: Page, line: Line) -> bool:
    return any(t.bbox[1] - 1 <= line.top and line.bottom <= t.bbox[3] + 1 for t in ruled_tables(page))


def ruled_tables(page: Page) -> list[Table]:
    """The page's tables that can hold a log: a 'table' of one column is a run of shaded cells
    (RAG colours behind an unruled log) or a box; its words are read with the page's lines."""
    return [t for t in page.tables if max((len(row) for row in t.rows), default=0) > 1]


def label_column(table: Table) -> bool:
    """A table of `label | value` rows (one action per table or per run of labels)."""
    labels = [label_field(layout.header_key(row[0])) for row in table.rows if row and row[0]]
    return sum(1 for name in labels if name) >= BLOCK_FIELDS and "description" in labels


def table_blocks(page: Page, table: Table) -> list[Row]:
    """The actions of a label-column table: a label coming round again starts the next action;
    a row whose one cell is an action heading ('Action 12/2020') gives the number."""
    blocks: list[Row] = []
    current: Row | None = None
    for index, cells in enumerate(table.rows):
        first = layout.cell_text(cells[0]) if cells else ""
        value = "\n".join(c for c in cells[1:] if c)
        start = any_match("block_start_patterns", first)
        name = None if start else label_field(layout.header_key(first))
        if start or (name and (current is None or name in current.cells)):
            current = Row(page.number, {}, row_bbox(table, index))
            blocks.append(current)
            if start:
                current.cells["action_number"] = start.group("ref")
        if name and current is not None:
            current.cells[name] = value
            current.bbox = widen(current.bbox, row_bbox(table, index))
    return [b for b in blocks if b.has("description")]


def find_table_header(table: Table) -> tuple[int, Columns | None]:
    """The header row among the table's first rows, and the row after it (after its second row
    where a label spans columns that a row of sub-labels parts: 'Target date' over 'Original' and
    'Revised', each column then named by both)."""
    for index, row in enumerate(table.rows[:3]):
        fields = header_fields(row)
        if not fields:
            continue
        below = table.rows[index + 1] if index + 1 < len(table.rows) else None
        if below is not None and sub_labels(row, below):
            combined = header_fields(spanned_labels(row, below))
            if combined:
                return index + 2, Columns(combined, len(row))
        return index + 1, Columns(fields, len(row))
    return 0, None


def sub_labels(header: Sequence[str | None], row: Sequence[str | None]) -> bool:
    """A second header row: short labels without figures, only under a label that spans columns
    (a merged cell reads as the label, then None for each column it covers)."""
    filled = [i for i, cell in enumerate(row) if cell and cell.strip()]
    if len(filled) < 2 or len(row) != len(header):
        return False
    if any(re.search(r"\d", row[i] or "") or len((row[i] or "").split()) > 3 for i in filled):
        return False
    spanned = {i for i, cell in enumerate(header) if cell is None}
    return bool(spanned) and all(i in spanned or i + 1 in spanned for i in filled)


def spanned_labels(header: Sequence[str | None], row: Sequence[str | None]) -> list[str]:
    """Each column's label: the spanning label above it, then its own sub-label."""
    labels, above = [], ""
    for top, below in zip(header, row):
        above = top if top is not None else above
        labels.append(" ".join(part for part in ((above or "").strip(), (below or "").strip()) if part))
    return labels


def header_fields(cells: Sequence[str | None]) -> dict[str, int] | None:
    """The fields a row of column labels names, or None where it is no header. A label holds no
    figures but a date ('Update – 17 January 2022', 'Progress at 31/03/22'): a data row does."""
    found = fields_of_labels(tuple(cells))
    return dict(found) if found is not None else None  # a copy: the remembered answer stays as it was


# Remembered: recognising every page asks for the first rows of every table and every gapped line,
# and reading the log asks again; each answer weighs every label against every column's synonyms.
@vocabulary.derived(maxsize=4096)
def fields_of_labels(cells: tuple[str | None, ...]) -> dict[str, int] | None:
    texts = [header_label((c or "").split("\n")) for c in cells]
    if texts and SHEET_ROW_NUMBER.fullmatch(texts[0]):
        texts[0] = ""  # a spreadsheet export numbers every row, its header row too
    bare = [undated_label(t) for t in texts]
    if any(len(t.split()) > MAX_HEADER_WORDS or re.search(r"\d", t) for t in bare):
        return None
    fields = column_fields(texts)
    return fields if "description" in fields and len(fields) >= HEADER_FIELDS else None


def undated_label(text: str) -> str:
    """A header label without the dates it names."""
    for span in reversed(find_dates(text)):
        text = text[: span.start] + " " + text[span.end :]
    return text.strip()


def column_fields(labels: list[str]) -> dict[str, int]:
    """Fields by column. A tracker adds a dated column at each meeting ('Update – January 2022',
    'Update – March 2022'): of the dated columns one field claims, the latest is the one that
    stands now (the latest day where each label names one, else the rightmost), not the first."""
    fields = layout.map_columns(labels, WORDS().columns)
    for name in list(fields):
        same = [i for i, label in enumerate(labels) if layout.map_columns([label], WORDS().columns).get(name) == 0]
        dated = [(i, find_dates(labels[i])) for i in same]
        dated = [(i, spans) for i, spans in dated if spans]
        if len(same) < 2 or not dated:
            continue
        days = [(spans[0].value.iso, i) for i, spans in dated]
        if all(day for day, _ in days):
            fields[name] = max(days)[1]
        else:
            fields[name] = max(i for i, _ in dated)
    symbol = next((i for i, label in enumerate(labels) if label.strip().lower() in WORDS().number_symbols), None)
    if symbol is not None and "action_number" not in fields and symbol not in fields.values():
        fields["action_number"] = symbol
    # a label that also names another field takes it when its own is claimed: beside 'Target
    # date', a 'Completion date' column is the day the action was done; a column the vocabulary
    # leaves unused ('Requested by', 'Review date') stays so however many there are
    for index, label in enumerate(labels):
        named = fields_named(label)
        spare = [name for name in named if name not in fields]
        if index not in fields.values() and spare and named[0] != UNUSED:
            fields[spare[0]] = index
    return fields


def fields_named(label: str) -> list[str]:
    """The fields a label's words name, the most specific first ('completion date' -> target
    date by its whole phrase, then the complete column by 'completion')."""
    key = layout.header_key(label)
    lengths = {
        name: max((len(p) for p in phrases if layout.phrase_in(p, key)), default=0)
        for name, phrases in WORDS().columns.items()
    }
    return [name for name, length in sorted(lengths.items(), key=lambda item: -item[1]) if length]


def table_row(page: Page, table: Table, index: int, columns: Columns) -> Row | None:
    cells = table.rows[index]
    filled = [c for c in cells if layout.cell_text(c)]
    if not filled:
        return None
    bbox = row_bbox(table, index)
    if len(filled) == 1 and (any(c is None for c in cells) or section_in_first_cell(cells)):
        return Row(page.number, {}, bbox, heading=layout.cell_text(filled[0]))
    values = {name: cell_lines((cells[i] or "").split("\n")) for name, i in columns.fields.items() if i < len(cells)}
    return Row(page.number, values, bbox)


def section_in_first_cell(cells) -> bool:
    """A heading typed into the first cell of an otherwise empty row ('Closed actions', 'June 2019'),
    not a reference whose row has lost its other cells."""
    text = layout.cell_text(cells[0])
    if not text or starts_value(text):
        return False
    worded = any_match("closed_section_patterns", text) or any_match("open_section_patterns", text)
    return bool(worded or raised_heading(text) is not None)


def row_bbox(table: Table, index: int) -> BBox:
    x0, top, x1, bottom = table.bbox
    tops = table.row_tops
    row_top = tops[index] if index < len(tops) else top
    row_bottom = tops[index + 1] if index + 1 < len(tops) else bottom
    return (x0, round(row_top, 1), x1, round(row_bottom, 1))


# --- word layouts (no ruled table) ---------------------------------------------------------


def read_word_layout(page: Page, columns: Columns | None, context: Context) -> tuple[list[Row], Columns | None]:
    lines = [line for line in page.lines if not typed_rule(line.text)]
    start, found = find_word_header(lines)
    above: list[Row] = []
    if found is not None:
        found = fit_edges(found, lines[start:])
        header = next(i for i, line in enumerate(lines) if header_line(line))
        above = heading_row(page, lines[header - 1], lines[header].top) if header else []
    elif columns is not None and columns.edges:
        found, start = columns, 0  # a continuation page: the header was not repeated
    else:
        if lines:
            context.problem(page.number, "action_log", "page without an action-log table or header", lines[0].text)
        return [], columns
    # a key to the owners' initials printed under the table ('TNg  Tom Ngata, Treasurer') is no row
    body = [line for line in lines[start:] if not opens_owner_key(line.text)]
    prose = [line for line in body if runs_across_columns(line, found)]
    rows, strays = word_rows(page, [line for line in body if line not in prose], found)
    strays = prose + strays
    strays = [line for line in strays if not layout.in_margin(line, page.height)]  # footers the reader left
    if strays:
        context.problem(
            page.number,
            "action_log",
            "lines below the action table, outside its rows",
            " / ".join(line.text for line in strays),
        )
    return above + rows, found


TYPED_RULE = re.compile(r"[=\-_~*.·–—]{8,}")


def typed_rule(text: str) -> bool:
    """A rule typed as a run of one mark ('=====', '-----'), as a log set in a typewriter face
    draws the lines above and below its header: no label and no row."""
    return bool(TYPED_RULE.fullmatch(re.sub(r"\s+", "", text)))


def cell_lines(lines: list[str]) -> str:
    """A cell's lines, joined by line breaks, except a number a narrow column broke: a line of one
    or two digits under a line ending in a digit or a date's or reference's mark is its end
    ('03.11.2' / '2', '22/14' / '7')."""
    out: list[str] = []
    for line in lines:
        if out and re.fullmatch(r"\d{1,2}", line.strip()) and re.search(r"[\d./]$", out[-1]):
            out[-1] += line.strip()
        else:
            out.append(line)
    return "\n".join(out)


def runs_across_columns(line: Line, columns: Columns) -> bool:
    """A sentence set across the log's columns without a gap ('Members are asked to note the
    progress made and agree …' under the table): prose, not a row, whose cells keep to their columns."""
    runs = layout.split_on_gaps(line, WORD_GAP)
    crossed = sum(1 for edge in columns.edges if line.x0 + 1 < edge < line.x1 - 1)
    words = heading_text(line.text).split()
    # a sentence's words are mostly in lower case; a section heading across the table is not one
    # (nor is one with a note in brackets after it: 'CLOSED (kept for one more meeting)')
    lower = sum(1 for w in words if w[:1].islower()) >= len(words) / 2
    return len(runs) == 1 and crossed >= PROSE_COLUMNS and lower and not line.bold


def find_word_header(lines: list[Line]) -> tuple[int, Columns | None]:
    """The header band (a line of column labels and the label lines under it) and the line after it."""
    for index, line in enumerate(lines):
        if header_line(line):
            band = header_band(lines, index)
            return index + len(band), band_columns(band)
    return 0, None


def header_line(line: Line) -> bool:
    """A line of column labels set apart by gaps ('Ref   Minute   Action   Lead   Target')."""
    return header_fields([layout.words_text(run) for run in label_runs(line)]) is not None


def label_runs(line: Line) -> list[list[Word]]:
    """A header line's labels: its runs between gaps, a run that is two or more whole labels set
    without a gap between them ('Date opened Description', where a narrow column's label reaches
    the next) cut into those labels."""
    return [piece for run in layout.split_on_gaps(line, WORD_GAP) for piece in (whole_labels(run) or [run])]


def whole_labels(run: list[Word]) -> list[list[Word]] | None:
    """The fewest pieces, each exactly a label the vocabulary knows and each starting with a
    capital (a bracketed or lower-case word qualifies the label before it: 'Meeting (minute)'),
    that make up the run; None where the run is one label or cannot be so cut."""
    phrases = label_phrases()
    if len(run) < 2 or layout.header_key(layout.words_text(run)) in phrases:
        return None
    best: list[list[list[Word]] | None] = [[]] + [None] * len(run)
    for start in range(len(run)):
        made = best[start]
        if made is None:
            continue
        if not run[start].text[:1].isupper():
            continue
        for end in range(start + 1, min(len(run), start + MAX_HEADER_WORDS) + 1):
            cut = best[end]
            if layout.header_key(layout.words_text(run[start:end])) in phrases and (
                cut is None or len(cut) > len(made) + 1
            ):
                best[end] = [*made, run[start:end]]
    found = best[-1]
    return found if found is not None and len(found) >= 2 else None


@vocabulary.derived()
def label_phrases() -> frozenset[str]:
    return frozenset(layout.header_key(p) for phrases in WORDS().columns.values() for p in phrases)


def header_band(lines: list[Line], index: int) -> list[Line]:
    """The header line and the lines just under it that carry the rest of its labels. A bold
    line there is a heading unless each of its runs sits inside one label's column (a narrow
    column wraps its label: 'RA' / 'G', 'Minut' / 'e')."""
    band = [lines[index]]
    for line in lines[index + 1 : index + 4]:
        close = line.top - band[-1].bottom < band[-1].size
        if not close or (re.search(r"\d", line.text) and not dates_only(line.text)):
            break
        if is_heading_line(line, band[0].size) and not under_labels(line, band[0]):
            break
        band.append(line)
    return band


def dates_only(text: str) -> bool:
    """A header line holding only the dates of dated labels above it ('Update –' / '17 January
    2022'), and the little words around them ('as at'): no row's data."""
    rest = re.findall(r"[A-Za-z0-9]+", undated_label(text).lower())
    return bool(find_dates(text)) and all(word in DATE_LABEL_WORDS for word in rest)


DATE_LABEL_WORDS = {"as", "at", "of", "on", "to", "by"}


def under_labels(line: Line, header: Line) -> bool:
    """Every run of `line` lies under one label of the header line and short of the next one."""
    runs = label_runs(header)
    edges = [run[0].x0 for run in runs] + [float("inf")]
    for run in layout.split_on_gaps(line, WORD_GAP):
        inside = [
            i
            for i, label in enumerate(runs)
            if edges[i] - EDGE_SLACK <= run[0].x0 and run[-1].x1 <= edges[i + 1] and overlap(label, run) > 0
        ]
        if not inside:
            return False
    return not section_worded(line.text)


def band_columns(band: list[Line]) -> Columns | None:
    """Stack the band's label runs into columns by horizontal overlap; map their texts to fields."""
    stacks: list[list[list[Word]]] = [[list(run)] for run in label_runs(band[0])]
    for line in band[1:]:
        for run in layout.split_on_gaps(line, WORD_GAP):
            overlapping = [s for s in stacks if overlap(stack_words(s), run) > 0]
            target = max(overlapping, key=lambda s: overlap(stack_words(s), run)) if overlapping else None
            target.append(list(run)) if target is not None else stacks.append([list(run)])
    stacks.sort(key=lambda s: min(w.x0 for w in stack_words(s)))
    labels = [header_label([layout.words_text(run) for run in stack]) for stack in stacks]
    fields = column_fields(labels)
    if "description" not in fields:
        return None
    return Columns(
        fields,
        len(stacks),
        [min(w.x0 for w in stack_words(s)) for s in stacks],
        [max(w.x1 for w in stack_words(s)) for s in stacks],
    )


def fit_edges(columns: Columns, lines: list[Line]) -> Columns:
    """Move a column's edge left to where its cells start when its label is centred over them:
    runs of words that begin after the previous label ends and reach past this label's start
    are this column's cells. A short value centred under the previous label reaches no further."""
    if not columns.label_ends:
        return columns
    cut = [layout.split_on_gaps(line, WORD_GAP) for line in lines]
    runs = [run for line_runs in cut if len(line_runs) > 1 for run in line_runs]  # rows, not a footer or heading
    edges = list(columns.edges)
    for i in range(1, len(edges)):
        starts = [
            run[0].x0
            for run in runs
            if columns.label_ends[i - 1] < run[0].x0 < edges[i] - EDGE_SLACK and run[-1].x1 > edges[i]
        ]
        if starts:
            edges[i] = min(starts)
    return replace(columns, edges=edges)


def stack_words(stack: list[list[Word]]) -> list[Word]:
    return [word for run in stack for word in run]


def header_label(pieces: list[str]) -> str:
    """A header label printed over several lines: the lines joined by spaces ('Date' / 'raised'),
    or, where only that names a column, joined inside a word a narrow column broke ('Minut' / 'e',
    'RA' / 'G', 'Respon-' / 'sible')."""
    pieces = [p.strip() for p in pieces if p and p.strip()]
    spaced = " ".join(pieces)
    if len(pieces) < 2 or layout.map_columns([spaced], WORDS().columns):
        return spaced
    joined = functools.reduce(lambda a, b: (a[:-1] if a.endswith("-") else a) + b, pieces)
    return joined if layout.map_columns([joined], WORDS().columns) else spaced


def overlap(words: list[Word], run: list[Word]) -> float:
    return min(max(w.x1 for w in words), run[-1].x1) - max(min(w.x0 for w in words), run[0].x0)


def section_worded(text: str) -> bool:
    return bool(any_match("closed_section_patterns", text) or any_match("open_section_patterns", text))


def is_heading_line(line: Line, row_size: float, previous: Line | None = None, first_edge: float | None = None) -> bool:
    """A section heading across an unruled log: one run of words (no column gaps), set apart
    by weight or size, or worded as a section of actions, or, set off from the row above and
    starting in the first column, naming the meeting or month its rows were raised at
    ('MAY 2021 – meeting of 18-05-2021'; a description's wrapped line starts further right)."""
    if len(layout.split_on_gaps(line, WORD_GAP)) > 1 or len(heading_text(line.text).split()) > HEADING_WORDS:
        return False
    text = heading_text(line.text)
    set_apart = line.bold or line.size > row_size + 0.5
    worded = section_worded(text) and re.search(r"\bactions?\b", text, re.I)
    if set_apart or worded:
        return True
    in_first_column = first_edge is not None and line.x0 < first_edge + EDGE_SLACK * 3
    spaced = previous is None or line.top - previous.bottom > line.size * ROW_GAP
    short_section = section_worded(text) and len(text.split()) <= SECTION_WORDS  # 'CLOSED', 'Still open'
    return in_first_column and spaced and (short_section or raised_heading(text) is not None)


def heading_text(text: str) -> str:
    """A heading without the note in brackets after its words ('COMPLETED ACTIONS (to be removed
    after this meeting)'): the words before the note say what the section is, where they say it."""
    text = text.strip()
    bare = re.sub(r"\s*\([^()]*\)\s*$", "", text)
    return bare if bare != text and section_worded(bare) else text


def word_rows(page: Page, lines: list[Line], columns: Columns) -> tuple[list[Row], list[Line]]:
    """Lines under the header cut into rows, and the lines outside the table.

    A row starts where the number or raised-date column starts a value (in a log with neither,
    after a gap wider than wrapped lines leave); a heading line between rows is a row of its own.
    A line that starts no row continues the row above only within its band (wrapped lines sit
    close): one set far below it is outside the table (a footer, a note), and so is every line
    after it until one starts a row again."""
    number = columns.fields.get("action_number")
    raised = columns.fields.get("raised_date")
    row_size = typical_row_size(lines)
    rows: list[Row] = []
    strays: list[Line] = []
    outside = False
    groups: list[list[str]] | None = None
    boxes: list[BBox] = []
    previous: Line | None = None
    shapes: set[str] = set()  # the shapes of the references that started rows so far ('A-9-9')

    def close() -> None:
        if groups is not None:
            rows.append(
                Row(page.number, {name: cell_lines(groups[i]) for name, i in columns.fields.items()}, merge_bbox(boxes))
            )
            printed = reference(" ".join(groups[number])) if number is not None and groups[number] else None
            if printed is not None:  # the whole reference, and the word a row starts with ('JAC' of 'JAC 21/07')
                shapes.update({reference_shape(printed), reference_shape(printed.split(" ")[0])})

    repeated_header: list[Line] = []  # the header printed again under each section heading
    for index, line in enumerate(lines):
        if line in repeated_header:
            continue
        if header_line(line):
            close()
            repeated_header = header_band(lines, index)
            groups, boxes, previous, outside = None, [], line, False
            continue
        if is_heading_line(line, row_size, previous, columns.edges[0] if columns.edges else None):
            close()
            groups, boxes, previous, outside = None, [], line, False
            rows.append(Row(page.number, {}, line.bbox, heading=line.text.strip()))
            continue
        cells = line_cells(line, columns)
        gap = line.top - previous.bottom if previous is not None else 0.0
        if number is None and raised is None:
            starting = previous is not None and line.size * ROW_GAP < gap <= line.size * ROW_BAND
        else:
            so_far = [" ".join(groups[i]) if groups is not None and i is not None else "" for i in (number, raised)]
            starting = starts_row(cells, number, raised, gap, line.size, shapes, *so_far)
        below = previous is not None and gap > line.size * ROW_BAND
        # a note under the table, set off from it and starting left of its first column or
        # running as one sentence across the columns (a row's lines keep to their cells)
        note = previous is not None and gap > line.size * ROW_GAP and (left_of(line, columns) or across(line, columns))
        outside = not starting and (outside or below or note)
        if outside:
            strays.append(line)
            continue
        if groups is None or starting:
            close()
            groups, boxes = [[] for _ in range(columns.count)], []
        for i, text in enumerate(cells):
            if text:
                groups[i].append(text)
        boxes.append(line.bbox)
        previous = line
    close()
    return rows, strays


def left_of(line: Line, columns: Columns) -> bool:
    return bool(columns.edges) and line.x0 < columns.edges[0] - EDGE_SLACK


def across(line: Line, columns: Columns) -> bool:
    """One run of words, no column gap in it, with words under at least three columns: prose
    set under the table ('Completed items drop off …'), where a row's line leaves gaps between cells."""
    if not columns.edges or len(layout.split_on_gaps(line, WORD_GAP)) > 1:
        return False
    return len({column_of(word.x0, columns.edges) for word in line.words}) >= PROSE_COLUMNS


def starts_row(
    cells: list[str],
    number: int | None,
    raised: int | None,
    gap: float,
    size: float,
    shapes: set[str],
    number_so_far: str = "",
    raised_so_far: str = "",
) -> bool:
    """A new row: the number column starts a reference, or the raised-date column a date. A piece
    wrapped onto the next line, as close as wrapped lines sit, starts nothing: of a reference left
    open at a separator or shaped unlike every earlier one ('PCB-21-' / '07'), or of a date whose
    day came alone ('19th' / 'January 2021')."""
    tight = gap <= size * ROW_GAP
    if number is not None and cells[number]:
        first = cells[number].split(" ")[0]
        if starts_value(cells[number]) or (prefix_alone(cells[number]) and not tight):
            wrapped = (
                number_so_far.rstrip().endswith(("-", "/", "."))
                or bool(prefix_alone(number_so_far))
                or bool(shapes and reference_shape(first) not in shapes)
            )
            return not (tight and wrapped)
    if raised is None or not starts_date(cells[raised]):
        return False
    return not (tight and raised_so_far and DAY_ALONE.fullmatch(raised_so_far.strip()))


DAY_ALONE = re.compile(
    r"(?:[a-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th),?|[a-z]+day,?\s+\d{1,2},?", re.I
)  # '19th', 'Tuesday 19'


def widen(box: BBox | None, other: BBox | None) -> BBox | None:
    """The box around both, or the one there is."""
    return merge_bbox([b for b in (box, other) if b is not None])


def reference_shape(text: str) -> str:
    """'PCB-21-07' -> 'A-9-9', 'A12' -> 'A9': what the references of one log share."""
    return re.sub(r"[A-Za-z]+", "A", re.sub(r"\d+", "9", text.rstrip(".")))


def starts_date(text: str) -> bool:
    """A raised-date cell whose text opens with a date ('12 Jan', '19th January 2021', '3/5/21')
    or a day whose month a narrow column wrapped ('19th'); the year wrapped onto the next line
    ('2021', '22') opens none."""
    spans = find_dates(text)
    return bool(spans) and not text[: spans[0].start].strip(" (") or bool(DAY_ALONE.fullmatch(text.strip()))


def typical_row_size(lines: list[Line]) -> float:
    sizes = sorted(round(line.size, 1) for line in lines)
    return sizes[len(sizes) // 2] if sizes else 0.0


def starts_value(text: str) -> bool:
    """A number or raised-date cell that starts a new row: its first word, or its first two
    ('JAC 21/07'), a reference, or its first word a date."""
    words = text.split(" ")
    candidates = [words[0], " ".join(words[:2])] if len(words) > 1 else words
    references = any(p.match(c) for p in compiled("reference_patterns") for c in candidates)
    return references or bool(parse_date(words[0]).iso)


def prefix_alone(text: str) -> re.Match | None:
    """A reference's letters without its number ('JAC'): a narrow column wrapped the number
    ('JAC' / '21/07'), so the row goes on until the number comes."""
    return any_match("reference_prefix_pattern", text.strip())


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


# --- blocks (one action per block of labelled lines) ------------------------------------------


def read_blocks(pages: list[Page], strays: list[tuple[int, Line]] | None = None, ledger: bool = False) -> list[Row]:
    """Blocks of `Label: value` lines; a block starts at an action heading ('Action 12/2020')
    or where a label comes round again, or, in a `ledger`, at a reference hung in the margin
    before the action's words ('MAS/18/22     Report the results …'). A line may hold several
    labels parted by bars ('Lead: … | Target: … | Progress: …'). Lines before the first block are
    the paper's head; a line without a label continues the value above it when it follows
    closely. Between blocks, a heading set apart at the labels' margin ('Completed actions',
    'Meeting of 12 January 2022') heads a section; any other line that continues nothing goes
    to `strays`."""
    blocks: list[Row] = []
    current: Row | None = None
    last_field: str | None = None
    previous: Line | None = None
    margin: float | None = None  # where the blocks' labels start
    for page in pages:
        for line in page.lines:
            text = line.text.strip()
            start = any_match("block_start_patterns", text)
            hung = hung_reference(line) if ledger and not start else None
            labels = (
                [] if start or hung else barred_labels(text) or [x for x in [labelled(text) or gap_labelled(line)] if x]
            )
            label = labels[0] if labels else None
            continues = last_field is not None and (previous is None or follows(previous, line))
            # a bold heading under a row of regular lines ends the value however close it sits
            set_off = not continues or (line.bold and previous is not None and not previous.bold)
            if not (start or hung or label) and set_off and heads_blocks(line, previous, margin):
                blocks.append(Row(page.number, {}, line.bbox, heading=text))
                current, last_field, previous = None, None, line
                continue
            if start or hung or (label and (current is None or label[0] in current.cells)):
                current, last_field = Row(page.number, {}, line.bbox), None
                blocks.append(current)
                margin = line.x0 if margin is None else min(margin, line.x0)
                if start:
                    current.cells["action_number"] = start.group("ref")
                if hung:
                    current.cells["action_number"], current.cells["description"] = hung
                    last_field = "description"
            furniture = layout.in_margin(line, page.height)  # a running line the reader could not tell apart
            if current is None:
                if blocks and strays is not None and not furniture:
                    strays.append((page.number, line))
                continue
            if labels:
                for name, value in labels:
                    current.cells[name] = value
                last_field = labels[-1][0]
            elif hung:
                pass
            elif last_field and continues:  # previous None: a value running on over the page
                current.cells[last_field] = f"{current.cells[last_field]}\n{text}"
            elif not start:
                last_field = None  # a gap or a stray line ends the value
                if strays is not None and not furniture:
                    strays.append((page.number, line))
            if page.number == current.page:
                current.bbox = widen(current.bbox, line.bbox)
            previous = line
        previous = None
    return blocks


def hung_reference(line: Line) -> tuple[str, str] | None:
    """A ledger's entry line: a reference alone before a column gap, then the action's words
    ('MAS/18/22      Report the results of …'), not a label's value."""
    runs = layout.split_on_gaps(line, LABEL_GAP)
    if len(runs) < 2:
        return None
    ref = layout.words_text(runs[0]).strip()
    rest = " ".join(layout.words_text(run) for run in runs[1:]).strip()
    if not any(p.match(ref) for p in compiled("reference_patterns")) or parse_date(ref).iso:
        return None
    return (ref, rest) if re.match(r"[A-Z]", rest) and not labelled(rest) else None


def barred_labels(text: str) -> list[tuple[str, str]]:
    """'Lead: Treasurer | Target: 01.03.19 | Progress: …': each piece between bars a label and its
    value; [] where the line is not wholly so made."""
    pieces = [p.strip() for p in re.split(r"\s+[|¦]\s+", text)]
    if len(pieces) < 2:
        return []
    found = [labelled(p) for p in pieces]
    return [f for f in found if f] if all(found) else []


def heads_blocks(line: Line, previous: Line | None, margin: float | None) -> bool:
    """A heading over the blocks after it. Above the first block only one naming the meeting
    they were raised at ('Meeting of 6 March 2023') counts: a title naming a board and a day
    says which meeting the tracker is for, not where its actions were raised."""
    if margin is not None:
        return block_heading(line, previous, margin)
    meeting = any(word in WORDS().meeting_words for word in re.findall(r"[a-z']+", line.text.lower()))
    return meeting and raised_heading(line.text.strip()) is not None and block_heading(line, previous, line.x0)


def block_heading(line: Line, previous: Line | None, margin: float) -> bool:
    """A section heading between blocks: at the labels' margin, set apart (bold, or a gap above),
    one run of words that says the actions under it are done or open, or names their meeting."""
    text = line.text.strip()
    if len(layout.split_on_gaps(line, WORD_GAP)) > 1 or len(text.split()) > HEADING_WORDS:
        return False
    at_margin = line.x0 < margin + EDGE_SLACK * 3
    set_apart = line.bold or previous is None or line.top - previous.bottom > line.size * ROW_GAP
    section = section_worded(text) and (re.search(r"\bactions?\b", text, re.I) or len(text.split()) <= SECTION_WORDS)
    return at_margin and set_apart and bool(section or raised_heading(text) is not None)


def follows(previous: Line, line: Line) -> bool:
    return line.top - previous.bottom < line.size * 1.2


def labelled(text: str) -> tuple[str, str] | None:
    """'Owner: Chief Executive' -> ('owner', 'Chief Executive') when the label names a field."""
    match = compiled("label_pattern")[0].match(text)
    if not match:
        return None
    name = label_field(layout.header_key(match.group("label")))
    return (name, match.group("value").strip()) if name else None


def gap_labelled(line: Line) -> tuple[str, str] | None:
    """'Owner      Chief Executive': a label set apart from its value by a column gap, no colon."""
    runs = layout.split_on_gaps(line, LABEL_GAP)
    if len(runs) < 2:
        return None
    name = label_field(layout.header_key(layout.words_text(runs[0])))
    return (name, " ".join(layout.words_text(run) for run in runs[1:])) if name else None


def label_field(key: str) -> str | None:
    """The field a block label names; the whole label must be a column word ('Owner', 'By when'),
    so a title such as 'Action Tracker – …' is no label. Looked up in a table of each column word's
    first field (`label_fields`): every line of every page asks."""
    return label_fields().get(key)


@vocabulary.derived()
def label_fields() -> dict[str, str]:
    first: dict[str, str] = {}
    for name, phrases in WORDS().columns.items():
        for phrase in phrases:
            first.setdefault(phrase, name)
    return first


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


def read_section(heading: str, previous: Section) -> Section:
    """A heading's word on the rows under it: done, still open, or raised at a meeting."""
    heading = heading_text(heading)
    if closed_words(heading) and any_match("closed_section_patterns", heading):
        return Section(closed=True)
    raised = raised_heading(heading)
    if raised is not None:
        return Section(closed=previous.closed, raised=raised)
    return Section()


def raised_heading(heading: str) -> DateValue | None:
    """'June 2019', 'Actions from the meeting of 4 June 2019', 'MAY 2021 – meeting of 18-05-2021',
    'Board meeting 12 Jan 22', 'PAB – 3 March 2021': the meeting the rows were raised at. The heading's words besides
    its dates must be the words of such headings; a month beside a meeting's day only labels it."""
    spans = find_dates(heading)
    days = {span.value.iso for span in spans if span.value.iso}
    if not spans or len(days) > 1:
        return None
    span = next((s for s in spans if s.value.iso), spans[0]) if days or len(spans) == 1 else None
    if span is None:
        return None
    rest = heading
    for other in reversed(spans):
        rest = rest[: other.start] + " " + rest[other.end :]
    rest = re.sub(r"^\s*\d{1,2}\.?\s+", "", rest)  # a numbered heading
    return span.value if heading_words_only(re.findall(r"[A-Za-z']+", rest)) else None


BOARD_INITIALS = re.compile(r"[A-Z]{2,6}")


def heading_words_only(words: list[str]) -> bool:
    """The words of a heading over the rows raised at one meeting; a board's name is allowed
    beside the word 'meeting' ('Police and Crime Board meeting')."""
    vocabulary_words = WORDS().raised_heading_words
    named_meeting = any(word.lower() in WORDS().meeting_words + WORDS().board_words for word in words)
    # or the board named by its initials alone ('PAB – 3 March 2021'): one short word in capitals
    initials = [word for word in words if BOARD_INITIALS.fullmatch(word)]
    if len(initials) == 1 and all(w in initials or w.lower() in vocabulary_words for w in words):
        return True
    return all(word.lower() in vocabulary_words or (named_meeting and word[:1].isupper()) for word in words)


def to_sighting(
    row: Row,
    context: Context,
    section: Section,
    seen_at: str | None,
    key: dict[str, str] | None = None,
    owner_key: dict[str, str] | None = None,
) -> ActionSighting | None:
    row = replace(row, cells=labelled_lines_apart(row.cells))
    description = cell(row.cells.get("description"))
    if not description:
        context.problem(
            row.page,
            "action_log",
            "action row without an action description",
            " | ".join(layout.cell_text(v) for v in row.cells.values()),
        )
        return None
    raised_text = cell(row.cells.get("raised_date"))
    item = agenda_item(cell(row.cells.get("agenda_item")), raised_text)
    if item is None and "agenda_item" not in row.cells:
        description, item = bracketed_item(description)
    raised = parse_date(raised_text) if raised_text or section.raised is None else section.raised
    target = target_date(cell(row.cells.get("revised_target")) or cell(row.cells.get("target_date")))
    update_date = latest_date(cell(row.cells.get("update_date")))
    update = cell(row.cells.get("update")) or None
    status = status_text(row)
    owner = cell(row.cells.get("owner")) or None
    return ActionSighting(
        body=context.body,
        seen_at=seen_at,
        origin="action_log",
        description=description,
        source=context.source(row.page, row.bbox),
        action_number=reference(cell(row.cells.get("action_number"))),
        raised_date=raised.iso,
        raised_date_text=raised.text or None,
        agenda_item_number=item,
        owner_text=owner,
        owner_names=keyed_owners(owner, owner_key or {}),
        # a log without an owner column names the owner, if at all, as the subject ('CFO to …')
        subject_text=description if "owner" not in row.cells else None,
        target_date=target.iso,
        target_date_text=target.text or None,
        update_text=update,
        update_date=update_date.iso,
        update_date_text=update_date.text or None,
        status_text=status,
        closed=section.closed or status_says_closed(row, key) or update_says_closed(update),
    )


CARRIED_LABELS = ("update", "update_date", "status", "owner", "target_date", "revised_target")


def labelled_lines_apart(cells: dict[str, str]) -> dict[str, str]:
    """A description cell whose later lines open with another field's label ('Update: …',
    'Status: …'), as a log with no column for that field writes it under the action: from such a
    line on, the lines are that field's (where the row has nothing else in it), not the action's."""
    lines = (cells.get("description") or "").split("\n")
    cuts = [(i, found) for i, line in enumerate(lines) if i and (found := labelled(line.strip()))]
    cuts = [(i, found) for i, found in cuts if found[0] in CARRIED_LABELS and not cell(cells.get(found[0]))]
    if not cuts:
        return cells
    out = dict(cells, description="\n".join(lines[: cuts[0][0]]))
    ends = [i for i, _ in cuts[1:]] + [len(lines)]
    for (start, (name, value)), end in zip(cuts, ends):
        if name not in out or not cell(out.get(name)):
            out[name] = "\n".join([value, *(line.strip() for line in lines[start + 1 : end])]).strip()
    return out


def reference(text: str) -> str | None:
    """An action's number as printed; a narrow column wraps 'BCB/2019/05' at a separator."""
    return layout.clean_number(re.sub(r"\s*([/.\-])\s*", r"\1", text))


def agenda_item(text: str, raised_text: str = "") -> str | None:
    """The item or minute column as printed; else a minute named in the raised cell ('…, minute 17')
    or printed beside its date under a header naming both ('Meeting (minute)': '29/09/22 (8)')."""
    if text:
        named = item_reference(text)
        number, _ = layout.leading_number(text)
        return named or number or layout.clean_number(text)
    return item_reference(raised_text) or item_beside_date(raised_text)


def bracketed_item(description: str) -> tuple[str, str | None]:
    """An action ending with the minute it was raised under in brackets ('… the depot at Ockley.
    (minute CFA 21/14)'), where the log has no column for it: the action without it, and the item."""
    found = re.search(r"\s*\(([^()]*)\)\s*$", description)
    named = any_match("item_reference_patterns", found.group(1).strip()) if found else None
    if found is None or named is None or named.group(0) != found.group(1).strip():
        return description, None
    return description[: found.start()].rstrip(), layout.clean_number(named.group("item"))


def item_beside_date(text: str) -> str | None:
    """The number left beside the meeting's date in a raised cell, alone or in brackets
    ('06/12/22 (5)', '12 Jan 2023 – 4.2'): the minute it was raised under."""
    rest = undated_label(text)
    if not text or rest == text.strip():
        return None
    found = re.fullmatch(r"[(\[–—,/-]?\s*(\d{1,3}(?:\.\d{1,2})?[a-z]?)\s*[)\]]?", rest)
    return found.group(1) if found else None


def item_reference(text: str) -> str | None:
    match = any_match("item_reference_patterns", text or "")
    return layout.clean_number(match.group("item")) if match else None


def target_date(text: str) -> DateValue:
    """A cell's target: the date after a word of revision ('30.06.19 (revised 31.10.19)') wins,
    else the latest day it names; a date the cell says was replaced ('revised from …', 'was …')
    is none. The whole printed text is kept, so the earlier date stays visible."""
    printed = parse_date(text)
    text = without_earlier_targets(text)
    for pattern in compiled("revised_patterns"):
        for match in pattern.finditer(text):
            day = first_day(text[match.end() :])
            if day:
                return replace(printed, iso=day)
            if revised_without_day(text[match.end() :]):
                return replace(printed, iso=None)
    return replace(printed, iso=latest_date(text).iso)


def without_earlier_targets(text: str) -> str:
    """The cell with each date it calls replaced ('30/06/24 (revised from 31/03/24)', 'was
    31.03.24') blanked out, and the words saying so."""
    for pattern in compiled("earlier_target_patterns"):
        for match in pattern.finditer(text):
            spans = find_dates(text[match.end() :])
            if spans and not text[match.end() : match.end() + spans[0].start].strip(" \t:"):
                end = match.end() + spans[0].end
                text = text[: match.start()] + " " * (end - match.start()) + text[end:]
    return text


def revised_without_day(rest: str) -> bool:
    """The words after a word of revision name a new target without a day ('revised to June
    2023', 'now Q2 2023/24', 'revised: TBC'): the target stands undated, the old day is gone."""
    spans = find_dates(rest)
    if spans and not rest[: spans[0].start].strip(" \t:()–-"):
        return True
    return bool(re.match(r"[\s:(–-]*(?:tbc|tba|to\s+be\s+(?:confirmed|agreed))\b", rest, re.I))


def latest_date(text: str) -> DateValue:
    """The latest day a cell names (a moved target is printed after the old one), its text kept.

    No reference date is passed: a cell saying 'next meeting' must stay a text, not a guess."""
    days = [span.value.iso for span in find_dates(text) if span.value.iso]
    if len(days) > 1:
        return replace(parse_date(text), iso=max(days))
    return parse_date(text)


def status_text(row: Row) -> str | None:
    texts = [status_cell(row.cells.get(name)) for name in ("status", "complete")]
    return " ".join(t for t in texts if t) or None


def status_cell(value: str | None) -> str:
    """A status cell; a word broken over two lines of a narrow column ('Complet' / 'e') is rejoined,
    while a status of several words ('Not started', 'On hold') stays as printed."""
    text = cell(value)
    known = WORDS().closed_status + WORDS().open_status
    if " " not in text or text.lower() in known:
        return text
    joined = re.sub(r"\s+", "", text)
    return joined if joined.lower() in known else text


def status_says_closed(row: Row, key: dict[str, str] | None = None) -> bool:
    """Closed by the status or complete cell: a RAG letter by the log's key (else the usual
    letters), a status that opens with a status word by that word ('Open – closure due in
    June', 'Closed – report received'), any other by a closed word not negated."""
    status = status_cell(row.cells.get("status"))
    complete = status_cell(row.cells.get("complete"))
    if complete and (complete.lower() in WORDS().yes_marks or parse_date(complete).iso or closed_words(complete)):
        return True
    letter = re.fullmatch(r"\(?([A-Za-z])\)?\.?", status)
    if letter:
        return {**WORDS().status_letters, **(key or {})}.get(letter.group(1).lower()) == "closed"
    if key and status.lower() in key:  # a colour the log's key defines ('Green = completed')
        return key[status.lower()] == "closed"
    leading = leading_status(status)
    return leading if leading is not None else closed_words(status)


def leading_status(text: str) -> bool | None:
    """Whether the first status word a cell prints says closed (None where it prints none); a
    RAG colour printed right before another status word ('Green – complete', 'Blue (closed)')
    gives way to that word."""
    found = [(m.start(), True, m.group(0)) for m in closed_word().finditer(text) if not negated(text[: m.start()])]
    found += [(m.start(), False, m.group(0)) for m in open_word().finditer(text)]
    if not found:
        return None
    found.sort()
    start, closed, word = found[0]
    if word.lower() in WORDS().colour_words and len(found) > 1:
        after, said, second = found[1]  # the word right after the colour, only punctuation between
        # ... and not a time it is due by ('Amber – complete by March'; 'completed in May' is done)
        ahead = not second.lower().endswith("ed")
        due = ahead and re.match(r"\s*(?:by|in|on|for|during|before)\b", text[after + len(second) :], re.I)
        if not re.search(r"\w", text[start + len(word) : after]) and not due:
            return said
    return closed


def read_key(pages: list[Page]) -> dict[str, str]:
    """The key to status letters or colours a log prints ('RAG: G – on track; … C – complete',
    'Blue = completed'): letter or colour -> 'closed' or 'open'. A key defines at least two,
    on one line or on consecutive lines that each open with one entry."""
    pattern = re.compile(WORDS().key_entry_pattern)  # capitals only: 'a – b' in prose is no key
    for page in pages:
        for line in page.lines:
            entries = list(pattern.finditer(line.text))
            if len(entries) >= 2:
                return key_entries(line.text, entries)
        for run in key_runs(page.lines, pattern):
            return {k: v for line in run for k, v in key_entries(line.text, [pattern.match(line.text)]).items()}
    return {}


def key_runs(lines: list[Line], pattern: re.Pattern) -> Iterator[list[Line]]:
    """Runs of two or more consecutive lines that each open with one key entry ('Blue – complete'
    / 'Green – on track' / …): a key printed as a list."""
    run: list[Line] = []
    for line in [*lines, None]:
        opens = line is not None and pattern.match(line.text) and len(pattern.findall(line.text)) == 1
        if opens and line is not None:
            run.append(line)
            continue
        if len(run) >= 2:
            yield run
        run = []


def key_entries(text: str, entries: list) -> dict[str, str]:
    """Each entry's meaning runs to the next entry or to a ';' (where a key goes on with words
    of another kind: 'Green – on track; Complete / Closed – no further action')."""
    ends = [m.start() for m in entries[1:]] + [len(text)]
    return {
        m.group("letter").lower(): "closed" if closed_words(text[m.end() : end].split(";")[0]) else "open"
        for m, end in zip(entries, ends)
    }


def closed_words(text: str) -> bool:
    """A closed word not negated just before it ('not complete', 'to be completed')."""
    return any(not negated(text[: m.start()]) for m in closed_word().finditer(text or ""))


def negated(before: str) -> bool:
    """Words just before a closed word take it back or leave it partial ('not complete', 'part
    complete'), as does a share under a whole ('90% complete')."""
    if (share := re.search(r"(\d{1,3})\s*%\s*$", before)) and int(share.group(1)) < 100:
        return True
    return bool(set(re.findall(r"[a-z]+", before.lower())[-2:]) & set(WORDS().negation_words))


def update_says_closed(update: str | None) -> bool:
    """An update whose sentence opens by saying the action is done ('Complete - report presented')."""
    sentences = [undated(s) for s in re.split(r"(?<=[.;!])\s+|\s+[-–]\s+|\n", update or "")]
    if any(p.match(s) for s in sentences for p in compiled("closed_sentence_patterns")):
        return True
    clauses = [c.strip() for s in sentences for c in s.split(",")[1:]]
    return any(p.match(c) for c in clauses for p in compiled("closed_clause_patterns"))


def undated(entry: str) -> str:
    """An update entry without the date it opens with ('14/02/2023: Complete …' -> 'Complete …')."""
    entry = entry.strip()
    spans = find_dates(entry)
    if spans and spans[0].start == 0:
        return entry[spans[0].end :].lstrip(" :–-").strip()
    return entry


# --- a key to the owners' initials ------------------------------------------------------------


def read_owner_key(pages: list[Page]) -> dict[str, str]:
    """The people a log's key to initials names ('Key to owners: JS – Jane Smith; AB – …',
    'Jane Smith (JS)'): initials -> name. An entry counts only where the name spells the
    initials; initials given to two different names name no one."""
    found: dict[str, set[str]] = {}
    for page in pages:
        for line in page.lines:
            for pattern in owner_key_patterns():
                for match in pattern.finditer(line.text):
                    name = spelling(match.group("initials"), match.group("name"))
                    if name:
                        found.setdefault(match.group("initials"), set()).add(name)
    return {initials: names.pop() for initials, names in found.items() if len(names) == 1}


def opens_owner_key(text: str) -> bool:
    """A line that opens with an entry of a key to owners' initials (the name spelling them)."""
    for pattern in owner_key_patterns():
        match = pattern.match(text.strip())
        if match and spelling(match.group("initials"), match.group("name")):
            return True
    return False


@vocabulary.derived()
def owner_key_patterns() -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in WORDS().owner_key_patterns)  # capitals matter: initials


def spelling(initials: str, name: str) -> str | None:
    """The leading words of `name` whose capitals spell `initials` ('MT', 'Mark Tennant Director'
    -> 'Mark Tennant'), also where the last letter is the surname's second ('JSm', 'Jo Smith')
    or each part of a surname gives its capital ('DOB', "Dan O'Brien")."""
    words = name.split()
    for end in range(2, len(words) + 1):
        firsts = "".join(w[0] for w in words[:end])
        # a surname in parts gives each part's capital ("O'Brien", 'Ellison-Price': 'DOB', 'GEP')
        parts = "".join(re.findall(r"(?:^|[-'’])([A-Z])", " ".join(words[:end]).replace(" ", "-")))
        if initials in {firsts, parts, firsts + words[end - 1][1:2]}:
            return " ".join(words[:end])
    return None


def keyed_owners(owner: str | None, owner_key: dict[str, str]) -> tuple[str, ...]:
    """The owners of a cell that gives some by the initials the log's key defines ('RP / MT'):
    each such initials as the name it stands for, every other owner as printed; () where the
    cell uses none of the key's initials."""
    if not owner or not owner_key:
        return ()
    pieces = [p for p in re.split(r"\s*(?:[/&,;+]|\band\b)\s*", owner) if p]
    if not any(p in owner_key for p in pieces):
        return ()
    return tuple(owner_key.get(p, p) for p in pieces)
