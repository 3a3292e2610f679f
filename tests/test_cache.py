"""The page cache (pipeline/cache.py) never changes what the reader gives."""

from __future__ import annotations

import os
import pickle
import shutil
import time
from pathlib import Path

import pytest

from pipeline import cache
from pipeline.reader import UnreadablePDF, read_document
from pipeline.records import Problem

ROOT = Path(__file__).resolve().parent.parent
SMALL = ROOT / "tests" / "pdfs" / "items" / "19-10-09-BCB-Agenda.pdf"


@pytest.fixture
def folder(tmp_path, monkeypatch) -> Path:
    """A fresh cache folder, turned on for this test only."""
    folder = tmp_path / "cache"
    monkeypatch.setenv(cache.ENV, str(folder))
    return folder


def entries(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.pickle"))


def read_fresh(path: Path, document_id: str, monkeypatch) -> tuple[list, list]:
    with monkeypatch.context() as patch:
        patch.delenv(cache.ENV, raising=False)
        problems: list[Problem] = []
        return read_document(path, document_id, problems), problems


def test_a_hit_gives_what_a_fresh_read_gives_under_any_document_id(folder, monkeypatch):
    fresh, fresh_problems = read_fresh(SMALL, "second", monkeypatch)
    first = read_document(SMALL, "first", [])
    assert len(entries(folder)) == 1 and first[0].document_id == "first"
    problems: list[Problem] = [Problem("earlier", None, "read", "kept")]
    hit = read_document(SMALL, "second", problems)
    assert hit == fresh
    assert problems == [Problem("earlier", None, "read", "kept"), *fresh_problems]
    assert read_document(SMALL, "second", []) is not hit  # every hit is a copy of its own


def test_the_key_is_the_bytes_not_the_name(folder, tmp_path):
    copy = tmp_path / "renamed.pdf"
    shutil.copy(SMALL, copy)
    read_document(SMALL, "a", [])
    read_document(copy, "b", [])
    assert len(entries(folder)) == 1
    copy.write_bytes(SMALL.read_bytes() + b"\n% another file\n")
    read_document(copy, "b", [])
    assert len(entries(folder)) == 2


def test_a_damaged_entry_is_ignored_and_written_again(folder, monkeypatch):
    fresh, _ = read_fresh(SMALL, "doc", monkeypatch)
    read_document(SMALL, "doc", [])
    [entry] = entries(folder)
    for damage in (b"", b"not a pickle", pickle.dumps(("doc", ["not a page"], []))):
        entry.write_bytes(damage)
        assert read_document(SMALL, "doc", []) == fresh
        assert cache.load(entry) is not None


def test_an_unreadable_file_is_not_cached(folder, tmp_path):
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(UnreadablePDF):
        read_document(empty, "doc", [])
    assert entries(folder) == []


def test_off_unless_the_variable_names_a_folder(tmp_path, monkeypatch):
    monkeypatch.delenv(cache.ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    read_document(SMALL, "doc", [])
    assert list(tmp_path.iterdir()) == []


def test_prune_removes_other_readers_and_unused_entries(folder):
    read_document(SMALL, "doc", [])
    [kept] = entries(folder)
    other = folder / f"{'0' * 64}-{'f' * 16}.pickle"
    other.write_bytes(b"an older reader's entry")
    unused = folder / f"{'1' * 64}-{cache.READER_VERSION}.pickle"
    unused.write_bytes(b"unused for a week")
    week_ago = time.time() - 7 * 24 * 3600
    os.utime(unused, (week_ago, week_ago))
    cache.prune(folder, unused_for=3 * 24 * 3600)
    assert entries(folder) == [kept]


def test_the_reader_version_covers_the_modules_the_reader_imports():
    names = {path.name for path in cache.local_imports(cache.PACKAGE / "reader.py")}
    assert {"reader.py", "layout.py", "records.py", "cache.py"} <= names
