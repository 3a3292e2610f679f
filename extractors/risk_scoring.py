"""How a risk register prints and scores its ratings: the vocabulary, the grids, the scheme.

Takes the ruled tables of a register part (rows of cell text) and its lines; yields
- `phase_of` / `measure_of`: which rating phase ('inherent', 'current', 'target') or which
  measure ('likelihood', 'impact', 'score') a printed label names, from synonym tables;
- `printed_ratings`: every likelihood/impact/score group a table prints, with its phase,
  whether the phase sits beside the numbers' headers (older summary tables) or above them
  (block registers' "Inherent / L I R" headers);
- `read_grid` / `grid_cells`: a likelihood x impact matrix, its scale values and which axis
  is which, read from the scale labels' wording rather than from a fixed orientation;
- `Scheme`: the register's own way to score a likelihood/impact pair, either a lookup in
  its overall-ratings matrix or the product its key states.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline import vocabulary
from pipeline.layout import cell_text, header_key, phrase_in
from pipeline.records import BBox, Table

from .risk_words import WORDS, compiled, reference_text

SCALE_LABEL = re.compile(r"^(\d{1,2})\b\.?\s*(.*)$", re.S)


def phase_of(text: str | None) -> str | None:
    """'Before mitigating controls are in place' -> 'inherent'; 'Future Actions' -> None."""
    key = header_key(text)
    if not key or "action" in key:
        return None  # a column of planned actions is not a rating phase
    for phase, phrases in WORDS().phases.items():
        if any(key == p or key.startswith(p + " ") for p in phrases):
            return phase
    return None


def phase_in_heading(text: str | None) -> str | None:
    """A phase named anywhere in a heading ('Strategic Risk – Current ratings'); a short word
    ('net') only right before what it rates ('Net risk', 'Net score')."""
    key = header_key(text)
    for phase, phrases in WORDS().phases.items():
        if any(phrase_in(p if len(p) > 3 else f"{p} risk", key) for p in phrases):
            return phase
    return None


def rating_phase(label: str | None) -> str | None:
    """The phase a column or field label rates, by meaning ('Net risk', 'Before controls',
    'Future rating'); None for a label that names a phase but holds text ('Planned actions',
    'Controls in place', 'Target date'). Remembered by the label's key (`key_phase`): every header
    cell and card line asks, each time sorting every phase's phrases."""
    return key_phase(header_key(label))


@vocabulary.derived(maxsize=8192)
def key_phase(key: str) -> str | None:
    """`rating_phase` of a header key, worked out."""
    for phase, phrases in WORDS().phases.items():
        for phrase in sorted(phrases, key=len, reverse=True):
            if phrase_in(phrase, key):
                rest = re.sub(rf"(?:^|\s){re.escape(phrase)}(?:\s|$)", " ", key).split()
                if any(w in WORDS().not_rating_words for w in rest):
                    return None
                return phase
    return None


def measure_of(text: str | None) -> str | None:
    key = header_key(text)
    # a narrow header cell breaks a word without a hyphen ('Likeliho' / 'od')
    for candidate in (key, key.replace(" ", "")):
        found = next((m for m, phrases in WORDS().measures.items() if candidate in phrases), None)
        if found:
            return found
    return None


def small_int(text: str | None) -> int | None:
    match = re.fullmatch(r"\s*(\d{1,2})\s*", text or "")
    return int(match.group(1)) if match else None


def measure_value(text: str | None) -> int | None:
    """A likelihood or impact cell: a number alone, or with its scale word ('4 - Likely', 'Major (4)')."""
    value = small_int(text)
    if value is not None:
        return value
    for pattern in compiled("measure_value_patterns"):
        if match := pattern.match(cell_text(text)):
            return int(match.group("n"))
    return None


@dataclass(frozen=True)
class RatingText:
    """Numbers read from one printed rating ('4x3=12', 'L4 I3 (12)', '9 (Amber)')."""

    likelihood: int | None
    impact: int | None
    score: int | None


def read_rating_text(text: str | None, impact_leads: bool = False) -> RatingText | None:
    """A rating printed in one cell or line, in any of the vocabulary's notations. A bare pair
    ('5 x 4 = 20') is likelihood first unless `impact_leads` (its heading reads 'I x L')."""
    text = cell_text(text)
    if not text:
        return None
    for pattern in compiled("rating_patterns"):
        match = pattern.search(text)
        if match:
            found = match.groupdict()
            score = int(found["s"]) if found.get("s") else None
            likelihood, impact = int(found["l"]), int(found["i"])
            if impact_leads and not re.search(r"[A-WYZa-wyz]", match.group(0)):
                likelihood, impact = impact, likelihood  # no measure letter: the heading's order holds
            elif scale_words_swapped(found.get("lw"), found.get("iw")):
                likelihood, impact = impact, likelihood  # 'Major (4) x Likely (3)': impact first
            return RatingText(likelihood, impact, score)
    return read_score_text(text)


