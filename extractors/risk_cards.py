"""The 'risk-cards' register family: one card (a boxed or spaced block) per risk.

Takes a register part in reading order (`risk_model.Placed`); yields a `Register` of risk drafts.
A card opens with its reference ('OR1 — Governance', 'Risk CR07: Cyber attack') and then
prints its fields as `Label value` lines or one-column rows: the statement, the owner, a
rating line per phase ('Residual risk  Likelihood 2 · Impact 3 · Rating 8', 'Gross: 4x3=12'),
the direction of travel, the date of its last update. The text after the reference is the
card's theme (its objective) when the statement has its own label, else the statement.
A likelihood x impact matrix printed with the cards is read as the register's look-up of
scores (or as placements of references). Labels are vocabulary data (`labels` in risks.json).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.dates import DateValue, find_dates
from pipeline.layout import cell_text
from pipeline.records import Page

from .base import Context
from .risk_model import register_date, Placed, Register, RiskDraft, objective_text, read_matrix
from .risk_scoring import PrintedRating, rating_phase, read_rating_text
from .risk_words import WORDS, compiled, reference_text

FAMILY = "risk-cards"
TITLE = re.compile(r"^(?:risk\s+)?(?P<ref>{ref})\s*(?:[–—:|-]\s*(?P<rest>\S.*))?$")
LOOKAHEAD = 10   # a card's rating lines stand within this many rows of its title


@dataclass(frozen=True)
class TextRow:
    """One line of text, or one row of a ruled table read as a line, with where it stands."""
    text: str
    page: Page
    bbox: tuple


def text_rows(items: list[Placed], register: Register | None = None) -> list[TextRow]:
    """The part as rows of text; matrices go to the register instead (when one is given)."""
    rows = []
    for item in items:
        if item.line is not None:
            rows.append(TextRow(item.line.text.strip(), item.page, item.line.bbox))
            continue
        table = item.table
        if register is not None and read_matrix(item, register):
            continue
        for index, row in enumerate(table.rows):
            text = " ".join(cell_text(c) for c in row if cell_text(c))
            top = table.row_tops[index] if index < len(table.row_tops) else table.bbox[1]
            if text:
                rows.append(TextRow(text, item.page, (table.bbox[0], round(top, 1), table.bbox[2], round(top, 1))))
    return rows


def card_title(text: str) -> re.Match | None:
    pattern = re.compile(TITLE.pattern.format(ref=reference_text().pattern), re.I)
    match = pattern.match(text)
    if match and match.group("rest") and phase_line(match.group("rest")):
        return None
    return match


def phase_line(text: str) -> PrintedRating | None:
    """'Residual risk Likelihood 2 · Impact 3 · Rating 8' -> current (2, 3, 8); 'Target: 1 x 3 = 4'."""
    # the label runs to the first number ('Target: 1 x 3 = 4', 'Inherent risk 4 3 12') …
    if split := re.match(r"^([^\d]+?)\s*[:–—-]?\s*(\d.*)$", text):
        label, rest = split.group(1), split.group(2)
        if rating_phase(label) and (rating := read_rating_text(rest)) and rating.likelihood is not None:
            return PrintedRating(rating_phase(label), label.strip(" :"), rating.likelihood, rating.impact,
                                 rating.score, None)
    # … or to the first measure word ('Residual risk Likelihood 2 · Impact 3 · Rating 8')
    for pattern in compiled("rating_patterns"):
        match = pattern.search(text)
        if match is None or match.start() == 0:
            continue
        label = text[:match.start()].strip(" :–—-")
        phase = rating_phase(label)
        if phase:
            rating = read_rating_text(text[match.start():])
            return PrintedRating(phase, label, rating.likelihood, rating.impact, rating.score, None)
    return None


def labelled(text: str) -> tuple[str, str] | None:
    """'Risk owner Chief Executive' -> ('owner', 'Chief Executive'); the longest label wins."""
    best = None
    for name, labels in WORDS().labels.items():
        for label in labels:
            match = re.match(rf"(?i){re.escape(label)}\b\s*:?\s*(.*)$", text)
            if match and (best is None or len(label) > best[0]):
                best = (len(label), name, match.group(1).strip())
    return (best[1], best[2]) if best else None


def first_card(items: list[Placed]) -> str | None:
    """The title of the first card: a reference line followed closely by a phase's rating."""
    rows = text_rows(items)
    for index, row in enumerate(rows):
        if card_title(row.text) and any(phase_line(r.text) for r in rows[index + 1:index + 1 + LOOKAHEAD]):
            return row.text
    return None


def is_risk_cards(items: list[Placed]) -> bool:
    return first_card(items) is not None


def parse_risk_cards(part, items: list[Placed], context: Context) -> Register:
    register = Register(FAMILY)
    draft, theme, last_field = None, None, None
    for row in text_rows(items, register):
        title = card_title(row.text)
        if title:
            draft, last_field = RiskDraft(title.group("ref"), row.page, row.bbox, origin="card"), None
            theme = title.group("rest")
            register.risks.setdefault(draft.reference, draft)
            draft.objective = objective_text(theme) if theme else None
            continue
        if draft is None:
            register.texts.append(row.text)
            continue
        last_field = read_card_row(draft, row, last_field)
    for risk in register.risks.values():
        if risk.description is None and risk.objective:
            risk.description, risk.objective = risk.objective, None   # the title carried the statement
    register.date = register_date(part, items)
    return register


def read_card_row(draft: RiskDraft, row: TextRow, last_field: str | None) -> str | None:
    """One row of a card: a rating, a labelled field, or more of the field above it."""
    rating = phase_line(row.text)
    if rating is not None:
        if all(r.phase != rating.phase for r, _, _ in draft.ratings):
            draft.ratings.append((rating, row.page, row.bbox))
        return None
    found = labelled(row.text)
    if found is None:
        if last_field == "description":
            draft.description = f"{draft.description} {row.text}".strip()
            return last_field
        return None
    name, value = found
    if name == "description":
        draft.description = value
    elif name == "owner":
        draft.owner_text = value
    elif name == "direction":
        draft.direction_text = value
    elif name == "objective":
        draft.objective = objective_text(value)
    elif name == "status" and (spans := [s for s in find_dates(value) if s.value.iso]):
        draft.date = DateValue(spans[0].value.iso, spans[0].text)
    return name
