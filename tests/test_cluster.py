"""Distributed ingest (issue 18): `ingest --cluster` parses on Dask workers and the one writer
stores and links what they send exactly as a local run does, the per-file limits holding there
too. One LocalCluster of two worker processes, on a few small files, for speed."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from hostile_fixtures import nested_forms_pdf, text_pdf_bytes

from pipeline.cluster import ClusterError, connected
from pipeline.run import ingest
from pipeline.workers import Limits

pytest.importorskip("distributed")

GALLERY = Path(__file__).resolve().parent / "gallery"
NOTE = text_pdf_bytes(b"Minutes of the Business Coordination Board held on 9 October 2019")
SMALL = ("2020-09-16-Kingsmoor-JAC-action-tracker.pdf", "2020-12-09-Kingsmoor-Joint-Audit-Committee-minutes.pdf")


def content(db: Path) -> dict[str, list[str]]:
    """Every row of every table (full-text shadow tables aside), in a fixed order."""
    with sqlite3.connect(db) as conn:
        names = [n for (n,) in conn.execute("select name from sqlite_master where type = 'table'") if "_fts" not in n]
        return {name: sorted(map(repr, conn.execute(f"select * from [{name}]"))) for name in names}


@pytest.fixture(scope="module")
def scheduler():
    """A LocalCluster of two worker processes, started as `dask worker` would be (daemonic)."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_a_cluster_run_writes_the_database_a_local_run_writes(tmp_path, scheduler):
    folder = tmp_path / "papers"
    folder.mkdir()
    for name in SMALL:
        shutil.copy(GALLERY / name, folder / name)
    (folder / "note.pdf").write_bytes(NOTE)
    for path in folder.iterdir():  # files saved an hour ago: both runs record their times alike
        os.utime(path, (time.time() - 3600,) * 2)

    local = ingest([folder], tmp_path / "local.db", workers=2)
    seen: list[str] = []
    remote = ingest([folder], tmp_path / "cluster.db", cluster=scheduler, progress=lambda r: seen.append(r.path))

    assert content(tmp_path / "cluster.db") == content(tmp_path / "local.db")
    assert (remote.parsed, remote.pages, remote.records, remote.linked) == (
        local.parsed,
        local.pages,
        local.records,
        local.linked,
    )
    assert remote.parsed == 3 and remote.linked["actions"] > 0 and remote.linked["meetings"] > 0
    assert sorted(Path(p).name for p in seen) == sorted([*SMALL, "note.pdf"])  # progress, file by file


def test_a_file_over_the_time_limit_fails_on_the_cluster_and_the_batch_goes_on(tmp_path, scheduler):
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "note.pdf").write_bytes(NOTE)
    nested_forms_pdf(folder / "slow.pdf")
    # pdfminer runs the nested forms in Python, into the time limit (PDFium exhausts memory first): the
    # limit in the message also shows that the run's reader reached the cluster's workers. The slow file
    # burns the whole limit on a worker's core, so it is short; the note (a worker's imports are done
    # before its time starts, its first date parse is not) needs half a second of CPU: 6 s leaves room
    # for a loaded host (4 s failed once on two cores at a load of 10).
    report = ingest(
        [folder], tmp_path / "p.db", cluster=scheduler, limits=Limits(seconds=6, memory_mb=1024), reader="pdfminer"
    )
    with sqlite3.connect(tmp_path / "p.db") as conn:
        found = dict(conn.execute("select path, status || ' ' || coalesce(error, '') from documents"))
    found = {Path(p).name: s for p, s in found.items()}
    assert found["note.pdf"] == "ok "
    assert found["slow.pdf"].startswith("failed took longer than the limit of 6 s")
    assert report.failed == 1


def test_local_n_starts_a_cluster_for_the_run():
    with connected("local:1") as client:
        assert len(client.scheduler_info()["workers"]) == 1


def test_an_unreachable_scheduler_is_a_clear_error():
    with pytest.raises(ClusterError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        with connected("tcp://127.0.0.1:9", timeout="0.5s"):  # nothing listens there: no need to wait long
            pass
