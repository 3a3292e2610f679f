"""The risk-register vocabulary, declared once for the extractor and its readers.

Takes pipeline/data/vocabulary/risks.json (through pipeline.vocabulary, so users can extend
it with `ingest --vocabulary`); yields `WORDS()`, a frozen `RiskWords`, and the compiled
patterns built from it. `extractors.risk_register` re-exports both: it is the extractor
module that owns this vocabulary; the readers (scoring, families) import it from here so
that none of them imports the extractor.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from pipeline import vocabulary


@dataclass(frozen=True)
class RiskWords:
    """The risk-register vocabulary (pipeline/data/vocabulary/risks.json)."""

    title_patterns: tuple[str, ...]
    header_words: tuple[str, ...]
    phases: dict[str, tuple[str, ...]]
    not_rating_words: tuple[str, ...]
    measures: dict[str, tuple[str, ...]]
    likelihood_words: tuple[str, ...]
    impact_words: tuple[str, ...]
    product_key_patterns: tuple[str, ...]
    impact_first_patterns: tuple[str, ...]
    rating_patterns: tuple[str, ...]
    score_patterns: tuple[str, ...]
    reference_cell_patterns: tuple[str, ...]
    reference_text_patterns: tuple[str, ...]
    columns: dict[str, tuple[str, ...]]
    labels: dict[str, tuple[str, ...]]
    objective_prefix_patterns: tuple[str, ...]
    register_date_patterns: tuple[str, ...]
    directions: dict[str, tuple[str, ...]]
    publisher_patterns: tuple[str, ...]
    measure_value_patterns: tuple[str, ...] = ()
    past_rating_words: tuple[str, ...] = ()
    title_columns: tuple[str, ...] = ()
    appetite_words: tuple[str, ...] = ()
    axis_words: dict[str, tuple[str, ...]] = field(default_factory=dict)


WORDS = vocabulary.loader("risks", RiskWords)


_COMPILED: dict[tuple[int, str], re.Pattern | tuple[re.Pattern, ...]] = {}


def _memo(name: str, build):
    """Compiled forms are kept per loaded vocabulary, so a user's added words are never stale."""
    key = (id(WORDS()), name)
    if key not in _COMPILED:
        _COMPILED[key] = build(WORDS())
    return _COMPILED[key]


def compiled(field: str) -> tuple[re.Pattern, ...]:
    """A `*_patterns` field of the vocabulary, compiled."""
    return _memo(field, lambda w: tuple(re.compile(p) for p in getattr(w, field)))


def reference_cell() -> re.Pattern:
    """A whole cell that is a risk reference ('SR3.1', 'CRR 01', 'OPCC-R1', '7')."""
    return _memo("reference_cell", lambda w: re.compile("|".join(f"(?:{p})" for p in w.reference_cell_patterns)))


def reference_text() -> re.Pattern:
    """A risk reference standing in running text or a matrix cell ('OR1 — Governance')."""
    return _memo("reference_text", lambda w: re.compile("|".join(f"(?:{p})" for p in w.reference_text_patterns)))


@functools.cache
def label_pattern(label: str) -> re.Pattern:
    """A field label opening a line, its colon and its value (compiled once per label)."""
    return re.compile(rf"(?i){re.escape(label)}\b\s*(:?)\s*(.*)$")


def field_label(text: str, need_value: bool = False) -> tuple[str, str] | None:
    """'Risk owner: Chief Executive' -> ('owner', 'Chief Executive'): the card or block field a
    line or cell opens with, the longest label of any field winning ('Risk owner' over 'Risk').
    A one-word label without a colon before a lower-case word is prose ('Risk of flooding …',
    'Owner of the plan …'), not a label. `need_value`: the label must have a value after it."""
    best: tuple[int, str, str] | None = None
    for name, labels in WORDS().labels.items():
        for label in labels:
            match = label_pattern(label).match(text)
            if match is None or (need_value and not match.group(2)):
                continue
            if " " not in label and not match.group(1) and match.group(2)[:1].islower():
                continue
            if best is None or len(label) > best[0]:
                best = (len(label), name, match.group(2).strip())
    return (best[1], best[2]) if best else None
