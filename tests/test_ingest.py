"""`boardpapers ingest` end to end: real PDFs into a real SQLite file."""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from broken import write_broken_files
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.run import ingest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
ITEMS = ROOT / "tests" / "pdfs" / "items"
PACK_2019 = CORPUS / "19-10-09-BCB-Agenda-Pack.pdf"
SMALL = CORPUS / "17-06-29-JAC-Governance-Police-and-Crime-Plan-BAF.pdf"


def rows(db: Path, sql: str, params=()) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def test_every_corpus_file_is_a_document_with_kind_and_pages(corpus_db):
    found = {
        Path(p).name: (k, n, s)
        for p, k, n, s in rows(corpus_db, "select path, doc_kind, page_count, status from documents")
    }
    assert found == {
        "18-05-10-BCB-Agenda-Pack.pdf": ("pack", 69, "ok"),
        "19-10-09-BCB-Agenda-Pack.pdf": ("pack", 45, "ok"),
        "17-06-29-JAC-Governance-Police-and-Crime-Plan-BAF.pdf": ("report", 4, "ok"),
    }


def test_pages_are_searchable_and_parts_are_stored(corpus_db):
    assert rows(corpus_db, "select count(*) from pages")[0][0] == 69 + 45 + 4
    hits = rows(
        corpus_db,
        "select p.page from pages p join pages_fts f on f.rowid = p.rowid "
        "where pages_fts match 'parking' and p.document_id = (select id from documents "
        "where path like '%18-05-10%') order by p.page",
    )
    assert [h[0] for h in hits][:2] == [1, 6]
    parts = rows(
        corpus_db,
        "select part_kind, page_start, page_end from document_parts d join documents f "
        "on f.id = d.document_id where f.path like '%19-10-09%' order by page_start",
    )
    assert parts[1] == ("action_log", 2, 3) and ("risk_register", 20, 41) in parts


def test_a_second_run_does_no_work(corpus_db):
    before = rows(corpus_db, "select * from documents order by id")
    report = ingest([CORPUS], corpus_db, workers=2)
    assert (report.parsed, report.unchanged, report.linked) == (0, 3, {})
    assert "nothing to do" in "\n".join(report.lines())
    assert rows(corpus_db, "select * from documents order by id") == before


def test_broken_files_get_a_reason_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "batch"
    expected = write_broken_files(folder, SMALL)
    shutil.copy(SMALL, folder / "good.pdf")
    db = tmp_path / "papers.db"
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--quiet", "--workers", "2"])
    assert result.exit_code == 1
    found = {Path(p).name: (s, e) for p, s, e in rows(db, "select path, status, error from documents")}
    assert found.pop("good.pdf") == ("ok", None)
    for name, phrase in expected.items():
        status, error = found[name]
        assert status == ("no_text" if name == "scan.pdf" else "failed")
        assert phrase in error, (name, error)
    assert (
        rows(db, "select count(*) from pages p join documents d on d.id = p.document_id where d.path like '%good.pdf'")[
            0
        ][0]
        == 4
    )


def test_the_run_summary_counts_failures_by_reason(tmp_path):
    folder = tmp_path / "batch"
    write_broken_files(folder, SMALL)
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "x.db"), "--workers", "1"])
    assert result.exit_code == 1
    assert "failed: 1 × the file is empty (0 bytes)" in result.output
    assert "failed: 1 × encrypted PDF" in result.output


def test_the_same_bytes_under_two_names_are_one_document(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(SMALL, folder / "a.pdf")
    shutil.copy(SMALL, folder / "copy-of-a.pdf")
    db = tmp_path / "papers.db"
    ingest([folder], db, workers=2)
    assert rows(db, "select count(*) from documents")[0][0] == 1
    assert len(rows(db, "select path from document_paths")) == 2


def test_a_file_whose_bytes_changed_replaces_its_rows(tmp_path):
    folder = tmp_path / "batch"
    folder.mkdir()
    shutil.copy(SMALL, folder / "paper.pdf")
    db = tmp_path / "papers.db"
    ingest([folder], db, workers=1)
    shutil.copy(ITEMS / "19-10-09-BCB-Agenda.pdf", folder / "paper.pdf")
    report = ingest([folder], db, workers=1)
    assert report.parsed == 1
    assert rows(db, "select doc_kind, page_count from documents") == [("agenda", 1)]
    assert rows(db, "select count(*) from pages")[0][0] == 1


def test_a_pack_and_its_per_item_pdfs_give_each_record_once(tmp_path):
    pack_only, both = tmp_path / "pack.db", tmp_path / "both.db"
    folder = tmp_path / "site"
    folder.mkdir()
    shutil.copy(PACK_2019, folder)
    ingest([folder], pack_only, workers=1)
    shutil.copytree(ITEMS, folder / "items")
    ingest([folder], both, workers=2)
    for table in ("meetings", "agenda_items", "decisions", "actions", "risks", "risk_ratings"):
        assert rows(pack_only, f"select id from {table} order by id") == rows(
            both, f"select id from {table} order by id"
        ), table
    assert rows(both, "select count(*) from documents")[0][0] == 1 + len(list(ITEMS.glob("*.pdf")))


KILLER = """
import sys
from pipeline.run import ingest
ingest([sys.argv[1]], sys.argv[2], workers=1)
"""


@pytest.mark.parametrize("delay", [0.8, 2.5])
def test_a_killed_run_leaves_whole_documents_and_the_next_run_finishes(tmp_path, delay):
    db = tmp_path / "papers.db"
    process = subprocess.Popen([sys.executable, "-c", KILLER, str(CORPUS), str(db)], cwd=ROOT)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait()
    # Killed before its schema was made, a run leaves a database without tables: nothing half-written.
    if db.exists() and rows(db, "select 1 from sqlite_master where name = 'documents'"):
        for doc_id, page_count, _status in rows(db, "select id, page_count, status from documents"):
            assert rows(db, "select count(*) from pages where document_id = ?", [doc_id])[0][0] == page_count
            assert rows(db, "select count(*) from extractions where document_id = ?", [doc_id])[0][0] == 1
    report = ingest([CORPUS], db, workers=1)
    assert report.parsed + report.unchanged == 3
    assert rows(db, "select count(*) from documents where status = 'ok'")[0][0] == 3
    assert rows(db, "select value from meta where key = 'link_pending'") == [("0",)]


@pytest.mark.parametrize("command", ["ingest", "evaluate", "actions", "trace", "risks", "owners"])
def test_every_command_has_help(command):
    result = CliRunner().invoke(cli, [command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output
    assert cli.commands[command].help