def scale_words_swapped(first: str | None, second: str | None) -> bool:
    """Scale words printed with a pair that put impact first ('Major (4) x Likely (3)')."""
    if not first or not second:
        return False
    words = WORDS()
    return first.strip().lower() in words.impact_words and second.strip().lower() in words.likelihood_words


def impact_first(label: str | None) -> bool:
    """A heading or key that prints the pair impact first ('Residual (I x L)', 'Impact × Likelihood')."""
    return any(p.search(cell_text(label)) for p in compiled("impact_first_patterns"))


def read_score_text(text: str | None) -> RatingText | None:
    """A score alone, maybe with its band ('9 (Amber)', '16 High')."""
    for pattern in compiled("score_patterns"):
        match = pattern.search(cell_text(text))
        if match:
            return RatingText(None, None, int(match.group("s")))
    return None


# --- printed ratings in a table ---------------------------------------------------------


@dataclass(frozen=True)
class PrintedRating:
    phase: str
    phase_text: str
    likelihood: int | None
    impact: int | None
    score: int | None
    top: float | None  # top of the row holding the numbers, for the source box


LABEL_THEN_RATING = re.compile(r"^([^\d]+?)\s*[:–—-]?\s*(\d.*)$")  # the label runs to the first number


def phase_rating(text: str, impact_leads: bool | None = None) -> PrintedRating | None:
    """A phase's words, then its rating ('Target: 1 x 3 = 4', 'Gross 4x4=16'); None where the words
    name no phase or no rating follows. The pair is read in the order the label prints ('Residual
    (I x L)') unless `impact_leads` says otherwise (a column's heading)."""
    split = LABEL_THEN_RATING.match(text.strip())
    if split is None or (phase := rating_phase(split.group(1))) is None:
        return None
    label, rest = split.groups()
    rating = read_rating_text(rest, impact_first(label) if impact_leads is None else impact_leads)
    if rating is None:
        return None
    return PrintedRating(phase, label.strip(" :"), rating.likelihood, rating.impact, rating.score, None)


def one_each(found: list[PrintedRating]) -> list[PrintedRating]:
    """Ratings of two or more phases, each phase once; else none (a list that names a phase twice
    is no list of phases)."""
    return found if len(found) >= 2 and len({r.phase for r in found}) == len(found) else []


def measure_groups(row: tuple) -> list[dict[str, int]]:
    """Columns of one header row grouped as likelihood [impact [score]] runs."""
    groups: list[dict[str, int]] = []
    for index, cell in enumerate(row):
        measure = measure_of(cell)
        if measure == "likelihood":
            groups.append({"likelihood": index})
        elif measure and groups and measure not in groups[-1]:
            groups[-1][measure] = index
    return [g for g in groups if "impact" in g]


def phase_label(table: Table, row_index: int, start: int, floor: int) -> str | None:
    """The phase text for a group starting at `start`: beside it in its row, else above it.

    Only cells between the previous group (`floor`) and this one are looked at, so a
    neighbouring group's heading is never borrowed."""
    rows = [table.rows[row_index]] + ([table.rows[row_index - 1]] if row_index else [])
    for depth, row in enumerate(rows):
        last = start - 1 if depth == 0 else start
        for index in range(min(last, len(row) - 1), floor - 1, -1):
            if phase_of(row[index]):
                return cell_text(row[index])
    return None


def printed_ratings(table: Table, label: str | None = None) -> list[tuple[PrintedRating | None, str]]:
    """Every rating group the table prints, as (rating, '') or (None, why unreadable); `label`
    is the phase printed above the table, for groups whose own header names none."""
    found: list[tuple[PrintedRating | None, str]] = []
    for row_index, row in enumerate(table.rows[:-1]):
        floor = 0
        for group in measure_groups(row):
            text = phase_label(table, row_index, group["likelihood"], floor) or label
            floor = max(group.values()) + 1
            if text is not None:
                found.append(read_values(table, row_index + 1, group, text))
    found = [f for f in found if f != (None, "")]
    return found or transposed_ratings(table)


