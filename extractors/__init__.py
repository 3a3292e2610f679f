"""Extractors, one module per kind of record, registered in one ordered tuple.

`EXTRACTORS` is the registry the pipeline runs (in this order) over every document
part whose kind an extractor `reads`; a new record kind is a new module added here.
"""
from __future__ import annotations

EXTRACTORS: tuple = ()
