"""A file is known by its path, size and modification time: an unchanged one is not hashed again,
a touched one is hashed but not parsed again, and one written in the last moments is always hashed."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_fixtures import text_pdf_bytes

from pipeline import discover
from pipeline.run import ingest

SMALL = Path(__file__).resolve().parent.parent / "corpus" / "17-06-29-JAC-Governance-Police-and-Crime-Plan-BAF.pdf"


def write(path: Path, data: bytes, hours_ago: float | None = 1.0) -> None:
    """Write `data` to `path`, dated `hours_ago` (None: now, as a file just saved is)."""
    path.write_bytes(data)
    if hours_ago is not None:
        then = time.time_ns() - int(hours_ago * 3600e9)
        os.utime(path, ns=(then, then))


@pytest.fixture
def hashed(monkeypatch) -> list[str]:
    """The names of the files discovery hashes from now on."""
    names: list[str] = []
    real = discover.sha256_of

    def counting(path: Path) -> str:
        names.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(discover, "sha256_of", counting)
    return names


def test_an_unchanged_file_is_known_by_its_stat_without_reading_it(tmp_path, hashed):
    folder, db = tmp_path / "papers", tmp_path / "papers.db"
    folder.mkdir()
    write(folder / "paper.pdf", SMALL.read_bytes())
    ingest([folder], db, workers=1)
    assert hashed == ["paper.pdf"]

    hashed.clear()
    report = ingest([folder], db, workers=1)
    assert hashed == []
    assert (report.parsed, report.unchanged) == (0, 1)


def test_a_touched_file_is_hashed_not_parsed_and_its_new_time_kept(tmp_path, hashed):
    folder, db = tmp_path / "papers", tmp_path / "papers.db"
    folder.mkdir()
    write(folder / "paper.pdf", SMALL.read_bytes(), hours_ago=2)
    ingest([folder], db, workers=1)

    write(folder / "paper.pdf", SMALL.read_bytes(), hours_ago=1)  # same bytes, another time
    hashed.clear()
    report = ingest([folder], db, workers=1)
    assert hashed == ["paper.pdf"]
    assert (report.parsed, report.unchanged) == (0, 1)

    hashed.clear()
    assert ingest([folder], db, workers=1).unchanged == 1
    assert hashed == []  # the new time was recorded


def test_a_file_saved_just_now_is_hashed_until_its_time_has_settled(tmp_path, hashed):
    # A write in the same tick of the file system's clock leaves size and time as they were: a
    # time that recent is not trusted, so the rewritten bytes below are found and parsed.
    folder, db = tmp_path / "papers", tmp_path / "papers.db"
    folder.mkdir()
    paper = folder / "paper.pdf"
    write(paper, SMALL.read_bytes() + b"\n% first\n", hours_ago=None)
    ingest([folder], db, workers=1)
    with sqlite3.connect(db) as conn:
        assert conn.execute("select size, mtime_ns from document_paths").fetchall() == [(paper.stat().st_size, None)]

    saved = paper.stat().st_mtime_ns
    write(paper, SMALL.read_bytes() + b"\n% again\n", hours_ago=None)  # same size
    os.utime(paper, ns=(saved, saved))  # and the same time
    hashed.clear()
    report = ingest([folder], db, workers=1)
    assert hashed == ["paper.pdf"]
    assert report.parsed == 1


def modules_after(*runs: str) -> set[str]:
    """The heavy modules a fresh interpreter holds after the given Python statements (with `ingest`)."""
    code = (
        "import sys\nfrom pipeline.run import ingest\n"
        + "\n".join(runs)
        + (
            "\nprint(' '.join(m for m in ('spacy', 'pdfplumber', 'sqlite_utils', 'extractors', 'dateparser')"
            " if m in sys.modules))"
        )
    )
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, env=env, check=True)
    return set(done.stdout.split())


def test_an_unchanged_run_loads_no_parser_and_a_run_without_owners_no_spacy(tmp_path):
    folder, db = tmp_path / "papers", tmp_path / "papers.db"
    folder.mkdir()
    write(folder / "note.pdf", text_pdf_bytes(b"A paper of the board."))
    run = f"ingest([{str(folder)!r}], {str(db)!r}, workers=1)"
    assert "spacy" not in modules_after(run)  # parsed and linked: no owner named, so no spaCy
    assert modules_after(run) == set()  # nothing new: nothing loaded beyond the run's own modules