def transposed_ratings(table: Table) -> list[tuple[PrintedRating | None, str]]:
    """A small table with the phases as columns and the measures as rows ('| Inherent | Residual'
    over 'Likelihood | 4 | 3', 'Impact | 4 | 4', 'Score | 16 | 12'), as a risk card prints it."""
    if len(table.rows) < 3 or not table.rows[0]:
        return []
    rows = {m: r for r, row in enumerate(table.rows[1:], start=1) if row and (m := measure_of(row[0]))}
    if "likelihood" not in rows or "impact" not in rows:
        return []
    found: list[tuple[PrintedRating | None, str]] = []
    for column, head in enumerate(table.rows[0]):
        phase = phase_of(head) if column else None
        if phase is None:
            continue
        cells = {m: cell_text(table.rows[r][column]) if column < len(table.rows[r]) else "" for m, r in rows.items()}
        if not any(cells.values()):
            continue  # nothing printed for this phase
        likelihood, impact = measure_value(cells["likelihood"]), measure_value(cells["impact"])
        score_text = cells.get("score", "")
        score = small_int(score_text)
        if score is None and score_text and (banded := read_score_text(score_text)):
            score = banded.score
        if likelihood is None or impact is None:
            found.append((None, f"{cell_text(head)}: unreadable rating {cells}"))
            continue
        top = table.row_tops[rows["likelihood"]] if rows["likelihood"] < len(table.row_tops) else None
        found.append((PrintedRating(phase, cell_text(head), likelihood, impact, score, top), ""))
    return found


def read_values(table: Table, row_index: int, group: dict[str, int], text: str) -> tuple[PrintedRating | None, str]:
    row = table.rows[row_index]
    cells = {m: cell_text(row[i]) if i < len(row) else "" for m, i in group.items()}
    if not any(cells.values()):
        return None, ""  # nothing printed for this phase (e.g. no future rating)
    values = {m: measure_value(v) if m != "score" else small_int(v) for m, v in cells.items()}
    if values.get("score") is None and cells.get("score") and (banded := read_score_text(cells["score"])):
        values["score"] = banded.score  # '9 (Amber)': the score with its band
    if values["likelihood"] is None or values["impact"] is None:
        return None, f"{text}: unreadable rating {cells}"
    phase = phase_of(text)
    if phase is None:  # the label came from a phase heading, so this is a caller's slip
        return None, f"{text}: names no phase"
    top = table.row_tops[row_index] if row_index < len(table.row_tops) else None
    return PrintedRating(phase, text, values["likelihood"], values["impact"], values.get("score"), top), ""


def row_bbox(table: Table, top: float | None) -> BBox:
    if top is None:
        return table.bbox
    below = [t for t in table.row_tops if t > top]
    return (table.bbox[0], round(top, 1), table.bbox[2], round(min(below, default=table.bbox[3]), 1))


# --- likelihood x impact grids --------------------------------------------------------


@dataclass(frozen=True)
class Grid:
    columns: dict[int, int]  # column index -> scale value
    rows: dict[int, int]  # row index -> scale value
    columns_are_likelihood: bool


def scale_values(cells) -> dict[int, tuple[int, str]]:
    values = {}
    for index, cell in enumerate(cells):
        match = SCALE_LABEL.match(cell_text(cell))
        if match:
            values[index] = (int(match.group(1)), match.group(2).lower())
    return values


def axis_leaning(labels: list[str]) -> int:
    """> 0 when the labels read as likelihood words, < 0 as impact words."""
    text = " ".join(labels).lower()
    measures = WORDS().measures
    # the axis's own name ('Likelihood' printed beside the rows) counts as much as its scale words
    like_words = list(WORDS().likelihood_words) + [w for w in measures["likelihood"] if len(w) > 3]
    impact_words = list(WORDS().impact_words) + [w for w in measures["impact"] if len(w) > 3]
    like = sum(bool(re.search(rf"\b{re.escape(w)}\b", text)) for w in like_words)
    impact = sum(bool(re.search(rf"\b{re.escape(w)}\b", text)) for w in impact_words)
    return like - impact


def captioned_axes(texts: list[str]) -> bool | None:
    """Whether the columns are likelihood, from a caption naming each axis's way
    ('Likelihood (vertical) against impact (horizontal)', 'Impact on the x axis'): True or False
    when the named axes agree, None when no caption names one."""
    found: set[bool] = set()
    for text in texts:
        # each clause names one measure and its way ('… against …', '…; …')
        for clause in re.split(r"\b(?:against|versus|vs\.?|and)\b|[,;·]", text.lower()):
            measure = next((m for m in ("likelihood", "impact") if clause_names(clause, m)), None)
            key = header_key(clause)
            way = next(
                (w for w, words in WORDS().axis_words.items() if any(phrase_in(header_key(p), key) for p in words)),
                None,
            )
            if measure and way:
                found.add((measure == "likelihood") == (way == "columns"))
    return found.pop() if len(found) == 1 else None


def clause_names(clause: str, measure: str) -> bool:
    """A measure's own name ('likelihood', 'probability'; not a one-letter 'L') in the clause."""
    return any(len(w) > 3 and re.search(rf"\b{re.escape(w)}\b", clause) for w in WORDS().measures[measure])


def is_scale(values: list[int]) -> bool:
    """Scale labels run 1..n (either way round) with n of 3 or more: '1 2 3 4 5', '5 4 3 2 1'."""
    return len(values) >= 3 and sorted(values) == list(range(1, len(values) + 1))


