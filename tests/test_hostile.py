"""Hostile and unlucky input (issue 14): every file recorded with a reason, nothing blocking the
archive. Each case is a file generated here; see tests/test_robust_workers.py for the limits."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hostile_fixtures import as_nobody, pages_pdf, text_content, text_pdf_bytes, undecodable_pdf, unmapped_pdf

from pipeline import layout
from pipeline.cli import cli
from pipeline.reader import read_document
from pipeline.records import DocumentResult
from pipeline.run import NoPDFs, ingest
from pipeline.store import Store, StoreError
from pipeline.workers import LimitHit, Limits, Pool

ROOT = Path(__file__).resolve().parent.parent
GOOD = text_pdf_bytes(b"Minutes of the Business Coordination Board held on 9 October 2019")
OTHER = text_pdf_bytes(b"Agenda of the Business Coordination Board")


def rows(db: Path, sql: str, params=()) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def batch(folder: Path, **files: bytes) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / f"{name}.pdf").write_bytes(data)
    return folder


# --- names and permissions ------------------------------------------------------------------


def test_a_name_that_is_not_utf8_is_stored_readable_with_its_raw_bytes(tmp_path):
    folder = batch(tmp_path / "in", good=GOOD)
    raw = os.fsencode(folder) + b"/Minutes \x96 2019.pdf"
    Path(os.fsdecode(raw)).write_bytes(OTHER)
    db = tmp_path / "p.db"
    for _ in range(2):  # the second run meets the stored name again
        ingest([folder], db, workers=1)
    ((path, path_bytes, status),) = rows(
        db, "select path, path_bytes, status from documents where path like '%Minutes%'"
    )
    assert path.endswith("Minutes \\x96 2019.pdf") and status == "ok"
    assert bytes.fromhex(path_bytes) == raw
    assert rows(db, "select path_bytes from documents where path like '%good.pdf'") == [(None,)]


def run_as_nobody(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    """`boardpapers ARGS` in a fresh process that file permissions apply to (root's rights dropped)."""
    env = {k: v for k, v in os.environ.items() if k != "BOARDPAPERS_PAGE_CACHE"} | {"HOME": str(cwd)}
    try:
        return subprocess.run(
            [sys.executable, "-m", "pipeline.cli", *args],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            preexec_fn=as_nobody(),
            timeout=300,
        )
    except subprocess.SubprocessError as error:  # a container that forbids dropping capabilities
        pytest.skip(f"cannot run without root's file rights here: {error}")


@pytest.fixture
def open_folder():
    """A folder anyone may write (tmp_path is root's own), removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="boardpapers-"))
    folder.chmod(0o777)
    yield folder
    for path in folder.rglob("*"):
        path.chmod(0o777)
    shutil.rmtree(folder)


def test_unreadable_files_and_folders_are_recorded_and_a_read_only_database_is_one_line(open_folder):
    papers = batch(open_folder / "in", good=GOOD, secret=OTHER)
    (papers / "secret.pdf").chmod(0)
    batch(papers / "locked", hidden=text_pdf_bytes(b"hidden"))
    (papers / "locked").chmod(0)
    db = open_folder / "p.db"
    result = run_as_nobody(["ingest", str(papers), "--db", str(db), "--workers", "1"], open_folder)
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    found = {Path(p).name: (s, e) for p, s, e in rows(db, "select path, status, error from documents")}
    assert found["good.pdf"] == ("ok", None)
    assert found["secret.pdf"][0] == "failed" and "cannot read the file" in found["secret.pdf"][1]
    assert found["locked"][0] == "failed" and "cannot read the folder" in found["locked"][1]
    assert "secret.pdf" in result.stdout and "locked" in result.stdout  # named in the summary

    db.chmod(0o444)
    before = rows(db, "select * from documents order by id")
    result = run_as_nobody(["ingest", str(papers / "good.pdf"), "--db", str(db)], open_folder)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.strip().count("\n") == 0 and "read-only" in result.stderr
    assert rows(db, "select * from documents order by id") == before


# --- pages that lost their text ---------------------------------------------------------------


def test_a_page_whose_stream_cannot_be_decompressed_is_partial_with_a_problem(tmp_path):
    undecodable_pdf(batch(tmp_path / "in") / "damaged.pdf")
    db = tmp_path / "p.db"
    ingest([tmp_path / "in"], db, workers=1)
    ((status, error),) = rows(db, "select status, error from documents")
    assert status == "partial" and "could not be decompressed" in error
    assert rows(db, "select page, stage from problems where reason like 'text lost%'") == [(2, "read")]


def test_pages_of_glyphs_without_a_unicode_map_are_partial_with_a_problem_each_without_ocr(tmp_path):
    unmapped_pdf(batch(tmp_path / "in") / "cids.pdf", pages=2)
    db = tmp_path / "p.db"
    ingest([tmp_path / "in"], db, workers=1, ocr_mode="never")  # with OCR they are read: tests/test_ocr.py
    ((status, error),) = rows(db, "select status, error from documents")
    assert status == "partial" and "no Unicode map" in error
    assert rows(db, "select page from problems where stage = 'read' order by page") == [(2,), (3,)]


def test_pdfminer_warnings_never_reach_the_terminal(tmp_path, capfd):
    looped = pages_pdf([text_content(b"A paper")]).replace(b"/Root 1 0 R", b"/Root 1 0 R /Info 9 0 R")
    looped = looped.replace(b"trailer", b"9 0 obj\n<< /Title [9 0 R] /Author (x) >>\nendobj\ntrailer")
    path = tmp_path / "looped-metadata.pdf"
    path.write_bytes(looped)
    pages = read_document(path, "x", [])
    assert pages[0].lines[0].text == "A paper"
    assert capfd.readouterr().err == ""


# --- the same file, renamed, deleted ------------------------------------------------------------


def test_one_file_by_a_relative_and_an_absolute_path_is_one_path(tmp_path, monkeypatch):
    folder = batch(tmp_path / "in", paper=GOOD)
    db = tmp_path / "p.db"
    ingest([folder.resolve()], db, workers=1)
    (folder / "paper.pdf").write_bytes(OTHER)
    monkeypatch.chdir(tmp_path)
    ingest([Path("in")], db, workers=1)
    assert rows(db, "select path, absolute_path, root from documents") == [
        ("in/paper.pdf", str(folder.resolve() / "paper.pdf"), str(folder.resolve()))
    ]
    assert rows(db, "select count(*) from document_paths")[0][0] == 1
    assert "Agenda" in rows(db, "select text from pages")[0][0]


def test_a_renamed_file_is_one_document_with_its_old_name_marked_gone(tmp_path):
    folder = batch(tmp_path / "in", old=GOOD)
    db = tmp_path / "p.db"
    ingest([folder], db, workers=1)
    (folder / "old.pdf").rename(folder / "new.pdf")
    report = ingest([folder], db, workers=1)
    assert not report.missing
    ((path, status),) = rows(db, "select path, status from documents")
    assert path.endswith("new.pdf") and status == "ok"
    paths = rows(db, "select path, gone is not null from document_paths order by path")
    assert [(Path(p).name, g) for p, g in paths] == [("new.pdf", 0), ("old.pdf", 1)]


def test_a_deleted_file_is_missing_with_its_rows_kept_until_pruned(tmp_path):
    folder = batch(tmp_path / "in", kept=GOOD, deleted=OTHER)
    elsewhere = batch(tmp_path / "elsewhere", other=text_pdf_bytes(b"Another folder"))
    db = tmp_path / "p.db"
    ingest([folder, elsewhere], db, workers=1)
    (folder / "deleted.pdf").unlink()
    report = ingest([folder], db, workers=1)  # elsewhere/ is not read: its file is not missing
    assert [Path(p).name for p in report.missing] == ["deleted.pdf"]
    assert any("missing: 1 files" in line for line in report.lines())
    statuses = {Path(p).name: s for p, s in rows(db, "select path, status from documents")}
    assert statuses == {"kept.pdf": "ok", "deleted.pdf": "missing", "other.pdf": "ok"}
    assert (
        rows(db, "select count(*) from pages p join documents d on d.id = p.document_id where d.status = 'missing'")[0][
            0
        ]
        == 1
    )
    report = ingest([folder], db, workers=1, prune=True)
    assert [Path(p).name for p in report.pruned] == ["deleted.pdf"]
    assert sorted(Path(p).name for (p,) in rows(db, "select path from documents")) == ["kept.pdf", "other.pdf"]
    assert rows(db, "select count(*) from pages")[0][0] == 2


def test_a_missing_file_that_comes_back_is_whole_again(tmp_path):
    folder = batch(tmp_path / "in", paper=GOOD)
    db = tmp_path / "p.db"
    ingest([folder], db, workers=1)
    (folder / "paper.pdf").rename(tmp_path / "away.pdf")
    ingest([folder], db, workers=1)
    (tmp_path / "away.pdf").rename(folder / "paper.pdf")
    ingest([folder], db, workers=1)
    assert rows(db, "select status from documents") == [("ok",)]


# --- the database -------------------------------------------------------------------------------


@pytest.mark.parametrize("case", ["pdf", "corrupt", "foreign", "folder"])
def test_a_database_that_cannot_be_used_is_one_line_and_left_as_it_was(tmp_path, case):
    folder = batch(tmp_path / "in", good=GOOD)
    db = tmp_path / "p.db"
    if case == "pdf":
        db.write_bytes(GOOD)
    elif case == "corrupt":
        db.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 16)
    elif case == "foreign":
        with sqlite3.connect(db) as conn:
            conn.execute("create table invoices (id integer)")
    else:
        (tmp_path / "a-file").write_text("x")
        db = tmp_path / "a-file" / "sub" / "p.db"
    before = db.read_bytes() if db.exists() else None
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(db), "--quiet"])
    assert result.exit_code == 1
    assert isinstance(result.exception, SystemExit), result.exception
    message = result.output.strip()
    assert message.startswith("Error: ") and "\n" not in message and len(message) < 300, message
    assert {"pdf": "is a PDF", "corrupt": "not", "foreign": "another program", "folder": "cannot use"}[case] in message
    assert (db.read_bytes() if db.exists() else None) == before


def test_a_database_locked_by_another_writer_is_one_line(tmp_path):
    folder = batch(tmp_path / "in", good=GOOD)
    db = tmp_path / "p.db"
    ingest([folder], db, workers=1)
    (folder / "good.pdf").write_bytes(OTHER)
    holder = sqlite3.connect(db)
    holder.execute("begin exclusive")
    try:
        with pytest.raises(StoreError, match="locked by another program") as raised:
            ingest([folder], db, workers=1, lock_timeout=0.2)
    finally:
        holder.rollback()
        holder.close()
    assert "\n" not in str(raised.value)
    assert "Minutes" in rows(db, "select text from pages")[0][0]  # the data stays as it was


DISK_FULL = """
import resource, sys
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[3]), int(sys.argv[3])))
from pipeline.cli import cli
cli(["ingest", sys.argv[1], "--db", sys.argv[2], "--workers", "1"])
"""


def test_a_full_disk_is_one_line_and_the_database_is_left_whole(tmp_path):
    db = tmp_path / "p.db"
    ingest([batch(tmp_path / "first", good=GOOD)], db, workers=1)
    before = rows(db, "select id, status from documents")
    big = batch(tmp_path / "big", many=text_pdf_bytes(*[b"Board minutes line %d " % i * 4 for i in range(45)]))
    for i in range(30):
        shutil.copy(big / "many.pdf", big / f"copy{i}.pdf")
        with open(big / f"copy{i}.pdf", "ab") as handle:
            handle.write(b"%% %d\n" % i)
    env = {k: v for k, v in os.environ.items() if k != "BOARDPAPERS_PAGE_CACHE"}
    result = subprocess.run(
        [sys.executable, "-c", DISK_FULL, str(big), str(db), str(db.stat().st_size + 40_000)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    error = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert len(error) == 1 and ("disk is full" in error[0] or "cannot write" in error[0]), result.stderr
    assert set(before) <= set(rows(db, "select id, status from documents"))
    assert rows(db, "pragma integrity_check") == [("ok",)]


def test_a_long_reason_is_cut_with_the_whole_text_kept(tmp_path):
    store = Store(tmp_path / "p.db")
    dump = "corrupt PDF (PDFSyntaxError: " + "b'\\x00\\x17'" * 200 + ")"
    store.write_document(DocumentResult(id="a" * 64, path="dump.pdf", size=1, status="failed", error=dump), "v")
    store.close()
    ((error, detail),) = rows(tmp_path / "p.db", "select error, error_detail from documents")
    assert len(error) <= 200 and error.endswith("…") and detail == dump


def test_a_parser_bug_is_a_short_reason_with_the_traceback_kept(tmp_path, monkeypatch):
    def broken(job):
        raise ValueError("x" * 5000)

    monkeypatch.setattr("pipeline.run.parse_file", broken)
    ingest([batch(tmp_path / "in", bug=GOOD)], tmp_path / "p.db", workers=1)
    ((error,),) = rows(tmp_path / "p.db", "select error from documents")
    assert error.startswith("internal error while parsing (ValueError: xxx") and len(error) <= 200
    ((text,),) = rows(tmp_path / "p.db", "select text from problems where stage = 'parse'")
    assert "Traceback" in text and "ValueError" in text


# --- the terminal ------------------------------------------------------------------------------


def test_control_characters_from_names_and_papers_are_escaped_on_the_terminal(tmp_path):
    folder = batch(tmp_path / "in")
    (folder / "evil\x1b]0;owned\x07.pdf").write_bytes(b"<html>\x1b[2J</html>")
    font = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding "
        b"/BaseEncoding /WinAnsiEncoding /Differences [27 /uni001B] >> >>"
    )
    titled = tmp_path / "titled.pdf"
    titled.write_bytes(pages_pdf([text_content(b"Minutes of the Board \x1b[2J\x1b[31m meeting")], font=font))
    assert "\x1b" in read_document(titled, "t", [])[0].lines[0].text  # the paper does carry the escape
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "p.db")])
    assert result.exit_code == 1 and "evil\\x1b]0;owned\\x07.pdf" in result.output
    parts = CliRunner().invoke(cli, ["parts", str(titled)])
    for output in (result.output, result.stderr, parts.output):
        assert "\x1b" not in output and "\x07" not in output
    assert "\\x1b[2J" in parts.output


# --- long tokens ---------------------------------------------------------------------------------


def find_body_name(text: str) -> str | None:
    return layout.find_body_name(text)


@pytest.mark.parametrize(
    "token", ["A-" * 100_000, "A&" * 100_000, "A'" * 100_000, "A’" * 100_000, "A" * 200_000, "Ab " * 70_000]
)
def test_the_body_name_pattern_takes_linear_time_over_a_200_kb_token(token):
    """Searched in a bounded worker, so a quadratic pattern fails the test in seconds instead of hanging it."""
    with Pool(find_body_name, 1, Limits(seconds=3, memory_mb=None)) as pool:
        ((_, named),) = pool.run([token + " Board"])
    assert not isinstance(named, LimitHit), f"{token[:6]}… took longer than 3 s: quadratic backtracking?"
    assert named is not None


def test_body_names_read_as_before():
    assert (
        layout.BODY_NAME.search("minutes of the Business Coordination Board held").group(1)
        == "Business Coordination Board"
    )
    assert layout.BODY_NAME.search("the Joint Audit Committee").group(1) == "Joint Audit Committee"


# --- running ingest --------------------------------------------------------------------------------


def test_a_folder_without_pdfs_says_so_and_creates_nothing(tmp_path):
    (tmp_path / "empty").mkdir()
    db = tmp_path / "out" / "p.db"
    for path in (tmp_path / "empty", tmp_path / "no-such-folder"):
        result = CliRunner().invoke(cli, ["ingest", str(path), "--db", str(db)])
        assert result.exit_code == 1
        assert ("no PDF files under" if path.exists() else "no such file or folder") in result.output
        assert not db.exists() and not db.parent.exists()
    with pytest.raises(NoPDFs):
        ingest([tmp_path / "empty"], db)


def test_the_summary_names_failed_files_and_a_line_says_when_linking(tmp_path):
    folder = batch(tmp_path / "in", good=GOOD, **{"not-a-pdf": b"<html></html>"})
    result = CliRunner().invoke(cli, ["ingest", str(folder), "--db", str(tmp_path / "p.db"), "--workers", "1"])
    assert result.exit_code == 1
    assert "failed: 1 × not a PDF: the file starts with '<html></html>', not '%PDF-': not-a-pdf.pdf" in result.output
    assert "Linking" in result.stderr


def test_ingest_and_evaluate_take_the_database_from_boardpapers_db(tmp_path, monkeypatch):
    db = tmp_path / "from-env.db"
    monkeypatch.setenv("BOARDPAPERS_DB", str(db))
    result = CliRunner().invoke(cli, ["ingest", str(batch(tmp_path / "in", good=GOOD)), "--quiet"])
    assert result.exit_code == 0, result.output
    assert rows(db, "select count(*) from documents") == [(1,)]
    gold = tmp_path / "gold"
    gold.mkdir()
    db.write_bytes(GOOD)  # now a PDF: evaluate must be reading the variable's file to say so
    result = CliRunner().invoke(cli, ["evaluate", str(gold)])
    assert result.exit_code == 1 and "not a SQLite database" in result.output
