"""Strategic risk registers: each risk, and each rating it is given, as the register scores it.

Takes a `risk_register` part and its pages (body lines and ruled tables); yields one
`RiskEntry` per risk reference and one `RiskRating` per phase (inherent, current, target)
the register prints for it.

Registers change format over the years, so the part is read by the family its layout
shows (`FAMILIES`, one small probe-able parser each, tried in order, chosen by what the part
contains):
- 'block-register': one bordered block per risk ("Reference | SR1.1 | Objective | …"),
  rating groups headed "Inherent / L I R", plus likelihood x impact matrices: one placing
  references (a rating too), one giving the overall score of each pair;
- 'risk-cards' (extractors.risk_cards): a card per risk, its title the reference and theme,
  its fields and one rating per phase as labelled lines or rows;
- 'column-table' (extractors.risk_tables): one row per risk in a ruled or whitespace table,
  ratings in grouped sub-columns or one cell in any notation, a heat map beside it;
- 'summary-tables': risks listed under objective headings as "R1.1 – statement", with small
  tables "Before/After mitigating controls | Likelihood | Impact | Total" around the statement,
  or a paragraph under it rating each phase in a sentence ("Before controls: Likelihood 4,
  Impact 3, overall 12").
All share the reading order, matrices and register date (extractors.risk_model), the rating
reader and scoring scheme (extractors.risk_scoring) and the vocabulary (risks.json, through
extractors.risk_words). Scores are the register's own: its matrix lookup or its key's
product; a printed score is kept and checked against that scheme. A matrix position that
disagrees with a block's numbers is kept beside them, both flagged in `conflict`. Each risk
keeps its owner and direction of travel as printed, and the register its publisher.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from pipeline.dates import DateValue, find_dates
from pipeline.layout import cell_text, header_key
from pipeline.records import DocumentPart, Line, Page, RiskEntry, RiskRating, Table

from .base import Context, Evidence, header_rows_naming, strongest, title_lines
from .risk_cards import first_card, is_risk_cards, parse_risk_cards
from .risk_model import (
    STAGE,
    Placed,
    Placement,
    Register,
    RiskDraft,
    add_ratings,
    direction_of,
    line_of,
    objective_text,
    outside_grid,
    read_matrix,
    read_publisher,
    reading_order,
    register_date,
    table_of,
)
from .risk_scoring import (
    PrintedRating,
    RatingText,
    Scheme,
    choose_scheme,
    impact_first,
    phase_of,
    printed_ratings,
    rating_phase,
    read_rating_text,
    row_bbox,
    small_int,
)
from .risk_tables import (
    is_column_table,
    is_heat_map_register,
    parse_column_table,
    parse_heat_map_register,
    register_header,
    row_date,
)
from .risk_words import WORDS, RiskWords, compiled, field_label, reference_text

__all__ = ["RiskRegisterExtractor", "RiskWords", "WORDS"]

REGISTER_WORDS = re.compile(r"risk\s+register|summary|^key\b|^appendix", re.I)


def statement_line(text: str) -> re.Match | None:
    """'R1.1 – There is a risk that …', 'R1.2: …', 'R1.3 There is …': a reference, maybe a dash
    or colon, then a statement in words (not a rating: 'R1.1 4 x 3 = 12')."""
    return re.match(rf"^({reference_text().pattern})(?:\s*[–—:-]\s*|\s+)([A-Za-z]\S*(?:\s+\S+){{2,}})$", text)


def risk_block_line(text: str) -> bool:
    """'Reference SR1.1 …' heading a risk block."""
    return bool(re.match(rf"(?i)^(?:risk\s+)?reference\s+(?-i:{reference_text().pattern})", text))


def read_summary_listing(item: Placed, register: Register) -> bool:
    """A table of 'reference | one-line statement' rows (the register's front page)."""
    table = table_of(item)
    rows = [r for r in table.rows if len(r) >= 2 and reference_text().fullmatch(cell_text(r[0]))]
    if not rows or len(rows) * 2 < len(table.rows):
        return False
    for row in rows:
        text = " ".join(cell_text(c) for c in row[1:] if c)
        register.summaries[cell_text(row[0])] = (text, item.page, table.bbox)
    return True


# --- family 1: one bordered block per risk ---------------------------------------------------


def label_field(cell: str | None) -> str | None:
    key = header_key(cell)
    return next((f for f, labels in WORDS().labels.items() if key in labels), None)


def fused_field(cell: str | None) -> tuple[str, str] | None:
    """A label and its value printed in one cell: 'Reference: SR1.1', 'Status Update 13/08/2019';
    the word for a risk before a reference alone ('Risk KR4') titles the block with its reference
    (a statement is never a bare reference)."""
    found = field_label(cell_text(cell), need_value=True)
    if found and found[0] == "description" and reference_text().fullmatch(found[1]):
        return "reference", found[1]
    return found


def block_fields(row: tuple) -> dict[str, str]:
    """'Reference | SR1.1 | Objective | None | Public Engagement | Status: | Update …' -> fields."""
    fields: dict[str, str] = {}
    cells = [c for c in row if c is not None]
    for index, cell in enumerate(cells):
        name = label_field(cell)
        if name and index + 1 < len(cells) and not label_field(cells[index + 1]):
            fields.setdefault(name, cell_text(cells[index + 1]))
        elif not name and (fused := fused_field(cell)):
            fields.setdefault(*fused)
    return fields


def reference_led(cells: list[str]) -> dict[str, str] | None:
    """A risk's first row in a register set out a label a row: its reference in the label column,
    its statement (a sentence, not a label or a rating) across the rest of the row."""
    texts = [cell_text(c) for c in cells]
    if len(texts) < 2 or not reference_text().fullmatch(texts[0]) or label_field(texts[1]):
        return None
    if any(texts[2:]):
        return None  # the reference, statement, owner and scores of a risk a row: a column table
    statement = texts[1]
    if len(statement.split()) <= 4 or read_rating_text(statement) is not None:
        return None
    return {"reference": texts[0], "description": statement}


def reference_led_table(table: Table) -> bool:
    """A table whose risks each start with a row led by the reference ('KR01 | Fleet costs rise …') over
    rows of their labelled fields ('Risk owner | …'); a listing of references and statements alone
    (a register's summary) is not one."""
    led = [bool(reference_led([c for c in row if c is not None])) for row in table.rows]
    labelled = [not is_led and label_field(row[0] if row else None) is not None for row, is_led in zip(table.rows, led)]
    return any(led) and any(labelled)


def objective_above(table: Table, start: int) -> str | None:
    """The heading row a risk stands under inside the table ('Strategic priority: Safer roads'
    across the table's width): the nearest above it, over the risks before it under the same."""
    return next((heading for row in reversed(table.rows[:start]) if (heading := objective_in_row(row))), None)


def block_start(table: Table) -> tuple[int, dict[str, str]] | None:
    return next(block_starts(table), None)


def block_starts(table: Table) -> Iterator[tuple[int, dict[str, str]]]:
    """Where each risk's block starts in the table (one risk a table, or a table of risks set out
    a label a row, each led by its reference)."""
    led = reference_led_table(table)
    for index, row in enumerate(table.rows):
        fields = row_fields(row, led)
        if reference_text().fullmatch(fields.get("reference", "")):
            yield index, fields


def row_fields(row: tuple, led: bool) -> dict[str, str]:
    """A row's block fields; in a table set out a label a row, a row led by the reference
    ('KR01 | Fleet costs rise …') gives the reference and the statement beside it."""
    return (reference_led([c for c in row if c is not None]) if led else None) or block_fields(row)


def block_statement(table: Table, start: int, fields: dict[str, str]) -> str | None:
    """The statement: a labelled field, else the lone wide cell right under the reference row."""
    if fields.get("description"):
        return fields["description"]
    for row in table.rows[start + 1 : start + 3]:
        filled = [cell_text(c) for c in row if cell_text(c)]
        if len(filled) == 1 and len(filled[0].split()) > 4:
            return filled[0]
    return None


def block_rows(table: Table, start: int) -> list[tuple]:
    """The rows of one risk's block: from its reference row to the next reference row."""
    rows = [table.rows[start]]
    led = reference_led_table(table)
    for row in table.rows[start + 1 :]:
        if reference_text().fullmatch(row_fields(row, led).get("reference", "")) or (led and objective_row(row)):
            break
        rows.append(row)
    return rows


def objective_row(row: tuple) -> bool:
    return objective_in_row(row) is not None


def objective_in_row(row: tuple) -> str | None:
    """The objective a heading row across the table names for the risks below it."""
    filled = [cell_text(c) for c in row if cell_text(c)]
    fused = fused_field(filled[0]) if len(filled) == 1 else None
    return fused[1] if fused and fused[0] == "objective" else None


def reviewed_on(text: str) -> DateValue | None:
    """The first day a block's status or review cell prints ('Update 13/08/2019')."""
    spans = [s for s in find_dates(text) if s.value.iso]
    return DateValue(spans[0].value.iso, spans[0].text) if spans else None


def continue_block(item: Placed, rows: list[tuple], draft: RiskDraft) -> None:
    """Rows carried over to the next page finish the risk above them: its fields and ratings."""
    for row in rows:
        if objective_row(row):
            return  # a heading: what follows is the next risk's
        for name, value in block_fields(row).items():
            if name == "owner" and not draft.owner_text:
                draft.owner_text = value
            if name == "status" and draft.date is None:
                draft.date = reviewed_on(value)
    ratings_in_rows(item, 0, rows, draft)


def labelled_rows(table: Table) -> bool:
    """A table of a block's 'label | value' rows without a reference ('Risk owner | …', 'Current
    risk rating | 3 x 4 = 12'): the rest of the block above, carried over the page."""
    pairs = [[cell_text(c) for c in row if cell_text(c)] for row in table.rows]
    if not pairs or any(len(cells) != 2 for cells in pairs):
        return False
    labels = [label_field(cells[0]) or rating_phase(cells[0]) for cells in pairs]
    return all(labels) and "reference" not in labels


def start_block(item: Placed, found: tuple[int, dict[str, str]], inherited: str | None = None) -> RiskDraft:
    """A risk from its block; a block printing one label and its value a row ('Risk owner |
    Head of Custody') gives the fields of all its rows, the reference row's first. `inherited`:
    the objective of the risk before, which a risk with no heading of its own stands under."""
    index, fields = found
    table = table_of(item)
    for row in block_rows(table, index)[1:]:
        for name, value in block_fields(row).items():
            fields.setdefault(name, value)
    return RiskDraft(
        reference=fields["reference"],
        page=item.page,
        bbox=table.bbox,
        objective=objective_text(fields.get("objective") or objective_above(table, index) or inherited),
        description=block_statement(table, index, fields),
        date=reviewed_on(fields.get("status", "")),
        owner_text=fields.get("owner") or None,
        direction_text=fields.get("direction") or None,
    )


def labelled_ratings(item: Placed, start: int, draft: RiskDraft) -> None:
    """Rows of a block labelling a phase and printing its rating in one cell: 'Residual risk |
    3 x 4 = 12', 'Target | L2 I3 (6)', 'Current risk score | 12 (Amber)'."""
    table = table_of(item)
    ratings_in_rows(item, start, block_rows(table, start), draft)


def ratings_in_rows(item: Placed, start: int, rows: list[tuple], draft: RiskDraft) -> None:
    """`labelled_ratings` over the rows of the table from index `start`."""
    table = table_of(item)
    for offset, row in enumerate(rows):
        if offset + 1 < len(rows) and phase_heads(row):
            phase_row_ratings(item, start + offset, draft)
            continue
        cells = [cell_text(c) for c in row if cell_text(c)]
        if len(cells) != 2 or not (phase := rating_phase(cells[0])):
            continue
        rating = read_rating_text(cells[1], impact_first(cells[0]))
        if rating is None or (rating.likelihood is None and rating.score is None):
            continue
        index = start + offset
        top = table.row_tops[index] if index < len(table.row_tops) else None
        printed = PrintedRating(phase, cells[0], rating.likelihood, rating.impact, rating.score, top)
        if all(r.phase != phase for r, _, _ in draft.ratings):
            draft.ratings.append((printed, item.page, row_bbox(table, top)))


def phase_heads(row: tuple) -> list[tuple[int, str]]:
    """The columns of a row that head phases ('Scores | Inherent (L × I) | Residual (L × I) | Target'):
    every cell after the row's label a phase, two or more, heading the columns of the row below."""
    filled = [(i, cell_text(c)) for i, c in enumerate(row) if cell_text(c)][1:]  # the first is the row's label
    heads = [(i, text) for i, text in filled if rating_phase(text)]
    return heads if len(heads) >= 2 and len(heads) == len(filled) else []


def phase_row_ratings(item: Placed, index: int, draft: RiskDraft) -> None:
    """Each phase's rating from the cell under its heading in the next row ('4 × 5 = 20')."""
    table = table_of(item)
    below = table.rows[index + 1]
    top = table.row_tops[index + 1] if index + 1 < len(table.row_tops) else None
    for column, label in phase_heads(table.rows[index]):
        rating = read_rating_text(below[column] if column < len(below) else None, impact_first(label))
        phase = rating_phase(label)
        if rating is None or phase is None or any(r.phase == phase for r, _, _ in draft.ratings):
            continue
        printed = PrintedRating(phase, label, rating.likelihood, rating.impact, rating.score, top)
        draft.ratings.append((printed, item.page, row_bbox(table, top)))


def is_block_register(items: list[Placed]) -> bool:
    return any(i.table is not None and block_start(i.table) for i in items)


def parse_block_register(part: DocumentPart, items: list[Placed], context: Context) -> Register:
    register = Register("block-register")
    draft = None
    for item in items:
        if item.line is not None:
            register.texts.append(item.line.text)
            continue
        table = table_of(item)
        starts = list(block_starts(table))
        if starts and reference_led_table(table):
            # a table set out a label a row holds one risk a run of rows, the first of them led by
            # its reference; rows above a page's first such row finish the risk of the page before
            if draft is not None and starts[0][0] > 0:
                continue_block(item, list(table.rows[: starts[0][0]]), draft)
            for found in starts:
                fresh = start_block(item, found, inherited=draft.objective if draft else None)
                draft = register.risks.setdefault(fresh.reference, fresh)  # a risk met again is the same risk
                labelled_ratings(item, found[0], draft)
        elif starts:  # a bordered block: one risk
            draft = start_block(item, starts[0])
            register.risks.setdefault(draft.reference, draft)
            labelled_ratings(item, starts[0][0], draft)
        elif read_matrix(item, register) or read_summary_listing(item, register):
            continue
        elif draft is not None and labelled_rows(table):
            # a bordered block broken by the page: its rows go on in a table of their own
            continue_block(item, list(table.rows), draft)
            continue
        add_ratings(item, draft, context)
    register.date = register_date(part, items)
    return register


# --- family 2: statements under objective headings, with small rating tables -----------------


def is_summary_tables(items: list[Placed]) -> bool:
    return any(i.line is not None and statement_line(i.line.text) for i in items)


def objective_heading(line: Line) -> str | None:
    """A bold line that is neither the register's title nor a rating label."""
    text = line.text.strip()
    if not line.bold or REGISTER_WORDS.search(text) or phase_of(text) or statement_line(text):
        return None
    return objective_text(text)


def parse_summary_tables(part: DocumentPart, items: list[Placed], context: Context) -> Register:
    """Statements under objective headings; each risk's small rating tables may stand after its
    statement or before it, and their phase in the table or on a line above it. A statement's
    wrapped lines are in its own type; the plain lines after it are the risk's paragraph, whose
    sentences may give its owner, its ratings and its review date (`read_paragraph`)."""
    register = Register("summary-tables")
    draft, objective, collecting, label = None, None, False, None
    pending: list = []  # ratings printed before the statement they belong to
    paragraphs: dict[str, list[tuple[str, Page, tuple]]] = {}
    last: Line | None = None  # the statement's last line
    for item in items:
        if item.table is not None:
            collecting = False
            if not read_matrix(item, register):
                draft_or_pending(summary_ratings(item, label, context), draft, pending)
            label = None
            continue
        line = line_of(item)
        register.texts.append(line.text)
        if match := statement_line(line.text.strip()):
            draft = RiskDraft(match.group(1), item.page, line.bbox, objective, match.group(2).strip(), origin="table")
            draft.ratings, pending = pending, []
            register.risks.setdefault(draft.reference, draft)
            collecting, last = True, line
        elif collecting and draft is not None and last is not None and wraps_statement(line, last):
            draft.description = f"{draft.description} {line.text.strip()}"
            last = line
        elif phase_of(line.text) and not in_paragraph(line, draft, paragraphs):
            label, collecting = line.text.strip(), False
        elif heading := objective_heading(line):
            objective, collecting = heading, False
            draft = None  # lines under a heading are no risk's paragraph
        elif collecting and draft is not None and last is not None and not last.bold and not opens_paragraph(line.text):
            draft.description = f"{draft.description} {line.text.strip()}"
        elif draft is not None:
            collecting = False
            paragraphs.setdefault(draft.reference, []).append((line.text.strip(), item.page, line.bbox))
    for reference, lines in paragraphs.items():
        read_paragraph(register.risks[reference], lines)
    for rating, page, _ in pending:
        context.problem(page.number, STAGE, "rating printed before any risk reference", rating.phase_text)
    register.date = register_date(part, items)
    return register


def in_paragraph(line: Line, draft: RiskDraft | None, paragraphs: dict[str, list]) -> bool:
    """A line opening with a phase that rates it in a sentence ('Target: Likelihood 2, Impact 3'),
    or prints numbers inside a risk's paragraph ('Target: Likelihood 2,' wrapped): more of the
    paragraph, not the label of a rating table below."""
    if prose_ratings(line.text):
        return True
    return draft is not None and draft.reference in paragraphs and bool(re.search(r"\d", line.text))


def opens_paragraph(text: str) -> bool:
    """A line opening with a labelled field ('Owner: …') or rating a phase in a sentence: the
    risk's paragraph starts, the statement is over."""
    label, colon, value = text.strip().partition(":")
    return bool(colon and value.strip() and label_field(label)) or bool(prose_ratings(text))


def wraps_statement(line: Line, last: Line) -> bool:
    """A statement's next line: in its type (bold or not), right under it, and no labelled
    heading ('Priority 2: …') nor a phase's label over a table ('Before mitigating controls'); a
    bold statement's wrapped line is not a heading of its own."""
    height = last.bottom - last.top
    text = line.text.strip()
    return (
        line.bold == last.bold
        and (text[:1].islower() or not phase_of(text))
        and 0 <= line.top - last.bottom <= height * 1.2
        and not any(p.match(line.text.strip()) for p in compiled("objective_prefix_patterns")[:1])
        and field_label(line.text.strip(), need_value=True) is None
    )


def read_paragraph(draft: RiskDraft, lines: list[tuple[str, Page, tuple]]) -> None:
    """A risk's paragraph in sentences: 'Owner: Head of Finance.', a rating after the words naming
    its phase ('Before controls: Likelihood 4, Impact 3, overall 12', 'Residual rating Likelihood
    2, Impact 4', 'we aim to bring this down to Likelihood 1, Impact 4') and a review phrase
    ('Last reviewed 09.02.22'). A phase its tables already rate keeps that rating."""
    text = " ".join(t for t, _, _ in lines)
    page, bbox = lines[0][1], lines[0][2]
    for sentence in re.split(r"(?<=[.;])\s+", text):
        label, colon, value = sentence.partition(":")
        if colon and value.strip() and label_field(label) == "owner" and not draft.owner_text:
            draft.owner_text = value.strip().rstrip(".")  # 'Owner: Head of Finance.', never 'Owner is …'
            break
    for phase_text, rating in prose_ratings(text):
        phase = rating_phase(phase_text)
        if phase and all(r.phase != phase for r, _, _ in draft.ratings):
            printed = PrintedRating(phase, phase_text, rating.likelihood, rating.impact, rating.score, None)
            draft.ratings.append((printed, page, bbox))
    if draft.date is None:
        draft.date = row_date("", [text])


# a bare product in running text ('Before controls: 4 x 3 = 12'), a rating only where the
# printed score is the product and words naming a phase stand before it
PRODUCT = re.compile(r"(?<![\w.])([1-9])\s*[x×*]\s*([1-9])\s*=\s*(\d{1,2})\b")


def prose_ratings(text: str) -> list[tuple[str, RatingText]]:
    """Ratings in running text, naming their measures ('Likelihood 3, Impact 4, overall 12') or a
    bare product after a phase's words ('after controls 3 x 4 = 12'), each with the words before
    it back to the sentence's start or the rating before ('Target:')."""
    found = []
    start = 0
    while matches := [m for p in (*measured_patterns(), PRODUCT) if (m := p.search(text, start))]:
        match = min(matches, key=lambda m: m.start())
        before = re.split(r"(?<=[.;])\s+", text[start : match.start()])[-1].strip(" :–—-,")
        if match.re is PRODUCT:
            likelihood, impact, score = (int(g) for g in match.groups())
            rating = RatingText(likelihood, impact, score) if likelihood * impact == score else None
            rating = rating if rating_phase(before) else None
        else:
            rating = read_rating_text(match.group(0))
        if rating is not None and rating.likelihood is not None:
            found.append((before, rating))
        start = match.end()
    return found


def measured_patterns() -> list[re.Pattern]:
    """The vocabulary's rating notations that name their measures ('Likelihood 4, Impact 3'): the
    ones not anchored to a cell's start, so searchable inside a sentence."""
    return [p for p in compiled("rating_patterns") if not re.sub(r"^\(\?i\)", "", p.pattern).startswith("^")]


def summary_ratings(item: Placed, label: str | None, context: Context) -> list:
    found = []
    table = table_of(item)
    for rating, why in printed_ratings(table, label):
        if why or rating is None:
            context.problem(item.page.number, STAGE, "risk rating unreadable", why)
        else:
            found.append((rating, item.page, row_bbox(table, rating.top)))
    return found


def draft_or_pending(ratings: list, draft: RiskDraft | None, pending: list) -> None:
    """A rating belongs to the risk above it unless that risk already has its phase: then it
    opens the next risk's ratings, printed before that risk's statement."""
    for rating in ratings:
        if draft is None or pending or any(r.phase == rating[0].phase for r, _, _ in draft.ratings):
            pending.append(rating)
        else:
            draft.ratings.append(rating)


FAMILIES = (
    ("block-register", is_block_register, parse_block_register),
    ("risk-cards", is_risk_cards, parse_risk_cards),
    ("column-table", is_column_table, parse_column_table),
    # a listing of unrated risks beside a heat map, before statements read under headings
    ("heat-map", is_heat_map_register, parse_heat_map_register),
    ("summary-tables", is_summary_tables, parse_summary_tables),
)


# --- from what was collected to records ----------------------------------------------------


@dataclass(frozen=True)
class RatingDraft:
    phase: str
    phase_text: str
    likelihood: int | None  # None where only a score (maybe with its band) is printed
    impact: int | None
    score: int | None
    page: Page
    bbox: tuple
    origin: str
    conflict: str | None = None


def printed_drafts(draft: RiskDraft, scheme: Scheme, context: Context) -> list[RatingDraft]:
    """The numbers a block or table prints, scored: the printed score wins, checked against the scheme."""
    drafts = []
    for rating, page, bbox in draft.ratings:
        likelihood, impact = rating.likelihood, rating.impact
        expected = scheme.score(likelihood, impact) if likelihood is not None and impact is not None else None
        score = rating.score if rating.score is not None else expected
        if rating.score is not None and expected is not None and rating.score != expected:
            context.problem(
                page.number,
                STAGE,
                "printed score differs from the register's scheme",
                f"{draft.reference} {rating.phase_text}: printed {rating.score}, scheme {expected}",
            )
        drafts.append(
            RatingDraft(
                rating.phase, rating.phase_text, rating.likelihood, rating.impact, score, page, bbox, draft.origin
            )
        )
    return drafts


def reconcile(printed: list[RatingDraft], placements: list[Placement], scheme: Scheme) -> list[RatingDraft]:
    """Matrix positions join the printed ratings: one rating where they agree, both flagged where not."""
    result = list(printed)
    for spot in placements:
        same_phase = [r for r in result if r.phase == spot.phase and r.origin != "matrix"]
        if any((r.likelihood, r.impact) == (spot.likelihood, spot.impact) for r in same_phase):
            continue
        conflict = None
        if same_phase:
            other = same_phase[0]
            conflict = (
                f"{spot.phase}: matrix places {spot.reference} at L{spot.likelihood} I{spot.impact}, "
                f"{other.origin} rates L{other.likelihood} I{other.impact}"
            )
            result[result.index(other)] = RatingDraft(**{**other.__dict__, "conflict": conflict})
        score = spot.score if spot.score is not None else scheme.score(spot.likelihood, spot.impact)
        result.append(
            RatingDraft(
                spot.phase,
                spot.phase_text,
                spot.likelihood,
                spot.impact,
                score,
                spot.page,
                spot.bbox,
                "matrix",
                conflict,
            )
        )
    return result


def entry_for(reference: str, register: Register, context: Context) -> RiskEntry:
    """The risk from its block; else from the summary one-liner; else where the matrix shows it."""
    draft = register.risks.get(reference)
    summary = register.summaries.get(reference)
    kept = {"publisher": register.publisher}
    if draft is not None:
        description = draft.description or (summary[0] if summary else None)
        return RiskEntry(
            reference,
            register.family,
            context.source(draft.page, draft.bbox),
            draft.objective,
            description,
            owner_text=draft.owner_text,
            direction=direction_of(draft.direction_text),
            direction_text=draft.direction_text,
            **kept,
        )
    if summary is not None:
        text, page, bbox = summary
        return RiskEntry(reference, register.family, context.source(page, bbox), None, text, **kept)
    spot = next(p for p in register.placements if p.reference == reference)
    return RiskEntry(reference, register.family, context.source(spot.page, spot.bbox), **kept)


def register_records(register: Register, context: Context) -> Iterator:
    scheme = choose_scheme(
        register.lookup, register.texts, [r for d in register.risks.values() for r, _, _ in d.ratings]
    )
    references = list(register.risks) + list(register.summaries) + [p.reference for p in register.placements]
    for reference in dict.fromkeys(references):
        yield entry_for(reference, register, context)
        yield from ratings_for(reference, register, scheme, context)


def ratings_for(reference: str, register: Register, scheme: Scheme, context: Context) -> Iterator[RiskRating]:
    draft = register.risks.get(reference)
    printed = printed_drafts(draft, scheme, context) if draft else []
    spots = [p for p in register.placements if p.reference == reference]
    # A risk's own update date outranks the register's title date (DateValue is falsy without a day).
    date = draft.date if draft and draft.date else register.date
    direction_text = draft.direction_text if draft else None
    rated = reconcile(printed, spots, scheme)
    for phase, text, page in draft.elsewhere if draft else []:
        if all(r.phase != phase for r in rated):
            context.problem(page.number, STAGE, "rating not printed and not found elsewhere", f"{reference} {text}")
    for rating in rated:
        if rating.score is None:
            context.problem(
                rating.page.number,
                STAGE,
                "no score: the register prints none and states no scheme",
                f"{reference} {rating.phase_text}",
            )
        yield RiskRating(
            reference,
            register.family,
            rating.phase,
            context.source(rating.page, rating.bbox),
            rating.phase_text,
            rating.likelihood,
            rating.impact,
            rating.score,
            date.iso if date is not None else None,
            date.text if date is not None else None,
            rating.origin,
            rating.conflict,
            direction=direction_of(direction_text),
            direction_text=direction_text,
            publisher=register.publisher,
        )


def unread_blocks(items: list[Placed], register: Register, context: Context) -> None:
    """A 'Reference SRx' line outside any ruled table: a block this reader could not see."""
    for item in items:
        if item.line is not None and re.match(r"^(?:risk\s+)?reference\s+\S+", item.line.text, re.I):
            found = reference_text().search(item.line.text)
            if found and found.group(0) not in register.risks:
                context.problem(item.page.number, STAGE, "risk block not in a ruled table", item.line.text)


def has_risk_matrix(page: Page) -> bool:
    """A likelihood x impact grid of references: scale labels in its first row and column, or
    printed beside and under its cells (a heat map)."""
    for table in page.tables:
        cells = " ".join(cell_text(c) for row in table.rows for c in row)
        if re.search(r"\blikel", cells, re.I) or reference_text().search(cells):
            scale = [cell_text(c) for c in table.rows[0]] if table.rows else []
            if sum(bool(re.match(r"^\d\s+\w", c)) for c in scale) >= 3:
                return True
            if reference_text().search(cells) and outside_grid(Placed(page, table.bbox[1], table=table)):
                return True
    return False


def rated_rows(page: Page) -> list[str]:
    """Rows that open with a risk reference and print a rating: a register's body, even on a page
    its header does not reach ('CRR14 … 4 x 3 = 12 …', 'STR09 | … | 3 | 3 | 9 | …')."""
    found = []
    for line in page.lines:
        first = line.text.split()[0] if line.text.split() else ""
        if reference_text().fullmatch(first) and (rating := rating_in_line(line.text)):
            found.append(f"{first} {rating}")
    for table in page.tables:
        for row in table.rows:
            cells = [cell_text(c) for c in row]
            if cells and reference_text().fullmatch(cells[0]) and (triple := product_triple(cells)):
                found.append(" | ".join([cells[0], triple]))
    return found


def rating_in_line(text: str) -> str | None:
    """A rating naming likelihood and impact, in one of the vocabulary's notations, within a line."""
    for start in (m.start() for m in re.finditer(r"(?:(?<=\s)|^)\S", text)):
        rating = read_rating_text(text[start : start + 40])
        if rating is not None and rating.likelihood is not None:
            return text[start : start + 40].strip()
    return None


def product_triple(cells: list[str]) -> str | None:
    """Three cells side by side reading likelihood, impact and their product ('4 | 3 | 12')."""
    numbers = [small_int(c) for c in cells]
    for a, b, c in zip(numbers, numbers[1:], numbers[2:]):
        if a and b and c and a <= 5 and b <= 5 and a * b == c:
            return f"{a} {b} {c}"
    return None


class RiskRegisterExtractor:
    claims = "risk_register"
    name = "risk_register"
    reads = frozenset({"risk_register"})
    yields = (RiskEntry, RiskRating)

    def recognise(self, pages: list[Page]) -> Evidence:
        words = WORDS()
        findings = [(0.9, f"title '{t}'") for t in title_lines(pages, words.title_patterns)[:1]]
        findings += [
            (0.8, f"risk block '{t}'") for p in pages for t in [l.text for l in p.lines[:8] if risk_block_line(l.text)]
        ][:1]
        findings += [
            (0.8, f"table header naming rating columns {h}")
            for h in header_rows_naming(pages, words.header_words, 2)[:1]
        ]
        if any(has_risk_matrix(page) for page in pages):
            findings.append((0.7, "a likelihood x impact matrix of references"))
        items = reading_order(pages)
        if card := first_card(items):
            findings.append((0.8, f"risk card '{card}' with phase ratings"))
        if header := register_header(items):
            findings.append((0.8, f"register columns {header}"))
        rows = [row for page in pages for row in rated_rows(page)]
        if len(rows) >= 2:
            findings.append((0.7, f"{len(rows)} rows of a reference and its rating ('{rows[0]}')"))
        return strongest(self.claims, findings)

    def extract(self, part: DocumentPart, pages: list[Page], context: Context) -> Iterator:
        items = reading_order(pages)
        family = next((f for f in FAMILIES if f[1](items)), None)
        if family is None:
            context.problem(part.page_start, STAGE, "no risk register layout recognised", part.title or "")
            return
        register = family[2](part, items, context)
        register.publisher = read_publisher(part, pages)
        unread_blocks(items, register, context)
        yield from register_records(register, context)
