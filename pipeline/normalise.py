"""Normalise extracted records before they are stored.

Takes the records of one file; yields them with controlled vocabularies checked and
exact duplicates (the same record read twice from one file) removed. A record whose
vocabulary is wrong is dropped with a problem, never silently. Dates and owners have
their own context-free normalisers (`dates`, `owners`), called where the text is read.
"""

from __future__ import annotations

from extractors.base import Context

from .records import ATTENDANCE, DECISION_TYPES, RISK_PHASES, Attendee, Decision, RiskRating

VOCABULARIES = {
    Attendee: ("attendance", ATTENDANCE),
    Decision: ("decision_type", DECISION_TYPES),
    RiskRating: ("phase", RISK_PHASES),
}


def normalise(records: list, context: Context) -> list:
    kept, seen = [], set()
    for record in records:
        if not in_vocabulary(record, context) or record in seen:
            continue
        seen.add(record)
        kept.append(record)
    return kept


def in_vocabulary(record, context: Context) -> bool:
    field, allowed = VOCABULARIES.get(type(record), (None, ()))
    if field is None or getattr(record, field) in allowed:
        return True
    context.problem(
        record.source.page,
        "normalise",
        f"{field} {getattr(record, field)!r} is not one of {allowed}",
        str(record)[:300],
    )
    return False
