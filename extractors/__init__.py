"""Extractors, one module per kind of record, registered in one ordered tuple.

`EXTRACTORS` is the registry the pipeline runs, in this order, over every document
part whose kind an extractor `reads`; a new kind of record is a new module added here.
"""

from __future__ import annotations

from .action_log import ActionLogExtractor
from .agenda import AgendaExtractor
from .minutes import MinutesExtractor
from .risk_register import RiskRegisterExtractor

EXTRACTORS: tuple = (
    AgendaExtractor(),
    MinutesExtractor(),
    ActionLogExtractor(),
    RiskRegisterExtractor(),
)
