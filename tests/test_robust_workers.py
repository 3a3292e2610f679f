"""Bounded workers and safe concurrency (issue 14): a file over its time or memory limit, or one
that kills its worker, is recorded as failed and the batch goes on; SIGTERM and Ctrl-C stop
every worker; two ingests into one database lose nothing; and a torture run of 50 fuzzed,
hostile and slow files ends in bounded time with every file recorded and no traceback."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hostile_fixtures import bomb_pdf, fuzzed, nested_forms_pdf, text_pdf_bytes, undecodable_pdf, unmapped_pdf

from pipeline import link
from pipeline.discover import find_files
from pipeline.manifest import FileFacts
from pipeline.run import ingest, parse_file
from pipeline.store import Store
from pipeline.workers import Limits

ROOT = Path(__file__).resolve().parent.parent
GOOD = text_pdf_bytes(b"Minutes of the Business Coordination Board held on 9 October 2019")


def rows(db: Path, sql: str, params=()) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql, params).fetchall()


def statuses(db: Path) -> dict[str, tuple[str, str | None]]:
    return {Path(p).name: (s, e) for p, s, e in rows(db, "select path, status, error from documents")}


def test_a_file_over_the_time_limit_fails_with_the_limit_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    nested_forms_pdf(folder / "nested.pdf")
    (folder / "good.pdf").write_bytes(GOOD)
    # 3 s: the nested file burns the whole limit, so a small one keeps the suite fast. The good file, read
    # by the worker forked after the killed one, must fit in it on a busy machine: parsed here first, so
    # the fork inherits a parser past its first-use costs (date parser, vocabularies) and the limit
    # measures the one-line paper alone. pdfminer interprets the nested forms in Python, so the work runs
    # into the time limit (PDFium, in C, runs out of memory first: the next test).
    assert parse_file((find_files([folder / "good.pdf"]).files[0], FileFacts())).status == "ok"
    started = time.monotonic()
    report = ingest([folder], tmp_path / "p.db", workers=1, limits=Limits(seconds=3, memory_mb=1024), reader="pdfminer")
    assert time.monotonic() - started < 60
    found = statuses(tmp_path / "p.db")
    assert found["good.pdf"] == ("ok", None)
    assert found["nested.pdf"][0] == "failed" and "longer than the limit of 3 s" in found["nested.pdf"][1]
    assert report.failed == 1


def test_a_file_that_exhausts_pdfium_fails_with_a_reason_and_the_batch_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    nested_forms_pdf(folder / "nested.pdf")
    (folder / "good.pdf").write_bytes(GOOD)
    # 256 MB: PDFium reaches a small ceiling sooner than a large one (a one-line paper needs far less).
    report = ingest([folder], tmp_path / "p.db", workers=1, limits=Limits(seconds=10, memory_mb=256), reader="pdfium")
    found = statuses(tmp_path / "p.db")
    assert found["good.pdf"] == ("ok", None)
    assert found["nested.pdf"][0] == "failed" and (
        "limit" in found["nested.pdf"][1] or "died" in found["nested.pdf"][1]
    )
    assert report.failed == 1


def test_a_decompression_bomb_fails_with_the_memory_limit_not_as_a_scan(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    bomb = bomb_pdf(folder / "bomb.pdf", megabytes=320)
    assert bomb.stat().st_size < 10_000
    (folder / "good.pdf").write_bytes(GOOD)
    ingest([folder], tmp_path / "p.db", workers=2, limits=Limits(seconds=60, memory_mb=200))
    found = statuses(tmp_path / "p.db")
    assert found["good.pdf"] == ("ok", None)
    assert found["bomb.pdf"][0] == "failed" and "limit of 200 MB of memory" in found["bomb.pdf"][1]


def dies_on_request(job):
    """parse_file, except that a file named die*.pdf kills its worker as the kernel would."""
    if Path(job[0].path).name.startswith("die"):
        os.kill(os.getpid(), signal.SIGKILL)
    return parse_file(job)


def test_a_worker_killed_by_the_kernel_is_seen_and_its_file_recorded(tmp_path, monkeypatch):
    monkeypatch.setattr("pipeline.run.parse_file", dies_on_request)
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a", "die", "b", "c"):
        (folder / f"{name}.pdf").write_bytes(text_pdf_bytes(b"Paper " + name.encode()))
    started = time.monotonic()
    ingest([folder], tmp_path / "p.db", workers=2, limits=Limits(seconds=30))
    assert time.monotonic() - started < 30
    found = statuses(tmp_path / "p.db")
    assert found.pop("die.pdf")[1].startswith("the worker parsing it died (killed by SIGKILL")
    assert set(found.values()) == {("ok", None)} and len(found) == 3


def children(pid: int) -> list[int]:
    """The processes whose parent is `pid`."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def answer_ctrl_c() -> None:
    """In the run's process before it starts: SIGINT back to its default. A shell starts a
    background job with SIGINT ignored, and Python then never turns it into KeyboardInterrupt, so
    a suite run in the background (`pytest &`) would see the run carry on to the end."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.parametrize("sent, code", [(signal.SIGTERM, 143), (signal.SIGINT, 130), (signal.SIGKILL, -9)])
def test_a_stopped_run_stops_every_worker(tmp_path, sent, code):
    folder = tmp_path / "in"
    folder.mkdir()
    for depth in (28, 29, 30):
        nested_forms_pdf(folder / f"slow-{depth}.pdf", depth=depth)
    env = {k: v for k, v in os.environ.items() if k != "BOARDPAPERS_PAGE_CACHE"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pipeline.cli",
            "ingest",
            str(folder),
            "--db",
            str(tmp_path / "p.db"),
            "--workers",
            "2",
            "--timeout",
            "120",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=answer_ctrl_c,
    )
    deadline = time.monotonic() + 60
    while len(workers := children(process.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(workers) == 2, "the workers never started"
    time.sleep(0.5)
    process.send_signal(sent)
    out, err = process.communicate(timeout=30)
    assert process.returncode == code, err
    assert "Traceback" not in err and "BrokenPipe" not in err
    if sent != signal.SIGKILL:
        assert f"stopped by {signal.Signals(sent).name}" in err
    deadline = time.monotonic() + 10
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(alive(w) for w in workers), "a worker outlived its run"


def test_a_document_written_while_linking_waits_and_is_linked(tmp_path, monkeypatch):
    """Two ingests into one database: the second's file cannot slip in between the link's read and
    its write (which would leave it unlinked, with nothing pending); it waits and is linked."""
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, text in (
        (first, b"Minutes of the Business Coordination Board held on 9 October 2019"),
        (second, b"Minutes of the Joint Audit Committee held on 4 March 2019"),
    ):
        folder.mkdir()
        (folder / "minutes.pdf").write_bytes(text_pdf_bytes(text))
    db = tmp_path / "p.db"
    late = find_files([second]).files[0]
    result = parse_file((late, FileFacts()))
    attempts = []
    build_tables = link.build_tables

    def meanwhile(staged):
        try:
            other = Store(db, lock_timeout=0.2)
            other.write_document(result, "v", late)
            other.close()
            attempts.append("written")
        except sqlite3.OperationalError as error:
            attempts.append(str(error))
        return build_tables(staged)

    monkeypatch.setattr(link, "build_tables", meanwhile)
    ingest([first], db, workers=1)
    assert attempts == ["database is locked"]
    monkeypatch.setattr(link, "build_tables", build_tables)
    other = Store(db)
    other.write_document(result, "v", late)
    assert other.link_pending()
    other.close()
    ingest([first], db, workers=1)
    assert sorted(r[0] for r in rows(db, "select body from meetings")) == [
        "Business Coordination Board",
        "Joint Audit Committee",
    ]


def torture_files(folder: Path) -> int:
    """50 files an archive might hold: fuzzed papers, bombs, slow forms, lost text, junk, odd names."""
    folder.mkdir()
    good = [
        text_pdf_bytes(
            b"Minutes of the Business Coordination Board held on %d May 2019" % day,
            b"The Board noted the report and agreed the actions.",
        )
        for day in range(1, 4)
    ]
    count = 0

    def put(name: str, data: bytes) -> None:
        nonlocal count
        Path(os.fsdecode(os.fsencode(folder) + b"/" + name.encode("latin-1"))).write_bytes(data)
        count += 1

    for seed in range(36):
        put(f"fuzzed-{seed:02}.pdf", fuzzed(good[seed % 3], seed))
    bomb = bomb_pdf(folder / "bomb-0.pdf", megabytes=320).read_bytes()
    count += 1
    for i in (1, 2):
        put(f"bomb-{i}.pdf", bomb + b"%% %d\n" % i)
    for depth in (26, 27, 28):
        nested_forms_pdf(folder / f"slow-{depth}.pdf", depth=depth)
        count += 1
    for i in range(2):
        undecodable_pdf(folder / f"damaged-{i}.pdf")
        with open(folder / f"damaged-{i}.pdf", "ab") as handle:
            handle.write(b"%% %d\n" % i)
        unmapped_pdf(folder / f"cids-{i}.pdf", pages=i + 1)
        count += 2
    put("empty.pdf", b"")
    put("page.pdf", b"<html>\x1b[2J not found</html>")
    put("Minutes \x96 2019.pdf", good[0] + b"%% latin-1 name\n")
    put("evil\x1b]0;title\x07.pdf", good[1] + b"%% escape name\n")
    return count


def test_a_torture_run_ends_in_bounded_time_with_every_file_recorded_and_no_traceback(tmp_path):
    folder = tmp_path / "torture"
    assert torture_files(folder) == 50
    db = tmp_path / "p.db"
    env = {k: v for k, v in os.environ.items() if k != "BOARDPAPERS_PAGE_CACHE"}
    started = time.monotonic()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pipeline.cli",
            "ingest",
            str(folder),
            "--db",
            str(db),
            "--workers",
            "2",
            "--timeout",
            "6",
            "--max-memory",
            "256",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    elapsed = time.monotonic() - started
    assert elapsed < 150, elapsed  # about 20 s on two idle cores; the slow files alone would never end
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "\x1b" not in result.stdout + result.stderr
    recorded = rows(db, "select count(distinct absolute_path) from document_paths where gone is null")[0][0]
    assert recorded == 50
    found = statuses(db)
    assert all(status in ("ok", "partial", "failed", "no_text") for status, _ in found.values())
    assert all(error is None or len(error) <= 200 for _, error in found.values())
    assert {found[f"slow-{d}.pdf"][0] for d in (26, 27, 28)} == {"failed"}
    assert (
        found["bomb-1.pdf"][0] == "failed" and "limit of" in found["bomb-1.pdf"][1]
    )  # memory, or time on a busy machine


def test_parts_reads_a_file_under_the_time_limit_and_says_so(tmp_path):
    """`boardpapers parts` inspects in a worker under ingest's limits: a hostile file fails with the
    limit, in one line, instead of hanging the command."""
    from click.testing import CliRunner

    from pipeline.cli import cli

    nested_forms_pdf(tmp_path / "nested.pdf")
    started = time.monotonic()
    result = CliRunner().invoke(cli, ["parts", str(tmp_path / "nested.pdf"), "--timeout", "1"])
    assert time.monotonic() - started < 30
    assert result.exit_code == 1
    assert "longer than the limit of 1 s per file" in result.output


class SlowToFinalise:
    """An object whose finalizer outlasts the time limit: the limit goes off inside it."""

    def __del__(self):
        end = time.monotonic() + 0.5
        while time.monotonic() < end:
            pass


def finalizes_then_works(seconds: float) -> str:
    SlowToFinalise()  # dropped at once: its __del__ runs here, past the limit
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        pass
    return "finished"


def test_a_time_limit_that_goes_off_in_a_finalizer_still_stops_the_task_quietly(monkeypatch, capsys):
    from pipeline import workers

    monkeypatch.setattr(sys, "unraisablehook", workers.time_limit_in_finalizer)
    outcome = workers.run_one(lambda job: finalizes_then_works(3.0), None, workers.Limits(seconds=0.3, memory_mb=None))
    assert isinstance(outcome, workers.LimitHit) and outcome.kind == "time"
    assert "Exception ignored" not in capsys.readouterr().err
