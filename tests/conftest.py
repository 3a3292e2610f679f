"""Shared fixtures: the bundled corpus ingested once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.run import ingest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> Path:
    """A database built from corpus/ by the real pipeline (two workers, as a user runs it)."""
    db = tmp_path_factory.mktemp("corpus") / "boardpapers.db"
    report = ingest([ROOT / "corpus"], db, workers=2)
    assert report.failed == 0, report.lines()
    return db