def read_grid(table: Table) -> Grid | None:
    """A matrix: a row of 3+ numbered scale labels, first (a look-up table) or last (a heat map
    drawn as a graph, the scale along its foot), and a first column of 3+ more."""
    if len(table.rows) < 4:
        return None
    last = len(table.rows) - 1
    for scale_row, body in ((0, range(1, last + 1)), (last, range(0, last))):
        header = scale_values(table.rows[scale_row][1:])
        side = scale_values([table.rows[r][0] if table.rows[r] else None for r in body])
        if not is_scale([v for v, _ in header.values()]) or not is_scale([v for v, _ in side.values()]):
            continue
        columns = {i + 1: v for i, (v, _) in header.items()}
        rows = {body[i]: v for i, (v, _) in side.items()}
        corner = corner_axis(table.rows[scale_row][0] if table.rows[scale_row] else None)
        if corner is not None:
            return Grid(columns, rows, corner)
        # Columns are likelihood unless the row labels read more like likelihood than they do.
        swap = axis_leaning([w for _, w in side.values()]) > axis_leaning([w for _, w in header.values()])
        return Grid(columns, rows, not swap)
    return None


def corner_axis(corner: str | None) -> bool | None:
    """'Impact \\ Likelihood' in the corner cell: the first word names the rows, so columns are
    likelihood; None when the corner does not name both axes."""
    key = header_key(corner)
    like = re.search(r"\blikelihood|\bprobability", key)
    impact = re.search(r"\bimpact|\bseverity|\bconsequence", key)
    if not like or not impact:
        return abbreviated_corner(corner)
    return impact.start() < like.start()


def abbreviated_corner(corner: str | None) -> bool | None:
    """'L/I' or 'I \\ L' in the corner cell: the measures' short names, the rows' first (so 'I/L'
    has likelihood along the columns); None for anything else."""
    found = re.fullmatch(r"\s*(\w{1,3})\s*[/\\|x×]\s*(\w{1,3})\s*", corner or "", re.I)
    if found is None:
        return None
    first, second = (measure_of(found.group(n)) for n in (1, 2))
    if {first, second} != {"likelihood", "impact"}:
        return None
    return first == "impact"


def grid_cells(table: Table, grid: Grid):
    """(likelihood, impact, cell text, row index) for every inner cell of the grid."""
    for r, row_value in grid.rows.items():
        for c, column_value in grid.columns.items():
            row = table.rows[r]
            text = cell_text(row[c]) if c < len(row) else ""
            l, i = (column_value, row_value) if grid.columns_are_likelihood else (row_value, column_value)
            yield l, i, text, r


def is_scoring_grid(table: Table, grid: Grid) -> bool:
    """Every inner cell holds a number (maybe with words: 'Tolerance Level 13'), no reference."""
    texts = [t for _, _, t, _ in grid_cells(table, grid)]
    return all(re.search(r"\d", t) and not reference_text().search(t) for t in texts)


def grid_scores(table: Table, grid: Grid) -> dict[tuple[int, int], int]:
    return {(l, i): int(re.findall(r"\d+", t)[-1]) for l, i, t, _ in grid_cells(table, grid)}


def grid_placements(table: Table, grid: Grid):
    """(reference, likelihood, impact, row index, printed score) for each reference placed in a
    cell; a heat map prints the cell's score beside the references placed in it."""
    for l, i, text, r in grid_cells(table, grid):
        references = reference_text().findall(text)
        rest = reference_text().sub(" ", text)
        numbers = re.findall(r"\b\d{1,2}\b", rest)
        for reference in references:
            yield reference, l, i, r, int(numbers[0]) if len(numbers) == 1 else None


# --- the scoring scheme ---------------------------------------------------------------


@dataclass
class Scheme:
    """How the register turns likelihood and impact into its score."""

    kind: str = "printed"  # 'lookup' (overall-ratings matrix), 'product' (key), 'printed'
    lookup: dict[tuple[int, int], int] = field(default_factory=dict)

    def score(self, likelihood: int, impact: int) -> int | None:
        if self.kind == "lookup":
            return self.lookup.get((likelihood, impact))
        if self.kind == "product":
            return likelihood * impact
        return None


def choose_scheme(lookup: dict, texts: list[str], printed: list[PrintedRating]) -> Scheme:
    """The register's matrix if it prints one, else its key's product, else what its numbers show."""
    if lookup:
        return Scheme("lookup", lookup)
    if any(p.search(t) for p in compiled("product_key_patterns") for t in texts):
        return Scheme("product")
    scored = [
        (p.likelihood, p.impact, p.score)
        for p in printed
        if p.score is not None and p.likelihood is not None and p.impact is not None
    ]
    if scored and all(score == likelihood * impact for likelihood, impact, score in scored):
        return Scheme("product")
    return Scheme("printed")
