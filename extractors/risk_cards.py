"""The 'risk-cards' register family: one card (a boxed or spaced block) per risk.

Takes a register part in reading order (`risk_model.Placed`); yields a `Register` of risk drafts.
A card opens with its reference ('OR1 — Governance', 'Risk CR07: Cyber attack', 'SRR 7 Fuel
costs') and then prints its fields as `Label value` lines or one-column rows, several labelled
fields maybe side by side on one line: the statement, the owner, a rating line per phase
('Residual risk  Likelihood 2 · Impact 3 · Rating 8', 'Gross: 4x3=12', 'Current risk score:
16 (L4 x I4)', a score alone 'Target: High (16)' keeping no invented likelihood or impact),
the direction of travel, the date of its last update. The text after the reference is the
card's theme (its objective) when the statement has its own label, else the statement; a
labelled heading ('Priority 2 – …'), or short bold lines each standing right over a card's title,
are the themes of the cards below them.
A likelihood x impact matrix printed with the cards is read as the register's look-up of
scores (or as placements of references). Labels are vocabulary data (`labels` in risks.json).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import cast

from pipeline import vocabulary
from pipeline.dates import DateValue, find_dates
from pipeline.layout import cell_text, header_key, phrase_in, split_on_gaps, words_text
from pipeline.records import Line, Page, Table

from .base import Context
from .risk_model import Placed, Register, RiskDraft, objective_text, read_matrix, register_date, table_of
from .risk_scoring import (
    PrintedRating,
    measure_of,
    one_each,
    phase_rating,
    rating_phase,
    read_rating_text,
    read_score_text,
    small_int,
)
from .risk_words import WORDS, compiled, field_label, reference_text

FAMILY = "risk-cards"
TITLE = re.compile(r"^(?:risk\s+)?(?P<ref>{ref})\s*(?:[–—:|-]\s*(?P<rest>\S.*))?$")
# a title bar without a separator: the reference, then a short name in words ('SRR 7 Fuel costs')
BARE_TITLE = re.compile(r"^(?:risk\s+)?(?P<ref>{ref})\s+(?P<rest>(?-i:[A-Z])[^\d:]{{2,60}})$")
LABELLED_TITLE = re.compile(r"^(?:risk\s+)?(?P<ref>{ref})\s+(?P<rest>\S.*)$")
LOOKAHEAD = 10  # a card's rating lines stand within this many rows of its title


@dataclass(frozen=True)
class TextRow:
    """One line of text, or one row of a ruled table read as a line, with where it stands."""

    text: str
    page: Page
    bbox: tuple
    bold: bool = False  # a line set in bold (a table's row never is)


def text_rows(items: list[Placed], register: Register | None = None) -> list[TextRow]:
    """The part as rows of text; matrices go to the register instead (when one is given)."""
    rows = []
    for item in items:
        if item.line is not None:
            line = outside_tables(item.line, item.page)
            if line is not None:
                rows += [TextRow(text, item.page, line.bbox, line.bold) for text in side_by_side_fields(line)]
            continue
        table = table_of(item)
        if register is not None and read_matrix(item, register):
            continue
        if phased := phase_table_rows(table):
            rows += [TextRow(text, item.page, table.bbox) for text in phased]
            continue
        boxed = all(len(row) <= 1 for row in table.rows)
        paired: set[int] = set()  # rows read as a phase row's values
        for index, row in enumerate(table.rows):
            if index in paired:
                continue
            if index + 1 < len(table.rows) and (phased := phase_row_pair(row, table.rows[index + 1])):
                top = table.row_tops[index] if index < len(table.row_tops) else table.bbox[1]
                rows += [
                    TextRow(text, item.page, (table.bbox[0], round(top, 1), table.bbox[2], round(top, 1)))
                    for text in phased
                ]
                paired.add(index + 1)
                continue
            top = table.row_tops[index] if index < len(table.row_tops) else table.bbox[1]
            bbox = (table.bbox[0], round(top, 1), table.bbox[2], round(top, 1))
            if boxed:
                # a one-column frame drawn round a card: its lines are the card's lines
                lines = [cell_text(line) for line in (row[0] or "").split("\n")] if row else []
                rows += [TextRow(line, item.page, bbox) for line in lines if line]
                continue
            filled = [cell_text(c) for c in row if cell_text(c)]
            if filled and all(measure_of(c.replace("\n", "")) for c in filled):
                continue  # 'Likelihood | Impact | Score' over the phases' rows: their header, no statement
            text = " ".join(filled)
            if text:
                rows.append(TextRow(text, item.page, bbox))
    return rows


def outside_tables(line: Line, page: Page) -> Line | None:
    """A line without the words of a ruled table it runs into ('Risk: The precept leaves …' beside
    a card's 'Likelihood | Impact | Score' table, on the same baselines): the table is read as a
    table. None where every word is a table's."""

    def inside(word) -> bool:
        x, y = (word.x0 + word.x1) / 2, (word.top + word.bottom) / 2
        return any(t.bbox[0] <= x <= t.bbox[2] and t.bbox[1] <= y <= t.bbox[3] for t in page.tables)

    if not page.tables:
        return line
    kept = tuple(w for w in line.words if not inside(w))
    if len(kept) == len(line.words):
        return line
    return Line(kept) if kept else None


def side_by_side_fields(line: Line) -> list[str]:
    """A card line holding two labelled fields set apart by a gap, without colons ('Risk owner
    Chief Fire Officer      Last reviewed   03/11/2021'): one text per field. A gap-parted run that
    is exactly a card label starts a field once the field before has its value."""
    runs = split_on_gaps(line)
    pieces: list[list[str]] = []
    for run in runs:
        text = words_text(run)
        if pieces and len(pieces[-1]) >= 2 and is_card_label(pieces[-1][0]) and is_card_label(text):
            pieces.append([text])
        elif pieces:
            pieces[-1].append(text)
        else:
            pieces.append([text])
    return [" ".join(piece) for piece in pieces] if len(pieces) > 1 else [line.text.strip()]


def is_card_label(text: str) -> bool:
    key = " ".join(text.lower().rstrip(":").split())
    return any(key == label for labels in WORDS().labels.values() for label in labels)


def phase_row_pair(heads_row, values_row) -> list[str]:
    """A card table's row of phases ('' | 'Inherent risk' | 'Residual risk' | 'Target risk') over
    a row of their ratings ('Likelihood x Impact = Score' | '4 x 4 = 16' | …), the first cell
    maybe a label: one labelled line per phase ('Inherent risk: 4 x 4 = 16'); [] otherwise."""
    heads = [cell_text(c) for c in heads_row]
    values = [cell_text(c) for c in values_row]
    phased = [i for i, head in enumerate(heads) if head and rating_phase(head) and not re.search(r"\d", head)]
    others = [i for i, head in enumerate(heads) if head and i not in phased]
    if len(phased) < 2 or others or len(values) != len(heads):
        return []
    if not all(re.search(r"\d", values[i]) for i in phased):
        return []
    return [f"{heads[i]}: {values[i]}" for i in phased]


def phase_table_rows(table: Table) -> list[str]:
    """A card's small table of phases over their ratings ('Inherent | Residual | Target' over
    '4x4=16 | 3x4=12 | 2x3=6') as one labelled line per phase ('Inherent: 4x4=16'); [] for any
    other table."""
    if len(table.rows) < 2 or len(table.rows[0]) < 2:
        return []
    heads = [cell_text(c) for c in table.rows[0]]
    if not all(heads) or not all(rating_phase(h) and not re.search(r"\d", h) for h in heads):
        return []
    below = [[cell_text(c) for c in row] for row in table.rows[1:]]
    if not any(re.search(r"\d", cell) for row in below for cell in row):
        return []
    return [f"{head}: {row[i]}" for row in below for i, head in enumerate(heads) if i < len(row) and row[i]]


FIELD_HEAD = re.compile(r"([A-Za-z][A-Za-z /()-]{0,40}?)\s*:(?:\s|$)")


def is_field_label(text: str) -> bool:
    """A label a card prints before its value: a vocabulary label or a phase's rating label. A
    phase's label is its phrase and the words of what it rates ('Risk rating after controls'); a
    value before it is none of it ('Owner: Head of People  Appetite: …' cuts before 'Appetite')."""
    key = " ".join(text.lower().split())
    return any(key == label for labels in WORDS().labels.values() for label in labels) or phase_label(text)


def phase_label(text: str) -> bool:
    """'Residual risk', 'Risk score before controls', 'Appetite': a phase phrase, the rest of the
    words naming a measure ('risk', 'rating', 'score'); not 'Head of People Appetite'."""
    phase = rating_phase(text)
    if phase is None:
        return False
    key = header_key(text)
    for phrase in sorted(WORDS().phases[phase], key=len, reverse=True):
        if phrase_in(phrase, key):
            key = re.sub(rf"(?:^|\s){re.escape(phrase)}(?:\s|$)", " ", key, count=1)
            break
    return all(word in measure_words() for word in key.split())


@vocabulary.derived()
def measure_words() -> frozenset[str]:
    """Every word of the measures' names ('risk' of 'risk rating', 'score', 'level')."""
    return frozenset(word for names in WORDS().measures.values() for name in names for word in name.split())


def split_fields(text: str) -> list[str]:
    """A line holding several labelled fields side by side ('Category: Finance   Risk owner:
    Director of Finance') as one text per field; a line with one field is returned whole. A
    label inside a line starts a field only after a labelled value ('Residual risk: 3 x 4' is
    one field, though 'risk' alone labels a statement)."""
    cuts, covered = [0], 0
    for space in re.finditer(r"\s(?=\S)", text):
        start = space.end()
        head = FIELD_HEAD.match(text, start)
        if start >= covered and head and is_field_label(head.group(1)) and ":" in text[cuts[-1] : start]:
            cuts.append(start)
            covered = head.end()
    pieces = [text[a:b].strip() for a, b in zip(cuts, cuts[1:] + [len(text)]) if text[a:b].strip()]
    return [part for piece in pieces for part in dated_label_apart(piece)]


def dated_label_apart(text: str) -> list[str]:
    """A field run together with a review date's label and its date, the gap between them lost
    in a boxed card ('Risk owner Head of ICT Last reviewed 14/02/2024'): the two fields apart."""
    found = review_label_before_date().search(text)
    if found is None or found.start() == 0:
        return [text]
    return [text[: found.start()].strip(), text[found.start() :].strip()]


@vocabulary.derived()
def review_label_before_date() -> re.Pattern:
    labels = sorted(WORDS().labels["status"], key=len, reverse=True)
    names = "|".join(re.escape(label).replace(r"\ ", r"\s+") for label in labels)
    return re.compile(
        rf"(?:^|(?<=\s))(?i:{names})\s*:?\s+(?=\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}\b|\d{{1,2}}\s+[A-Z][a-z]+\s+\d{{4}})"
    )


@functools.cache
def title_pattern(template: str, ref: str) -> re.Pattern:
    """A title pattern with the vocabulary's reference pattern put in, compiled once (recognising
    parts asks `card_title` of every row of every page)."""
    return re.compile(template.format(ref=ref), re.I)


def card_title(text: str) -> re.Match | None:
    pattern = title_pattern(TITLE.pattern, reference_text().pattern)
    match = pattern.match(text)
    if match is None and len(text.split()) <= 10:
        match = title_pattern(BARE_TITLE.pattern, reference_text().pattern).match(text)
    if match is None:  # 'KR7   Category: Prevention': the reference, then a labelled field of the card
        labelled = title_pattern(LABELLED_TITLE.pattern, reference_text().pattern).match(text)
        match = labelled if labelled and field_label(labelled.group("rest"), need_value=True) else None
    if match is None and (named := before_a_field(text)):  # 'KR7 Fleet costs   Category: Finance'
        match = title_pattern(BARE_TITLE.pattern, reference_text().pattern).match(named)
    if match and match.group("rest") and phase_line(match.group("rest")):
        return None
    return match


def before_a_field(text: str) -> str | None:
    """A title bar's name before the labelled field set beside it ('KR7 Fleet costs   Category:
    Finance' -> 'KR7 Fleet costs'); None where no card label follows the name."""
    for space in re.finditer(r"\s(?=\S)", text):
        head = FIELD_HEAD.match(text, space.end())
        if head and is_field_label(head.group(1).strip()):
            return text[: space.start()].strip()
    return None


def phase_line(text: str) -> PrintedRating | None:
    """'Residual risk Likelihood 2 · Impact 3 · Rating 8' -> current (2, 3, 8); 'Target: 1 x 3 = 4'.
    A line of running text (`is_prose`) is a register's paragraph, not a card's line."""
    if is_prose(text):
        return None
    # the label runs to the first number ('Target: 1 x 3 = 4', 'Inherent risk 4 3 12') …
    if (rated := phase_rating(text)) is not None and rated.likelihood is not None:
        return rated
    # … or a score alone, maybe with its band ('Current risk: High (16)', 'Current score: 12/25'):
    # the score kept, likelihood and impact never invented
    if (banded := re.match(r"^([^\d(]+?)\s*:\s*(\S.*)$", text)) and (phase := rating_phase(banded.group(1))):
        score = read_score_text(banded.group(2))
        if score is not None:
            return PrintedRating(phase, banded.group(1).strip(), None, None, score.score, None)
    # … or to the first measure word ('Residual risk Likelihood 2 · Impact 3 · Rating 8')
    for pattern in compiled("rating_patterns"):
        match = pattern.search(text)
        if match is None or match.start() == 0:
            continue
        label = text[: match.start()].strip(" :–—-")
        phase = rating_phase(label)
        if phase and (rating := read_rating_text(text[match.start() :])) is not None:
            return PrintedRating(phase, label, rating.likelihood, rating.impact, rating.score, None)
    return worded_rating(text)


def worded_rating(text: str) -> PrintedRating | None:
    """A phase's label, then its pair given by scale words ('Current risk rating: Probable (4) x
    Serious (3) = 12 – HIGH'): the label is the longest run of leading words that is a phase's
    own (`phase_label`), the rest read as a rating."""
    if not re.search(r"\d", text):
        return None
    words = text.split()
    for size in range(min(len(words) - 1, 8), 0, -1):
        label = " ".join(words[:size]).rstrip(":–—- ")
        if not phase_label(label):
            continue
        rating = read_rating_text(" ".join(words[size:]).lstrip(":–—- "))
        if rating is not None and rating.likelihood is not None:
            return PrintedRating(rating_phase(label) or "", label, rating.likelihood, rating.impact, rating.score, None)
        return None
    return None


def is_prose(text: str) -> bool:
    """A line of running text, not a card's labelled line: it goes on from the line above (a small
    letter first), or a sentence ends before its first number ('The lead is the Treasurer.
    Original rating Likelihood 2, …')."""
    return text[:1].islower() or bool(re.search(r"[.;]\s+\S", re.split(r"\d", text, maxsplit=1)[0]))


def phase_list(text: str) -> list[PrintedRating]:
    """Several phases rated in one line after a label ('Risk scores: Inherent 20 / Residual 12 /
    Target 6', 'Gross 4x4=16; Net 3x3=9'): one rating each; [] unless two or more are read."""
    if is_prose(text):
        return []
    label, _, rest = text.partition(":")
    body = rest if rest and rating_phase(label) is None else text
    found = [phase_rating(piece) for piece in re.split(r"\s*[/;|,]\s*(?=[A-Za-z])", body.strip())]
    return [] if None in found else one_each(cast(list[PrintedRating], found))


def labelled(text: str) -> tuple[str, str] | None:
    """'Risk owner Chief Executive' -> ('owner', 'Chief Executive'); the longest label wins."""
    return field_label(text)


def first_card(items: list[Placed]) -> str | None:
    """The title of the first card: a reference line followed closely by a phase's rating."""
    rows = text_rows(items)
    for index, row in enumerate(rows):
        if card_title(row.text) and rates_a_phase([r.text for r in rows[index + 1 : index + 1 + LOOKAHEAD]]):
            return row.text
    return None


def rates_a_phase(texts: list[str]) -> bool:
    """A rating line, or a phase heading with a measure line right under it."""
    for index, text in enumerate(texts):
        if phase_line(text) or phase_list(text):
            return True
        if rating_phase(text) and index + 1 < len(texts) and measure_line(texts[index + 1]):
            return True
    return False


def is_risk_cards(items: list[Placed]) -> bool:
    return first_card(items) is not None


@dataclass
class CardReading:
    """Where a card's reading stands: the field a wrapped line continues, and a phase heading
    ('Residual risk') whose measures follow on lines of their own ('Likelihood: 3')."""

    draft: RiskDraft
    last_field: str | None = None
    objective_labelled: bool = False
    fields_read: bool = False  # a labelled field or a rating has been read below the title
    statement: bool = False  # unlabelled lines right under the title: the risk's statement
    phase_label: str | None = None
    measures: dict[str, int] = field(default_factory=dict)

    def finish_phase(self, row: TextRow) -> None:
        """A phase heading's measures end: keep the rating if likelihood and impact were printed."""
        rated = "likelihood" in self.measures and "impact" in self.measures
        phase = rating_phase(self.phase_label) if self.phase_label else None
        if self.phase_label and phase is not None and (rated or "score" in self.measures):
            # a score printed alone is kept alone: likelihood and impact are never invented
            add_card_rating(
                self.draft,
                PrintedRating(
                    phase,
                    self.phase_label,
                    self.measures.get("likelihood") if rated else None,
                    self.measures.get("impact") if rated else None,
                    self.measures.get("score"),
                    None,
                ),
                row,
            )
        self.phase_label, self.measures = None, {}


def parse_risk_cards(part, items: list[Placed], context: Context) -> Register:
    register = Register(FAMILY)
    reading, last_row = None, None
    rows = [
        TextRow(text, row.page, row.bbox, row.bold)
        for row in text_rows(items, register)
        for text in split_fields(row.text)
    ]
    heading: str | None = None
    themed = themes_lead(rows)
    plain_headings = bold_headings(rows)
    for index, row in enumerate(rows):
        title = card_title(row.text)
        # a labelled theme heads the cards below it where it stands before a card's title; one
        # inside a card, among its fields, is that card's own ('Category: Finance')
        heads = themed and (reading is None or heads_next_card(rows, index))
        found = heading_objective(row.text) or (heads and labelled_objective(row.text)) or plain_headings.get(index)
        if not title and found:
            if reading is not None and last_row is not None:
                reading.finish_phase(last_row)
                finish_card(reading, heading)
            heading, reading = found, None  # 'Priority 2 – Safer roads' over the cards that follow
            last_row = row
            continue
        if title:
            if reading is not None and last_row is not None:
                reading.finish_phase(last_row)
                finish_card(reading, heading)
            # a field set beside the title's name ('CR7 | Fleet costs      Theme: Assets')
            named = before_a_field(row.text)
            if named and (alone := card_title(named)) and alone.group("ref") == title.group("ref"):
                title = alone
            draft = RiskDraft(title.group("ref"), row.page, row.bbox, origin="card")
            theme = title.group("rest")
            draft.objective = objective_text(theme) if theme else None
            register.risks.setdefault(draft.reference, draft)
            reading = CardReading(draft)
            if beside := row.text[len(title.group(0)) :].strip():
                read_card_row(reading, TextRow(beside, row.page, row.bbox))
                reading.last_field, reading.fields_read = None, False  # the lines under the title still state the risk
        elif reading is None:
            register.texts.append(row.text)
        else:
            read_card_row(reading, row)
        last_row = row
    if reading is not None and last_row is not None:
        reading.finish_phase(last_row)
        finish_card(reading, heading)
    for risk in register.risks.values():
        if risk.description is None and risk.objective:
            risk.description, risk.objective = risk.objective, None  # the title carried the statement
    register.date = register_date(part, items)
    return register


def heading_objective(text: str) -> str | None:
    """A short line labelled as a priority or theme ('Priority 2 – Safer roads') with no colon
    field after it: the objective of the cards below it."""
    if len(text.split()) > 12 or ":" in text:
        return None
    if not any(p.match(text) for p in compiled("objective_prefix_patterns")[:1]):
        return None
    return objective_text(text)


def bold_headings(rows: list[TextRow]) -> dict[int, str]:
    """Short bold lines with no label, standing each right over a card's title ('Service
    delivery'): the themes the cards below them sit under. Two or more, so a register's title
    over its first card is not read as one."""
    found = {
        index: row.text.strip()
        for index, row in enumerate(rows)
        if row.bold
        and len(row.text.split()) <= 8
        and not re.search(r"[\d:]", row.text)
        and not card_title(row.text)
        and not any(p.search(row.text) for p in compiled("title_patterns"))
        and heads_next_card(rows, index)
    }
    return found if len(found) >= 2 else {}


def labelled_objective(text: str) -> str | None:
    """The value of a line labelled as an objective ('Priority: Safer roads'), else None."""
    found = labelled(text)
    return objective_text(found[1]) if found and found[0] == "objective" and found[1] else None


def heads_next_card(rows: list[TextRow], index: int) -> bool:
    """Whether the row after this one is a card's title."""
    return index + 1 < len(rows) and card_title(rows[index + 1].text) is not None


def themes_lead(rows: list[TextRow]) -> bool:
    """Whether the register's objective lines head the cards below them: a labelled objective
    ('Priority: Safer roads', 'Theme: …') printed before the first card's title. Where the first
    card comes first, such a line is a field of the card it stands in."""
    for row in rows:
        if card_title(row.text):
            return False
        if labelled_objective(row.text):
            return True
    return False


def finish_card(reading: CardReading, heading: str | None) -> None:
    """A card whose title line is followed by its statement: the title is a short name, so the
    card takes the heading's objective (its own labelled objective, if printed, is kept)."""
    if not reading.statement:
        return
    draft = reading.draft
    if not reading.objective_labelled:
        draft.objective = heading


def measure_line(text: str) -> tuple[str, int] | None:
    """'Likelihood: 3', 'Impact 4', 'Score – Amber 10': one measure of the phase headed above it."""
    words = text.replace(":", " ").split()
    for size in (2, 1):
        measure = measure_of(" ".join(words[:size])) if len(words) > size else None
        if measure is None:
            continue
        rest = " ".join(words[size:]).strip("–— -")
        value = small_int(rest)
        if value is None and measure == "score" and (banded := read_score_text(rest)):
            value = banded.score
        return (measure, value) if value is not None else None
    return None


def read_card_row(reading: CardReading, row: TextRow) -> None:
    """One row of a card: a rating, a phase heading over measure lines, a measure, a labelled
    field, or more of the field above it."""
    draft = reading.draft
    if reading.phase_label and (measure := measure_line(row.text)):
        reading.measures[measure[0]] = measure[1]
        return
    reading.finish_phase(row)
    listed = phase_list(row.text)  # several phases in the line ('Gross 4x4=16; Net 3x3=9')
    rating = phase_line(row.text) if not listed else None
    for each in listed or ([rating] if rating is not None else []):
        add_card_rating(draft, each, row)
    if listed or rating is not None:
        reading.last_field, reading.fields_read = None, True
        return
    if not re.search(r"\d", row.text) and rating_phase(row.text) and len(row.text.split()) <= 5:
        reading.phase_label, reading.last_field = row.text.strip(" :"), None
        return
    found = labelled(row.text)
    if found is None and not reading.fields_read and (reading.statement or draft.description is None):
        # unlabelled lines right under the title are the risk's statement
        draft.description = f"{draft.description} {row.text}".strip() if reading.statement else row.text
        reading.statement = True
        return
    if found is None:
        if reading.last_field == "description":
            draft.description = f"{draft.description} {row.text}".strip()
        else:
            reading.last_field = None
        return
    name, value = found
    reading.last_field, reading.fields_read = name, True
    if name == "description":
        draft.description = value
    elif name == "owner":
        draft.owner_text = value
    elif name == "direction":
        draft.direction_text = value
    elif name == "objective":
        draft.objective = objective_text(value)
        reading.objective_labelled = True
    elif name == "status" and (spans := [s for s in find_dates(value) if s.value.iso]):
        draft.date = DateValue(spans[0].value.iso, spans[0].text)


def add_card_rating(draft: RiskDraft, rating: PrintedRating, row: TextRow) -> None:
    if all(r.phase != rating.phase for r, _, _ in draft.ratings):
        draft.ratings.append((rating, row.page, row.bbox))
